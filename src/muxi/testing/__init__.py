"""Test your MUXI app without a formation or a server: in-process fakes of both APIs.

:class:`FakeFormation` answers like muxi-runtime does — the same envelopes, the same 401 messages
for missing or wrong keys, ``X-Muxi-User-ID`` checks, SSE chat frames (progress, planning, content
deltas, completed, done) — and keeps sessions, secrets and triggers in memory. Use it through an
httpx transport (no sockets)::

    from muxi.testing import FakeFormation

    fake = FakeFormation()
    fake.reply_with("Hello from the fake!")
    with fake.client(user_id="alice") as formation:
        assert formation.chat("hi").text == "Hello from the fake!"
    assert fake.requests[-1].url.path == "/v1/chat"

or served on a loopback port for code that builds its own client (``with fake.serve() as url``).
Scripted replies, recorded requests and fault switches (:meth:`FakeFormation.fail_next`) let a
test cover the unhappy paths. Routes the fake does not implement answer 501.

The runtime has two modes, and so has the fake. ``FakeFormation()`` (``persistent_memory=True``)
is muxi-runtime with PostgreSQL: multi-user — sessions, memories, the conversation buffer and
scheduler jobs belong to the ``X-Muxi-User-ID`` that made them — with memory writes and scheduler
jobs. ``FakeFormation(persistent_memory=False)`` is the runtime's default: single-user (every
user id reads back as ``"0"``), memory writes 503, job creation 422. Both are compared with
answers recorded from muxi-runtime 1.20260928.0 (``tests/fixtures/parity-single.json`` and
``parity-pg.json``), and the multi-user fake reproduces that release's bugs where a user's code
can observe them:

* an unknown memory is 404 ``NOT_FOUND`` (not ``RESOURCE_NOT_FOUND``), and ``add_memory("text")``
  is stored with the type ``general``;
* ``DELETE /memories/{id}`` by another user deletes the owner's memory (200; no ownership check);
* ``PUT /scheduler/jobs/{id}`` with a new ``message`` replaces the job (new id, title
  ``"Updated: <old title>"``, the old id 404s); any other ``PUT`` by a non-owner is 500
  ``INTERNAL_ERROR``, not 403;
* admin-key pause, resume and delete of a job skip the owner check;
* a past one-time job is 422 ``VALIDATION_ERROR`` with ``error.data`` ``{field, value, expected}``.

The details, route by route, are in ``muxi.testing._memory`` and ``muxi.testing._scheduler``.

The package holds :class:`FakeFormation` (``muxi.testing._formation``, with its memory and
scheduler routes in ``_memory`` and ``_scheduler``), :class:`FakeServer`, an in-memory MUXI Server
that deploys bundles, routes like the server's gorilla/mux router (a wrong method or ``OPTIONS``
on ``/rpc/*`` is the 404 of an unknown path; only the proxy prefixes answer CORS preflights) and
proxies ``/api/{id}/...`` to a fake formation per deployed formation (``muxi.testing._server``),
and the loopback server both use for ``serve()`` (``muxi.testing._loopback``).
"""

from ._formation import FakeFormation, WebhookDelivery
from ._server import FakeServer, ServerFormation, ServerRequest

__all__ = ["FakeFormation", "FakeServer", "ServerFormation", "ServerRequest", "WebhookDelivery"]
