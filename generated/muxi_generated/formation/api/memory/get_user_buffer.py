from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buffer_status_response import BufferStatusResponse
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
        "method": "get",
        "url": "/memory/buffer",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BufferStatusResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BufferStatusResponse.from_dict(response.json())

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
) -> Response[BufferStatusResponse | ErrorEnvelope]:
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
) -> Response[BufferStatusResponse | ErrorEnvelope]:
    r"""Get the user's buffer status

     Buffer-memory message count and size for one user. `X-Muxi-User-ID` is required **with
    either key** (400 without it). The id is used as given: since single-user formations
    store buffer entries under user `\"0\"`, any other id reports `total_messages: 0` there.

    Args:
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BufferStatusResponse | ErrorEnvelope]
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
) -> BufferStatusResponse | ErrorEnvelope | None:
    r"""Get the user's buffer status

     Buffer-memory message count and size for one user. `X-Muxi-User-ID` is required **with
    either key** (400 without it). The id is used as given: since single-user formations
    store buffer entries under user `\"0\"`, any other id reports `total_messages: 0` there.

    Args:
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BufferStatusResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[BufferStatusResponse | ErrorEnvelope]:
    r"""Get the user's buffer status

     Buffer-memory message count and size for one user. `X-Muxi-User-ID` is required **with
    either key** (400 without it). The id is used as given: since single-user formations
    store buffer entries under user `\"0\"`, any other id reports `total_messages: 0` there.

    Args:
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BufferStatusResponse | ErrorEnvelope]
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
) -> BufferStatusResponse | ErrorEnvelope | None:
    r"""Get the user's buffer status

     Buffer-memory message count and size for one user. `X-Muxi-User-ID` is required **with
    either key** (400 without it). The id is used as given: since single-user formations
    store buffer entries under user `\"0\"`, any other id reports `total_messages: 0` there.

    Args:
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BufferStatusResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
