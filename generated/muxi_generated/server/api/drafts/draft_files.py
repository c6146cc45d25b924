from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deploy_result_response import DeployResultResponse
from ...models.draft_request import DraftRequest
from ...models.draft_response import DraftResponse
from ...models.server_error import ServerError
from ...models.update_result_response import UpdateResultResponse
from ...types import UNSET, Response, Unset, as_status


def _get_kwargs(
    formation_id: str,
    *,
    body: DraftRequest,
    accept: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = accept

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rpc/formations/{formation_id}/draft/files".format(
            formation_id=quote(str(formation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeployResultResponse
    | DraftResponse
    | DraftResponse
    | ServerError
    | DraftResponse
    | UpdateResultResponse
    | ServerError
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DraftResponse | UpdateResultResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DraftResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = UpdateResultResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = DeployResultResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:

        def _parse_response_400(data: object) -> DraftResponse | ServerError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = DraftResponse.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ServerError.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ServerError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = DraftResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> DraftResponse | ServerError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = DraftResponse.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = ServerError.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

        return response_409

    if response.status_code == 500:

        def _parse_response_500(data: object) -> DraftResponse | ServerError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_500_type_0 = DraftResponse.from_dict(data)

                return response_500_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_500_type_1 = ServerError.from_dict(data)

            return response_500_type_1

        response_500 = _parse_response_500(response.json())

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
) -> Response[
    DeployResultResponse
    | DraftResponse
    | DraftResponse
    | ServerError
    | DraftResponse
    | UpdateResultResponse
    | ServerError
]:
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
    body: DraftRequest,
    accept: str | Unset = UNSET,
) -> Response[
    DeployResultResponse
    | DraftResponse
    | DraftResponse
    | ServerError
    | DraftResponse
    | UpdateResultResponse
    | ServerError
]:
    """Studio draft API (init, list, read, write, delete, deploy, discard)

     One JSON request (`DraftRequest`) per action on the formation's `draft/` directory. The
    formation ID in the path is validated (`^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$`, not reserved).

    Every action except `deploy` answers a `DraftResponse` (also for its errors):
    `{success, data?, error?, message?, draft: {exists, base_version?, created_at?},
    live: {version?, status?}}`, where `data` depends on the action (`DraftInitData`,
    `DraftListData`, `DraftReadData`, `DraftWriteData`, `DraftDeleteData`,
    `DraftDiscardData`) and `error` is a code: `InvalidFormationID` 400, `InvalidJSON` 400,
    `InvalidAction` 400, `InvalidMode` 400, `InvalidPath` 400, `DecodeError` 400,
    `ParseError` 400, `DraftAlreadyExists` 409, `DeployConflict` 409, `LiveNotFound` 404,
    `DraftNotFound` 404, `FileNotFound` 404, `CreateError`/`WriteError`/`CopyError`/
    `ReadError`/`DeleteError` 500.

    `deploy` moves the draft live through the deploy flow (formation not yet live: `201`
    `DeployResultResponse`) or the update flow (live formation: `200`
    `UpdateResultResponse`), and honours `Accept: text/event-stream` (SSE as for deploy or
    update, preceded by one `validating` progress frame). Errors of those flows use the
    `ServerError` body. `DraftNotFound` and `ParseError` of the draft are checked before SSE
    starts. Quirk: a `DeployConflict` (another update in flight) is detected after SSE has
    started, so with SSE it arrives as a raw `DraftResponse` JSON line inside an HTTP 200
    `text/event-stream` body, not as an SSE frame.

    Args:
        formation_id (str):
        accept (str | Unset):
        body (DraftRequest): Request of `POST /rpc/formations/{formation_id}/draft/files`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeployResultResponse | DraftResponse | DraftResponse | ServerError | DraftResponse | UpdateResultResponse | ServerError]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
        body=body,
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
    body: DraftRequest,
    accept: str | Unset = UNSET,
) -> (
    DeployResultResponse
    | DraftResponse
    | DraftResponse
    | ServerError
    | DraftResponse
    | UpdateResultResponse
    | ServerError
    | None
):
    """Studio draft API (init, list, read, write, delete, deploy, discard)

     One JSON request (`DraftRequest`) per action on the formation's `draft/` directory. The
    formation ID in the path is validated (`^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$`, not reserved).

    Every action except `deploy` answers a `DraftResponse` (also for its errors):
    `{success, data?, error?, message?, draft: {exists, base_version?, created_at?},
    live: {version?, status?}}`, where `data` depends on the action (`DraftInitData`,
    `DraftListData`, `DraftReadData`, `DraftWriteData`, `DraftDeleteData`,
    `DraftDiscardData`) and `error` is a code: `InvalidFormationID` 400, `InvalidJSON` 400,
    `InvalidAction` 400, `InvalidMode` 400, `InvalidPath` 400, `DecodeError` 400,
    `ParseError` 400, `DraftAlreadyExists` 409, `DeployConflict` 409, `LiveNotFound` 404,
    `DraftNotFound` 404, `FileNotFound` 404, `CreateError`/`WriteError`/`CopyError`/
    `ReadError`/`DeleteError` 500.

    `deploy` moves the draft live through the deploy flow (formation not yet live: `201`
    `DeployResultResponse`) or the update flow (live formation: `200`
    `UpdateResultResponse`), and honours `Accept: text/event-stream` (SSE as for deploy or
    update, preceded by one `validating` progress frame). Errors of those flows use the
    `ServerError` body. `DraftNotFound` and `ParseError` of the draft are checked before SSE
    starts. Quirk: a `DeployConflict` (another update in flight) is detected after SSE has
    started, so with SSE it arrives as a raw `DraftResponse` JSON line inside an HTTP 200
    `text/event-stream` body, not as an SSE frame.

    Args:
        formation_id (str):
        accept (str | Unset):
        body (DraftRequest): Request of `POST /rpc/formations/{formation_id}/draft/files`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeployResultResponse | DraftResponse | DraftResponse | ServerError | DraftResponse | UpdateResultResponse | ServerError
    """

    return sync_detailed(
        formation_id=formation_id,
        client=client,
        body=body,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    body: DraftRequest,
    accept: str | Unset = UNSET,
) -> Response[
    DeployResultResponse
    | DraftResponse
    | DraftResponse
    | ServerError
    | DraftResponse
    | UpdateResultResponse
    | ServerError
]:
    """Studio draft API (init, list, read, write, delete, deploy, discard)

     One JSON request (`DraftRequest`) per action on the formation's `draft/` directory. The
    formation ID in the path is validated (`^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$`, not reserved).

    Every action except `deploy` answers a `DraftResponse` (also for its errors):
    `{success, data?, error?, message?, draft: {exists, base_version?, created_at?},
    live: {version?, status?}}`, where `data` depends on the action (`DraftInitData`,
    `DraftListData`, `DraftReadData`, `DraftWriteData`, `DraftDeleteData`,
    `DraftDiscardData`) and `error` is a code: `InvalidFormationID` 400, `InvalidJSON` 400,
    `InvalidAction` 400, `InvalidMode` 400, `InvalidPath` 400, `DecodeError` 400,
    `ParseError` 400, `DraftAlreadyExists` 409, `DeployConflict` 409, `LiveNotFound` 404,
    `DraftNotFound` 404, `FileNotFound` 404, `CreateError`/`WriteError`/`CopyError`/
    `ReadError`/`DeleteError` 500.

    `deploy` moves the draft live through the deploy flow (formation not yet live: `201`
    `DeployResultResponse`) or the update flow (live formation: `200`
    `UpdateResultResponse`), and honours `Accept: text/event-stream` (SSE as for deploy or
    update, preceded by one `validating` progress frame). Errors of those flows use the
    `ServerError` body. `DraftNotFound` and `ParseError` of the draft are checked before SSE
    starts. Quirk: a `DeployConflict` (another update in flight) is detected after SSE has
    started, so with SSE it arrives as a raw `DraftResponse` JSON line inside an HTTP 200
    `text/event-stream` body, not as an SSE frame.

    Args:
        formation_id (str):
        accept (str | Unset):
        body (DraftRequest): Request of `POST /rpc/formations/{formation_id}/draft/files`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeployResultResponse | DraftResponse | DraftResponse | ServerError | DraftResponse | UpdateResultResponse | ServerError]
    """

    kwargs = _get_kwargs(
        formation_id=formation_id,
        body=body,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    formation_id: str,
    *,
    client: AuthenticatedClient,
    body: DraftRequest,
    accept: str | Unset = UNSET,
) -> (
    DeployResultResponse
    | DraftResponse
    | DraftResponse
    | ServerError
    | DraftResponse
    | UpdateResultResponse
    | ServerError
    | None
):
    """Studio draft API (init, list, read, write, delete, deploy, discard)

     One JSON request (`DraftRequest`) per action on the formation's `draft/` directory. The
    formation ID in the path is validated (`^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$`, not reserved).

    Every action except `deploy` answers a `DraftResponse` (also for its errors):
    `{success, data?, error?, message?, draft: {exists, base_version?, created_at?},
    live: {version?, status?}}`, where `data` depends on the action (`DraftInitData`,
    `DraftListData`, `DraftReadData`, `DraftWriteData`, `DraftDeleteData`,
    `DraftDiscardData`) and `error` is a code: `InvalidFormationID` 400, `InvalidJSON` 400,
    `InvalidAction` 400, `InvalidMode` 400, `InvalidPath` 400, `DecodeError` 400,
    `ParseError` 400, `DraftAlreadyExists` 409, `DeployConflict` 409, `LiveNotFound` 404,
    `DraftNotFound` 404, `FileNotFound` 404, `CreateError`/`WriteError`/`CopyError`/
    `ReadError`/`DeleteError` 500.

    `deploy` moves the draft live through the deploy flow (formation not yet live: `201`
    `DeployResultResponse`) or the update flow (live formation: `200`
    `UpdateResultResponse`), and honours `Accept: text/event-stream` (SSE as for deploy or
    update, preceded by one `validating` progress frame). Errors of those flows use the
    `ServerError` body. `DraftNotFound` and `ParseError` of the draft are checked before SSE
    starts. Quirk: a `DeployConflict` (another update in flight) is detected after SSE has
    started, so with SSE it arrives as a raw `DraftResponse` JSON line inside an HTTP 200
    `text/event-stream` body, not as an SSE frame.

    Args:
        formation_id (str):
        accept (str | Unset):
        body (DraftRequest): Request of `POST /rpc/formations/{formation_id}/draft/files`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeployResultResponse | DraftResponse | DraftResponse | ServerError | DraftResponse | UpdateResultResponse | ServerError
    """

    return (
        await asyncio_detailed(
            formation_id=formation_id,
            client=client,
            body=body,
            accept=accept,
        )
    ).parsed
