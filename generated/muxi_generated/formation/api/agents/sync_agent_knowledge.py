from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.knowledge_sync_request import KnowledgeSyncRequest
from ...models.knowledge_sync_result_response import KnowledgeSyncResultResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    agent_id: str,
    *,
    body: KnowledgeSyncRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/agents/{agent_id}/knowledge/sync".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | KnowledgeSyncResultResponse | None:
    if response.status_code == 200:
        response_200 = KnowledgeSyncResultResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | KnowledgeSyncResultResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: KnowledgeSyncRequest | Unset = UNSET,
) -> Response[ErrorEnvelope | KnowledgeSyncResultResponse]:
    """Sync an agent's remote knowledge sources

     Re-syncs the agent's remote knowledge sources now (changed files are re-embedded
    incrementally). The body is optional; `source_id` limits the sync to one source. A source
    whose sync is already running reports `status: skipped`. 404 `AGENT_NOT_FOUND` for an
    unknown agent (or `RESOURCE_NOT_FOUND` for an unknown source), 400 when the agent has no
    remote knowledge sources.

    Args:
        agent_id (str):
        body (KnowledgeSyncRequest | Unset): Optional body of a manual knowledge sync.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KnowledgeSyncResultResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: KnowledgeSyncRequest | Unset = UNSET,
) -> ErrorEnvelope | KnowledgeSyncResultResponse | None:
    """Sync an agent's remote knowledge sources

     Re-syncs the agent's remote knowledge sources now (changed files are re-embedded
    incrementally). The body is optional; `source_id` limits the sync to one source. A source
    whose sync is already running reports `status: skipped`. 404 `AGENT_NOT_FOUND` for an
    unknown agent (or `RESOURCE_NOT_FOUND` for an unknown source), 400 when the agent has no
    remote knowledge sources.

    Args:
        agent_id (str):
        body (KnowledgeSyncRequest | Unset): Optional body of a manual knowledge sync.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KnowledgeSyncResultResponse
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: KnowledgeSyncRequest | Unset = UNSET,
) -> Response[ErrorEnvelope | KnowledgeSyncResultResponse]:
    """Sync an agent's remote knowledge sources

     Re-syncs the agent's remote knowledge sources now (changed files are re-embedded
    incrementally). The body is optional; `source_id` limits the sync to one source. A source
    whose sync is already running reports `status: skipped`. 404 `AGENT_NOT_FOUND` for an
    unknown agent (or `RESOURCE_NOT_FOUND` for an unknown source), 400 when the agent has no
    remote knowledge sources.

    Args:
        agent_id (str):
        body (KnowledgeSyncRequest | Unset): Optional body of a manual knowledge sync.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KnowledgeSyncResultResponse]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: KnowledgeSyncRequest | Unset = UNSET,
) -> ErrorEnvelope | KnowledgeSyncResultResponse | None:
    """Sync an agent's remote knowledge sources

     Re-syncs the agent's remote knowledge sources now (changed files are re-embedded
    incrementally). The body is optional; `source_id` limits the sync to one source. A source
    whose sync is already running reports `status: skipped`. 404 `AGENT_NOT_FOUND` for an
    unknown agent (or `RESOURCE_NOT_FOUND` for an unknown source), 400 when the agent has no
    remote knowledge sources.

    Args:
        agent_id (str):
        body (KnowledgeSyncRequest | Unset): Optional body of a manual knowledge sync.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KnowledgeSyncResultResponse
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed
