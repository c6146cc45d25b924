from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.memory_provenance_response import MemoryProvenanceResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    *,
    entity: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_muxi_user_id, Unset):
        headers["X-Muxi-User-ID"] = x_muxi_user_id

    params: dict[str, Any] = {}

    params["entity"] = entity

    params["event_id"] = event_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memories/provenance",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MemoryProvenanceResponse | None:
    if response.status_code == 200:
        response_200 = MemoryProvenanceResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MemoryProvenanceResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    entity: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MemoryProvenanceResponse]:
    """Explain where a memory came from

     With `entity`: the knowledge-graph entity, every fact touching it (including
    contradicted and superseded ones) and each fact's causation chain in the memory event
    log, with stored and decayed confidence. With `event_id`: that event's causation chain.
    One of the two is required (422 otherwise); 404 `NOT_FOUND` when unknown; 503 when the
    memory event substrate (or the knowledge graph, for `entity`) is not available.
    `X-Muxi-User-ID` is required with either key.

    Args:
        entity (str | Unset):
        event_id (str | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryProvenanceResponse]
    """

    kwargs = _get_kwargs(
        entity=entity,
        event_id=event_id,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    entity: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | MemoryProvenanceResponse | None:
    """Explain where a memory came from

     With `entity`: the knowledge-graph entity, every fact touching it (including
    contradicted and superseded ones) and each fact's causation chain in the memory event
    log, with stored and decayed confidence. With `event_id`: that event's causation chain.
    One of the two is required (422 otherwise); 404 `NOT_FOUND` when unknown; 503 when the
    memory event substrate (or the knowledge graph, for `entity`) is not available.
    `X-Muxi-User-ID` is required with either key.

    Args:
        entity (str | Unset):
        event_id (str | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryProvenanceResponse
    """

    return sync_detailed(
        client=client,
        entity=entity,
        event_id=event_id,
        x_muxi_user_id=x_muxi_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    entity: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | MemoryProvenanceResponse]:
    """Explain where a memory came from

     With `entity`: the knowledge-graph entity, every fact touching it (including
    contradicted and superseded ones) and each fact's causation chain in the memory event
    log, with stored and decayed confidence. With `event_id`: that event's causation chain.
    One of the two is required (422 otherwise); 404 `NOT_FOUND` when unknown; 503 when the
    memory event substrate (or the knowledge graph, for `entity`) is not available.
    `X-Muxi-User-ID` is required with either key.

    Args:
        entity (str | Unset):
        event_id (str | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryProvenanceResponse]
    """

    kwargs = _get_kwargs(
        entity=entity,
        event_id=event_id,
        x_muxi_user_id=x_muxi_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    entity: str | Unset = UNSET,
    event_id: str | Unset = UNSET,
    x_muxi_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | MemoryProvenanceResponse | None:
    """Explain where a memory came from

     With `entity`: the knowledge-graph entity, every fact touching it (including
    contradicted and superseded ones) and each fact's causation chain in the memory event
    log, with stored and decayed confidence. With `event_id`: that event's causation chain.
    One of the two is required (422 otherwise); 404 `NOT_FOUND` when unknown; 503 when the
    memory event substrate (or the knowledge graph, for `entity`) is not available.
    `X-Muxi-User-ID` is required with either key.

    Args:
        entity (str | Unset):
        event_id (str | Unset):
        x_muxi_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryProvenanceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            entity=entity,
            event_id=event_id,
            x_muxi_user_id=x_muxi_user_id,
        )
    ).parsed
