from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.session_buffer_cleared_response import SessionBufferClearedResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    session_id: str,
    *,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/memory/buffer/{session_id}".format(
            session_id=quote(str(session_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SessionBufferClearedResponse | None:
    if response.status_code == 200:
        response_200 = SessionBufferClearedResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SessionBufferClearedResponse]:
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
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SessionBufferClearedResponse]:
    r"""Clear one session's buffer

     Removes the messages of one session of the user from the buffer memory. With the client
    key `X-Muxi-User-ID` is required; with the admin key it is optional, but only entries
    whose user id equals the header value (null when omitted) are removed. Note that
    single-user formations store buffer entries under user `\"0\"`.

    Args:
        session_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SessionBufferClearedResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
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
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | SessionBufferClearedResponse | None:
    r"""Clear one session's buffer

     Removes the messages of one session of the user from the buffer memory. With the client
    key `X-Muxi-User-ID` is required; with the admin key it is optional, but only entries
    whose user id equals the header value (null when omitted) are removed. Note that
    single-user formations store buffer entries under user `\"0\"`.

    Args:
        session_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SessionBufferClearedResponse
    """

    return sync_detailed(
        session_id=session_id,
        client=client,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SessionBufferClearedResponse]:
    r"""Clear one session's buffer

     Removes the messages of one session of the user from the buffer memory. With the client
    key `X-Muxi-User-ID` is required; with the admin key it is optional, but only entries
    whose user id equals the header value (null when omitted) are removed. Note that
    single-user formations store buffer entries under user `\"0\"`.

    Args:
        session_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SessionBufferClearedResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | SessionBufferClearedResponse | None:
    r"""Clear one session's buffer

     Removes the messages of one session of the user from the buffer memory. With the client
    key `X-Muxi-User-ID` is required; with the admin key it is optional, but only entries
    whose user id equals the header value (null when omitted) are removed. Note that
    single-user formations store buffer entries under user `\"0\"`.

    Args:
        session_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SessionBufferClearedResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            client=client,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
