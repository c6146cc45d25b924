from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.memory_forget_request import MemoryForgetRequest
from ...models.memory_forget_result_response import MemoryForgetResultResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    body: MemoryForgetRequest,
    sync: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["sync"] = sync

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memory/forget",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MemoryForgetResultResponse | None:
    if response.status_code == 200:
        response_200 = MemoryForgetResultResponse.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = MemoryForgetResultResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MemoryForgetResultResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryForgetRequest,
    sync: bool | Unset = False,
) -> Response[ErrorEnvelope | MemoryForgetResultResponse]:
    """Forget every memory derived from a source

     GDPR / selective forgetting: soft-deletes the user's memory events from `source` inline
    (reversible until the grace period elapses) and, unless `rebuild: false`, recomputes the
    projections. By default the rebuild runs as a background job and the route answers
    **202** with a `job_id` (poll `GET /memory/forget/{job_id}`); `background: false` or
    `?sync=true` waits and answers 200 with the projection report; `rebuild: false` answers
    200 with `rebuild_required`. 503 when the memory event substrate is not available.

    Args:
        sync (bool | Unset):  Default: False.
        body (MemoryForgetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryForgetResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        sync=sync,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MemoryForgetRequest,
    sync: bool | Unset = False,
) -> ErrorEnvelope | MemoryForgetResultResponse | None:
    """Forget every memory derived from a source

     GDPR / selective forgetting: soft-deletes the user's memory events from `source` inline
    (reversible until the grace period elapses) and, unless `rebuild: false`, recomputes the
    projections. By default the rebuild runs as a background job and the route answers
    **202** with a `job_id` (poll `GET /memory/forget/{job_id}`); `background: false` or
    `?sync=true` waits and answers 200 with the projection report; `rebuild: false` answers
    200 with `rebuild_required`. 503 when the memory event substrate is not available.

    Args:
        sync (bool | Unset):  Default: False.
        body (MemoryForgetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryForgetResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        sync=sync,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryForgetRequest,
    sync: bool | Unset = False,
) -> Response[ErrorEnvelope | MemoryForgetResultResponse]:
    """Forget every memory derived from a source

     GDPR / selective forgetting: soft-deletes the user's memory events from `source` inline
    (reversible until the grace period elapses) and, unless `rebuild: false`, recomputes the
    projections. By default the rebuild runs as a background job and the route answers
    **202** with a `job_id` (poll `GET /memory/forget/{job_id}`); `background: false` or
    `?sync=true` waits and answers 200 with the projection report; `rebuild: false` answers
    200 with `rebuild_required`. 503 when the memory event substrate is not available.

    Args:
        sync (bool | Unset):  Default: False.
        body (MemoryForgetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryForgetResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        sync=sync,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MemoryForgetRequest,
    sync: bool | Unset = False,
) -> ErrorEnvelope | MemoryForgetResultResponse | None:
    """Forget every memory derived from a source

     GDPR / selective forgetting: soft-deletes the user's memory events from `source` inline
    (reversible until the grace period elapses) and, unless `rebuild: false`, recomputes the
    projections. By default the rebuild runs as a background job and the route answers
    **202** with a `job_id` (poll `GET /memory/forget/{job_id}`); `background: false` or
    `?sync=true` waits and answers 200 with the projection report; `rebuild: false` answers
    200 with `rebuild_required`. 503 when the memory event substrate is not available.

    Args:
        sync (bool | Unset):  Default: False.
        body (MemoryForgetRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryForgetResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            sync=sync,
        )
    ).parsed
