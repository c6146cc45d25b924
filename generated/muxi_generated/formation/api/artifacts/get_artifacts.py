from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.artifact_list_response import ArtifactListResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/artifacts",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArtifactListResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ArtifactListResponse.from_dict(response.json())

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
) -> Response[ArtifactListResponse | ErrorEnvelope]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ArtifactListResponse | ErrorEnvelope]:
    """List the user's artifacts

     Latest version of each of the user's artifacts, most recently accessed first.
    `X-Muxi-User-ID` is required with either key (400 without it). A formation without
    artifact memory answers an empty list. The request middleware / RBAC pipeline may
    rewrite the identity or reject with 403.

    Args:
        limit (int | Unset):  Default: 20.
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        limit=limit,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    x_muxi_user_id: str | Unset = UNSET,
) -> ArtifactListResponse | ErrorEnvelope | None:
    """List the user's artifacts

     Latest version of each of the user's artifacts, most recently accessed first.
    `X-Muxi-User-ID` is required with either key (400 without it). A formation without
    artifact memory answers an empty list. The request middleware / RBAC pipeline may
    rewrite the identity or reject with 403.

    Args:
        limit (int | Unset):  Default: 20.
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactListResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        limit=limit,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ArtifactListResponse | ErrorEnvelope]:
    """List the user's artifacts

     Latest version of each of the user's artifacts, most recently accessed first.
    `X-Muxi-User-ID` is required with either key (400 without it). A formation without
    artifact memory answers an empty list. The request middleware / RBAC pipeline may
    rewrite the identity or reject with 403.

    Args:
        limit (int | Unset):  Default: 20.
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        limit=limit,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    x_muxi_user_id: str | Unset = UNSET,
) -> ArtifactListResponse | ErrorEnvelope | None:
    """List the user's artifacts

     Latest version of each of the user's artifacts, most recently accessed first.
    `X-Muxi-User-ID` is required with either key (400 without it). A formation without
    artifact memory answers an empty list. The request middleware / RBAC pipeline may
    rewrite the identity or reject with 403.

    Args:
        limit (int | Unset):  Default: 20.
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactListResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
