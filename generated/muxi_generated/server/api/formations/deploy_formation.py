from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deploy_result_response import DeployResultResponse
from ...models.server_error import ServerError
from ...types import UNSET, File, Response, Unset, as_status


def _get_kwargs(
    *,
    body: File,
    x_formation_id: str,
    x_formation_version: str | Unset = "1.0.0",
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Formation-ID"] = x_formation_id

    if not isinstance(x_formation_version, Unset):
        headers["X-Formation-Version"] = x_formation_version

    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc/formations",
    }

    _kwargs["content"] = body.payload

    headers["Content-Type"] = "application/gzip"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeployResultResponse | ServerError | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 201:
        response_201 = DeployResultResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ServerError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ServerError.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = ServerError.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeployResultResponse | ServerError | str]:
    return Response(
        status_code=as_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    x_formation_id: str,
    x_formation_version: str | Unset = "1.0.0",
    accept: str | Unset = UNSET,
) -> Response[DeployResultResponse | ServerError | str]:
    r"""Deploy a new formation from a tar.gz bundle

     The body is the raw bytes of a **gzip-compressed tar** containing `formation.afs`,
    `formation.yaml` or `formation.yml` (not multipart, not JSON). (Server source wins: the
    docs describe `POST /rpc/formations/deploy` with a JSON `{id, bundle_path}` body and the
    Python SDK uses `POST /rpc/formations/{id}/deploy` with JSON; both routes answer 404.)

    `Content-Type` must *contain* `application/gzip`, `application/x-gzip` or
    `application/octet-stream`; anything else is `400` \"Invalid Content-Type. Expected
    application/gzip with a formation bundle (tar.gz)\". The request body is declared as
    `application/octet-stream` because that is the one binary media type the client generator
    can send; the server treats all three alike.

    Order of checks: `X-Formation-ID` present (400), valid ID (400), not already registered
    (409) happen *before* the body is read and are always plain HTTP errors, even when SSE was
    requested. The body is then saved (500 on failure), and only after it has been fully read
    does the server switch to SSE (if `Accept` contains `text/event-stream`). From there on,
    errors are in-band `error` events when streaming, plain HTTP errors otherwise.

    Without SSE the answer is `201 Created` with `DeployResult`. With SSE it is `200`
    `text/event-stream`: `progress` stages `extracting`, `resolving_runtime` (only if the
    formation pins `muxi_runtime`; a second frame carries the resolved `version`),
    `downloading_sif` (only if downloaded), `pulling_runner` (non-Linux, only if pulled),
    `spawning`, `health_check` (repeated with `attempt`/`max_attempts`); `validating` appears
    only as the stage of errors. Then one `complete` (`formation_id`, `port`,
    `status: \"running\"`, `url`, `health_url`, `pid`) or one `error`.

    Args:
        x_formation_id (str):
        x_formation_version (str | Unset):  Default: '1.0.0'.
        accept (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeployResultResponse | ServerError | str]
    """

    kwargs = _get_kwargs(
        body=body,
        x_formation_id=x_formation_id,
        x_formation_version=x_formation_version,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: File,
    x_formation_id: str,
    x_formation_version: str | Unset = "1.0.0",
    accept: str | Unset = UNSET,
) -> DeployResultResponse | ServerError | str | None:
    r"""Deploy a new formation from a tar.gz bundle

     The body is the raw bytes of a **gzip-compressed tar** containing `formation.afs`,
    `formation.yaml` or `formation.yml` (not multipart, not JSON). (Server source wins: the
    docs describe `POST /rpc/formations/deploy` with a JSON `{id, bundle_path}` body and the
    Python SDK uses `POST /rpc/formations/{id}/deploy` with JSON; both routes answer 404.)

    `Content-Type` must *contain* `application/gzip`, `application/x-gzip` or
    `application/octet-stream`; anything else is `400` \"Invalid Content-Type. Expected
    application/gzip with a formation bundle (tar.gz)\". The request body is declared as
    `application/octet-stream` because that is the one binary media type the client generator
    can send; the server treats all three alike.

    Order of checks: `X-Formation-ID` present (400), valid ID (400), not already registered
    (409) happen *before* the body is read and are always plain HTTP errors, even when SSE was
    requested. The body is then saved (500 on failure), and only after it has been fully read
    does the server switch to SSE (if `Accept` contains `text/event-stream`). From there on,
    errors are in-band `error` events when streaming, plain HTTP errors otherwise.

    Without SSE the answer is `201 Created` with `DeployResult`. With SSE it is `200`
    `text/event-stream`: `progress` stages `extracting`, `resolving_runtime` (only if the
    formation pins `muxi_runtime`; a second frame carries the resolved `version`),
    `downloading_sif` (only if downloaded), `pulling_runner` (non-Linux, only if pulled),
    `spawning`, `health_check` (repeated with `attempt`/`max_attempts`); `validating` appears
    only as the stage of errors. Then one `complete` (`formation_id`, `port`,
    `status: \"running\"`, `url`, `health_url`, `pid`) or one `error`.

    Args:
        x_formation_id (str):
        x_formation_version (str | Unset):  Default: '1.0.0'.
        accept (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeployResultResponse | ServerError | str
    """

    return sync_detailed(
        client=client,
        body=body,
        x_formation_id=x_formation_id,
        x_formation_version=x_formation_version,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: File,
    x_formation_id: str,
    x_formation_version: str | Unset = "1.0.0",
    accept: str | Unset = UNSET,
) -> Response[DeployResultResponse | ServerError | str]:
    r"""Deploy a new formation from a tar.gz bundle

     The body is the raw bytes of a **gzip-compressed tar** containing `formation.afs`,
    `formation.yaml` or `formation.yml` (not multipart, not JSON). (Server source wins: the
    docs describe `POST /rpc/formations/deploy` with a JSON `{id, bundle_path}` body and the
    Python SDK uses `POST /rpc/formations/{id}/deploy` with JSON; both routes answer 404.)

    `Content-Type` must *contain* `application/gzip`, `application/x-gzip` or
    `application/octet-stream`; anything else is `400` \"Invalid Content-Type. Expected
    application/gzip with a formation bundle (tar.gz)\". The request body is declared as
    `application/octet-stream` because that is the one binary media type the client generator
    can send; the server treats all three alike.

    Order of checks: `X-Formation-ID` present (400), valid ID (400), not already registered
    (409) happen *before* the body is read and are always plain HTTP errors, even when SSE was
    requested. The body is then saved (500 on failure), and only after it has been fully read
    does the server switch to SSE (if `Accept` contains `text/event-stream`). From there on,
    errors are in-band `error` events when streaming, plain HTTP errors otherwise.

    Without SSE the answer is `201 Created` with `DeployResult`. With SSE it is `200`
    `text/event-stream`: `progress` stages `extracting`, `resolving_runtime` (only if the
    formation pins `muxi_runtime`; a second frame carries the resolved `version`),
    `downloading_sif` (only if downloaded), `pulling_runner` (non-Linux, only if pulled),
    `spawning`, `health_check` (repeated with `attempt`/`max_attempts`); `validating` appears
    only as the stage of errors. Then one `complete` (`formation_id`, `port`,
    `status: \"running\"`, `url`, `health_url`, `pid`) or one `error`.

    Args:
        x_formation_id (str):
        x_formation_version (str | Unset):  Default: '1.0.0'.
        accept (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeployResultResponse | ServerError | str]
    """

    kwargs = _get_kwargs(
        body=body,
        x_formation_id=x_formation_id,
        x_formation_version=x_formation_version,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: File,
    x_formation_id: str,
    x_formation_version: str | Unset = "1.0.0",
    accept: str | Unset = UNSET,
) -> DeployResultResponse | ServerError | str | None:
    r"""Deploy a new formation from a tar.gz bundle

     The body is the raw bytes of a **gzip-compressed tar** containing `formation.afs`,
    `formation.yaml` or `formation.yml` (not multipart, not JSON). (Server source wins: the
    docs describe `POST /rpc/formations/deploy` with a JSON `{id, bundle_path}` body and the
    Python SDK uses `POST /rpc/formations/{id}/deploy` with JSON; both routes answer 404.)

    `Content-Type` must *contain* `application/gzip`, `application/x-gzip` or
    `application/octet-stream`; anything else is `400` \"Invalid Content-Type. Expected
    application/gzip with a formation bundle (tar.gz)\". The request body is declared as
    `application/octet-stream` because that is the one binary media type the client generator
    can send; the server treats all three alike.

    Order of checks: `X-Formation-ID` present (400), valid ID (400), not already registered
    (409) happen *before* the body is read and are always plain HTTP errors, even when SSE was
    requested. The body is then saved (500 on failure), and only after it has been fully read
    does the server switch to SSE (if `Accept` contains `text/event-stream`). From there on,
    errors are in-band `error` events when streaming, plain HTTP errors otherwise.

    Without SSE the answer is `201 Created` with `DeployResult`. With SSE it is `200`
    `text/event-stream`: `progress` stages `extracting`, `resolving_runtime` (only if the
    formation pins `muxi_runtime`; a second frame carries the resolved `version`),
    `downloading_sif` (only if downloaded), `pulling_runner` (non-Linux, only if pulled),
    `spawning`, `health_check` (repeated with `attempt`/`max_attempts`); `validating` appears
    only as the stage of errors. Then one `complete` (`formation_id`, `port`,
    `status: \"running\"`, `url`, `health_url`, `pid`) or one `error`.

    Args:
        x_formation_id (str):
        x_formation_version (str | Unset):  Default: '1.0.0'.
        accept (str | Unset):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeployResultResponse | ServerError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_formation_id=x_formation_id,
            x_formation_version=x_formation_version,
            accept=accept,
        )
    ).parsed
