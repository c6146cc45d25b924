from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.trigger_response import TriggerResponse
from ...types import Response, as_status


def _get_kwargs(
    trigger_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/triggers/{trigger_name}".format(
            trigger_name=quote(str(trigger_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TriggerResponse | None:
    if response.status_code == 200:
        response_200 = TriggerResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TriggerResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trigger_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | TriggerResponse]:
    """Get a trigger template

     The template's markdown and the `${{ data.* }}` fields it expects. 400 for a name with characters
    other than letters, digits, `-`, `_`; 404 `TRIGGER_NOT_FOUND` when unknown.

    Args:
        trigger_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TriggerResponse]
    """

    kwargs = _get_kwargs(
        trigger_name=trigger_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trigger_name: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | TriggerResponse | None:
    """Get a trigger template

     The template's markdown and the `${{ data.* }}` fields it expects. 400 for a name with characters
    other than letters, digits, `-`, `_`; 404 `TRIGGER_NOT_FOUND` when unknown.

    Args:
        trigger_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TriggerResponse
    """

    return sync_detailed(
        trigger_name=trigger_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    trigger_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | TriggerResponse]:
    """Get a trigger template

     The template's markdown and the `${{ data.* }}` fields it expects. 400 for a name with characters
    other than letters, digits, `-`, `_`; 404 `TRIGGER_NOT_FOUND` when unknown.

    Args:
        trigger_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TriggerResponse]
    """

    kwargs = _get_kwargs(
        trigger_name=trigger_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trigger_name: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | TriggerResponse | None:
    """Get a trigger template

     The template's markdown and the `${{ data.* }}` fields it expects. 400 for a name with characters
    other than letters, digits, `-`, `_`; 404 `TRIGGER_NOT_FOUND` when unknown.

    Args:
        trigger_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TriggerResponse
    """

    return (
        await asyncio_detailed(
            trigger_name=trigger_name,
            client=client,
        )
    ).parsed
