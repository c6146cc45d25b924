"""The ``muxi`` logger and secret redaction.

``debug=True`` on a client, or ``MUXI_DEBUG=1``, switches the ``muxi`` logger to DEBUG and
gives it a stderr handler if it has none: it then logs each attempt (method, URL, status,
elapsed ms, request id) and every retry decision. Header values of keys, signatures and
cookies never reach a log record: only :func:`redact_headers` output is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

__all__ = ["SENSITIVE_HEADERS", "enable_debug", "logger", "redact_headers"]

logger = logging.getLogger("muxi")

SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "x-muxi-admin-key",
        "x-muxi-client-key",
        "x-muxi-signature",
        "cookie",
        "set-cookie",
    }
)


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of ``headers`` with every credential value replaced by ``***``."""
    return {k: ("***" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


def enable_debug() -> None:
    """Log at DEBUG on the ``muxi`` logger (with a stderr handler unless one is configured)."""
    if logger.level == logging.NOTSET or logger.level > logging.DEBUG:
        logger.setLevel(logging.DEBUG)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
