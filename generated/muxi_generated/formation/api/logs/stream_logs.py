from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    level: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["user_id"] = user_id

    params["session_id"] = session_id

    params["request_id"] = request_id

    params["agent_id"] = agent_id

    params["level"] = level

    params["event_type"] = event_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorEnvelope | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorEnvelope | str]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    level: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
) -> Response[ErrorEnvelope | str]:
    r"""Stream live logs (SSE)

     Live stream of the formation's observability events. **At least one filter is
    required**: without any of `user_id`, `session_id`, `request_id`, `agent_id`, `level`,
    `event_type` the route answers 400 `INVALID_REQUEST` (JSON). There is no `limit`
    parameter (unknown query parameters are ignored). No replay and no keepalives: the
    stream stays silent until a matching event happens.

    Frames: `event: log` with a `LogEvent`; `event: error` with `LogStreamError`
    (`{\"error\": true, \"message\": ...}`) when live streaming is not available or fails, after
    which the stream ends.

    Args:
        user_id (str | Unset):
        session_id (str | Unset):
        request_id (str | Unset):
        agent_id (str | Unset):
        level (str | Unset):
        event_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | str]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        session_id=session_id,
        request_id=request_id,
        agent_id=agent_id,
        level=level,
        event_type=event_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    level: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
) -> ErrorEnvelope | str | None:
    r"""Stream live logs (SSE)

     Live stream of the formation's observability events. **At least one filter is
    required**: without any of `user_id`, `session_id`, `request_id`, `agent_id`, `level`,
    `event_type` the route answers 400 `INVALID_REQUEST` (JSON). There is no `limit`
    parameter (unknown query parameters are ignored). No replay and no keepalives: the
    stream stays silent until a matching event happens.

    Frames: `event: log` with a `LogEvent`; `event: error` with `LogStreamError`
    (`{\"error\": true, \"message\": ...}`) when live streaming is not available or fails, after
    which the stream ends.

    Args:
        user_id (str | Unset):
        session_id (str | Unset):
        request_id (str | Unset):
        agent_id (str | Unset):
        level (str | Unset):
        event_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | str
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        session_id=session_id,
        request_id=request_id,
        agent_id=agent_id,
        level=level,
        event_type=event_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    level: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
) -> Response[ErrorEnvelope | str]:
    r"""Stream live logs (SSE)

     Live stream of the formation's observability events. **At least one filter is
    required**: without any of `user_id`, `session_id`, `request_id`, `agent_id`, `level`,
    `event_type` the route answers 400 `INVALID_REQUEST` (JSON). There is no `limit`
    parameter (unknown query parameters are ignored). No replay and no keepalives: the
    stream stays silent until a matching event happens.

    Frames: `event: log` with a `LogEvent`; `event: error` with `LogStreamError`
    (`{\"error\": true, \"message\": ...}`) when live streaming is not available or fails, after
    which the stream ends.

    Args:
        user_id (str | Unset):
        session_id (str | Unset):
        request_id (str | Unset):
        agent_id (str | Unset):
        level (str | Unset):
        event_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | str]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        session_id=session_id,
        request_id=request_id,
        agent_id=agent_id,
        level=level,
        event_type=event_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    request_id: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    level: str | Unset = UNSET,
    event_type: str | Unset = UNSET,
) -> ErrorEnvelope | str | None:
    r"""Stream live logs (SSE)

     Live stream of the formation's observability events. **At least one filter is
    required**: without any of `user_id`, `session_id`, `request_id`, `agent_id`, `level`,
    `event_type` the route answers 400 `INVALID_REQUEST` (JSON). There is no `limit`
    parameter (unknown query parameters are ignored). No replay and no keepalives: the
    stream stays silent until a matching event happens.

    Frames: `event: log` with a `LogEvent`; `event: error` with `LogStreamError`
    (`{\"error\": true, \"message\": ...}`) when live streaming is not available or fails, after
    which the stream ends.

    Args:
        user_id (str | Unset):
        session_id (str | Unset):
        request_id (str | Unset):
        agent_id (str | Unset):
        level (str | Unset):
        event_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | str
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            session_id=session_id,
            request_id=request_id,
            agent_id=agent_id,
            level=level,
            event_type=event_type,
        )
    ).parsed
