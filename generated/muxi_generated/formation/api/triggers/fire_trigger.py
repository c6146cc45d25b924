from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.trigger_execution_response import TriggerExecutionResponse
from ...models.trigger_request import TriggerRequest
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    trigger_name: str,
    *,
    body: TriggerRequest,
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
        "url": "/triggers/{trigger_name}".format(
            trigger_name=quote(str(trigger_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TriggerExecutionResponse | None:
    if response.status_code == 200:
        response_200 = TriggerExecutionResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TriggerExecutionResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trigger_name: str,
    *,
    client: AuthenticatedClient,
    body: TriggerRequest,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TriggerExecutionResponse]:
    r"""Execute a trigger

     Renders the template with `data` and processes the result as a chat turn for
    `X-Muxi-User-ID` (default `\"0\"`). With `use_async` (the default) it answers at once with
    `status: processing`; the envelope's `request.id` is the new request's id, pollable at
    `GET /requests/{request_id}`. With `use_async: false` it waits and returns the answer
    text (`status: completed`). Unknown trigger: 404 `RESOURCE_NOT_FOUND` whose message
    includes the template path on the server. 400 for bad frontmatter, transformer, parse
    spec or template data; 403 when the middleware or RBAC rejects the trigger; 503 when
    the overlord is not running. With `X-Muxi-Idempotency-Key` the first 200 is replayed for
    the same key even if the body differs.

    Args:
        trigger_name (str):
        x_muxi_user_id (str | Unset):
        x_muxi_idempotency_key (str | Unset):
        body (TriggerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TriggerExecutionResponse]
    """

    kwargs = _get_kwargs(
        trigger_name=trigger_name,
        body=body,
        x_muxi_user_id=x_muxi_user_id,
        x_muxi_idempotency_key=x_muxi_idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trigger_name: str,
    *,
    client: AuthenticatedClient,
    body: TriggerRequest,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | TriggerExecutionResponse | None:
    r"""Execute a trigger

     Renders the template with `data` and processes the result as a chat turn for
    `X-Muxi-User-ID` (default `\"0\"`). With `use_async` (the default) it answers at once with
    `status: processing`; the envelope's `request.id` is the new request's id, pollable at
    `GET /requests/{request_id}`. With `use_async: false` it waits and returns the answer
    text (`status: completed`). Unknown trigger: 404 `RESOURCE_NOT_FOUND` whose message
    includes the template path on the server. 400 for bad frontmatter, transformer, parse
    spec or template data; 403 when the middleware or RBAC rejects the trigger; 503 when
    the overlord is not running. With `X-Muxi-Idempotency-Key` the first 200 is replayed for
    the same key even if the body differs.

    Args:
        trigger_name (str):
        x_muxi_user_id (str | Unset):
        x_muxi_idempotency_key (str | Unset):
        body (TriggerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TriggerExecutionResponse
    """

    return sync_detailed(
        trigger_name=trigger_name,
        client=client,
        body=body,
        x_muxi_user_id=x_muxi_user_id,
        x_muxi_idempotency_key=x_muxi_idempotency_key,
    ).parsed


async def asyncio_detailed(
    trigger_name: str,
    *,
    client: AuthenticatedClient,
    body: TriggerRequest,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TriggerExecutionResponse]:
    r"""Execute a trigger

     Renders the template with `data` and processes the result as a chat turn for
    `X-Muxi-User-ID` (default `\"0\"`). With `use_async` (the default) it answers at once with
    `status: processing`; the envelope's `request.id` is the new request's id, pollable at
    `GET /requests/{request_id}`. With `use_async: false` it waits and returns the answer
    text (`status: completed`). Unknown trigger: 404 `RESOURCE_NOT_FOUND` whose message
    includes the template path on the server. 400 for bad frontmatter, transformer, parse
    spec or template data; 403 when the middleware or RBAC rejects the trigger; 503 when
    the overlord is not running. With `X-Muxi-Idempotency-Key` the first 200 is replayed for
    the same key even if the body differs.

    Args:
        trigger_name (str):
        x_muxi_user_id (str | Unset):
        x_muxi_idempotency_key (str | Unset):
        body (TriggerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TriggerExecutionResponse]
    """

    kwargs = _get_kwargs(
        trigger_name=trigger_name,
        body=body,
        x_muxi_user_id=x_muxi_user_id,
        x_muxi_idempotency_key=x_muxi_idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trigger_name: str,
    *,
    client: AuthenticatedClient,
    body: TriggerRequest,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> ErrorEnvelope | TriggerExecutionResponse | None:
    r"""Execute a trigger

     Renders the template with `data` and processes the result as a chat turn for
    `X-Muxi-User-ID` (default `\"0\"`). With `use_async` (the default) it answers at once with
    `status: processing`; the envelope's `request.id` is the new request's id, pollable at
    `GET /requests/{request_id}`. With `use_async: false` it waits and returns the answer
    text (`status: completed`). Unknown trigger: 404 `RESOURCE_NOT_FOUND` whose message
    includes the template path on the server. 400 for bad frontmatter, transformer, parse
    spec or template data; 403 when the middleware or RBAC rejects the trigger; 503 when
    the overlord is not running. With `X-Muxi-Idempotency-Key` the first 200 is replayed for
    the same key even if the body differs.

    Args:
        trigger_name (str):
        x_muxi_user_id (str | Unset):
        x_muxi_idempotency_key (str | Unset):
        body (TriggerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TriggerExecutionResponse
    """

    return (
        await asyncio_detailed(
            trigger_name=trigger_name,
            client=client,
            body=body,
            x_muxi_user_id=x_muxi_user_id,
            x_muxi_idempotency_key=x_muxi_idempotency_key,
        )
    ).parsed
