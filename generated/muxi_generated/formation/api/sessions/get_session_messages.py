from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.session_messages_response import SessionMessagesResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    session_id: str,
    *,
    limit: int | Unset = 50,
    before: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sessions/{session_id}/messages".format(
            session_id=quote(str(session_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SessionMessagesResponse | None:
    if response.status_code == 200:
        response_200 = SessionMessagesResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SessionMessagesResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    before: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SessionMessagesResponse]:
    """Get a session's messages

     The session's buffered messages, oldest first, as raw buffer entries (`text` plus
    `metadata.role`). An unknown session answers an empty list, not 404. `before` is
    accepted but ignored by the buffer in this release.

    Args:
        session_id (str):
        limit (int | Unset):  Default: 50.
        before (str | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SessionMessagesResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        limit=limit,
        before=before,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    before: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | SessionMessagesResponse | None:
    """Get a session's messages

     The session's buffered messages, oldest first, as raw buffer entries (`text` plus
    `metadata.role`). An unknown session answers an empty list, not 404. `before` is
    accepted but ignored by the buffer in this release.

    Args:
        session_id (str):
        limit (int | Unset):  Default: 50.
        before (str | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SessionMessagesResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        limit=limit,
        before=before,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    before: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SessionMessagesResponse]:
    """Get a session's messages

     The session's buffered messages, oldest first, as raw buffer entries (`text` plus
    `metadata.role`). An unknown session answers an empty list, not 404. `before` is
    accepted but ignored by the buffer in this release.

    Args:
        session_id (str):
        limit (int | Unset):  Default: 50.
        before (str | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SessionMessagesResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        limit=limit,
        before=before,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    before: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | SessionMessagesResponse | None:
    """Get a session's messages

     The session's buffered messages, oldest first, as raw buffer entries (`text` plus
    `metadata.role`). An unknown session answers an empty list, not 404. `before` is
    accepted but ignored by the buffer in this release.

    Args:
        session_id (str):
        limit (int | Unset):  Default: 50.
        before (str | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SessionMessagesResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            limit=limit,
            before=before,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
