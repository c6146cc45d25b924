from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.distillery_response import DistilleryResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, as_status


def _get_kwargs(
    distillery_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/memory/distilleries/{distillery_id}".format(
            distillery_id=quote(str(distillery_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DistilleryResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DistilleryResponse.from_dict(response.json())

        return response_200

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

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
) -> Response[DistilleryResponse | ErrorEnvelope]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    distillery_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DistilleryResponse | ErrorEnvelope]:
    """Revoke a distillery

     Marks the registration revoked (idempotent); later batches get 410. Previously ingested events are
    kept. 404 `NOT_FOUND` when unknown; 503 when `memory.distillery` is not enabled.

    Args:
        distillery_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DistilleryResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        distillery_id=distillery_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    distillery_id: str,
    *,
    client: AuthenticatedClient,
) -> DistilleryResponse | ErrorEnvelope | None:
    """Revoke a distillery

     Marks the registration revoked (idempotent); later batches get 410. Previously ingested events are
    kept. 404 `NOT_FOUND` when unknown; 503 when `memory.distillery` is not enabled.

    Args:
        distillery_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DistilleryResponse | ErrorEnvelope
    """

    return sync_detailed(
        distillery_id=distillery_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    distillery_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[DistilleryResponse | ErrorEnvelope]:
    """Revoke a distillery

     Marks the registration revoked (idempotent); later batches get 410. Previously ingested events are
    kept. 404 `NOT_FOUND` when unknown; 503 when `memory.distillery` is not enabled.

    Args:
        distillery_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DistilleryResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        distillery_id=distillery_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    distillery_id: str,
    *,
    client: AuthenticatedClient,
) -> DistilleryResponse | ErrorEnvelope | None:
    """Revoke a distillery

     Marks the registration revoked (idempotent); later batches get 410. Previously ingested events are
    kept. 404 `NOT_FOUND` when unknown; 503 when `memory.distillery` is not enabled.

    Args:
        distillery_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DistilleryResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            distillery_id=distillery_id,
            client=client,
        )
    ).parsed
