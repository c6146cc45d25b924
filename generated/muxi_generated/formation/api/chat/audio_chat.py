from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audio_chat_request import AudioChatRequest
from ...models.chat_completion_response import ChatCompletionResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    body: AudioChatRequest,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audiochat",
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
    body: AudioChatRequest,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ChatCompletionResponse | ErrorEnvelope]:
    r"""Chat with a voice note

     The audio files are transcribed and the transcription is used as the user's message.
    Like `POST /chat`, the reply **streams as SSE unless the body has `\"stream\": false`**
    (the `Accept` header is ignored); the SSE frames are the chat frames. Every file must
    have an `audio/*` `content_type` (or `mime_type`); otherwise 400 `VALIDATION_ERROR`.
    The JSON reply echoes the requested `session_id`/`request_id` (it does not read them back
    from the reply). Unlike chat, audiochat is **not** de-duplicated by
    `X-Muxi-Idempotency-Key`. 503 when the overlord is not running; 403 when the request
    middleware or RBAC rejects the request.

    Args:
        x_muxi_user_id (str | Unset):
        body (AudioChatRequest): Body of `POST /audiochat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionResponse | ErrorEnvelope]
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
    body: AudioChatRequest,
    x_muxi_user_id: str | Unset = UNSET,
) -> ChatCompletionResponse | ErrorEnvelope | None:
    r"""Chat with a voice note

     The audio files are transcribed and the transcription is used as the user's message.
    Like `POST /chat`, the reply **streams as SSE unless the body has `\"stream\": false`**
    (the `Accept` header is ignored); the SSE frames are the chat frames. Every file must
    have an `audio/*` `content_type` (or `mime_type`); otherwise 400 `VALIDATION_ERROR`.
    The JSON reply echoes the requested `session_id`/`request_id` (it does not read them back
    from the reply). Unlike chat, audiochat is **not** de-duplicated by
    `X-Muxi-Idempotency-Key`. 503 when the overlord is not running; 403 when the request
    middleware or RBAC rejects the request.

    Args:
        x_muxi_user_id (str | Unset):
        body (AudioChatRequest): Body of `POST /audiochat`.

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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AudioChatRequest,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ChatCompletionResponse | ErrorEnvelope]:
    r"""Chat with a voice note

     The audio files are transcribed and the transcription is used as the user's message.
    Like `POST /chat`, the reply **streams as SSE unless the body has `\"stream\": false`**
    (the `Accept` header is ignored); the SSE frames are the chat frames. Every file must
    have an `audio/*` `content_type` (or `mime_type`); otherwise 400 `VALIDATION_ERROR`.
    The JSON reply echoes the requested `session_id`/`request_id` (it does not read them back
    from the reply). Unlike chat, audiochat is **not** de-duplicated by
    `X-Muxi-Idempotency-Key`. 503 when the overlord is not running; 403 when the request
    middleware or RBAC rejects the request.

    Args:
        x_muxi_user_id (str | Unset):
        body (AudioChatRequest): Body of `POST /audiochat`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChatCompletionResponse | ErrorEnvelope]
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
    body: AudioChatRequest,
    x_muxi_user_id: str | Unset = UNSET,
) -> ChatCompletionResponse | ErrorEnvelope | None:
    r"""Chat with a voice note

     The audio files are transcribed and the transcription is used as the user's message.
    Like `POST /chat`, the reply **streams as SSE unless the body has `\"stream\": false`**
    (the `Accept` header is ignored); the SSE frames are the chat frames. Every file must
    have an `audio/*` `content_type` (or `mime_type`); otherwise 400 `VALIDATION_ERROR`.
    The JSON reply echoes the requested `session_id`/`request_id` (it does not read them back
    from the reply). Unlike chat, audiochat is **not** de-duplicated by
    `X-Muxi-Idempotency-Key`. 503 when the overlord is not running; 403 when the request
    middleware or RBAC rejects the request.

    Args:
        x_muxi_user_id (str | Unset):
        body (AudioChatRequest): Body of `POST /audiochat`.

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
        )
    ).parsed
