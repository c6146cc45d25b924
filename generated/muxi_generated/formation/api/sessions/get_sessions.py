from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.session_list_response import SessionListResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    active_only: bool | Unset = False,
    limit: int | Unset = 50,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    params: dict[str, Any] = {}

    params["active_only"] = active_only

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SessionListResponse | None:
    if response.status_code == 200:
        response_200 = SessionListResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SessionListResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    active_only: bool | Unset = False,
    limit: int | Unset = 50,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SessionListResponse]:
    r"""List the user's sessions

     Sessions present in the buffer memory, most recent first. `X-Muxi-User-ID` is required
    (400 without it), but **single-user formations store every session under user `\"0\"`**:
    any user id lists all sessions and each entry reports `user_id: \"0\"`.

    Args:
        active_only (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 50.
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SessionListResponse]
    """

    kwargs = _get_kwargs(
        active_only=active_only,
        limit=limit,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    active_only: bool | Unset = False,
    limit: int | Unset = 50,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | SessionListResponse | None:
    r"""List the user's sessions

     Sessions present in the buffer memory, most recent first. `X-Muxi-User-ID` is required
    (400 without it), but **single-user formations store every session under user `\"0\"`**:
    any user id lists all sessions and each entry reports `user_id: \"0\"`.

    Args:
        active_only (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 50.
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SessionListResponse
    """

    return sync_detailed(
        client=client,
        active_only=active_only,
        limit=limit,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    active_only: bool | Unset = False,
    limit: int | Unset = 50,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SessionListResponse]:
    r"""List the user's sessions

     Sessions present in the buffer memory, most recent first. `X-Muxi-User-ID` is required
    (400 without it), but **single-user formations store every session under user `\"0\"`**:
    any user id lists all sessions and each entry reports `user_id: \"0\"`.

    Args:
        active_only (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 50.
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SessionListResponse]
    """

    kwargs = _get_kwargs(
        active_only=active_only,
        limit=limit,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    active_only: bool | Unset = False,
    limit: int | Unset = 50,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | SessionListResponse | None:
    r"""List the user's sessions

     Sessions present in the buffer memory, most recent first. `X-Muxi-User-ID` is required
    (400 without it), but **single-user formations store every session under user `\"0\"`**:
    any user id lists all sessions and each entry reports `user_id: \"0\"`.

    Args:
        active_only (bool | Unset):  Default: False.
        limit (int | Unset):  Default: 50.
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SessionListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            active_only=active_only,
            limit=limit,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
