from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.memory_create import MemoryCreate
from ...models.memory_ingestion_receipt_response import MemoryIngestionReceiptResponse
from ...models.memory_write_result_response import MemoryWriteResultResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    body: MemoryCreate,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memories",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MemoryIngestionReceiptResponse | MemoryWriteResultResponse | None:
    if response.status_code == 200:
        response_200 = MemoryWriteResultResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = MemoryIngestionReceiptResponse.from_dict(response.json())

        return response_202

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
) -> Response[ErrorEnvelope | MemoryIngestionReceiptResponse | MemoryWriteResultResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryCreate,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MemoryIngestionReceiptResponse | MemoryWriteResultResponse]:
    """Create a memory (or ingest one)

     Two behaviours, chosen by the body:

    * **Direct write** (no `source`): stores `content` (a string) or `detail` as a memory in
      the requested scope (`user` by default; `group` needs `scope_id` and, like
      `formation`, a `memory.write` grant, else 403). Answers **200** with a `MemoryWriteResult`
    (direct-write keys).
    * **Ingestion** (`source` set): validates the item, appends it to the memory event log
      under the `(source, source_id)` idempotency key and processes it in the background.
      Answers **202** with a `MemoryIngestionReceipt` (`processing_id` to poll at
      `GET /memories/ingestion/{processing_id}`), or **200** with `duplicate: true` when the
      same `(source, source_id)` was already ingested. `content` may be structured here.

    503 `SERVICE_UNAVAILABLE` when the formation has no persistent memory (the default
    offline formation). 422 `INVALID_PARAMS` for an invalid item or scope, 429 when the
    ingestion queue is full. `X-Muxi-User-ID` is required with either key.

    Args:
        x_muxi_user_id (str | Unset):
        body (MemoryCreate): Body of `POST /memories` (and of each batch item). Direct write:
            `content` (string) or
            `type` + `detail`. Ingestion: set `source` (and ideally `source_id`, the idempotency key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryIngestionReceiptResponse | MemoryWriteResultResponse]
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
    body: MemoryCreate,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | MemoryIngestionReceiptResponse | MemoryWriteResultResponse | None:
    """Create a memory (or ingest one)

     Two behaviours, chosen by the body:

    * **Direct write** (no `source`): stores `content` (a string) or `detail` as a memory in
      the requested scope (`user` by default; `group` needs `scope_id` and, like
      `formation`, a `memory.write` grant, else 403). Answers **200** with a `MemoryWriteResult`
    (direct-write keys).
    * **Ingestion** (`source` set): validates the item, appends it to the memory event log
      under the `(source, source_id)` idempotency key and processes it in the background.
      Answers **202** with a `MemoryIngestionReceipt` (`processing_id` to poll at
      `GET /memories/ingestion/{processing_id}`), or **200** with `duplicate: true` when the
      same `(source, source_id)` was already ingested. `content` may be structured here.

    503 `SERVICE_UNAVAILABLE` when the formation has no persistent memory (the default
    offline formation). 422 `INVALID_PARAMS` for an invalid item or scope, 429 when the
    ingestion queue is full. `X-Muxi-User-ID` is required with either key.

    Args:
        x_muxi_user_id (str | Unset):
        body (MemoryCreate): Body of `POST /memories` (and of each batch item). Direct write:
            `content` (string) or
            `type` + `detail`. Ingestion: set `source` (and ideally `source_id`, the idempotency key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryIngestionReceiptResponse | MemoryWriteResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryCreate,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MemoryIngestionReceiptResponse | MemoryWriteResultResponse]:
    """Create a memory (or ingest one)

     Two behaviours, chosen by the body:

    * **Direct write** (no `source`): stores `content` (a string) or `detail` as a memory in
      the requested scope (`user` by default; `group` needs `scope_id` and, like
      `formation`, a `memory.write` grant, else 403). Answers **200** with a `MemoryWriteResult`
    (direct-write keys).
    * **Ingestion** (`source` set): validates the item, appends it to the memory event log
      under the `(source, source_id)` idempotency key and processes it in the background.
      Answers **202** with a `MemoryIngestionReceipt` (`processing_id` to poll at
      `GET /memories/ingestion/{processing_id}`), or **200** with `duplicate: true` when the
      same `(source, source_id)` was already ingested. `content` may be structured here.

    503 `SERVICE_UNAVAILABLE` when the formation has no persistent memory (the default
    offline formation). 422 `INVALID_PARAMS` for an invalid item or scope, 429 when the
    ingestion queue is full. `X-Muxi-User-ID` is required with either key.

    Args:
        x_muxi_user_id (str | Unset):
        body (MemoryCreate): Body of `POST /memories` (and of each batch item). Direct write:
            `content` (string) or
            `type` + `detail`. Ingestion: set `source` (and ideally `source_id`, the idempotency key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryIngestionReceiptResponse | MemoryWriteResultResponse]
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
    body: MemoryCreate,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | MemoryIngestionReceiptResponse | MemoryWriteResultResponse | None:
    """Create a memory (or ingest one)

     Two behaviours, chosen by the body:

    * **Direct write** (no `source`): stores `content` (a string) or `detail` as a memory in
      the requested scope (`user` by default; `group` needs `scope_id` and, like
      `formation`, a `memory.write` grant, else 403). Answers **200** with a `MemoryWriteResult`
    (direct-write keys).
    * **Ingestion** (`source` set): validates the item, appends it to the memory event log
      under the `(source, source_id)` idempotency key and processes it in the background.
      Answers **202** with a `MemoryIngestionReceipt` (`processing_id` to poll at
      `GET /memories/ingestion/{processing_id}`), or **200** with `duplicate: true` when the
      same `(source, source_id)` was already ingested. `content` may be structured here.

    503 `SERVICE_UNAVAILABLE` when the formation has no persistent memory (the default
    offline formation). 422 `INVALID_PARAMS` for an invalid item or scope, 429 when the
    ingestion queue is full. `X-Muxi-User-ID` is required with either key.

    Args:
        x_muxi_user_id (str | Unset):
        body (MemoryCreate): Body of `POST /memories` (and of each batch item). Direct write:
            `content` (string) or
            `type` + `detail`. Ingestion: set `source` (and ideally `source_id`, the idempotency key).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryIngestionReceiptResponse | MemoryWriteResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
