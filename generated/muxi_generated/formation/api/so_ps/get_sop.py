from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.sop_response import SopResponse
from ...types import Response, as_status


def _get_kwargs(
    sop_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sops/{sop_name}".format(
            sop_name=quote(str(sop_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SopResponse | None:
    if response.status_code == 200:
        response_200 = SopResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SopResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sop_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | SopResponse]:
    """Get an SOP

     One SOP with its markdown content and metadata. 404 `SOP_NOT_FOUND` when unknown.

    Args:
        sop_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SopResponse]
    """

    kwargs = _get_kwargs(
        sop_name=sop_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sop_name: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | SopResponse | None:
    """Get an SOP

     One SOP with its markdown content and metadata. 404 `SOP_NOT_FOUND` when unknown.

    Args:
        sop_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SopResponse
    """

    return sync_detailed(
        sop_name=sop_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    sop_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | SopResponse]:
    """Get an SOP

     One SOP with its markdown content and metadata. 404 `SOP_NOT_FOUND` when unknown.

    Args:
        sop_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SopResponse]
    """

    kwargs = _get_kwargs(
        sop_name=sop_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sop_name: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | SopResponse | None:
    """Get an SOP

     One SOP with its markdown content and metadata. 404 `SOP_NOT_FOUND` when unknown.

    Args:
        sop_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SopResponse
    """

    return (
        await asyncio_detailed(
            sop_name=sop_name,
            client=client,
        )
    ).parsed
