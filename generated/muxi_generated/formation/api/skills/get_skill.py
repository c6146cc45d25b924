from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.skill_response import SkillResponse
from ...types import Response, as_status


def _get_kwargs(
    skill_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skills/{skill_name}".format(
            skill_name=quote(str(skill_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SkillResponse | None:
    if response.status_code == 200:
        response_200 = SkillResponse.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SkillResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skill_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | SkillResponse]:
    r"""Get skill metadata

     Designed to return one skill's metadata (404 when unknown). **In this release every
    outcome, including \"not found\", fails with 500 `INTERNAL_ERROR`**: the handler calls the
    envelope helpers with the wrong arguments. The 200 shape below is what the handler
    builds.

    Args:
        skill_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SkillResponse]
    """

    kwargs = _get_kwargs(
        skill_name=skill_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skill_name: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | SkillResponse | None:
    r"""Get skill metadata

     Designed to return one skill's metadata (404 when unknown). **In this release every
    outcome, including \"not found\", fails with 500 `INTERNAL_ERROR`**: the handler calls the
    envelope helpers with the wrong arguments. The 200 shape below is what the handler
    builds.

    Args:
        skill_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SkillResponse
    """

    return sync_detailed(
        skill_name=skill_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    skill_name: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | SkillResponse]:
    r"""Get skill metadata

     Designed to return one skill's metadata (404 when unknown). **In this release every
    outcome, including \"not found\", fails with 500 `INTERNAL_ERROR`**: the handler calls the
    envelope helpers with the wrong arguments. The 200 shape below is what the handler
    builds.

    Args:
        skill_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SkillResponse]
    """

    kwargs = _get_kwargs(
        skill_name=skill_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skill_name: str,
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | SkillResponse | None:
    r"""Get skill metadata

     Designed to return one skill's metadata (404 when unknown). **In this release every
    outcome, including \"not found\", fails with 500 `INTERNAL_ERROR`**: the handler calls the
    envelope helpers with the wrong arguments. The 200 shape below is what the handler
    builds.

    Args:
        skill_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SkillResponse
    """

    return (
        await asyncio_detailed(
            skill_name=skill_name,
            client=client,
        )
    ).parsed
