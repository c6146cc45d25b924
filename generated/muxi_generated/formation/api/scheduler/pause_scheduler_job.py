from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.scheduled_job_state_response import ScheduledJobStateResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    job_id: str,
    *,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scheduler/jobs/{job_id}/pause".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ScheduledJobStateResponse | None:
    if response.status_code == 200:
        response_200 = ScheduledJobStateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

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
) -> Response[ErrorEnvelope | ScheduledJobStateResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ScheduledJobStateResponse]:
    r"""Pause a scheduled job

     Pauses an active job as user `X-Muxi-User-ID` (default `\"0\"`). **The handler requires the
    admin key** (401 with the client key). 404 `RESOURCE_NOT_FOUND` when unknown or not
    active; 503 when the scheduler is not running. **In this release the owner is not
    checked**: any user id pauses any user's job.

    Args:
        job_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduledJobStateResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | ScheduledJobStateResponse | None:
    r"""Pause a scheduled job

     Pauses an active job as user `X-Muxi-User-ID` (default `\"0\"`). **The handler requires the
    admin key** (401 with the client key). 404 `RESOURCE_NOT_FOUND` when unknown or not
    active; 503 when the scheduler is not running. **In this release the owner is not
    checked**: any user id pauses any user's job.

    Args:
        job_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduledJobStateResponse
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ScheduledJobStateResponse]:
    r"""Pause a scheduled job

     Pauses an active job as user `X-Muxi-User-ID` (default `\"0\"`). **The handler requires the
    admin key** (401 with the client key). 404 `RESOURCE_NOT_FOUND` when unknown or not
    active; 503 when the scheduler is not running. **In this release the owner is not
    checked**: any user id pauses any user's job.

    Args:
        job_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduledJobStateResponse]
    """

    kwargs = _get_kwargs(
        job_id=job_id,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | ScheduledJobStateResponse | None:
    r"""Pause a scheduled job

     Pauses an active job as user `X-Muxi-User-ID` (default `\"0\"`). **The handler requires the
    admin key** (401 with the client key). 404 `RESOURCE_NOT_FOUND` when unknown or not
    active; 503 when the scheduler is not running. **In this release the owner is not
    checked**: any user id pauses any user's job.

    Args:
        job_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduledJobStateResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
