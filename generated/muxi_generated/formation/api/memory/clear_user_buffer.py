from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buffer_cleared_response import BufferClearedResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/memory/buffer",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BufferClearedResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BufferClearedResponse.from_dict(response.json())

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
) -> Response[BufferClearedResponse | ErrorEnvelope]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[BufferClearedResponse | ErrorEnvelope]:
    r"""Clear the user's buffer

     Removes the user's messages from the buffer memory. With the client key
    `X-Muxi-User-ID` is required. With the admin key it is optional, but **in this release
    omitting it does not clear every user's buffer** (as documented upstream): it only
    removes buffer entries that have no user id, and the reply's `user_id` is null.
    The id is used as given, so in single-user formations (entries stored under `\"0\"`)
    only `X-Muxi-User-ID: 0` clears anything. 503 when buffer memory is not available.

    Args:
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BufferClearedResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        x_muxi_user_id=x_muxi_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> BufferClearedResponse | ErrorEnvelope | None:
    r"""Clear the user's buffer

     Removes the user's messages from the buffer memory. With the client key
    `X-Muxi-User-ID` is required. With the admin key it is optional, but **in this release
    omitting it does not clear every user's buffer** (as documented upstream): it only
    removes buffer entries that have no user id, and the reply's `user_id` is null.
    The id is used as given, so in single-user formations (entries stored under `\"0\"`)
    only `X-Muxi-User-ID: 0` clears anything. 503 when buffer memory is not available.

    Args:
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BufferClearedResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[BufferClearedResponse | ErrorEnvelope]:
    r"""Clear the user's buffer

     Removes the user's messages from the buffer memory. With the client key
    `X-Muxi-User-ID` is required. With the admin key it is optional, but **in this release
    omitting it does not clear every user's buffer** (as documented upstream): it only
    removes buffer entries that have no user id, and the reply's `user_id` is null.
    The id is used as given, so in single-user formations (entries stored under `\"0\"`)
    only `X-Muxi-User-ID: 0` clears anything. 503 when buffer memory is not available.

    Args:
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BufferClearedResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> BufferClearedResponse | ErrorEnvelope | None:
    r"""Clear the user's buffer

     Removes the user's messages from the buffer memory. With the client key
    `X-Muxi-User-ID` is required. With the admin key it is optional, but **in this release
    omitting it does not clear every user's buffer** (as documented upstream): it only
    removes buffer entries that have no user id, and the reply's `user_id` is null.
    The id is used as given, so in single-user formations (entries stored under `\"0\"`)
    only `X-Muxi-User-ID: 0` clears anything. 503 when buffer memory is not available.

    Args:
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BufferClearedResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
