from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_log_response import AuditLogResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.get_audit_log_resource_type import GetAuditLogResourceType
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    action: str | Unset = UNSET,
    resource_type: GetAuditLogResourceType | Unset = UNSET,
    since: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["action"] = action

    json_resource_type: str | Unset = UNSET
    if not isinstance(resource_type, Unset):
        json_resource_type = resource_type

    params["resource_type"] = json_resource_type

    params["since"] = since

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditLogResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AuditLogResponse.from_dict(response.json())

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
) -> Response[AuditLogResponse | ErrorEnvelope]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    action: str | Unset = UNSET,
    resource_type: GetAuditLogResourceType | Unset = UNSET,
    since: str | Unset = UNSET,
) -> Response[AuditLogResponse | ErrorEnvelope]:
    """Get audit log entries

     Entries of the formation audit trail, most recent first. 400 `INVALID_PARAMETER` for an unparseable
    `since`.

    Args:
        limit (int | Unset):  Default: 100.
        action (str | Unset):
        resource_type (GetAuditLogResourceType | Unset):
        since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        limit=limit,
        action=action,
        resource_type=resource_type,
        since=since,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    action: str | Unset = UNSET,
    resource_type: GetAuditLogResourceType | Unset = UNSET,
    since: str | Unset = UNSET,
) -> AuditLogResponse | ErrorEnvelope | None:
    """Get audit log entries

     Entries of the formation audit trail, most recent first. 400 `INVALID_PARAMETER` for an unparseable
    `since`.

    Args:
        limit (int | Unset):  Default: 100.
        action (str | Unset):
        resource_type (GetAuditLogResourceType | Unset):
        since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        limit=limit,
        action=action,
        resource_type=resource_type,
        since=since,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    action: str | Unset = UNSET,
    resource_type: GetAuditLogResourceType | Unset = UNSET,
    since: str | Unset = UNSET,
) -> Response[AuditLogResponse | ErrorEnvelope]:
    """Get audit log entries

     Entries of the formation audit trail, most recent first. 400 `INVALID_PARAMETER` for an unparseable
    `since`.

    Args:
        limit (int | Unset):  Default: 100.
        action (str | Unset):
        resource_type (GetAuditLogResourceType | Unset):
        since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditLogResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        limit=limit,
        action=action,
        resource_type=resource_type,
        since=since,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    action: str | Unset = UNSET,
    resource_type: GetAuditLogResourceType | Unset = UNSET,
    since: str | Unset = UNSET,
) -> AuditLogResponse | ErrorEnvelope | None:
    """Get audit log entries

     Entries of the formation audit trail, most recent first. 400 `INVALID_PARAMETER` for an unparseable
    `since`.

    Args:
        limit (int | Unset):  Default: 100.
        action (str | Unset):
        resource_type (GetAuditLogResourceType | Unset):
        since (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditLogResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            action=action,
            resource_type=resource_type,
            since=since,
        )
    ).parsed
