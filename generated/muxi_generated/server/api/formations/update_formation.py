from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.server_error import ServerError
from ...models.update_result_response import UpdateResultResponse
from ...types import UNSET, File, Response, Unset, as_status


def _get_kwargs(
    formation_id: str,
    *,
    body: File,
    x_formation_version: str | Unset = "1.0.0",
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_formation_version, Unset):
        headers["X-Formation-Version"] = x_formation_version

    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/rpc/formations/{formation_id}".format(
            formation_id=quote(str(formation_id), safe=""),
        ),
    }

    _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/gzip"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ServerError | UpdateResultResponse | None:
    if response.status_code == 200:
        response_200 = UpdateResultResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ServerError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ServerError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ServerError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ServerError.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if response.status_code == 507:
        response_507 = ServerError.from_dict(response.json())

        return response_507

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ServerError | UpdateResultResponse]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    body: File,
    x_formation_version: str | Unset = "1.0.0",
    accept: str | Unset = UNSET,
) -> Response[ServerError | UpdateResultResponse]:
    r"""Blue-green update of a formation from a tar.gz bundle

     Same body as deploy (raw tar.gz bytes; the server does not check `Content-Type` here). No
    `X-Formation-ID` is needed; `X-Formation-Version` (default `1.0.0`) must equal the bundle's
    version. The new version is started on a staging port, health-checked, then swapped in
    (zero downtime); `memory.db` (and, per the server CHANGELOG's Unreleased section,
    `MUXI.md`/`PENDING-MUXI.md`) is carried
    over from the current version when the upload does not contain one.

    Errors before streaming (plain HTTP even when SSE was requested): 404 \"Formation not
    found\", 409 \"Formation is already being updated\", 500 \"Failed to create temp file\" /
    \"Failed to read bundle\" / \"Failed to save bundle\". The server switches to SSE after reading
    the body; later errors are in-band `error` events when streaming.

    Without SSE: `200` with `UpdateResult`. Note `version`/`previous_version` are the server's
    internal integer deploy counters, not the semantic version, and `port` reports the
    pre-update port. (Server source wins: the Go SDK decodes `version` as a string, which
    fails on this body.) With SSE: `progress` stages `extracting`, `validating`,
    `resolving_runtime`, `downloading_sif`, `pulling_runner`, `spawning_staging` (with
    `staging_port`), `health_check`, `swapping`, `stopping_old`; then `complete`
    (`formation_id`, `port`, `status`, `url`, `previous_version`, `new_version` as strings such
    as `\"2\"`) or `error`.

    Args:
        formation_id (str):
        x_formation_version (str | Unset):  Default: '1.0.0'.
        accept (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerError | UpdateResultResponse]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
        body=body,
        x_formation_version=x_formation_version,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    body: File,
    x_formation_version: str | Unset = "1.0.0",
    accept: str | Unset = UNSET,
) -> ServerError | UpdateResultResponse | None:
    r"""Blue-green update of a formation from a tar.gz bundle

     Same body as deploy (raw tar.gz bytes; the server does not check `Content-Type` here). No
    `X-Formation-ID` is needed; `X-Formation-Version` (default `1.0.0`) must equal the bundle's
    version. The new version is started on a staging port, health-checked, then swapped in
    (zero downtime); `memory.db` (and, per the server CHANGELOG's Unreleased section,
    `MUXI.md`/`PENDING-MUXI.md`) is carried
    over from the current version when the upload does not contain one.

    Errors before streaming (plain HTTP even when SSE was requested): 404 \"Formation not
    found\", 409 \"Formation is already being updated\", 500 \"Failed to create temp file\" /
    \"Failed to read bundle\" / \"Failed to save bundle\". The server switches to SSE after reading
    the body; later errors are in-band `error` events when streaming.

    Without SSE: `200` with `UpdateResult`. Note `version`/`previous_version` are the server's
    internal integer deploy counters, not the semantic version, and `port` reports the
    pre-update port. (Server source wins: the Go SDK decodes `version` as a string, which
    fails on this body.) With SSE: `progress` stages `extracting`, `validating`,
    `resolving_runtime`, `downloading_sif`, `pulling_runner`, `spawning_staging` (with
    `staging_port`), `health_check`, `swapping`, `stopping_old`; then `complete`
    (`formation_id`, `port`, `status`, `url`, `previous_version`, `new_version` as strings such
    as `\"2\"`) or `error`.

    Args:
        formation_id (str):
        x_formation_version (str | Unset):  Default: '1.0.0'.
        accept (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerError | UpdateResultResponse
    """

    return sync_detailed(
        formation_id=formation_id,
        client=client,
        body=body,
        x_formation_version=x_formation_version,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    body: File,
    x_formation_version: str | Unset = "1.0.0",
    accept: str | Unset = UNSET,
) -> Response[ServerError | UpdateResultResponse]:
    r"""Blue-green update of a formation from a tar.gz bundle

     Same body as deploy (raw tar.gz bytes; the server does not check `Content-Type` here). No
    `X-Formation-ID` is needed; `X-Formation-Version` (default `1.0.0`) must equal the bundle's
    version. The new version is started on a staging port, health-checked, then swapped in
    (zero downtime); `memory.db` (and, per the server CHANGELOG's Unreleased section,
    `MUXI.md`/`PENDING-MUXI.md`) is carried
    over from the current version when the upload does not contain one.

    Errors before streaming (plain HTTP even when SSE was requested): 404 \"Formation not
    found\", 409 \"Formation is already being updated\", 500 \"Failed to create temp file\" /
    \"Failed to read bundle\" / \"Failed to save bundle\". The server switches to SSE after reading
    the body; later errors are in-band `error` events when streaming.

    Without SSE: `200` with `UpdateResult`. Note `version`/`previous_version` are the server's
    internal integer deploy counters, not the semantic version, and `port` reports the
    pre-update port. (Server source wins: the Go SDK decodes `version` as a string, which
    fails on this body.) With SSE: `progress` stages `extracting`, `validating`,
    `resolving_runtime`, `downloading_sif`, `pulling_runner`, `spawning_staging` (with
    `staging_port`), `health_check`, `swapping`, `stopping_old`; then `complete`
    (`formation_id`, `port`, `status`, `url`, `previous_version`, `new_version` as strings such
    as `\"2\"`) or `error`.

    Args:
        formation_id (str):
        x_formation_version (str | Unset):  Default: '1.0.0'.
        accept (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ServerError | UpdateResultResponse]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
        body=body,
        x_formation_version=x_formation_version,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    body: File,
    x_formation_version: str | Unset = "1.0.0",
    accept: str | Unset = UNSET,
) -> ServerError | UpdateResultResponse | None:
    r"""Blue-green update of a formation from a tar.gz bundle

     Same body as deploy (raw tar.gz bytes; the server does not check `Content-Type` here). No
    `X-Formation-ID` is needed; `X-Formation-Version` (default `1.0.0`) must equal the bundle's
    version. The new version is started on a staging port, health-checked, then swapped in
    (zero downtime); `memory.db` (and, per the server CHANGELOG's Unreleased section,
    `MUXI.md`/`PENDING-MUXI.md`) is carried
    over from the current version when the upload does not contain one.

    Errors before streaming (plain HTTP even when SSE was requested): 404 \"Formation not
    found\", 409 \"Formation is already being updated\", 500 \"Failed to create temp file\" /
    \"Failed to read bundle\" / \"Failed to save bundle\". The server switches to SSE after reading
    the body; later errors are in-band `error` events when streaming.

    Without SSE: `200` with `UpdateResult`. Note `version`/`previous_version` are the server's
    internal integer deploy counters, not the semantic version, and `port` reports the
    pre-update port. (Server source wins: the Go SDK decodes `version` as a string, which
    fails on this body.) With SSE: `progress` stages `extracting`, `validating`,
    `resolving_runtime`, `downloading_sif`, `pulling_runner`, `spawning_staging` (with
    `staging_port`), `health_check`, `swapping`, `stopping_old`; then `complete`
    (`formation_id`, `port`, `status`, `url`, `previous_version`, `new_version` as strings such
    as `\"2\"`) or `error`.

    Args:
        formation_id (str):
        x_formation_version (str | Unset):  Default: '1.0.0'.
        accept (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ServerError | UpdateResultResponse
    """

    return (
        await asyncio_detailed(
            formation_id=formation_id,
            client=client,
            body=body,
            x_formation_version=x_formation_version,
            accept=accept,
        )
    ).parsed
