from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.artifact_response import ArtifactResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    artifact_id: str,
    *,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/artifacts/{artifact_id}".format(
            artifact_id=quote(str(artifact_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArtifactResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ArtifactResponse.from_dict(response.json())

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
) -> Response[ArtifactResponse | ErrorEnvelope]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    artifact_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ArtifactResponse | ErrorEnvelope]:
    """Get artifact metadata

     One artifact's metadata and summary (does not count as an access). 404 `NOT_FOUND` when unknown for
    this user or when artifact memory is not configured.

    Args:
        artifact_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        artifact_id=artifact_id,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    artifact_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> ArtifactResponse | ErrorEnvelope | None:
    """Get artifact metadata

     One artifact's metadata and summary (does not count as an access). 404 `NOT_FOUND` when unknown for
    this user or when artifact memory is not configured.

    Args:
        artifact_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactResponse | ErrorEnvelope
    """

    return sync_detailed(
        artifact_id=artifact_id,
        client=client,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    artifact_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ArtifactResponse | ErrorEnvelope]:
    """Get artifact metadata

     One artifact's metadata and summary (does not count as an access). 404 `NOT_FOUND` when unknown for
    this user or when artifact memory is not configured.

    Args:
        artifact_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArtifactResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        artifact_id=artifact_id,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    artifact_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> ArtifactResponse | ErrorEnvelope | None:
    """Get artifact metadata

     One artifact's metadata and summary (does not count as an access). 404 `NOT_FOUND` when unknown for
    this user or when artifact memory is not configured.

    Args:
        artifact_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArtifactResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            artifact_id=artifact_id,
            client=client,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
