from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_update_response import CancelUpdateResponse
from ...models.server_error import ServerError
from ...types import Response, as_status


def _get_kwargs(
    formation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc/formations/{formation_id}/cancel-update".format(
            formation_id=quote(str(formation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelUpdateResponse | ServerError | None:
    if response.status_code == 200:
        response_200 = CancelUpdateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ServerError.from_dict(response.json())

        return response_400

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
) -> Response[CancelUpdateResponse | ServerError]:
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
) -> Response[CancelUpdateResponse | ServerError]:
    """Cancel an in-flight update

     Kills the staging process of an update that is in progress (a staging port exists only
    while a `PUT` is in flight), releases the staging port and removes the staging directory.
    The success body is a **raw object without the `success`/`data` envelope**.

    Args:
        formation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelUpdateResponse | ServerError]
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
) -> CancelUpdateResponse | ServerError | None:
    """Cancel an in-flight update

     Kills the staging process of an update that is in progress (a staging port exists only
    while a `PUT` is in flight), releases the staging port and removes the staging directory.
    The success body is a **raw object without the `success`/`data` envelope**.

    Args:
        formation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelUpdateResponse | ServerError
    """

    return sync_detailed(
        formation_id=formation_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    formation_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CancelUpdateResponse | ServerError]:
    """Cancel an in-flight update

     Kills the staging process of an update that is in progress (a staging port exists only
    while a `PUT` is in flight), releases the staging port and removes the staging directory.
    The success body is a **raw object without the `success`/`data` envelope**.

    Args:
        formation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelUpdateResponse | ServerError]
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
) -> CancelUpdateResponse | ServerError | None:
    """Cancel an in-flight update

     Kills the staging process of an update that is in progress (a staging port exists only
    while a `PUT` is in flight), releases the staging port and removes the staging directory.
    The success body is a **raw object without the `success`/`data` envelope**.

    Args:
        formation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelUpdateResponse | ServerError
    """

    return (
        await asyncio_detailed(
            formation_id=formation_id,
            client=client,
        )
    ).parsed
