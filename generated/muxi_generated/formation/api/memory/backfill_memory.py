from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.memory_backfill_request import MemoryBackfillRequest
from ...models.memory_backfill_result_response import MemoryBackfillResultResponse
from ...types import Response, as_status


def _get_kwargs(
    *,
    body: MemoryBackfillRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memory/backfill",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MemoryBackfillResultResponse | None:
    if response.status_code == 200:
        response_200 = MemoryBackfillResultResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MemoryBackfillResultResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryBackfillRequest,
) -> Response[ErrorEnvelope | MemoryBackfillResultResponse]:
    """Backfill legacy memory events

     Synthesizes `source=legacy` memory events for the user's pre-event-log rows (idempotent).
    Bounded per call: a projection reporting `complete: false` still has rows to scan, so
    call again. 503 when the memory event substrate is not available; 422 for invalid input.

    Args:
        body (MemoryBackfillRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryBackfillResultResponse]
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
    body: MemoryBackfillRequest,
) -> ErrorEnvelope | MemoryBackfillResultResponse | None:
    """Backfill legacy memory events

     Synthesizes `source=legacy` memory events for the user's pre-event-log rows (idempotent).
    Bounded per call: a projection reporting `complete: false` still has rows to scan, so
    call again. 503 when the memory event substrate is not available; 422 for invalid input.

    Args:
        body (MemoryBackfillRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryBackfillResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryBackfillRequest,
) -> Response[ErrorEnvelope | MemoryBackfillResultResponse]:
    """Backfill legacy memory events

     Synthesizes `source=legacy` memory events for the user's pre-event-log rows (idempotent).
    Bounded per call: a projection reporting `complete: false` still has rows to scan, so
    call again. 503 when the memory event substrate is not available; 422 for invalid input.

    Args:
        body (MemoryBackfillRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryBackfillResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MemoryBackfillRequest,
) -> ErrorEnvelope | MemoryBackfillResultResponse | None:
    """Backfill legacy memory events

     Synthesizes `source=legacy` memory events for the user's pre-event-log rows (idempotent).
    Bounded per call: a projection reporting `complete: false` still has rows to scan, so
    call again. 503 when the memory event substrate is not available; 422 for invalid input.

    Args:
        body (MemoryBackfillRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryBackfillResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
