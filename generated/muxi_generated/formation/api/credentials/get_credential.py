from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credential_response import CredentialResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    credential_id: str,
    *,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/credentials/{credential_id}".format(
            credential_id=quote(str(credential_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CredentialResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CredentialResponse.from_dict(response.json())

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
) -> Response[CredentialResponse | ErrorEnvelope]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    credential_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[CredentialResponse | ErrorEnvelope]:
    """Get a credential's metadata

     Metadata and redacted preview of one of the user's credentials; 404 `RESOURCE_NOT_FOUND` when
    unknown. `X-Muxi-User-ID` is required with either key.

    Args:
        credential_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    credential_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> CredentialResponse | ErrorEnvelope | None:
    """Get a credential's metadata

     Metadata and redacted preview of one of the user's credentials; 404 `RESOURCE_NOT_FOUND` when
    unknown. `X-Muxi-User-ID` is required with either key.

    Args:
        credential_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialResponse | ErrorEnvelope
    """

    return sync_detailed(
        credential_id=credential_id,
        client=client,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    credential_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[CredentialResponse | ErrorEnvelope]:
    """Get a credential's metadata

     Metadata and redacted preview of one of the user's credentials; 404 `RESOURCE_NOT_FOUND` when
    unknown. `X-Muxi-User-ID` is required with either key.

    Args:
        credential_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        credential_id=credential_id,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    credential_id: str,
    *,
    client: AuthenticatedClient,
    x_muxi_user_id: str | Unset = UNSET,
) -> CredentialResponse | ErrorEnvelope | None:
    """Get a credential's metadata

     Metadata and redacted preview of one of the user's credentials; 404 `RESOURCE_NOT_FOUND` when
    unknown. `X-Muxi-User-ID` is required with either key.

    Args:
        credential_id (str):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            credential_id=credential_id,
            client=client,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
