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

The package holds :class:`FakeFormation` (``muxi.testing._formation``), :class:`FakeServer`, an
in-memory MUXI Server that deploys bundles and proxies ``/api/{id}/...`` to a fake formation per
deployed formation (``muxi.testing._server``), and the loopback server both use for
``serve()`` (``muxi.testing._loopback``).
"""

from ._formation import FakeFormation, WebhookDelivery
from ._server import FakeServer, ServerFormation, ServerRequest

__all__ = ["FakeFormation", "FakeServer", "ServerFormation", "ServerRequest", "WebhookDelivery"]
