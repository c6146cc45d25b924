from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.agent_skill_list_response import AgentSkillListResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, as_status


def _get_kwargs(
    agent_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/agents/{agent_id}/skills".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AgentSkillListResponse | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AgentSkillListResponse.from_dict(response.json())

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
) -> Response[AgentSkillListResponse | ErrorEnvelope]:
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
) -> Response[AgentSkillListResponse | ErrorEnvelope]:
    r"""List skills available to an agent

     Designed to return the public and private skills an agent may use.
    **In this release the handler always fails with 500 `INTERNAL_ERROR`** (it calls the
    envelope helper with missing arguments: \"create_success_response() missing 2 required
    positional arguments\"), so only the error envelope is ever seen on the wire. The 200
    shape below is what the handler builds.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentSkillListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> AgentSkillListResponse | ErrorEnvelope | None:
    r"""List skills available to an agent

     Designed to return the public and private skills an agent may use.
    **In this release the handler always fails with 500 `INTERNAL_ERROR`** (it calls the
    envelope helper with missing arguments: \"create_success_response() missing 2 required
    positional arguments\"), so only the error envelope is ever seen on the wire. The 200
    shape below is what the handler builds.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentSkillListResponse | ErrorEnvelope
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[AgentSkillListResponse | ErrorEnvelope]:
    r"""List skills available to an agent

     Designed to return the public and private skills an agent may use.
    **In this release the handler always fails with 500 `INTERNAL_ERROR`** (it calls the
    envelope helper with missing arguments: \"create_success_response() missing 2 required
    positional arguments\"), so only the error envelope is ever seen on the wire. The 200
    shape below is what the handler builds.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgentSkillListResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
) -> AgentSkillListResponse | ErrorEnvelope | None:
    r"""List skills available to an agent

     Designed to return the public and private skills an agent may use.
    **In this release the handler always fails with 500 `INTERNAL_ERROR`** (it calls the
    envelope helper with missing arguments: \"create_success_response() missing 2 required
    positional arguments\"), so only the error envelope is ever seen on the wire. The 200
    shape below is what the handler builds.

    Args:
        agent_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgentSkillListResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
        )
    ).parsed
