from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.formation_list_response import FormationListResponse
from ...models.server_error import ServerError
from ...types import Response, as_status


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rpc/formations",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FormationListResponse | ServerError | None:
    if response.status_code == 200:
        response_200 = FormationListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ServerError.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FormationListResponse | ServerError]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[FormationListResponse | ServerError]:
    """List formations

     Every registered formation. For each `running` formation with a port, the server does a
    live 2-second `GET http://127.0.0.1:{port}/v1/health`; when it fails, `status` is reported
    as `unhealthy` and `healthy` as false. There are no query parameters (the stale server docs
    mention `?status=`, which is not implemented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormationListResponse | ServerError]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> FormationListResponse | ServerError | None:
    """List formations

     Every registered formation. For each `running` formation with a port, the server does a
    live 2-second `GET http://127.0.0.1:{port}/v1/health`; when it fails, `status` is reported
    as `unhealthy` and `healthy` as false. There are no query parameters (the stale server docs
    mention `?status=`, which is not implemented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormationListResponse | ServerError
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[FormationListResponse | ServerError]:
    """List formations

     Every registered formation. For each `running` formation with a port, the server does a
    live 2-second `GET http://127.0.0.1:{port}/v1/health`; when it fails, `status` is reported
    as `unhealthy` and `healthy` as false. There are no query parameters (the stale server docs
    mention `?status=`, which is not implemented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FormationListResponse | ServerError]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> FormationListResponse | ServerError | None:
    """List formations

     Every registered formation. For each `running` formation with a port, the server does a
    live 2-second `GET http://127.0.0.1:{port}/v1/health`; when it fails, `status` is reported
    as `unhealthy` and `healthy` as false. There are no query parameters (the stale server docs
    mention `?status=`, which is not implemented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FormationListResponse | ServerError
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
