from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.update_channels_request import UpdateChannelsRequest
from ...models.user_channels_response import UserChannelsResponse
from ...types import Response, as_status


def _get_kwargs(
    user_id: str,
    *,
    body: UpdateChannelsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/users/{user_id}/channels".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UserChannelsResponse | None:
    if response.status_code == 200:
        response_200 = UserChannelsResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | UserChannelsResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateChannelsRequest,
) -> Response[ErrorEnvelope | UserChannelsResponse]:
    """Update a user's notification channels

     Only the given fields change; channel contexts are merged per channel and an empty
    mapping removes a channel; an empty string clears `preferred_channel` or `timezone`.
    400 for an undeclared channel (other than `webhook`) or an unknown IANA timezone; 503
    when the formation has no `proactive` block. Returns the full updated state.

    Args:
        user_id (str):
        body (UpdateChannelsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UserChannelsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateChannelsRequest,
) -> ErrorEnvelope | UserChannelsResponse | None:
    """Update a user's notification channels

     Only the given fields change; channel contexts are merged per channel and an empty
    mapping removes a channel; an empty string clears `preferred_channel` or `timezone`.
    400 for an undeclared channel (other than `webhook`) or an unknown IANA timezone; 503
    when the formation has no `proactive` block. Returns the full updated state.

    Args:
        user_id (str):
        body (UpdateChannelsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UserChannelsResponse
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateChannelsRequest,
) -> Response[ErrorEnvelope | UserChannelsResponse]:
    """Update a user's notification channels

     Only the given fields change; channel contexts are merged per channel and an empty
    mapping removes a channel; an empty string clears `preferred_channel` or `timezone`.
    400 for an undeclared channel (other than `webhook`) or an unknown IANA timezone; 503
    when the formation has no `proactive` block. Returns the full updated state.

    Args:
        user_id (str):
        body (UpdateChannelsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UserChannelsResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateChannelsRequest,
) -> ErrorEnvelope | UserChannelsResponse | None:
    """Update a user's notification channels

     Only the given fields change; channel contexts are merged per channel and an empty
    mapping removes a channel; an empty string clears `preferred_channel` or `timezone`.
    400 for an undeclared channel (other than `webhook`) or an unknown IANA timezone; 503
    when the formation has no `proactive` block. Returns the full updated state.

    Args:
        user_id (str):
        body (UpdateChannelsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UserChannelsResponse
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            body=body,
        )
    ).parsed
