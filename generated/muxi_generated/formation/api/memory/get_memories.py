from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.memory_list_response import MemoryListResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    scopes: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["scopes"] = scopes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memories",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MemoryListResponse | None:
    if response.status_code == 200:
        response_200 = MemoryListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MemoryListResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    scopes: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MemoryListResponse]:
    """List the user's memories

     Long-term memories visible to the user: by default their own plus the shared (group and
    formation scope) memories they can read. Empty when the formation has no persistent
    memory. `X-Muxi-User-ID` is required with either key; 422 `INVALID_PARAMS` for an
    unknown scope in `scopes`; 403 when the request middleware or RBAC rejects the request.

    Args:
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        scopes (str | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        scopes=scopes,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    scopes: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | MemoryListResponse | None:
    """List the user's memories

     Long-term memories visible to the user: by default their own plus the shared (group and
    formation scope) memories they can read. Empty when the formation has no persistent
    memory. `X-Muxi-User-ID` is required with either key; 422 `INVALID_PARAMS` for an
    unknown scope in `scopes`; 403 when the request middleware or RBAC rejects the request.

    Args:
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        scopes (str | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryListResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        scopes=scopes,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    scopes: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MemoryListResponse]:
    """List the user's memories

     Long-term memories visible to the user: by default their own plus the shared (group and
    formation scope) memories they can read. Empty when the formation has no persistent
    memory. `X-Muxi-User-ID` is required with either key; 422 `INVALID_PARAMS` for an
    unknown scope in `scopes`; 403 when the request middleware or RBAC rejects the request.

    Args:
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        scopes (str | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryListResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        scopes=scopes,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    scopes: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | MemoryListResponse | None:
    """List the user's memories

     Long-term memories visible to the user: by default their own plus the shared (group and
    formation scope) memories they can read. Empty when the formation has no persistent
    memory. `X-Muxi-User-ID` is required with either key; 422 `INVALID_PARAMS` for an
    unknown scope in `scopes`; 403 when the request middleware or RBAC rejects the request.

    Args:
        limit (int | Unset):  Default: 10.
        offset (int | Unset):  Default: 0.
        scopes (str | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            scopes=scopes,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
