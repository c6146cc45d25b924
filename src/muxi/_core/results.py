"""Typed results that remember which request produced them.

Results are the generated model classes themselves (``type(client.get_agents()) is AgentList``):
every generated model has a ``_request_id`` slot (a template override, see
``openapi/templates/model.py.jinja``) that the facade fills with the formation's ``request.id``
for the call that returned it. It is not compared, not shown in ``repr`` and not part of
``to_dict()``; it survives ``pickle``. List payloads (schemas with ``x-muxi-items``, such as
``AgentList``) iterate over, and count, their items.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, TypeVar

import httpx
from muxi_generated._unset import UNSET, Unset

from ..errors import ResponseValidationError

__all__ = ["UNSET", "Unset", "get_request_id", "or_none", "parse_model", "schema_error"]


class _Model(Protocol):
    _request_id: str | None

    @classmethod
    def from_dict(cls: type[_M], src_dict: Mapping[str, Any]) -> _M: ...


_M = TypeVar("_M", bound=_Model)


def parse_model(cls: type[_M], data: Mapping[str, Any], request_id: str | None) -> _M:
    """``cls.from_dict(data)`` with the request id recorded on the result."""
    result = cls.from_dict(data)
    result._request_id = request_id  # pyright: ignore[reportPrivateUsage]
    return result


def invalid_response(message: str, response: httpx.Response, body: bytes = b"") -> ResponseValidationError:
    """The error of a received ``response`` the SDK cannot use: its status, headers and the response kept."""
    return ResponseValidationError(
        message, status_code=response.status_code, headers=response.headers, response=response, body=body
    )


def schema_error(operation_id: str, response: httpx.Response, exc: BaseException) -> ResponseValidationError:
    """The error of a response whose body does not fit the API schema (raise it ``from exc``)."""
    message = f"{operation_id}: the {response.status_code} response does not fit the API schema"
    return invalid_response(f"{message} ({type(exc).__name__}: {exc})", response, response.content)


def get_request_id(result: object) -> str | None:
    """The request id of the call that returned ``result`` (None when unknown)."""
    request_id = getattr(result, "_request_id", None)
    return request_id if isinstance(request_id, str) else None


_T = TypeVar("_T")


def or_none(value: _T | Unset) -> _T | None:
    """An optional response field as ``None`` when the server did not send it.

    Optional fields of results are ``X | Unset``; ``Unset`` is falsy and ``isinstance(value,
    muxi.Unset)`` narrows, and this helper turns it into the usual ``X | None``::

        url = muxi.or_none(result.url)   # str | None
    """
    return None if isinstance(value, Unset) else value
