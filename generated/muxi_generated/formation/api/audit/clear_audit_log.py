from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log_cleared_response import AuditLogClearedResponse
from ...models.clear_audit_log_confirm import ClearAuditLogConfirm
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, as_status


def _get_kwargs(
    *,
    confirm: ClearAuditLogConfirm,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_confirm: str = confirm
    params["confirm"] = json_confirm

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/audit",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditLogClearedResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AuditLogClearedResponse.from_dict(response.json())

        return response_200

    if 400 <= response.status_code <= 499:
        response_4xx = ErrorEnvelope.from_dict(response.json())

        return response_4xx

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorEnvelope.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AuditLogClearedResponse | ErrorEnvelope]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    confirm: ClearAuditLogConfirm,
) -> Response[AuditLogClearedResponse | ErrorEnvelope]:
    """Clear the audit log

     Empties the audit log file (the clearing itself is recorded as a new entry).
    **The confirmation value is `clear-audit-log`** (the runtime's own docstring says
    `yes`, which is rejected): any other or missing `confirm` answers 400 `INVALID_REQUEST`.

    Args:
        confirm (ClearAuditLogConfirm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogClearedResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        confirm=confirm,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    confirm: ClearAuditLogConfirm,
) -> AuditLogClearedResponse | ErrorEnvelope | None:
    """Clear the audit log

     Empties the audit log file (the clearing itself is recorded as a new entry).
    **The confirmation value is `clear-audit-log`** (the runtime's own docstring says
    `yes`, which is rejected): any other or missing `confirm` answers 400 `INVALID_REQUEST`.

    Args:
        confirm (ClearAuditLogConfirm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogClearedResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        confirm=confirm,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    confirm: ClearAuditLogConfirm,
) -> Response[AuditLogClearedResponse | ErrorEnvelope]:
    """Clear the audit log

     Empties the audit log file (the clearing itself is recorded as a new entry).
    **The confirmation value is `clear-audit-log`** (the runtime's own docstring says
    `yes`, which is rejected): any other or missing `confirm` answers 400 `INVALID_REQUEST`.

    Args:
        confirm (ClearAuditLogConfirm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogClearedResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        confirm=confirm,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    confirm: ClearAuditLogConfirm,
) -> AuditLogClearedResponse | ErrorEnvelope | None:
    """Clear the audit log

     Empties the audit log file (the clearing itself is recorded as a new entry).
    **The confirmation value is `clear-audit-log`** (the runtime's own docstring says
    `yes`, which is rejected): any other or missing `confirm` answers 400 `INVALID_REQUEST`.

    Args:
        confirm (ClearAuditLogConfirm):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogClearedResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            confirm=confirm,
        )
    ).parsed
