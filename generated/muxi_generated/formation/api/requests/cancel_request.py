from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.request_cancellation_response import RequestCancellationResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    request_id: str,
    *,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/requests/{request_id}".format(
            request_id=quote(str(request_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | RequestCancellationResponse | None:
    if response.status_code == 200:
        response_200 = RequestCancellationResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | RequestCancellationResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | RequestCancellationResponse]:
    """Cancel a request

     Cancels an in-progress request, immediately when possible, otherwise cooperatively at its
    next checkpoint (`cancellation` tells which). 400 `OPERATION_FAILED` when the request
    already finished; 404 `NOT_FOUND`; 403 for another user's request (client key).
    A streamed chat whose request is cancelled sends no terminal frame: its SSE stream goes on
    with keepalives only (seen for over 60 s with muxi-runtime 1.20260928.0), so close the
    stream yourself after cancelling.

    Args:
        request_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RequestCancellationResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    request_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | RequestCancellationResponse | None:
    """Cancel a request

     Cancels an in-progress request, immediately when possible, otherwise cooperatively at its
    next checkpoint (`cancellation` tells which). 400 `OPERATION_FAILED` when the request
    already finished; 404 `NOT_FOUND`; 403 for another user's request (client key).
    A streamed chat whose request is cancelled sends no terminal frame: its SSE stream goes on
    with keepalives only (seen for over 60 s with muxi-runtime 1.20260928.0), so close the
    stream yourself after cancelling.

    Args:
        request_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RequestCancellationResponse
    """

    return sync_detailed(
        request_id=request_id,
        client=client,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | RequestCancellationResponse]:
    """Cancel a request

     Cancels an in-progress request, immediately when possible, otherwise cooperatively at its
    next checkpoint (`cancellation` tells which). 400 `OPERATION_FAILED` when the request
    already finished; 404 `NOT_FOUND`; 403 for another user's request (client key).
    A streamed chat whose request is cancelled sends no terminal frame: its SSE stream goes on
    with keepalives only (seen for over 60 s with muxi-runtime 1.20260928.0), so close the
    stream yourself after cancelling.

    Args:
        request_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RequestCancellationResponse]
    """

    kwargs = _get_kwargs(
        request_id=request_id,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    request_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | RequestCancellationResponse | None:
    """Cancel a request

     Cancels an in-progress request, immediately when possible, otherwise cooperatively at its
    next checkpoint (`cancellation` tells which). 400 `OPERATION_FAILED` when the request
    already finished; 404 `NOT_FOUND`; 403 for another user's request (client key).
    A streamed chat whose request is cancelled sends no terminal frame: its SSE stream goes on
    with keepalives only (seen for over 60 s with muxi-runtime 1.20260928.0), so close the
    stream yourself after cancelling.

    Args:
        request_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RequestCancellationResponse
    """

    return (
        await asyncio_detailed(
            request_id=request_id,
            client=client,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
