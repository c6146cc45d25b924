from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dev_run_response import DevRunResponse
from ...models.dev_stop_request import DevStopRequest
from ...models.dev_stop_response import DevStopResponse
from ...models.server_error import ServerError
from ...types import Response, as_status


def _get_kwargs(
    *,
    body: DevStopRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc/dev/stop",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DevRunResponse | DevStopResponse | ServerError | None:
    if response.status_code == 200:
        response_200 = DevStopResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DevRunResponse | DevStopResponse | ServerError]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DevStopRequest,
) -> Response[DevRunResponse | DevStopResponse | ServerError]:
    r"""Stop a local draft formation (`muxi down`)

     Stops and unregisters a draft formation started with `/rpc/dev/run`. Success is the flat
    `DevStopResponse`; errors use the `DevRunResponse` shape (with `port: 0` and
    `status: \"\"`).

    Args:
        body (DevStopRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevRunResponse | DevStopResponse | ServerError]
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
    body: DevStopRequest,
) -> DevRunResponse | DevStopResponse | ServerError | None:
    r"""Stop a local draft formation (`muxi down`)

     Stops and unregisters a draft formation started with `/rpc/dev/run`. Success is the flat
    `DevStopResponse`; errors use the `DevRunResponse` shape (with `port: 0` and
    `status: \"\"`).

    Args:
        body (DevStopRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevRunResponse | DevStopResponse | ServerError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DevStopRequest,
) -> Response[DevRunResponse | DevStopResponse | ServerError]:
    r"""Stop a local draft formation (`muxi down`)

     Stops and unregisters a draft formation started with `/rpc/dev/run`. Success is the flat
    `DevStopResponse`; errors use the `DevRunResponse` shape (with `port: 0` and
    `status: \"\"`).

    Args:
        body (DevStopRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DevRunResponse | DevStopResponse | ServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DevStopRequest,
) -> DevRunResponse | DevStopResponse | ServerError | None:
    r"""Stop a local draft formation (`muxi down`)

     Stops and unregisters a draft formation started with `/rpc/dev/run`. Success is the flat
    `DevStopResponse`; errors use the `DevRunResponse` shape (with `port: 0` and
    `status: \"\"`).

    Args:
        body (DevStopRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DevRunResponse | DevStopResponse | ServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
