from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.formation_detail_response import FormationDetailResponse
from ...models.server_error import ServerError
from ...types import Response, as_status


def _get_kwargs(
    formation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rpc/formations/{formation_id}".format(
            formation_id=quote(str(formation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FormationDetailResponse | ServerError | None:
    if response.status_code == 200:
        response_200 = FormationDetailResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ServerError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ServerError.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FormationDetailResponse | ServerError]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    formation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FormationDetailResponse | ServerError]:
    """Get one formation

     Details of one formation, with the same live health check as the list. `updated_at` is
    the last start time and is the zero time `0001-01-01T00:00:00Z` for a formation that has
    never started; `healthy` is `null` while the formation is `starting`.

    Args:
        formation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormationDetailResponse | ServerError]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    formation_id: str,
    *,
    client: AuthenticatedClient,
) -> FormationDetailResponse | ServerError | None:
    """Get one formation

     Details of one formation, with the same live health check as the list. `updated_at` is
    the last start time and is the zero time `0001-01-01T00:00:00Z` for a formation that has
    never started; `healthy` is `null` while the formation is `starting`.

    Args:
        formation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormationDetailResponse | ServerError
    """

    return sync_detailed(
        formation_id=formation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    formation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[FormationDetailResponse | ServerError]:
    """Get one formation

     Details of one formation, with the same live health check as the list. `updated_at` is
    the last start time and is the zero time `0001-01-01T00:00:00Z` for a formation that has
    never started; `healthy` is `null` while the formation is `starting`.

    Args:
        formation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormationDetailResponse | ServerError]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    formation_id: str,
    *,
    client: AuthenticatedClient,
) -> FormationDetailResponse | ServerError | None:
    """Get one formation

     Details of one formation, with the same live health check as the list. `updated_at` is
    the last start time and is the zero time `0001-01-01T00:00:00Z` for a formation that has
    never started; `healthy` is `null` while the formation is `starting`.

    Args:
        formation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormationDetailResponse | ServerError
    """

    return (
        await asyncio_detailed(
            formation_id=formation_id,
            client=client,
        )
    ).parsed
