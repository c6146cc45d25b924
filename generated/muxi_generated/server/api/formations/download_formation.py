from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.server_error import ServerError
from ...types import UNSET, File, Response, Unset, as_status


def _get_kwargs(
    formation_id: str,
    *,
    db: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["db"] = db

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rpc/formations/{formation_id}/download".format(
            formation_id=quote(str(formation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | ServerError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | ServerError]:
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
    db: bool | Unset = False,
) -> Response[File | ServerError]:
    r"""Download the current formation files as a zip

     A zip of the formation's current directory, streamed, with
    `Content-Disposition: attachment; filename=\"<id>.zip\"`. Dotfiles are excluded except
    `.env`; `memory.db` is excluded unless `db=true`. If zipping fails midway the client gets
    a truncated body with status 200.

    Args:
        formation_id (str):
        db (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ServerError]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
        db=db,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    db: bool | Unset = False,
) -> File | ServerError | None:
    r"""Download the current formation files as a zip

     A zip of the formation's current directory, streamed, with
    `Content-Disposition: attachment; filename=\"<id>.zip\"`. Dotfiles are excluded except
    `.env`; `memory.db` is excluded unless `db=true`. If zipping fails midway the client gets
    a truncated body with status 200.

    Args:
        formation_id (str):
        db (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ServerError
    """

    return sync_detailed(
        formation_id=formation_id,
        client=client,
        db=db,
    ).parsed


async def asyncio_detailed(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    db: bool | Unset = False,
) -> Response[File | ServerError]:
    r"""Download the current formation files as a zip

     A zip of the formation's current directory, streamed, with
    `Content-Disposition: attachment; filename=\"<id>.zip\"`. Dotfiles are excluded except
    `.env`; `memory.db` is excluded unless `db=true`. If zipping fails midway the client gets
    a truncated body with status 200.

    Args:
        formation_id (str):
        db (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | ServerError]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
        db=db,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    db: bool | Unset = False,
) -> File | ServerError | None:
    r"""Download the current formation files as a zip

     A zip of the formation's current directory, streamed, with
    `Content-Disposition: attachment; filename=\"<id>.zip\"`. Dotfiles are excluded except
    `.env`; `memory.db` is excluded unless `db=true`. If zipping fails midway the client gets
    a truncated body with status 200.

    Args:
        formation_id (str):
        db (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | ServerError
    """

    return (
        await asyncio_detailed(
            formation_id=formation_id,
            client=client,
            db=db,
        )
    ).parsed
