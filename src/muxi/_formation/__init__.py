"""The Formation API facade: ``FormationClient`` / ``AsyncFormationClient`` and what only they use.

``client`` (the two clients), ``core`` (their shared, I/O-free part), ``policy`` (keys, the
end user's id and envelopes: the ``FormationPolicy`` handed to the base client), ``chat`` (chat
bodies, events and responses), ``options`` (the keyword options of its methods), ``events``
(the typed events of its streams).
"""
