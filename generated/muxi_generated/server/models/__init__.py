"""Contains all the data models used in inputs/outputs (each imported on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cancel_update_response import CancelUpdateResponse
    from .complete_event import CompleteEvent
    from .delete_result import DeleteResult
    from .delete_result_response import DeleteResultResponse
    from .deploy_result import DeployResult
    from .deploy_result_response import DeployResultResponse
    from .dev_run_request import DevRunRequest
    from .dev_run_response import DevRunResponse
    from .dev_stop_request import DevStopRequest
    from .dev_stop_response import DevStopResponse
    from .draft_delete_data import DraftDeleteData
    from .draft_discard_data import DraftDiscardData
    from .draft_file_entry import DraftFileEntry
    from .draft_init_data import DraftInitData
    from .draft_list_data import DraftListData
    from .draft_read_data import DraftReadData
    from .draft_request import DraftRequest
    from .draft_request_action import DraftRequestAction
    from .draft_request_encoding import DraftRequestEncoding
    from .draft_request_mode import DraftRequestMode
    from .draft_response import DraftResponse
    from .draft_status import DraftStatus
    from .draft_write_data import DraftWriteData
    from .error_event import ErrorEvent
    from .error_event_details import ErrorEventDetails
    from .formation_counts import FormationCounts
    from .formation_detail import FormationDetail
    from .formation_detail_response import FormationDetailResponse
    from .formation_info import FormationInfo
    from .formation_list import FormationList
    from .formation_list_response import FormationListResponse
    from .formation_log_streams import FormationLogStreams
    from .formation_log_totals import FormationLogTotals
    from .formation_logs import FormationLogs
    from .formation_logs_response import FormationLogsResponse
    from .formation_version import FormationVersion
    from .get_formation_logs_stream import GetFormationLogsStream
    from .go_runtime_info import GoRuntimeInfo
    from .health_response import HealthResponse
    from .live_status import LiveStatus
    from .log_connected_event import LogConnectedEvent
    from .log_line_event import LogLineEvent
    from .port_pool_status import PortPoolStatus
    from .progress_event import ProgressEvent
    from .proxy_error_body import ProxyErrorBody
    from .restart_result import RestartResult
    from .restart_result_response import RestartResultResponse
    from .rollback_result import RollbackResult
    from .rollback_result_response import RollbackResultResponse
    from .server_envelope import ServerEnvelope
    from .server_error import ServerError
    from .server_info import ServerInfo
    from .server_status import ServerStatus
    from .server_status_response import ServerStatusResponse
    from .start_result import StartResult
    from .start_result_response import StartResultResponse
    from .stop_result import StopResult
    from .stop_result_response import StopResultResponse
    from .update_result import UpdateResult
    from .update_result_response import UpdateResultResponse

_MODULES: dict[str, str] = {
    "CancelUpdateResponse": ".cancel_update_response",
    "CompleteEvent": ".complete_event",
    "DeleteResult": ".delete_result",
    "DeleteResultResponse": ".delete_result_response",
    "DeployResult": ".deploy_result",
    "DeployResultResponse": ".deploy_result_response",
    "DevRunRequest": ".dev_run_request",
    "DevRunResponse": ".dev_run_response",
    "DevStopRequest": ".dev_stop_request",
    "DevStopResponse": ".dev_stop_response",
    "DraftDeleteData": ".draft_delete_data",
    "DraftDiscardData": ".draft_discard_data",
    "DraftFileEntry": ".draft_file_entry",
    "DraftInitData": ".draft_init_data",
    "DraftListData": ".draft_list_data",
    "DraftReadData": ".draft_read_data",
    "DraftRequest": ".draft_request",
    "DraftRequestAction": ".draft_request_action",
    "DraftRequestEncoding": ".draft_request_encoding",
    "DraftRequestMode": ".draft_request_mode",
    "DraftResponse": ".draft_response",
    "DraftStatus": ".draft_status",
    "DraftWriteData": ".draft_write_data",
    "ErrorEvent": ".error_event",
    "ErrorEventDetails": ".error_event_details",
    "FormationCounts": ".formation_counts",
    "FormationDetail": ".formation_detail",
    "FormationDetailResponse": ".formation_detail_response",
    "FormationInfo": ".formation_info",
    "FormationList": ".formation_list",
    "FormationListResponse": ".formation_list_response",
    "FormationLogStreams": ".formation_log_streams",
    "FormationLogTotals": ".formation_log_totals",
    "FormationLogs": ".formation_logs",
    "FormationLogsResponse": ".formation_logs_response",
    "FormationVersion": ".formation_version",
    "GetFormationLogsStream": ".get_formation_logs_stream",
    "GoRuntimeInfo": ".go_runtime_info",
    "HealthResponse": ".health_response",
    "LiveStatus": ".live_status",
    "LogConnectedEvent": ".log_connected_event",
    "LogLineEvent": ".log_line_event",
    "PortPoolStatus": ".port_pool_status",
    "ProgressEvent": ".progress_event",
    "ProxyErrorBody": ".proxy_error_body",
    "RestartResult": ".restart_result",
    "RestartResultResponse": ".restart_result_response",
    "RollbackResult": ".rollback_result",
    "RollbackResultResponse": ".rollback_result_response",
    "ServerEnvelope": ".server_envelope",
    "ServerError": ".server_error",
    "ServerInfo": ".server_info",
    "ServerStatus": ".server_status",
    "ServerStatusResponse": ".server_status_response",
    "StartResult": ".start_result",
    "StartResultResponse": ".start_result_response",
    "StopResult": ".stop_result",
    "StopResultResponse": ".stop_result_response",
    "UpdateResult": ".update_result",
    "UpdateResultResponse": ".update_result_response",
}

__all__ = (
    "CancelUpdateResponse",
    "CompleteEvent",
    "DeleteResult",
    "DeleteResultResponse",
    "DeployResult",
    "DeployResultResponse",
    "DevRunRequest",
    "DevRunResponse",
    "DevStopRequest",
    "DevStopResponse",
    "DraftDeleteData",
    "DraftDiscardData",
    "DraftFileEntry",
    "DraftInitData",
    "DraftListData",
    "DraftReadData",
    "DraftRequest",
    "DraftRequestAction",
    "DraftRequestEncoding",
    "DraftRequestMode",
    "DraftResponse",
    "DraftStatus",
    "DraftWriteData",
    "ErrorEvent",
    "ErrorEventDetails",
    "FormationCounts",
    "FormationDetail",
    "FormationDetailResponse",
    "FormationInfo",
    "FormationList",
    "FormationListResponse",
    "FormationLogs",
    "FormationLogsResponse",
    "FormationLogStreams",
    "FormationLogTotals",
    "FormationVersion",
    "GetFormationLogsStream",
    "GoRuntimeInfo",
    "HealthResponse",
    "LiveStatus",
    "LogConnectedEvent",
    "LogLineEvent",
    "PortPoolStatus",
    "ProgressEvent",
    "ProxyErrorBody",
    "RestartResult",
    "RestartResultResponse",
    "RollbackResult",
    "RollbackResultResponse",
    "ServerEnvelope",
    "ServerError",
    "ServerInfo",
    "ServerStatus",
    "ServerStatusResponse",
    "StartResult",
    "StartResultResponse",
    "StopResult",
    "StopResultResponse",
    "UpdateResult",
    "UpdateResultResponse",
)

if not TYPE_CHECKING:

    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
