from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.server_error import ServerError
from ...models.start_result_response import StartResultResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    formation_id: str,
    *,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc/formations/{formation_id}/start".format(
            formation_id=quote(str(formation_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ServerError | StartResultResponse | None:
    if response.status_code == 200:
        response_200 = StartResultResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ServerError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ServerError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ServerError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ServerError.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ServerError | StartResultResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Response[ServerError | StartResultResponse]:
    """Start a stopped formation

     No request body. With `Accept: text/event-stream` the server switches to SSE at the very
    top of the handler, so **every** error, including 404 and 409, arrives as an in-band
    `error` event over HTTP 200 (only authentication failures stay plain 401). The error
    statuses below therefore apply only to non-streaming calls.

    SSE `progress` stages: `validating`, `resolving_runtime`, `downloading_sif`,
    `pulling_runner`, `spawning`, `health_check`; then `complete` (`formation_id`, `port`,
    `status`) or `error`.

    Args:
        formation_id (str):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerError | StartResultResponse]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> ServerError | StartResultResponse | None:
    """Start a stopped formation

     No request body. With `Accept: text/event-stream` the server switches to SSE at the very
    top of the handler, so **every** error, including 404 and 409, arrives as an in-band
    `error` event over HTTP 200 (only authentication failures stay plain 401). The error
    statuses below therefore apply only to non-streaming calls.

    SSE `progress` stages: `validating`, `resolving_runtime`, `downloading_sif`,
    `pulling_runner`, `spawning`, `health_check`; then `complete` (`formation_id`, `port`,
    `status`) or `error`.

    Args:
        formation_id (str):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerError | StartResultResponse
    """

    return sync_detailed(
        formation_id=formation_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> Response[ServerError | StartResultResponse]:
    """Start a stopped formation

     No request body. With `Accept: text/event-stream` the server switches to SSE at the very
    top of the handler, so **every** error, including 404 and 409, arrives as an in-band
    `error` event over HTTP 200 (only authentication failures stay plain 401). The error
    statuses below therefore apply only to non-streaming calls.

    SSE `progress` stages: `validating`, `resolving_runtime`, `downloading_sif`,
    `pulling_runner`, `spawning`, `health_check`; then `complete` (`formation_id`, `port`,
    `status`) or `error`.

    Args:
        formation_id (str):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerError | StartResultResponse]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    accept: str | Unset = UNSET,
) -> ServerError | StartResultResponse | None:
    """Start a stopped formation

     No request body. With `Accept: text/event-stream` the server switches to SSE at the very
    top of the handler, so **every** error, including 404 and 409, arrives as an in-band
    `error` event over HTTP 200 (only authentication failures stay plain 401). The error
    statuses below therefore apply only to non-streaming calls.

    SSE `progress` stages: `validating`, `resolving_runtime`, `downloading_sif`,
    `pulling_runner`, `spawning`, `health_check`; then `complete` (`formation_id`, `port`,
    `status`) or `error`.

    Args:
        formation_id (str):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerError | StartResultResponse
    """

    return (
        await asyncio_detailed(
            formation_id=formation_id,
            client=client,
            accept=accept,
        )
    ).parsed
