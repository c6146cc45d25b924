from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.associate_identifiers_request import AssociateIdentifiersRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.user_identifier_association_response import UserIdentifierAssociationResponse
from ...types import Response, as_status


def _get_kwargs(
    *,
    body: AssociateIdentifiersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/users/identifiers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UserIdentifierAssociationResponse | None:
    if response.status_code == 200:
        response_200 = UserIdentifierAssociationResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | UserIdentifierAssociationResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AssociateIdentifiersRequest,
) -> Response[ErrorEnvelope | UserIdentifierAssociationResponse]:
    """Associate identifiers with a user

     Links external identifiers (email, Slack id, ...) to one MUXI user. An identifier already
    linked to another user is moved. Email-shaped identifiers are lower-cased. 404
    `RESOURCE_NOT_FOUND` for an unknown `muxi_user_id`; 503 without a database. The handler
    is designed to create the user when `muxi_user_id` is omitted, but **in this release that
    fails with 500 `INTERNAL_ERROR`** (the new user row lacks its `formation_id`, with SQLite
    and PostgreSQL alike): create the user with `POST /users/resolve` first and pass its
    `muxi_user_id`.

    Args:
        body (AssociateIdentifiersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UserIdentifierAssociationResponse]
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
    body: AssociateIdentifiersRequest,
) -> ErrorEnvelope | UserIdentifierAssociationResponse | None:
    """Associate identifiers with a user

     Links external identifiers (email, Slack id, ...) to one MUXI user. An identifier already
    linked to another user is moved. Email-shaped identifiers are lower-cased. 404
    `RESOURCE_NOT_FOUND` for an unknown `muxi_user_id`; 503 without a database. The handler
    is designed to create the user when `muxi_user_id` is omitted, but **in this release that
    fails with 500 `INTERNAL_ERROR`** (the new user row lacks its `formation_id`, with SQLite
    and PostgreSQL alike): create the user with `POST /users/resolve` first and pass its
    `muxi_user_id`.

    Args:
        body (AssociateIdentifiersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UserIdentifierAssociationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AssociateIdentifiersRequest,
) -> Response[ErrorEnvelope | UserIdentifierAssociationResponse]:
    """Associate identifiers with a user

     Links external identifiers (email, Slack id, ...) to one MUXI user. An identifier already
    linked to another user is moved. Email-shaped identifiers are lower-cased. 404
    `RESOURCE_NOT_FOUND` for an unknown `muxi_user_id`; 503 without a database. The handler
    is designed to create the user when `muxi_user_id` is omitted, but **in this release that
    fails with 500 `INTERNAL_ERROR`** (the new user row lacks its `formation_id`, with SQLite
    and PostgreSQL alike): create the user with `POST /users/resolve` first and pass its
    `muxi_user_id`.

    Args:
        body (AssociateIdentifiersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UserIdentifierAssociationResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AssociateIdentifiersRequest,
) -> ErrorEnvelope | UserIdentifierAssociationResponse | None:
    """Associate identifiers with a user

     Links external identifiers (email, Slack id, ...) to one MUXI user. An identifier already
    linked to another user is moved. Email-shaped identifiers are lower-cased. 404
    `RESOURCE_NOT_FOUND` for an unknown `muxi_user_id`; 503 without a database. The handler
    is designed to create the user when `muxi_user_id` is omitted, but **in this release that
    fails with 500 `INTERNAL_ERROR`** (the new user row lacks its `formation_id`, with SQLite
    and PostgreSQL alike): create the user with `POST /users/resolve` first and pass its
    `muxi_user_id`.

    Args:
        body (AssociateIdentifiersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UserIdentifierAssociationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
