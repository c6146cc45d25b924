from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.formation_logs_response import FormationLogsResponse
from ...models.get_formation_logs_stream import GetFormationLogsStream
from ...models.server_error import ServerError
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    formation_id: str,
    *,
    lines: int | Unset = 100,
    stream: GetFormationLogsStream | Unset = "all",
    follow: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lines"] = lines

    json_stream: str | Unset = UNSET
    if not isinstance(stream, Unset):
        json_stream = stream

    params["stream"] = json_stream

    params["follow"] = follow

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rpc/formations/{formation_id}/logs".format(
            formation_id=quote(str(formation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FormationLogsResponse | ServerError | None:
    if response.status_code == 200:
        response_200 = FormationLogsResponse.from_dict(response.json())

        return response_200

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
) -> Response[FormationLogsResponse | ServerError]:
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
    lines: int | Unset = 100,
    stream: GetFormationLogsStream | Unset = "all",
    follow: bool | Unset = False,
) -> Response[FormationLogsResponse | ServerError]:
    """Formation logs (recent lines, or follow as SSE)

     Without `follow`: the last `lines` lines of the formation's stdout and/or stderr log files.
    `logs` only has the keys selected by `stream`; a missing log file gives `null` (not `[]`).
    `total_lines` always has both keys and counts every line in each file (0 when missing or
    not selected).

    With `follow=true` (or `1`): `200` `text/event-stream`, whatever the `Accept` header says.
    First frame `event: connected` (`LogConnectedEvent`), then one `event: log` frame per new
    line (`LogLineEvent`). The server starts at the current end of the file (no backlog),
    polls every 500 ms, restarts from the beginning when the file is truncated, and never
    sends a terminal event: the stream runs until the client disconnects. `stream=stderr`
    follows the stderr file; any other value, including `all`, follows stdout only. `lines`
    is ignored when following. A 404 comes back as plain JSON before the stream starts.

    (Server source wins: the Python SDK sends `limit`, which is ignored, and uses a
    non-existent `.../logs/stream` route; the Go SDK models log frames as
    `{stream, line, time}` and drops the `connected` frame.)

    Args:
        formation_id (str):
        lines (int | Unset):  Default: 100.
        stream (GetFormationLogsStream | Unset):  Default: 'all'.
        follow (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormationLogsResponse | ServerError]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
        lines=lines,
        stream=stream,
        follow=follow,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    lines: int | Unset = 100,
    stream: GetFormationLogsStream | Unset = "all",
    follow: bool | Unset = False,
) -> FormationLogsResponse | ServerError | None:
    """Formation logs (recent lines, or follow as SSE)

     Without `follow`: the last `lines` lines of the formation's stdout and/or stderr log files.
    `logs` only has the keys selected by `stream`; a missing log file gives `null` (not `[]`).
    `total_lines` always has both keys and counts every line in each file (0 when missing or
    not selected).

    With `follow=true` (or `1`): `200` `text/event-stream`, whatever the `Accept` header says.
    First frame `event: connected` (`LogConnectedEvent`), then one `event: log` frame per new
    line (`LogLineEvent`). The server starts at the current end of the file (no backlog),
    polls every 500 ms, restarts from the beginning when the file is truncated, and never
    sends a terminal event: the stream runs until the client disconnects. `stream=stderr`
    follows the stderr file; any other value, including `all`, follows stdout only. `lines`
    is ignored when following. A 404 comes back as plain JSON before the stream starts.

    (Server source wins: the Python SDK sends `limit`, which is ignored, and uses a
    non-existent `.../logs/stream` route; the Go SDK models log frames as
    `{stream, line, time}` and drops the `connected` frame.)

    Args:
        formation_id (str):
        lines (int | Unset):  Default: 100.
        stream (GetFormationLogsStream | Unset):  Default: 'all'.
        follow (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormationLogsResponse | ServerError
    """

    return sync_detailed(
        formation_id=formation_id,
        client=client,
        lines=lines,
        stream=stream,
        follow=follow,
    ).parsed


async def asyncio_detailed(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    lines: int | Unset = 100,
    stream: GetFormationLogsStream | Unset = "all",
    follow: bool | Unset = False,
) -> Response[FormationLogsResponse | ServerError]:
    """Formation logs (recent lines, or follow as SSE)

     Without `follow`: the last `lines` lines of the formation's stdout and/or stderr log files.
    `logs` only has the keys selected by `stream`; a missing log file gives `null` (not `[]`).
    `total_lines` always has both keys and counts every line in each file (0 when missing or
    not selected).

    With `follow=true` (or `1`): `200` `text/event-stream`, whatever the `Accept` header says.
    First frame `event: connected` (`LogConnectedEvent`), then one `event: log` frame per new
    line (`LogLineEvent`). The server starts at the current end of the file (no backlog),
    polls every 500 ms, restarts from the beginning when the file is truncated, and never
    sends a terminal event: the stream runs until the client disconnects. `stream=stderr`
    follows the stderr file; any other value, including `all`, follows stdout only. `lines`
    is ignored when following. A 404 comes back as plain JSON before the stream starts.

    (Server source wins: the Python SDK sends `limit`, which is ignored, and uses a
    non-existent `.../logs/stream` route; the Go SDK models log frames as
    `{stream, line, time}` and drops the `connected` frame.)

    Args:
        formation_id (str):
        lines (int | Unset):  Default: 100.
        stream (GetFormationLogsStream | Unset):  Default: 'all'.
        follow (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormationLogsResponse | ServerError]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
        lines=lines,
        stream=stream,
        follow=follow,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    lines: int | Unset = 100,
    stream: GetFormationLogsStream | Unset = "all",
    follow: bool | Unset = False,
) -> FormationLogsResponse | ServerError | None:
    """Formation logs (recent lines, or follow as SSE)

     Without `follow`: the last `lines` lines of the formation's stdout and/or stderr log files.
    `logs` only has the keys selected by `stream`; a missing log file gives `null` (not `[]`).
    `total_lines` always has both keys and counts every line in each file (0 when missing or
    not selected).

    With `follow=true` (or `1`): `200` `text/event-stream`, whatever the `Accept` header says.
    First frame `event: connected` (`LogConnectedEvent`), then one `event: log` frame per new
    line (`LogLineEvent`). The server starts at the current end of the file (no backlog),
    polls every 500 ms, restarts from the beginning when the file is truncated, and never
    sends a terminal event: the stream runs until the client disconnects. `stream=stderr`
    follows the stderr file; any other value, including `all`, follows stdout only. `lines`
    is ignored when following. A 404 comes back as plain JSON before the stream starts.

    (Server source wins: the Python SDK sends `limit`, which is ignored, and uses a
    non-existent `.../logs/stream` route; the Go SDK models log frames as
    `{stream, line, time}` and drops the `connected` frame.)

    Args:
        formation_id (str):
        lines (int | Unset):  Default: 100.
        stream (GetFormationLogsStream | Unset):  Default: 'all'.
        follow (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormationLogsResponse | ServerError
    """

    return (
        await asyncio_detailed(
            formation_id=formation_id,
            client=client,
            lines=lines,
            stream=stream,
            follow=follow,
        )
    ).parsed
