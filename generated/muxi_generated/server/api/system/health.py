from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.health_response import HealthResponse
from ...types import Response, as_status


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> HealthResponse | None:
    if response.status_code == 200:
        response_200 = HealthResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[HealthResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[HealthResponse]:
    r"""Liveness probe

     Public. Always `200` with exactly `{\"success\":true,\"status\":\"ok\",\"version\":\"<server
    version>\"}`
    (version `1.0.0-dev` for unversioned builds), written with `Fprintf` (no trailing newline).
    No `data` wrapper and no formation counts. (Server source wins: the Go SDK and CLI still
    expect an older `data.{status, formations, port_pool}` shape; the server's stale
    `docs/api-reference.md` shows `{status: \"healthy\", version, uptime, formations}`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HealthResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> HealthResponse | None:
    r"""Liveness probe

     Public. Always `200` with exactly `{\"success\":true,\"status\":\"ok\",\"version\":\"<server
    version>\"}`
    (version `1.0.0-dev` for unversioned builds), written with `Fprintf` (no trailing newline).
    No `data` wrapper and no formation counts. (Server source wins: the Go SDK and CLI still
    expect an older `data.{status, formations, port_pool}` shape; the server's stale
    `docs/api-reference.md` shows `{status: \"healthy\", version, uptime, formations}`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HealthResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[HealthResponse]:
    r"""Liveness probe

     Public. Always `200` with exactly `{\"success\":true,\"status\":\"ok\",\"version\":\"<server
    version>\"}`
    (version `1.0.0-dev` for unversioned builds), written with `Fprintf` (no trailing newline).
    No `data` wrapper and no formation counts. (Server source wins: the Go SDK and CLI still
    expect an older `data.{status, formations, port_pool}` shape; the server's stale
    `docs/api-reference.md` shows `{status: \"healthy\", version, uptime, formations}`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HealthResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> HealthResponse | None:
    r"""Liveness probe

     Public. Always `200` with exactly `{\"success\":true,\"status\":\"ok\",\"version\":\"<server
    version>\"}`
    (version `1.0.0-dev` for unversioned builds), written with `Fprintf` (no trailing newline).
    No `data` wrapper and no formation counts. (Server source wins: the Go SDK and CLI still
    expect an older `data.{status, formations, port_pool}` shape; the server's stale
    `docs/api-reference.md` shows `{status: \"healthy\", version, uptime, formations}`.)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HealthResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
