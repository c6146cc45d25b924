from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.distillery_registration import DistilleryRegistration
from ...models.distillery_response import DistilleryResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, as_status


def _get_kwargs(
    *,
    body: DistilleryRegistration,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memory/distilleries",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DistilleryResponse | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = DistilleryResponse.from_dict(response.json())

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
) -> Response[DistilleryResponse | ErrorEnvelope]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DistilleryRegistration,
) -> Response[DistilleryResponse | ErrorEnvelope]:
    """Register a distillery

     Registers an on-prem distillery's Ed25519 public key and write scope and answers
    **201**; the returned `distillery_id` is the `X-Distillery-ID` its batches must carry.
    422 for a bad key, name or trust level; 503 when `memory.distillery` is not enabled.

    Args:
        body (DistilleryRegistration):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DistilleryResponse | ErrorEnvelope]
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
    body: DistilleryRegistration,
) -> DistilleryResponse | ErrorEnvelope | None:
    """Register a distillery

     Registers an on-prem distillery's Ed25519 public key and write scope and answers
    **201**; the returned `distillery_id` is the `X-Distillery-ID` its batches must carry.
    422 for a bad key, name or trust level; 503 when `memory.distillery` is not enabled.

    Args:
        body (DistilleryRegistration):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DistilleryResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DistilleryRegistration,
) -> Response[DistilleryResponse | ErrorEnvelope]:
    """Register a distillery

     Registers an on-prem distillery's Ed25519 public key and write scope and answers
    **201**; the returned `distillery_id` is the `X-Distillery-ID` its batches must carry.
    422 for a bad key, name or trust level; 503 when `memory.distillery` is not enabled.

    Args:
        body (DistilleryRegistration):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DistilleryResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DistilleryRegistration,
) -> DistilleryResponse | ErrorEnvelope | None:
    """Register a distillery

     Registers an on-prem distillery's Ed25519 public key and write scope and answers
    **201**; the returned `distillery_id` is the `X-Distillery-ID` its batches must carry.
    422 for a bad key, name or trust level; 503 when `memory.distillery` is not enabled.

    Args:
        body (DistilleryRegistration):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DistilleryResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
