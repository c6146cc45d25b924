from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.resolved_user_response import ResolvedUserResponse
from ...types import Response, as_status


def _get_kwargs(
    identifier: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{identifier}".format(
            identifier=quote(str(identifier), safe=""),
        ),
    }

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
    identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | ResolvedUserResponse]:
    """Look up an identifier

     Read-only lookup of the MUXI user an identifier belongs to; 404 `RESOURCE_NOT_FOUND` when unknown
    (no user is created). Chat traffic registers identifiers automatically (e.g. the `X-Muxi-User-ID`
    values used). 503 without a database.

    Args:
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ResolvedUserResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    identifier: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | ResolvedUserResponse | None:
    """Look up an identifier

     Read-only lookup of the MUXI user an identifier belongs to; 404 `RESOURCE_NOT_FOUND` when unknown
    (no user is created). Chat traffic registers identifiers automatically (e.g. the `X-Muxi-User-ID`
    values used). 503 without a database.

    Args:
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ResolvedUserResponse
    """

    return sync_detailed(
        identifier=identifier,
        client=client,
    ).parsed


async def asyncio_detailed(
    identifier: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | ResolvedUserResponse]:
    """Look up an identifier

     Read-only lookup of the MUXI user an identifier belongs to; 404 `RESOURCE_NOT_FOUND` when unknown
    (no user is created). Chat traffic registers identifiers automatically (e.g. the `X-Muxi-User-ID`
    values used). 503 without a database.

    Args:
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ResolvedUserResponse]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    identifier: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | ResolvedUserResponse | None:
    """Look up an identifier

     Read-only lookup of the MUXI user an identifier belongs to; 404 `RESOURCE_NOT_FOUND` when unknown
    (no user is created). Chat traffic registers identifiers automatically (e.g. the `X-Muxi-User-ID`
    values used). 503 without a database.

    Args:
        identifier (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ResolvedUserResponse
    """

    return (
        await asyncio_detailed(
            identifier=identifier,
            client=client,
        )
    ).parsed
