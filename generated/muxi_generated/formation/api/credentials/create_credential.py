from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.credential_create import CredentialCreate
from ...models.credential_response import CredentialResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    body: CredentialCreate,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credentials",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CredentialResponse | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = CredentialResponse.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient,
    body: CredentialCreate,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[CredentialResponse | ErrorEnvelope]:
    """Store a credential

     Stores (encrypted at rest) a credential for the user and answers **201**. The service
    name is lower-cased and trimmed; a name containing spaces answers 400
    `VALIDATION_ERROR`. `X-Muxi-User-ID` is required with either key. 503 when the credential
    service is not available (it needs persistent memory). **In this release a valid request
    fails with 500 `INTERNAL_ERROR`**: the handler calls a `store()` method that the
    credential resolver does not have. The 201 shape below is what the handler builds.

    Args:
        x_muxi_user_id (str | Unset):
        body (CredentialCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CredentialCreate,
    x_muxi_user_id: str | Unset = UNSET,
) -> CredentialResponse | ErrorEnvelope | None:
    """Store a credential

     Stores (encrypted at rest) a credential for the user and answers **201**. The service
    name is lower-cased and trimmed; a name containing spaces answers 400
    `VALIDATION_ERROR`. `X-Muxi-User-ID` is required with either key. 503 when the credential
    service is not available (it needs persistent memory). **In this release a valid request
    fails with 500 `INTERNAL_ERROR`**: the handler calls a `store()` method that the
    credential resolver does not have. The 201 shape below is what the handler builds.

    Args:
        x_muxi_user_id (str | Unset):
        body (CredentialCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CredentialCreate,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[CredentialResponse | ErrorEnvelope]:
    """Store a credential

     Stores (encrypted at rest) a credential for the user and answers **201**. The service
    name is lower-cased and trimmed; a name containing spaces answers 400
    `VALIDATION_ERROR`. `X-Muxi-User-ID` is required with either key. 503 when the credential
    service is not available (it needs persistent memory). **In this release a valid request
    fails with 500 `INTERNAL_ERROR`**: the handler calls a `store()` method that the
    credential resolver does not have. The 201 shape below is what the handler builds.

    Args:
        x_muxi_user_id (str | Unset):
        body (CredentialCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CredentialResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CredentialCreate,
    x_muxi_user_id: str | Unset = UNSET,
) -> CredentialResponse | ErrorEnvelope | None:
    """Store a credential

     Stores (encrypted at rest) a credential for the user and answers **201**. The service
    name is lower-cased and trimmed; a name containing spaces answers 400
    `VALIDATION_ERROR`. `X-Muxi-User-ID` is required with either key. 503 when the credential
    service is not available (it needs persistent memory). **In this release a valid request
    fails with 500 `INTERNAL_ERROR`**: the handler calls a `store()` method that the
    credential resolver does not have. The 201 shape below is what the handler builds.

    Args:
        x_muxi_user_id (str | Unset):
        body (CredentialCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CredentialResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
