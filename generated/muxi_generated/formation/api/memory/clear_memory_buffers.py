from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.memory_buffers_cleared_response import MemoryBuffersClearedResponse
from ...types import Response, as_status


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/memory/buffers",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MemoryBuffersClearedResponse | None:
    if response.status_code == 200:
        response_200 = MemoryBuffersClearedResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MemoryBuffersClearedResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | MemoryBuffersClearedResponse]:
    r"""Clear all memory buffers (deprecated)

     Deprecated by the runtime in favour of `DELETE /memory/buffer`. Designed to empty the
    whole buffer memory (all users) and its key-value store; 503 when buffer memory is not
    available. **In this release it answers 500 `INTERNAL_ERROR` once the buffers are
    cleared**: the handler names an event type (`MEMORY_BUFFER_CLEARED`) that does not exist,
    so the success envelope is never built (the buffers are emptied all the same). An empty
    buffer counts as \"not available\" (503 `SERVICE_UNAVAILABLE`), so a retry of that 500
    answers 503. The 200 shape below is what the handler would build.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryBuffersClearedResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | MemoryBuffersClearedResponse | None:
    r"""Clear all memory buffers (deprecated)

     Deprecated by the runtime in favour of `DELETE /memory/buffer`. Designed to empty the
    whole buffer memory (all users) and its key-value store; 503 when buffer memory is not
    available. **In this release it answers 500 `INTERNAL_ERROR` once the buffers are
    cleared**: the handler names an event type (`MEMORY_BUFFER_CLEARED`) that does not exist,
    so the success envelope is never built (the buffers are emptied all the same). An empty
    buffer counts as \"not available\" (503 `SERVICE_UNAVAILABLE`), so a retry of that 500
    answers 503. The 200 shape below is what the handler would build.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryBuffersClearedResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | MemoryBuffersClearedResponse]:
    r"""Clear all memory buffers (deprecated)

     Deprecated by the runtime in favour of `DELETE /memory/buffer`. Designed to empty the
    whole buffer memory (all users) and its key-value store; 503 when buffer memory is not
    available. **In this release it answers 500 `INTERNAL_ERROR` once the buffers are
    cleared**: the handler names an event type (`MEMORY_BUFFER_CLEARED`) that does not exist,
    so the success envelope is never built (the buffers are emptied all the same). An empty
    buffer counts as \"not available\" (503 `SERVICE_UNAVAILABLE`), so a retry of that 500
    answers 503. The 200 shape below is what the handler would build.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryBuffersClearedResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | MemoryBuffersClearedResponse | None:
    r"""Clear all memory buffers (deprecated)

     Deprecated by the runtime in favour of `DELETE /memory/buffer`. Designed to empty the
    whole buffer memory (all users) and its key-value store; 503 when buffer memory is not
    available. **In this release it answers 500 `INTERNAL_ERROR` once the buffers are
    cleared**: the handler names an event type (`MEMORY_BUFFER_CLEARED`) that does not exist,
    so the success envelope is never built (the buffers are emptied all the same). An empty
    buffer counts as \"not available\" (503 `SERVICE_UNAVAILABLE`), so a retry of that 500
    answers 503. The 200 shape below is what the handler would build.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryBuffersClearedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
