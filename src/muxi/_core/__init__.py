"""The core: everything a client needs that knows neither API (no generated models, no routes).

``transport`` (the sans-I/O ``call_flow`` of one call) and ``shells`` (its sync and async shells:
sending, reading bodies, waiting), ``retry`` (which failures to retry, and when), ``request``
(call arguments to a request factory), ``base_client`` (``BaseClient`` and the ``ApiPolicy``
protocol an API plugs in) and ``clients`` (``SyncClient``/``AsyncClient``: its I/O), ``pool``
(the connection pool), ``sse`` and ``streaming`` (event streams), ``raw`` and ``response``
(``with_raw_response``), ``otel``, ``aio``, ``auth`` (HMAC signatures), ``config``, ``inputs``,
``json``, ``logging``, ``results``, ``secret``.
"""
