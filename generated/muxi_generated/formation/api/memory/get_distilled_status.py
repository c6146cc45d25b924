from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.processing_job_status_response import ProcessingJobStatusResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    processing_id: str,
    *,
    x_distillery_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_distillery_id, Unset):
        headers["X-Distillery-ID"] = x_distillery_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memories/distilled/{processing_id}".format(
            processing_id=quote(str(processing_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ProcessingJobStatusResponse | None:
    if response.status_code == 200:
        response_200 = ProcessingJobStatusResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ProcessingJobStatusResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    processing_id: str,
    *,
    client: AuthenticatedClient,
    x_distillery_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ProcessingJobStatusResponse]:
    """Poll a distilled batch's projection job

     Status lifecycle `queued` -> `processing` -> `completed` | `failed`; completed jobs add
    per-event dispositions. With the admin key any job is visible; with the client key the
    `X-Distillery-ID` header must name the distillery that submitted the batch (403
    otherwise). 404 `NOT_FOUND` for unknown or expired ids (results are kept about 5
    minutes). 503 when distilleries are not enabled.

    Args:
        processing_id (str):
        x_distillery_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ProcessingJobStatusResponse]
    """

    kwargs = _get_kwargs(
        processing_id=processing_id,
        x_distillery_id=x_distillery_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    processing_id: str,
    *,
    client: AuthenticatedClient,
    x_distillery_id: str | Unset = UNSET,
) -> ErrorEnvelope | ProcessingJobStatusResponse | None:
    """Poll a distilled batch's projection job

     Status lifecycle `queued` -> `processing` -> `completed` | `failed`; completed jobs add
    per-event dispositions. With the admin key any job is visible; with the client key the
    `X-Distillery-ID` header must name the distillery that submitted the batch (403
    otherwise). 404 `NOT_FOUND` for unknown or expired ids (results are kept about 5
    minutes). 503 when distilleries are not enabled.

    Args:
        processing_id (str):
        x_distillery_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ProcessingJobStatusResponse
    """

    return sync_detailed(
        processing_id=processing_id,
        client=client,
        x_distillery_id=x_distillery_id,
    ).parsed


async def asyncio_detailed(
    processing_id: str,
    *,
    client: AuthenticatedClient,
    x_distillery_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ProcessingJobStatusResponse]:
    """Poll a distilled batch's projection job

     Status lifecycle `queued` -> `processing` -> `completed` | `failed`; completed jobs add
    per-event dispositions. With the admin key any job is visible; with the client key the
    `X-Distillery-ID` header must name the distillery that submitted the batch (403
    otherwise). 404 `NOT_FOUND` for unknown or expired ids (results are kept about 5
    minutes). 503 when distilleries are not enabled.

    Args:
        processing_id (str):
        x_distillery_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ProcessingJobStatusResponse]
    """

    kwargs = _get_kwargs(
        processing_id=processing_id,
        x_distillery_id=x_distillery_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    processing_id: str,
    *,
    client: AuthenticatedClient,
    x_distillery_id: str | Unset = UNSET,
) -> ErrorEnvelope | ProcessingJobStatusResponse | None:
    """Poll a distilled batch's projection job

     Status lifecycle `queued` -> `processing` -> `completed` | `failed`; completed jobs add
    per-event dispositions. With the admin key any job is visible; with the client key the
    `X-Distillery-ID` header must name the distillery that submitted the batch (403
    otherwise). 404 `NOT_FOUND` for unknown or expired ids (results are kept about 5
    minutes). 503 when distilleries are not enabled.

    Args:
        processing_id (str):
        x_distillery_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ProcessingJobStatusResponse
    """

    return (
        await asyncio_detailed(
            processing_id=processing_id,
            client=client,
            x_distillery_id=x_distillery_id,
        )
    ).parsed
