from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.server_error import ServerError
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    lines: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["lines"] = lines

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rpc/server/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ServerError | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        response_401 = ServerError.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ServerError | str]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    lines: int | Unset = 100,
) -> Response[ServerError | str]:
    r"""Server audit log (plain text)

     The last `lines` lines of the server's audit log as `text/plain`, each ending in `\n`;
    empty body when the file does not exist. Not streaming (no `follow`). (Server source wins:
    the Python SDK sends `limit`, which is ignored, and expects JSON.)

    Args:
        lines (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerError | str]
    """

    kwargs = _get_kwargs(
        lines=lines,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    lines: int | Unset = 100,
) -> ServerError | str | None:
    r"""Server audit log (plain text)

     The last `lines` lines of the server's audit log as `text/plain`, each ending in `\n`;
    empty body when the file does not exist. Not streaming (no `follow`). (Server source wins:
    the Python SDK sends `limit`, which is ignored, and expects JSON.)

    Args:
        lines (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerError | str
    """

    return sync_detailed(
        client=client,
        lines=lines,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    lines: int | Unset = 100,
) -> Response[ServerError | str]:
    r"""Server audit log (plain text)

     The last `lines` lines of the server's audit log as `text/plain`, each ending in `\n`;
    empty body when the file does not exist. Not streaming (no `follow`). (Server source wins:
    the Python SDK sends `limit`, which is ignored, and expects JSON.)

    Args:
        lines (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerError | str]
    """

    kwargs = _get_kwargs(
        lines=lines,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    lines: int | Unset = 100,
) -> ServerError | str | None:
    r"""Server audit log (plain text)

     The last `lines` lines of the server's audit log as `text/plain`, each ending in `\n`;
    empty body when the file does not exist. Not streaming (no `follow`). (Server source wins:
    the Python SDK sends `limit`, which is ignored, and expects JSON.)

    Args:
        lines (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            lines=lines,
        )
    ).parsed
