"""The core: everything a client needs that knows neither API (no generated models, no routes).

``transport`` (the sans-I/O ``call_flow`` of one call and its sync/async shells, body reading),
``retry`` (which failures to retry, and when), ``request`` (call arguments to a request factory),
``base_client`` (``BaseClient``/``SyncClient``/``AsyncClient`` and the ``ApiPolicy`` protocol an
API plugs in), ``pool`` (the connection pool), ``sse`` and ``streaming`` (event streams),
``auth`` (HMAC signatures), ``config``, ``inputs``, ``json``, ``logging``, ``results``, ``secret``.
"""
