from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.memory_rebuild_request import MemoryRebuildRequest
from ...models.memory_rebuild_result_response import MemoryRebuildResultResponse
from ...types import Response, as_status


def _get_kwargs(
    *,
    body: MemoryRebuildRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memory/rebuild",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MemoryRebuildResultResponse | None:
    if response.status_code == 200:
        response_200 = MemoryRebuildResultResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = MemoryRebuildResultResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MemoryRebuildResultResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryRebuildRequest,
) -> Response[ErrorEnvelope | MemoryRebuildResultResponse]:
    """Rebuild memory projections

     Wipes and replays the user's memory projections from the event log (all projections, or
    `projection`). By default it runs as a background job and answers **202** with a
    `job_id` (poll `GET /memory/rebuild/{job_id}`); `background: false` or `dry_run: true`
    answer 200 with the report inline. 422 for an unknown projection; 503 when the memory
    event substrate is not available.

    Args:
        body (MemoryRebuildRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryRebuildResultResponse]
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
    body: MemoryRebuildRequest,
) -> ErrorEnvelope | MemoryRebuildResultResponse | None:
    """Rebuild memory projections

     Wipes and replays the user's memory projections from the event log (all projections, or
    `projection`). By default it runs as a background job and answers **202** with a
    `job_id` (poll `GET /memory/rebuild/{job_id}`); `background: false` or `dry_run: true`
    answer 200 with the report inline. 422 for an unknown projection; 503 when the memory
    event substrate is not available.

    Args:
        body (MemoryRebuildRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryRebuildResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryRebuildRequest,
) -> Response[ErrorEnvelope | MemoryRebuildResultResponse]:
    """Rebuild memory projections

     Wipes and replays the user's memory projections from the event log (all projections, or
    `projection`). By default it runs as a background job and answers **202** with a
    `job_id` (poll `GET /memory/rebuild/{job_id}`); `background: false` or `dry_run: true`
    answer 200 with the report inline. 422 for an unknown projection; 503 when the memory
    event substrate is not available.

    Args:
        body (MemoryRebuildRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryRebuildResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MemoryRebuildRequest,
) -> ErrorEnvelope | MemoryRebuildResultResponse | None:
    """Rebuild memory projections

     Wipes and replays the user's memory projections from the event log (all projections, or
    `projection`). By default it runs as a background job and answers **202** with a
    `job_id` (poll `GET /memory/rebuild/{job_id}`); `background: false` or `dry_run: true`
    answer 200 with the report inline. 422 for an unknown projection; 503 when the memory
    event substrate is not available.

    Args:
        body (MemoryRebuildRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryRebuildResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
