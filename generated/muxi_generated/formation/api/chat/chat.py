from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.chat_completion_response import ChatCompletionResponse
from ...models.chat_request import ChatRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    body: ChatRequest,
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
        "url": "/chat",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChatCompletionResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ChatCompletionResponse.from_dict(response.json())

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
) -> Response[ChatCompletionResponse | ErrorEnvelope]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ChatRequest,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> Response[ChatCompletionResponse | ErrorEnvelope]:
    r"""Chat with the formation

     Sends a message to the overlord.

    **Streaming is chosen by the body, not by `Accept`:** the reply is an SSE stream unless
    the body has `\"stream\": false` (the default is `true`; `Accept: text/event-stream` with
    `\"stream\": false` still answers JSON).

    SSE frames: `: keepalive` comments (one immediately, then about every second while the
    formation is busy); unnamed `data: {\"token\": {...}}` frames (`ChatStreamFrame`) whose
    `token.type` is `progress`, `thinking`, `planning`, `tool_call`, `replanning`,
    `content` (the answer, possibly split over several frames), `finalizing`, `error`,
    `completed` (terminal; `content` is the full authoritative answer and `status` is
    `success`, `error` or `escalated`), `failed` or `cancelled`; optionally one
    `event: ui` frame with the reply's UI widgets (`ChatStreamUi`); then `event: done` with
    `{\"finished\": true}`. When the runtime had to regenerate the answer after content frames
    were already sent, the `completed` token carries `stream_discontinuity: true`: discard
    the streamed deltas and use `completed.content`. A failure after the stream started is
    sent in-band as `event: error` with `{\"error\": \"...\", \"type\": \"...\"}` (the HTTP status
    is already 200). Stream tokens report `user_id` `\"0\"` in single-user formations.

    `\"mode\": \"async\"` answers 501 `METHOD_NOT_FOUND` in this release. An unknown
    `agent_id` is not an error: the turn fails internally and the reply (200) is an
    escalation message whose `metadata` has `escalated: true` and the `request_id` to poll
    at `GET /requests/{request_id}`. The JSON reply's `message` may also be an async
    acknowledgement (`ChatAsyncAccepted`) when the runtime decides to finish the turn in the
    background. The envelope's `request.id` is the body's `request_id` when given.

    Idempotency: with `X-Muxi-Idempotency-Key`, a successful JSON (`\"stream\": false`) reply
    is cached and **replayed verbatim for the same key even if the body differs**; streamed
    replies pass through uncached. 403 when the request middleware or RBAC rejects the
    request; 503 when the overlord is not running; 422 `INVALID_PARAMS` for a body that is
    not valid JSON or lacks `message`.

    Args:
        x_muxi_user_id (str | Unset):
        x_muxi_idempotency_key (str | Unset):
        body (ChatRequest): Body of `POST /chat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionResponse | ErrorEnvelope]
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
    body: ChatRequest,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> ChatCompletionResponse | ErrorEnvelope | None:
    r"""Chat with the formation

     Sends a message to the overlord.

    **Streaming is chosen by the body, not by `Accept`:** the reply is an SSE stream unless
    the body has `\"stream\": false` (the default is `true`; `Accept: text/event-stream` with
    `\"stream\": false` still answers JSON).

    SSE frames: `: keepalive` comments (one immediately, then about every second while the
    formation is busy); unnamed `data: {\"token\": {...}}` frames (`ChatStreamFrame`) whose
    `token.type` is `progress`, `thinking`, `planning`, `tool_call`, `replanning`,
    `content` (the answer, possibly split over several frames), `finalizing`, `error`,
    `completed` (terminal; `content` is the full authoritative answer and `status` is
    `success`, `error` or `escalated`), `failed` or `cancelled`; optionally one
    `event: ui` frame with the reply's UI widgets (`ChatStreamUi`); then `event: done` with
    `{\"finished\": true}`. When the runtime had to regenerate the answer after content frames
    were already sent, the `completed` token carries `stream_discontinuity: true`: discard
    the streamed deltas and use `completed.content`. A failure after the stream started is
    sent in-band as `event: error` with `{\"error\": \"...\", \"type\": \"...\"}` (the HTTP status
    is already 200). Stream tokens report `user_id` `\"0\"` in single-user formations.

    `\"mode\": \"async\"` answers 501 `METHOD_NOT_FOUND` in this release. An unknown
    `agent_id` is not an error: the turn fails internally and the reply (200) is an
    escalation message whose `metadata` has `escalated: true` and the `request_id` to poll
    at `GET /requests/{request_id}`. The JSON reply's `message` may also be an async
    acknowledgement (`ChatAsyncAccepted`) when the runtime decides to finish the turn in the
    background. The envelope's `request.id` is the body's `request_id` when given.

    Idempotency: with `X-Muxi-Idempotency-Key`, a successful JSON (`\"stream\": false`) reply
    is cached and **replayed verbatim for the same key even if the body differs**; streamed
    replies pass through uncached. 403 when the request middleware or RBAC rejects the
    request; 503 when the overlord is not running; 422 `INVALID_PARAMS` for a body that is
    not valid JSON or lacks `message`.

    Args:
        x_muxi_user_id (str | Unset):
        x_muxi_idempotency_key (str | Unset):
        body (ChatRequest): Body of `POST /chat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionResponse | ErrorEnvelope
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
    body: ChatRequest,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> Response[ChatCompletionResponse | ErrorEnvelope]:
    r"""Chat with the formation

     Sends a message to the overlord.

    **Streaming is chosen by the body, not by `Accept`:** the reply is an SSE stream unless
    the body has `\"stream\": false` (the default is `true`; `Accept: text/event-stream` with
    `\"stream\": false` still answers JSON).

    SSE frames: `: keepalive` comments (one immediately, then about every second while the
    formation is busy); unnamed `data: {\"token\": {...}}` frames (`ChatStreamFrame`) whose
    `token.type` is `progress`, `thinking`, `planning`, `tool_call`, `replanning`,
    `content` (the answer, possibly split over several frames), `finalizing`, `error`,
    `completed` (terminal; `content` is the full authoritative answer and `status` is
    `success`, `error` or `escalated`), `failed` or `cancelled`; optionally one
    `event: ui` frame with the reply's UI widgets (`ChatStreamUi`); then `event: done` with
    `{\"finished\": true}`. When the runtime had to regenerate the answer after content frames
    were already sent, the `completed` token carries `stream_discontinuity: true`: discard
    the streamed deltas and use `completed.content`. A failure after the stream started is
    sent in-band as `event: error` with `{\"error\": \"...\", \"type\": \"...\"}` (the HTTP status
    is already 200). Stream tokens report `user_id` `\"0\"` in single-user formations.

    `\"mode\": \"async\"` answers 501 `METHOD_NOT_FOUND` in this release. An unknown
    `agent_id` is not an error: the turn fails internally and the reply (200) is an
    escalation message whose `metadata` has `escalated: true` and the `request_id` to poll
    at `GET /requests/{request_id}`. The JSON reply's `message` may also be an async
    acknowledgement (`ChatAsyncAccepted`) when the runtime decides to finish the turn in the
    background. The envelope's `request.id` is the body's `request_id` when given.

    Idempotency: with `X-Muxi-Idempotency-Key`, a successful JSON (`\"stream\": false`) reply
    is cached and **replayed verbatim for the same key even if the body differs**; streamed
    replies pass through uncached. 403 when the request middleware or RBAC rejects the
    request; 503 when the overlord is not running; 422 `INVALID_PARAMS` for a body that is
    not valid JSON or lacks `message`.

    Args:
        x_muxi_user_id (str | Unset):
        x_muxi_idempotency_key (str | Unset):
        body (ChatRequest): Body of `POST /chat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionResponse | ErrorEnvelope]
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
    body: ChatRequest,
    x_muxi_user_id: str | Unset = UNSET,
    x_muxi_idempotency_key: str | Unset = UNSET,
) -> ChatCompletionResponse | ErrorEnvelope | None:
    r"""Chat with the formation

     Sends a message to the overlord.

    **Streaming is chosen by the body, not by `Accept`:** the reply is an SSE stream unless
    the body has `\"stream\": false` (the default is `true`; `Accept: text/event-stream` with
    `\"stream\": false` still answers JSON).

    SSE frames: `: keepalive` comments (one immediately, then about every second while the
    formation is busy); unnamed `data: {\"token\": {...}}` frames (`ChatStreamFrame`) whose
    `token.type` is `progress`, `thinking`, `planning`, `tool_call`, `replanning`,
    `content` (the answer, possibly split over several frames), `finalizing`, `error`,
    `completed` (terminal; `content` is the full authoritative answer and `status` is
    `success`, `error` or `escalated`), `failed` or `cancelled`; optionally one
    `event: ui` frame with the reply's UI widgets (`ChatStreamUi`); then `event: done` with
    `{\"finished\": true}`. When the runtime had to regenerate the answer after content frames
    were already sent, the `completed` token carries `stream_discontinuity: true`: discard
    the streamed deltas and use `completed.content`. A failure after the stream started is
    sent in-band as `event: error` with `{\"error\": \"...\", \"type\": \"...\"}` (the HTTP status
    is already 200). Stream tokens report `user_id` `\"0\"` in single-user formations.

    `\"mode\": \"async\"` answers 501 `METHOD_NOT_FOUND` in this release. An unknown
    `agent_id` is not an error: the turn fails internally and the reply (200) is an
    escalation message whose `metadata` has `escalated: true` and the `request_id` to poll
    at `GET /requests/{request_id}`. The JSON reply's `message` may also be an async
    acknowledgement (`ChatAsyncAccepted`) when the runtime decides to finish the turn in the
    background. The envelope's `request.id` is the body's `request_id` when given.

    Idempotency: with `X-Muxi-Idempotency-Key`, a successful JSON (`\"stream\": false`) reply
    is cached and **replayed verbatim for the same key even if the body differs**; streamed
    replies pass through uncached. 403 when the request middleware or RBAC rejects the
    request; 503 when the overlord is not running; 422 `INVALID_PARAMS` for a body that is
    not valid JSON or lacks `message`.

    Args:
        x_muxi_user_id (str | Unset):
        x_muxi_idempotency_key (str | Unset):
        body (ChatRequest): Body of `POST /chat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChatCompletionResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_muxi_user_id=x_muxi_user_id,
            x_muxi_idempotency_key=x_muxi_idempotency_key,
        )
    ).parsed
