from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.notification_request import NotificationRequest
from ...models.notification_result_response import NotificationResultResponse
from ...types import Response, as_status


def _get_kwargs(
    *,
    body: NotificationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/notifications",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | NotificationResultResponse | None:
    if response.status_code == 200:
        response_200 = NotificationResultResponse.from_dict(response.json())

        return response_200

    if response.status_code == 502:
        response_502 = NotificationResultResponse.from_dict(response.json())

        return response_502

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
) -> Response[ErrorEnvelope | NotificationResultResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NotificationRequest,
) -> Response[ErrorEnvelope | NotificationResultResponse]:
    r"""Send a proactive notification

     Sends a text notification to a user, routed by precedence: explicit `channels` > the
    user's preferred channel > the formation's default channel > the async webhook (failed
    channel deliveries fall back to the webhook once). Single-user formations always notify
    user `\"0\"`. **When no delivery succeeded the route answers 502 with a success envelope**
    (`success: true`, same `NotificationResult` payload with an empty `delivered`), not an
    error envelope. 400 for an empty message; 503 when the formation has no `proactive`
    block.

    Args:
        body (NotificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NotificationResultResponse]
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
    body: NotificationRequest,
) -> ErrorEnvelope | NotificationResultResponse | None:
    r"""Send a proactive notification

     Sends a text notification to a user, routed by precedence: explicit `channels` > the
    user's preferred channel > the formation's default channel > the async webhook (failed
    channel deliveries fall back to the webhook once). Single-user formations always notify
    user `\"0\"`. **When no delivery succeeded the route answers 502 with a success envelope**
    (`success: true`, same `NotificationResult` payload with an empty `delivered`), not an
    error envelope. 400 for an empty message; 503 when the formation has no `proactive`
    block.

    Args:
        body (NotificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NotificationResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NotificationRequest,
) -> Response[ErrorEnvelope | NotificationResultResponse]:
    r"""Send a proactive notification

     Sends a text notification to a user, routed by precedence: explicit `channels` > the
    user's preferred channel > the formation's default channel > the async webhook (failed
    channel deliveries fall back to the webhook once). Single-user formations always notify
    user `\"0\"`. **When no delivery succeeded the route answers 502 with a success envelope**
    (`success: true`, same `NotificationResult` payload with an empty `delivered`), not an
    error envelope. 400 for an empty message; 503 when the formation has no `proactive`
    block.

    Args:
        body (NotificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NotificationResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NotificationRequest,
) -> ErrorEnvelope | NotificationResultResponse | None:
    r"""Send a proactive notification

     Sends a text notification to a user, routed by precedence: explicit `channels` > the
    user's preferred channel > the formation's default channel > the async webhook (failed
    channel deliveries fall back to the webhook once). Single-user formations always notify
    user `\"0\"`. **When no delivery succeeded the route answers 502 with a success envelope**
    (`success: true`, same `NotificationResult` payload with an empty `delivered`), not an
    error envelope. 400 for an empty message; 503 when the formation has no `proactive`
    block.

    Args:
        body (NotificationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NotificationResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
