from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.knowledge_rebuild_request import KnowledgeRebuildRequest
from ...models.knowledge_rebuild_result_response import KnowledgeRebuildResultResponse
from ...types import Response, as_status


def _get_kwargs(
    *,
    body: KnowledgeRebuildRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/knowledge/rebuild",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | KnowledgeRebuildResultResponse | None:
    if response.status_code == 200:
        response_200 = KnowledgeRebuildResultResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | KnowledgeRebuildResultResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: KnowledgeRebuildRequest,
) -> Response[ErrorEnvelope | KnowledgeRebuildResultResponse]:
    """Rebuild per-agent knowledge trees

     Force-rebuilds every knowledge source declaring an `agent_tree:` block, for all agents or
    the one named by `agent_id` (404 `AGENT_NOT_FOUND` if unknown). Agents without such
    sources report an empty result. 503 when no agents are loaded.

    Args:
        body (KnowledgeRebuildRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KnowledgeRebuildResultResponse]
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
    body: KnowledgeRebuildRequest,
) -> ErrorEnvelope | KnowledgeRebuildResultResponse | None:
    """Rebuild per-agent knowledge trees

     Force-rebuilds every knowledge source declaring an `agent_tree:` block, for all agents or
    the one named by `agent_id` (404 `AGENT_NOT_FOUND` if unknown). Agents without such
    sources report an empty result. 503 when no agents are loaded.

    Args:
        body (KnowledgeRebuildRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KnowledgeRebuildResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: KnowledgeRebuildRequest,
) -> Response[ErrorEnvelope | KnowledgeRebuildResultResponse]:
    """Rebuild per-agent knowledge trees

     Force-rebuilds every knowledge source declaring an `agent_tree:` block, for all agents or
    the one named by `agent_id` (404 `AGENT_NOT_FOUND` if unknown). Agents without such
    sources report an empty result. 503 when no agents are loaded.

    Args:
        body (KnowledgeRebuildRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KnowledgeRebuildResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: KnowledgeRebuildRequest,
) -> ErrorEnvelope | KnowledgeRebuildResultResponse | None:
    """Rebuild per-agent knowledge trees

     Force-rebuilds every knowledge source declaring an `agent_tree:` block, for all agents or
    the one named by `agent_id` (404 `AGENT_NOT_FOUND` if unknown). Agents without such
    sources report an empty result. 503 when no agents are loaded.

    Args:
        body (KnowledgeRebuildRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KnowledgeRebuildResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
