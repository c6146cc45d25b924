from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.memory_lint_request import MemoryLintRequest
from ...models.memory_lint_result_response import MemoryLintResultResponse
from ...types import Response, as_status


def _get_kwargs(
    *,
    body: MemoryLintRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memory/lint",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MemoryLintResultResponse | None:
    if response.status_code == 200:
        response_200 = MemoryLintResultResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MemoryLintResultResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryLintRequest,
) -> Response[ErrorEnvelope | MemoryLintResultResponse]:
    """Run the memory lint audit

     Audits the knowledge store of one user (or every user when `user_id` is omitted) and returns the
    health report. 503 when no `memory.lint` block is configured.

    Args:
        body (MemoryLintRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryLintResultResponse]
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
    body: MemoryLintRequest,
) -> ErrorEnvelope | MemoryLintResultResponse | None:
    """Run the memory lint audit

     Audits the knowledge store of one user (or every user when `user_id` is omitted) and returns the
    health report. 503 when no `memory.lint` block is configured.

    Args:
        body (MemoryLintRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryLintResultResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MemoryLintRequest,
) -> Response[ErrorEnvelope | MemoryLintResultResponse]:
    """Run the memory lint audit

     Audits the knowledge store of one user (or every user when `user_id` is omitted) and returns the
    health report. 503 when no `memory.lint` block is configured.

    Args:
        body (MemoryLintRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MemoryLintResultResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MemoryLintRequest,
) -> ErrorEnvelope | MemoryLintResultResponse | None:
    """Run the memory lint audit

     Audits the knowledge store of one user (or every user when `user_id` is omitted) and returns the
    health report. 503 when no `memory.lint` block is configured.

    Args:
        body (MemoryLintRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MemoryLintResultResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
