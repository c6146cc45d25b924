from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.distilled_batch import DistilledBatch
from ...models.distilled_batch_result_response import DistilledBatchResultResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, as_status


def _get_kwargs(
    *,
    body: DistilledBatch,
    x_distillery_id: str,
    x_distillery_signature: str,
    x_distillery_timestamp: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Distillery-ID"] = x_distillery_id

    headers["X-Distillery-Signature"] = x_distillery_signature

    headers["X-Distillery-Timestamp"] = x_distillery_timestamp

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memories/distilled",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DistilledBatchResultResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DistilledBatchResultResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = DistilledBatchResultResponse.from_dict(response.json())

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
) -> Response[DistilledBatchResultResponse | ErrorEnvelope]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DistilledBatch,
    x_distillery_id: str,
    x_distillery_signature: str,
    x_distillery_timestamp: str,
) -> Response[DistilledBatchResultResponse | ErrorEnvelope]:
    """Ingest a signed batch of distilled memories

     Accepts one batch of pre-distilled memory events from a registered distillery. Besides
    an API key, the request must carry `X-Distillery-ID`, `X-Distillery-Timestamp` (unix
    seconds) and `X-Distillery-Signature` (base64 Ed25519 signature over the **exact raw
    body bytes**, bound to the id and timestamp); any authentication problem answers 401
    with one indistinct message, a revoked distillery 410 `GONE`, an exhausted daily quota
    429. The body is read raw (so it must be sent byte-for-byte as signed); malformed JSON
    answers 400, an invalid envelope 422. Per-event problems are reported in `rejections`,
    never as an endpoint error. Answers **202** when at least one event was accepted
    (projection runs in a background job pollable at
    `GET /memories/distilled/{processing_id}`), otherwise 200. 503 when the formation has no
    `memory.distillery` enabled.

    Args:
        x_distillery_id (str):
        x_distillery_signature (str):
        x_distillery_timestamp (str):
        body (DistilledBatch): A signed batch of distilled memory events (sent byte-for-byte as
            signed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DistilledBatchResultResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        x_distillery_id=x_distillery_id,
        x_distillery_signature=x_distillery_signature,
        x_distillery_timestamp=x_distillery_timestamp,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: DistilledBatch,
    x_distillery_id: str,
    x_distillery_signature: str,
    x_distillery_timestamp: str,
) -> DistilledBatchResultResponse | ErrorEnvelope | None:
    """Ingest a signed batch of distilled memories

     Accepts one batch of pre-distilled memory events from a registered distillery. Besides
    an API key, the request must carry `X-Distillery-ID`, `X-Distillery-Timestamp` (unix
    seconds) and `X-Distillery-Signature` (base64 Ed25519 signature over the **exact raw
    body bytes**, bound to the id and timestamp); any authentication problem answers 401
    with one indistinct message, a revoked distillery 410 `GONE`, an exhausted daily quota
    429. The body is read raw (so it must be sent byte-for-byte as signed); malformed JSON
    answers 400, an invalid envelope 422. Per-event problems are reported in `rejections`,
    never as an endpoint error. Answers **202** when at least one event was accepted
    (projection runs in a background job pollable at
    `GET /memories/distilled/{processing_id}`), otherwise 200. 503 when the formation has no
    `memory.distillery` enabled.

    Args:
        x_distillery_id (str):
        x_distillery_signature (str):
        x_distillery_timestamp (str):
        body (DistilledBatch): A signed batch of distilled memory events (sent byte-for-byte as
            signed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DistilledBatchResultResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        x_distillery_id=x_distillery_id,
        x_distillery_signature=x_distillery_signature,
        x_distillery_timestamp=x_distillery_timestamp,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DistilledBatch,
    x_distillery_id: str,
    x_distillery_signature: str,
    x_distillery_timestamp: str,
) -> Response[DistilledBatchResultResponse | ErrorEnvelope]:
    """Ingest a signed batch of distilled memories

     Accepts one batch of pre-distilled memory events from a registered distillery. Besides
    an API key, the request must carry `X-Distillery-ID`, `X-Distillery-Timestamp` (unix
    seconds) and `X-Distillery-Signature` (base64 Ed25519 signature over the **exact raw
    body bytes**, bound to the id and timestamp); any authentication problem answers 401
    with one indistinct message, a revoked distillery 410 `GONE`, an exhausted daily quota
    429. The body is read raw (so it must be sent byte-for-byte as signed); malformed JSON
    answers 400, an invalid envelope 422. Per-event problems are reported in `rejections`,
    never as an endpoint error. Answers **202** when at least one event was accepted
    (projection runs in a background job pollable at
    `GET /memories/distilled/{processing_id}`), otherwise 200. 503 when the formation has no
    `memory.distillery` enabled.

    Args:
        x_distillery_id (str):
        x_distillery_signature (str):
        x_distillery_timestamp (str):
        body (DistilledBatch): A signed batch of distilled memory events (sent byte-for-byte as
            signed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DistilledBatchResultResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        x_distillery_id=x_distillery_id,
        x_distillery_signature=x_distillery_signature,
        x_distillery_timestamp=x_distillery_timestamp,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DistilledBatch,
    x_distillery_id: str,
    x_distillery_signature: str,
    x_distillery_timestamp: str,
) -> DistilledBatchResultResponse | ErrorEnvelope | None:
    """Ingest a signed batch of distilled memories

     Accepts one batch of pre-distilled memory events from a registered distillery. Besides
    an API key, the request must carry `X-Distillery-ID`, `X-Distillery-Timestamp` (unix
    seconds) and `X-Distillery-Signature` (base64 Ed25519 signature over the **exact raw
    body bytes**, bound to the id and timestamp); any authentication problem answers 401
    with one indistinct message, a revoked distillery 410 `GONE`, an exhausted daily quota
    429. The body is read raw (so it must be sent byte-for-byte as signed); malformed JSON
    answers 400, an invalid envelope 422. Per-event problems are reported in `rejections`,
    never as an endpoint error. Answers **202** when at least one event was accepted
    (projection runs in a background job pollable at
    `GET /memories/distilled/{processing_id}`), otherwise 200. 503 when the formation has no
    `memory.distillery` enabled.

    Args:
        x_distillery_id (str):
        x_distillery_signature (str):
        x_distillery_timestamp (str):
        body (DistilledBatch): A signed batch of distilled memory events (sent byte-for-byte as
            signed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DistilledBatchResultResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_distillery_id=x_distillery_id,
            x_distillery_signature=x_distillery_signature,
            x_distillery_timestamp=x_distillery_timestamp,
        )
    ).parsed
