"""Typed access to what a respx route recorded.

respx's ``CallList`` subclasses a bare ``list``, so a type checker sees its items (and so
``route.calls[0].request``) as unknown; ``route.calls.last`` is typed and needs no helper.
"""

from __future__ import annotations

from typing import cast

import httpx
import respx
from respx.models import Call


def sent_requests(route: respx.Route) -> list[httpx.Request]:
    """The requests ``route`` received, oldest first."""
    calls = cast("list[Call]", route.calls)  # what CallList holds (respx records a Call per request)
    return [call.request for call in calls]
