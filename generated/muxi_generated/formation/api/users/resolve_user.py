from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.resolved_user_response import ResolvedUserResponse
from ...models.user_resolve_request import UserResolveRequest
from ...types import Response, as_status


def _get_kwargs(
    *,
    body: UserResolveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/resolve",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ResolvedUserResponse | None:
    if response.status_code == 200:
        response_200 = ResolvedUserResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ResolvedUserResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UserResolveRequest,
) -> Response[ErrorEnvelope | ResolvedUserResponse]:
    """Resolve an identifier (creating the user)

     Returns the MUXI user an identifier belongs to, **creating the user if needed** (use `GET
    /users/{identifier}` for a read-only lookup). The body is read raw; a missing `identifier` answers
    400 `INVALID_REQUEST` (not 422). 503 without a database.

    Args:
        body (UserResolveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ResolvedUserResponse]
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
    body: UserResolveRequest,
) -> ErrorEnvelope | ResolvedUserResponse | None:
    """Resolve an identifier (creating the user)

     Returns the MUXI user an identifier belongs to, **creating the user if needed** (use `GET
    /users/{identifier}` for a read-only lookup). The body is read raw; a missing `identifier` answers
    400 `INVALID_REQUEST` (not 422). 503 without a database.

    Args:
        body (UserResolveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ResolvedUserResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UserResolveRequest,
) -> Response[ErrorEnvelope | ResolvedUserResponse]:
    """Resolve an identifier (creating the user)

     Returns the MUXI user an identifier belongs to, **creating the user if needed** (use `GET
    /users/{identifier}` for a read-only lookup). The body is read raw; a missing `identifier` answers
    400 `INVALID_REQUEST` (not 422). 503 without a database.

    Args:
        body (UserResolveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ResolvedUserResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UserResolveRequest,
) -> ErrorEnvelope | ResolvedUserResponse | None:
    """Resolve an identifier (creating the user)

     Returns the MUXI user an identifier belongs to, **creating the user if needed** (use `GET
    /users/{identifier}` for a read-only lookup). The body is read raw; a missing `identifier` answers
    400 `INVALID_REQUEST` (not 422). 503 without a database.

    Args:
        body (UserResolveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ResolvedUserResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
