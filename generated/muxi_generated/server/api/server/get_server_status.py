from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.server_error import ServerError
from ...models.server_status_response import ServerStatusResponse
from ...types import Response, as_status


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rpc/server/status",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ServerError | ServerStatusResponse | None:
    if response.status_code == 200:
        response_200 = ServerStatusResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ServerError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ServerError | ServerStatusResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ServerError | ServerStatusResponse]:
    """Server status

     Server identity and uptime, formation counts, port pool and Go runtime statistics.
    (Server source wins: the Go SDK and CLI expect `server{server_id, version, uptime, port}`,
    `formations{..., healthy}`, `ports{allocated, available, range}` and
    `runtime{type, platform, versions}`, none of which this server sends.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerError | ServerStatusResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ServerError | ServerStatusResponse | None:
    """Server status

     Server identity and uptime, formation counts, port pool and Go runtime statistics.
    (Server source wins: the Go SDK and CLI expect `server{server_id, version, uptime, port}`,
    `formations{..., healthy}`, `ports{allocated, available, range}` and
    `runtime{type, platform, versions}`, none of which this server sends.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerError | ServerStatusResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ServerError | ServerStatusResponse]:
    """Server status

     Server identity and uptime, formation counts, port pool and Go runtime statistics.
    (Server source wins: the Go SDK and CLI expect `server{server_id, version, uptime, port}`,
    `formations{..., healthy}`, `ports{allocated, available, range}` and
    `runtime{type, platform, versions}`, none of which this server sends.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerError | ServerStatusResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ServerError | ServerStatusResponse | None:
    """Server status

     Server identity and uptime, formation counts, port pool and Go runtime statistics.
    (Server source wins: the Go SDK and CLI expect `server{server_id, version, uptime, port}`,
    `formations{..., healthy}`, `ports{allocated, available, range}` and
    `runtime{type, platform, versions}`, none of which this server sends.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerError | ServerStatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
