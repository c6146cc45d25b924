from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, File, Response, Unset, as_status


def _get_kwargs(
    artifact_id: str,
    *,
    version: int | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    params: dict[str, Any] = {}

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/artifacts/{artifact_id}/content".format(
            artifact_id=quote(str(artifact_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorEnvelope | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[ErrorEnvelope | File]:
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
    version: int | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | File]:
    """Download artifact content

     The artifact's full content (decrypted and decompressed), streamed raw with the
    artifact's own `Content-Type` (e.g. `text/markdown`, `image/png`); it is **not** JSON and
    not enveloped. Errors (400 missing user header, 403, 404 `NOT_FOUND`, 500) use the JSON
    error envelope.

    Args:
        artifact_id (str):
        version (int | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | File]
    """

    kwargs = _get_kwargs(
        artifact_id=artifact_id,
        version=version,
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
    version: int | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | File | None:
    """Download artifact content

     The artifact's full content (decrypted and decompressed), streamed raw with the
    artifact's own `Content-Type` (e.g. `text/markdown`, `image/png`); it is **not** JSON and
    not enveloped. Errors (400 missing user header, 403, 404 `NOT_FOUND`, 500) use the JSON
    error envelope.

    Args:
        artifact_id (str):
        version (int | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | File
    """

    return sync_detailed(
        artifact_id=artifact_id,
        client=client,
        version=version,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    artifact_id: str,
    *,
    client: AuthenticatedClient,
    version: int | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | File]:
    """Download artifact content

     The artifact's full content (decrypted and decompressed), streamed raw with the
    artifact's own `Content-Type` (e.g. `text/markdown`, `image/png`); it is **not** JSON and
    not enveloped. Errors (400 missing user header, 403, 404 `NOT_FOUND`, 500) use the JSON
    error envelope.

    Args:
        artifact_id (str):
        version (int | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | File]
    """

    kwargs = _get_kwargs(
        artifact_id=artifact_id,
        version=version,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    artifact_id: str,
    *,
    client: AuthenticatedClient,
    version: int | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | File | None:
    """Download artifact content

     The artifact's full content (decrypted and decompressed), streamed raw with the
    artifact's own `Content-Type` (e.g. `text/markdown`, `image/png`); it is **not** JSON and
    not enveloped. Errors (400 missing user header, 403, 404 `NOT_FOUND`, 500) use the JSON
    error envelope.

    Args:
        artifact_id (str):
        version (int | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | File
    """

    return (
        await asyncio_detailed(
            artifact_id=artifact_id,
            client=client,
            version=version,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
