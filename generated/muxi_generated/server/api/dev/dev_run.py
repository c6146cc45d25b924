from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_run_request import DevRunRequest
from ...models.dev_run_response import DevRunResponse
from ...models.server_error import ServerError
from ...types import Response, as_status


def _get_kwargs(
    *,
    body: DevRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc/dev/run",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DevRunResponse | ServerError | None:
    if response.status_code == 200:
        response_200 = DevRunResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = DevRunResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ServerError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DevRunResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = DevRunResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = DevRunResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DevRunResponse | ServerError]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DevRunRequest,
) -> Response[DevRunResponse | ServerError]:
    r"""Run a formation in local draft mode (`muxi up`)

     Starts a draft formation from an absolute local directory (`path`) or from a formation's
    `draft/` directory (`formation_id`), then blocks until its health check passes (up to the
    configured deployment health-check timeout, default 300 s). The formation is then reachable
    under `/draft/{formation_id}/...`. Draft formations are not persisted across server
    restarts.

    Success and errors use the flat `DevRunResponse` shape, not the envelope; errors are
    `{\"success\": false, \"formation_id\": <id or \"\">, \"port\": 0, \"status\": \"\", \"error\":
    <message>}`.
    Authentication failures are the usual `ServerError` 401.

    Args:
        body (DevRunRequest): Exactly one source: `path` (absolute local directory, `muxi up`) or
            `formation_id` (run
            that formation's `draft/` directory, Console). `path` wins when both are given; neither is
            400. With `path`, the formation ID is read from the formation file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevRunResponse | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DevRunRequest,
) -> DevRunResponse | ServerError | None:
    r"""Run a formation in local draft mode (`muxi up`)

     Starts a draft formation from an absolute local directory (`path`) or from a formation's
    `draft/` directory (`formation_id`), then blocks until its health check passes (up to the
    configured deployment health-check timeout, default 300 s). The formation is then reachable
    under `/draft/{formation_id}/...`. Draft formations are not persisted across server
    restarts.

    Success and errors use the flat `DevRunResponse` shape, not the envelope; errors are
    `{\"success\": false, \"formation_id\": <id or \"\">, \"port\": 0, \"status\": \"\", \"error\":
    <message>}`.
    Authentication failures are the usual `ServerError` 401.

    Args:
        body (DevRunRequest): Exactly one source: `path` (absolute local directory, `muxi up`) or
            `formation_id` (run
            that formation's `draft/` directory, Console). `path` wins when both are given; neither is
            400. With `path`, the formation ID is read from the formation file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevRunResponse | ServerError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DevRunRequest,
) -> Response[DevRunResponse | ServerError]:
    r"""Run a formation in local draft mode (`muxi up`)

     Starts a draft formation from an absolute local directory (`path`) or from a formation's
    `draft/` directory (`formation_id`), then blocks until its health check passes (up to the
    configured deployment health-check timeout, default 300 s). The formation is then reachable
    under `/draft/{formation_id}/...`. Draft formations are not persisted across server
    restarts.

    Success and errors use the flat `DevRunResponse` shape, not the envelope; errors are
    `{\"success\": false, \"formation_id\": <id or \"\">, \"port\": 0, \"status\": \"\", \"error\":
    <message>}`.
    Authentication failures are the usual `ServerError` 401.

    Args:
        body (DevRunRequest): Exactly one source: `path` (absolute local directory, `muxi up`) or
            `formation_id` (run
            that formation's `draft/` directory, Console). `path` wins when both are given; neither is
            400. With `path`, the formation ID is read from the formation file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevRunResponse | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DevRunRequest,
) -> DevRunResponse | ServerError | None:
    r"""Run a formation in local draft mode (`muxi up`)

     Starts a draft formation from an absolute local directory (`path`) or from a formation's
    `draft/` directory (`formation_id`), then blocks until its health check passes (up to the
    configured deployment health-check timeout, default 300 s). The formation is then reachable
    under `/draft/{formation_id}/...`. Draft formations are not persisted across server
    restarts.

    Success and errors use the flat `DevRunResponse` shape, not the envelope; errors are
    `{\"success\": false, \"formation_id\": <id or \"\">, \"port\": 0, \"status\": \"\", \"error\":
    <message>}`.
    Authentication failures are the usual `ServerError` 401.

    Args:
        body (DevRunRequest): Exactly one source: `path` (absolute local directory, `muxi up`) or
            `formation_id` (run
            that formation's `draft/` directory, Console). `path` wins when both are given; neither is
            400. With `path`, the formation ID is read from the formation file.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevRunResponse | ServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
