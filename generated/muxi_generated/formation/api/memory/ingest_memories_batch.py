from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.memory_batch_result_response import MemoryBatchResultResponse
from ...models.memory_ingest_batch import MemoryIngestBatch
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    body: MemoryIngestBatch,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memories/batch",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MemoryBatchResultResponse | None:
    if response.status_code == 200:
        response_200 = MemoryBatchResultResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MemoryBatchResultResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryIngestBatch,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MemoryBatchResultResponse]:
    """Ingest a batch of memories

     Ingests up to the formation's batch limit of items, each following the ingestion
    contract of `POST /memories` (`source` required per item). Always 200 (207-style): one
    result per item, in order, with status `accepted`, `duplicate` or `invalid`; invalid
    items never block the rest. Accepted items share one `processing_id`. 422 for an empty
    or oversized batch, 429 when the ingestion queue is full, 503 without persistent memory.
    `X-Muxi-User-ID` is required with either key.

    Args:
        x_muxi_user_id (str | Unset):
        body (MemoryIngestBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryBatchResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MemoryIngestBatch,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | MemoryBatchResultResponse | None:
    """Ingest a batch of memories

     Ingests up to the formation's batch limit of items, each following the ingestion
    contract of `POST /memories` (`source` required per item). Always 200 (207-style): one
    result per item, in order, with status `accepted`, `duplicate` or `invalid`; invalid
    items never block the rest. Accepted items share one `processing_id`. 422 for an empty
    or oversized batch, 429 when the ingestion queue is full, 503 without persistent memory.
    `X-Muxi-User-ID` is required with either key.

    Args:
        x_muxi_user_id (str | Unset):
        body (MemoryIngestBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryBatchResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryIngestBatch,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MemoryBatchResultResponse]:
    """Ingest a batch of memories

     Ingests up to the formation's batch limit of items, each following the ingestion
    contract of `POST /memories` (`source` required per item). Always 200 (207-style): one
    result per item, in order, with status `accepted`, `duplicate` or `invalid`; invalid
    items never block the rest. Accepted items share one `processing_id`. 422 for an empty
    or oversized batch, 429 when the ingestion queue is full, 503 without persistent memory.
    `X-Muxi-User-ID` is required with either key.

    Args:
        x_muxi_user_id (str | Unset):
        body (MemoryIngestBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryBatchResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MemoryIngestBatch,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | MemoryBatchResultResponse | None:
    """Ingest a batch of memories

     Ingests up to the formation's batch limit of items, each following the ingestion
    contract of `POST /memories` (`source` required per item). Always 200 (207-style): one
    result per item, in order, with status `accepted`, `duplicate` or `invalid`; invalid
    items never block the rest. Accepted items share one `processing_id`. 422 for an empty
    or oversized batch, 429 when the ingestion queue is full, 503 without persistent memory.
    `X-Muxi-User-ID` is required with either key.

    Args:
        x_muxi_user_id (str | Unset):
        body (MemoryIngestBatch):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryBatchResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
