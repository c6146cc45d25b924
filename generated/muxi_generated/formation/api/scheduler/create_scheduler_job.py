from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.scheduled_job_create import ScheduledJobCreate
from ...models.scheduled_job_response import ScheduledJobResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    body: ScheduledJobCreate,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    if not isinstance(x_muxi_idempotency_key, Unset):
        headers["X-Muxi-Idempotency-Key"] = x_muxi_idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scheduler/jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ScheduledJobResponse | None:
    if response.status_code == 201:
        response_201 = ScheduledJobResponse.from_dict(response.json())

        return response_201

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
) -> Response[ErrorEnvelope | ScheduledJobResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ScheduledJobCreate,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ScheduledJobResponse]:
    r"""Create a scheduled job

     Creates a recurring (cron) or one-time (future ISO 8601 datetime) job owned by
    `X-Muxi-User-ID` (default `\"0\"`) and answers **201**. **The handler requires the admin
    key**: a client key answers 401 `UNAUTHORIZED`. 400 `VALIDATION_ERROR` for an unknown
    `type`; 422 `VALIDATION_ERROR` for a bad schedule; 422 `UNPROCESSABLE_ENTITY` when the
    formation has no persistent memory (the default offline formation); 503 when the
    scheduler is not running. With `X-Muxi-Idempotency-Key` the first 201 is replayed for
    the same key even if the body differs.

    Args:
        x_muxi_user_id (str | Unset):
        x_muxi_idempotency_key (str | Unset):
        body (ScheduledJobCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduledJobResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_muxi_user_id=x_muxi_user_id,
        x_muxi_idempotency_key=x_muxi_idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ScheduledJobCreate,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | ScheduledJobResponse | None:
    r"""Create a scheduled job

     Creates a recurring (cron) or one-time (future ISO 8601 datetime) job owned by
    `X-Muxi-User-ID` (default `\"0\"`) and answers **201**. **The handler requires the admin
    key**: a client key answers 401 `UNAUTHORIZED`. 400 `VALIDATION_ERROR` for an unknown
    `type`; 422 `VALIDATION_ERROR` for a bad schedule; 422 `UNPROCESSABLE_ENTITY` when the
    formation has no persistent memory (the default offline formation); 503 when the
    scheduler is not running. With `X-Muxi-Idempotency-Key` the first 201 is replayed for
    the same key even if the body differs.

    Args:
        x_muxi_user_id (str | Unset):
        x_muxi_idempotency_key (str | Unset):
        body (ScheduledJobCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduledJobResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_muxi_user_id=x_muxi_user_id,
        x_muxi_idempotency_key=x_muxi_idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ScheduledJobCreate,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ScheduledJobResponse]:
    r"""Create a scheduled job

     Creates a recurring (cron) or one-time (future ISO 8601 datetime) job owned by
    `X-Muxi-User-ID` (default `\"0\"`) and answers **201**. **The handler requires the admin
    key**: a client key answers 401 `UNAUTHORIZED`. 400 `VALIDATION_ERROR` for an unknown
    `type`; 422 `VALIDATION_ERROR` for a bad schedule; 422 `UNPROCESSABLE_ENTITY` when the
    formation has no persistent memory (the default offline formation); 503 when the
    scheduler is not running. With `X-Muxi-Idempotency-Key` the first 201 is replayed for
    the same key even if the body differs.

    Args:
        x_muxi_user_id (str | Unset):
        x_muxi_idempotency_key (str | Unset):
        body (ScheduledJobCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ScheduledJobResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_muxi_user_id=x_muxi_user_id,
        x_muxi_idempotency_key=x_muxi_idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ScheduledJobCreate,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | ScheduledJobResponse | None:
    r"""Create a scheduled job

     Creates a recurring (cron) or one-time (future ISO 8601 datetime) job owned by
    `X-Muxi-User-ID` (default `\"0\"`) and answers **201**. **The handler requires the admin
    key**: a client key answers 401 `UNAUTHORIZED`. 400 `VALIDATION_ERROR` for an unknown
    `type`; 422 `VALIDATION_ERROR` for a bad schedule; 422 `UNPROCESSABLE_ENTITY` when the
    formation has no persistent memory (the default offline formation); 503 when the
    scheduler is not running. With `X-Muxi-Idempotency-Key` the first 201 is replayed for
    the same key even if the body differs.

    Args:
        x_muxi_user_id (str | Unset):
        x_muxi_idempotency_key (str | Unset):
        body (ScheduledJobCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ScheduledJobResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_muxi_user_id=x_muxi_user_id,
            x_muxi_idempotency_key=x_muxi_idempotency_key,
        )
    ).parsed
