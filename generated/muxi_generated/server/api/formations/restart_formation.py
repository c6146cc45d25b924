from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.restart_result_response import RestartResultResponse
from ...models.server_error import ServerError
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
        "url": "/rpc/formations/{formation_id}/restart".format(
            formation_id=quote(str(formation_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RestartResultResponse | ServerError | None:
    if response.status_code == 200:
        response_200 = RestartResultResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RestartResultResponse | ServerError]:
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
) -> Response[RestartResultResponse | ServerError]:
    """Restart a formation

     Stops (possibly a no-op, so it also works on stopped formations) and spawns again. As with
    start, SSE begins at the top of the handler: with `Accept: text/event-stream` every error
    arrives in-band over HTTP 200, and the error statuses below apply only to non-streaming
    calls.

    SSE `progress` stages: `stopping`, `validating`, `resolving_runtime`, `downloading_sif`,
    `pulling_runner`, `spawning`, `health_check`; then `complete` (`formation_id`, `port`,
    `status`, `restart_count`) or `error`.

    Args:
        formation_id (str):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestartResultResponse | ServerError]
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
) -> RestartResultResponse | ServerError | None:
    """Restart a formation

     Stops (possibly a no-op, so it also works on stopped formations) and spawns again. As with
    start, SSE begins at the top of the handler: with `Accept: text/event-stream` every error
    arrives in-band over HTTP 200, and the error statuses below apply only to non-streaming
    calls.

    SSE `progress` stages: `stopping`, `validating`, `resolving_runtime`, `downloading_sif`,
    `pulling_runner`, `spawning`, `health_check`; then `complete` (`formation_id`, `port`,
    `status`, `restart_count`) or `error`.

    Args:
        formation_id (str):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestartResultResponse | ServerError
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
) -> Response[RestartResultResponse | ServerError]:
    """Restart a formation

     Stops (possibly a no-op, so it also works on stopped formations) and spawns again. As with
    start, SSE begins at the top of the handler: with `Accept: text/event-stream` every error
    arrives in-band over HTTP 200, and the error statuses below apply only to non-streaming
    calls.

    SSE `progress` stages: `stopping`, `validating`, `resolving_runtime`, `downloading_sif`,
    `pulling_runner`, `spawning`, `health_check`; then `complete` (`formation_id`, `port`,
    `status`, `restart_count`) or `error`.

    Args:
        formation_id (str):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RestartResultResponse | ServerError]
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
) -> RestartResultResponse | ServerError | None:
    """Restart a formation

     Stops (possibly a no-op, so it also works on stopped formations) and spawns again. As with
    start, SSE begins at the top of the handler: with `Accept: text/event-stream` every error
    arrives in-band over HTTP 200, and the error statuses below apply only to non-streaming
    calls.

    SSE `progress` stages: `stopping`, `validating`, `resolving_runtime`, `downloading_sif`,
    `pulling_runner`, `spawning`, `health_check`; then `complete` (`formation_id`, `port`,
    `status`, `restart_count`) or `error`.

    Args:
        formation_id (str):
        accept (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RestartResultResponse | ServerError
    """

    return (
        await asyncio_detailed(
            formation_id=formation_id,
            client=client,
            accept=accept,
        )
    ).parsed
