"""Contains all the data models used in inputs/outputs (each imported on first use)"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .a2a_config import A2AConfig
    from .a2a_config_response import A2AConfigResponse
    from .active_count import ActiveCount
    from .agent import Agent
    from .agent_list import AgentList
    from .agent_list_response import AgentListResponse
    from .agent_response import AgentResponse
    from .agent_skill_list import AgentSkillList
    from .agent_skill_list_response import AgentSkillListResponse
    from .api_error import ApiError
    from .api_error_data import ApiErrorData
    from .artifact import Artifact
    from .artifact_list import ArtifactList
    from .artifact_list_response import ArtifactListResponse
    from .artifact_response import ArtifactResponse
    from .artifact_versions import ArtifactVersions
    from .artifact_versions_response import ArtifactVersionsResponse
    from .associate_identifiers_request import AssociateIdentifiersRequest
    from .async_config import AsyncConfig
    from .async_config_response import AsyncConfigResponse
    from .audio_chat_request import AudioChatRequest
    from .audio_chat_request_files_item import AudioChatRequestFilesItem
    from .audit_entry import AuditEntry
    from .audit_entry_data import AuditEntryData
    from .audit_log import AuditLog
    from .audit_log_cleared import AuditLogCleared
    from .audit_log_cleared_response import AuditLogClearedResponse
    from .audit_log_response import AuditLogResponse
    from .buffer_cleared import BufferCleared
    from .buffer_cleared_response import BufferClearedResponse
    from .buffer_message import BufferMessage
    from .buffer_message_metadata import BufferMessageMetadata
    from .buffer_stats import BufferStats
    from .buffer_stats_response import BufferStatsResponse
    from .buffer_status import BufferStatus
    from .buffer_status_response import BufferStatusResponse
    from .chat_artifact import ChatArtifact
    from .chat_artifact_metadata import ChatArtifactMetadata
    from .chat_artifact_preview_type_0 import ChatArtifactPreviewType0
    from .chat_async_accepted import ChatAsyncAccepted
    from .chat_completion import ChatCompletion
    from .chat_completion_response import ChatCompletionResponse
    from .chat_message import ChatMessage
    from .chat_message_metadata import ChatMessageMetadata
    from .chat_request import ChatRequest
    from .chat_request_files_type_0_item import ChatRequestFilesType0Item
    from .chat_stream_done import ChatStreamDone
    from .chat_stream_error import ChatStreamError
    from .chat_stream_frame import ChatStreamFrame
    from .chat_stream_token import ChatStreamToken
    from .chat_stream_ui import ChatStreamUi
    from .clear_audit_log_confirm import ClearAuditLogConfirm
    from .credential import Credential
    from .credential_create import CredentialCreate
    from .credential_create_credential import CredentialCreateCredential
    from .credential_deleted import CredentialDeleted
    from .credential_deleted_response import CredentialDeletedResponse
    from .credential_list import CredentialList
    from .credential_list_response import CredentialListResponse
    from .credential_response import CredentialResponse
    from .credential_service import CredentialService
    from .credential_service_list import CredentialServiceList
    from .credential_service_list_response import CredentialServiceListResponse
    from .distilled_batch import DistilledBatch
    from .distilled_batch_embedding_mode import DistilledBatchEmbeddingMode
    from .distilled_batch_events_item import DistilledBatchEventsItem
    from .distilled_batch_result import DistilledBatchResult
    from .distilled_batch_result_rejections_item import DistilledBatchResultRejectionsItem
    from .distilled_batch_result_response import DistilledBatchResultResponse
    from .distillery import Distillery
    from .distillery_list import DistilleryList
    from .distillery_list_response import DistilleryListResponse
    from .distillery_registration import DistilleryRegistration
    from .distillery_registration_scope_type_0 import DistilleryRegistrationScopeType0
    from .distillery_response import DistilleryResponse
    from .distillery_scope import DistilleryScope
    from .envelope import Envelope
    from .envelope_request import EnvelopeRequest
    from .error_envelope import ErrorEnvelope
    from .error_envelope_data import ErrorEnvelopeData
    from .event_stream_event import EventStreamEvent
    from .formation_config import FormationConfig
    from .formation_config_mcp import FormationConfigMcp
    from .formation_config_overlord import FormationConfigOverlord
    from .formation_config_response import FormationConfigResponse
    from .formation_config_scheduler import FormationConfigScheduler
    from .formation_config_server import FormationConfigServer
    from .formation_config_summary import FormationConfigSummary
    from .formation_config_summary_response import FormationConfigSummaryResponse
    from .formation_identity import FormationIdentity
    from .formation_stats import FormationStats
    from .formation_stats_memory import FormationStatsMemory
    from .formation_stats_requests import FormationStatsRequests
    from .formation_stats_running import FormationStatsRunning
    from .formation_status import FormationStatus
    from .formation_status_response import FormationStatusResponse
    from .get_audit_log_resource_type import GetAuditLogResourceType
    from .health_status import HealthStatus
    from .history_entry import HistoryEntry
    from .history_entry_sources_item import HistoryEntrySourcesItem
    from .knowledge_rebuild_request import KnowledgeRebuildRequest
    from .knowledge_rebuild_result import KnowledgeRebuildResult
    from .knowledge_rebuild_result_agents import KnowledgeRebuildResultAgents
    from .knowledge_rebuild_result_response import KnowledgeRebuildResultResponse
    from .knowledge_source_sync_result import KnowledgeSourceSyncResult
    from .knowledge_sync_request import KnowledgeSyncRequest
    from .knowledge_sync_result import KnowledgeSyncResult
    from .knowledge_sync_result_response import KnowledgeSyncResultResponse
    from .knowledge_tree_rebuild_report import KnowledgeTreeRebuildReport
    from .knowledge_tree_rebuild_report_rebuilt_item import KnowledgeTreeRebuildReportRebuiltItem
    from .llm_settings import LlmSettings
    from .llm_settings_api_keys import LlmSettingsApiKeys
    from .llm_settings_models_item import LlmSettingsModelsItem
    from .llm_settings_response import LlmSettingsResponse
    from .llm_settings_settings import LlmSettingsSettings
    from .log_event import LogEvent
    from .log_event_data_type_0 import LogEventDataType0
    from .log_stream_error import LogStreamError
    from .log_stream_error_filters_received import LogStreamErrorFiltersReceived
    from .logging_config import LoggingConfig
    from .logging_config_response import LoggingConfigResponse
    from .logging_destination import LoggingDestination
    from .logging_destinations import LoggingDestinations
    from .logging_destinations_conversation import LoggingDestinationsConversation
    from .logging_destinations_response import LoggingDestinationsResponse
    from .logging_destinations_system import LoggingDestinationsSystem
    from .mcp_config import McpConfig
    from .mcp_config_response import McpConfigResponse
    from .mcp_server import McpServer
    from .mcp_server_list import McpServerList
    from .mcp_server_list_response import McpServerListResponse
    from .mcp_server_response import McpServerResponse
    from .mcp_summary import McpSummary
    from .mcp_tool import McpTool
    from .mcp_tool_list import McpToolList
    from .mcp_tool_list_response import McpToolListResponse
    from .mcp_tool_parameter import McpToolParameter
    from .mcp_tool_parameters import McpToolParameters
    from .memory import Memory
    from .memory_backfill_request import MemoryBackfillRequest
    from .memory_backfill_result import MemoryBackfillResult
    from .memory_backfill_result_response import MemoryBackfillResultResponse
    from .memory_batch_item_result import MemoryBatchItemResult
    from .memory_batch_item_result_derived_events_item import MemoryBatchItemResultDerivedEventsItem
    from .memory_batch_result import MemoryBatchResult
    from .memory_batch_result_counts import MemoryBatchResultCounts
    from .memory_batch_result_response import MemoryBatchResultResponse
    from .memory_buffer_list import MemoryBufferList
    from .memory_buffer_list_response import MemoryBufferListResponse
    from .memory_buffer_stats import MemoryBufferStats
    from .memory_buffer_stats_kv_namespaces import MemoryBufferStatsKvNamespaces
    from .memory_buffers_cleared import MemoryBuffersCleared
    from .memory_buffers_cleared_response import MemoryBuffersClearedResponse
    from .memory_config import MemoryConfig
    from .memory_config_buffer import MemoryConfigBuffer
    from .memory_config_distillery import MemoryConfigDistillery
    from .memory_config_response import MemoryConfigResponse
    from .memory_config_working import MemoryConfigWorking
    from .memory_content_detail import MemoryContentDetail
    from .memory_create import MemoryCreate
    from .memory_create_metadata_type_0 import MemoryCreateMetadataType0
    from .memory_deleted import MemoryDeleted
    from .memory_deleted_response import MemoryDeletedResponse
    from .memory_forget_request import MemoryForgetRequest
    from .memory_forget_result import MemoryForgetResult
    from .memory_forget_result_response import MemoryForgetResultResponse
    from .memory_history import MemoryHistory
    from .memory_history_response import MemoryHistoryResponse
    from .memory_ingest_batch import MemoryIngestBatch
    from .memory_ingestion_receipt import MemoryIngestionReceipt
    from .memory_ingestion_receipt_derived_events_item import MemoryIngestionReceiptDerivedEventsItem
    from .memory_ingestion_receipt_response import MemoryIngestionReceiptResponse
    from .memory_job_status import MemoryJobStatus
    from .memory_job_status_response import MemoryJobStatusResponse
    from .memory_lint_request import MemoryLintRequest
    from .memory_lint_result import MemoryLintResult
    from .memory_lint_result_response import MemoryLintResultResponse
    from .memory_list import MemoryList
    from .memory_list_response import MemoryListResponse
    from .memory_metadata_type_0 import MemoryMetadataType0
    from .memory_provenance import MemoryProvenance
    from .memory_provenance_chain_item import MemoryProvenanceChainItem
    from .memory_provenance_entity import MemoryProvenanceEntity
    from .memory_provenance_event import MemoryProvenanceEvent
    from .memory_provenance_facts_item import MemoryProvenanceFactsItem
    from .memory_provenance_response import MemoryProvenanceResponse
    from .memory_rebuild_request import MemoryRebuildRequest
    from .memory_rebuild_result import MemoryRebuildResult
    from .memory_rebuild_result_response import MemoryRebuildResultResponse
    from .memory_write_result import MemoryWriteResult
    from .memory_write_result_derived_events_item import MemoryWriteResultDerivedEventsItem
    from .memory_write_result_metadata import MemoryWriteResultMetadata
    from .memory_write_result_response import MemoryWriteResultResponse
    from .message_content_part import MessageContentPart
    from .message_content_part_tool_calls_type_0_item import MessageContentPartToolCallsType0Item
    from .notification_request import NotificationRequest
    from .notification_result import NotificationResult
    from .notification_result_response import NotificationResultResponse
    from .operation_message import OperationMessage
    from .operation_message_response import OperationMessageResponse
    from .overlord_config import OverlordConfig
    from .overlord_config_caching import OverlordConfigCaching
    from .overlord_config_clarification import OverlordConfigClarification
    from .overlord_config_llm import OverlordConfigLlm
    from .overlord_config_response import OverlordConfigResponse
    from .overlord_config_workflow import OverlordConfigWorkflow
    from .overlord_response_settings import OverlordResponseSettings
    from .overlord_soul import OverlordSoul
    from .overlord_soul_response import OverlordSoulResponse
    from .processing_job_status import ProcessingJobStatus
    from .processing_job_status_counts import ProcessingJobStatusCounts
    from .processing_job_status_items_item import ProcessingJobStatusItemsItem
    from .processing_job_status_response import ProcessingJobStatusResponse
    from .processing_job_status_usage import ProcessingJobStatusUsage
    from .request_cancellation import RequestCancellation
    from .request_cancellation_response import RequestCancellationResponse
    from .request_event_frame import RequestEventFrame
    from .request_list import RequestList
    from .request_list_response import RequestListResponse
    from .request_status import RequestStatus
    from .request_status_response import RequestStatusResponse
    from .resolved_user import ResolvedUser
    from .resolved_user_response import ResolvedUserResponse
    from .resource_count import ResourceCount
    from .resource_link import ResourceLink
    from .scheduled_job import ScheduledJob
    from .scheduled_job_create import ScheduledJobCreate
    from .scheduled_job_create_type import ScheduledJobCreateType
    from .scheduled_job_job_metadata import ScheduledJobJobMetadata
    from .scheduled_job_list import ScheduledJobList
    from .scheduled_job_list_response import ScheduledJobListResponse
    from .scheduled_job_response import ScheduledJobResponse
    from .scheduled_job_state import ScheduledJobState
    from .scheduled_job_state_response import ScheduledJobStateResponse
    from .scheduled_job_update import ScheduledJobUpdate
    from .scheduler_config import SchedulerConfig
    from .scheduler_config_response import SchedulerConfigResponse
    from .secret_create import SecretCreate
    from .secret_list import SecretList
    from .secret_list_response import SecretListResponse
    from .secret_list_secrets import SecretListSecrets
    from .secret_update import SecretUpdate
    from .secrets_reload_result import SecretsReloadResult
    from .secrets_reload_result_response import SecretsReloadResultResponse
    from .session import Session
    from .session_buffer_cleared import SessionBufferCleared
    from .session_buffer_cleared_response import SessionBufferClearedResponse
    from .session_list import SessionList
    from .session_list_response import SessionListResponse
    from .session_messages import SessionMessages
    from .session_messages_response import SessionMessagesResponse
    from .session_response import SessionResponse
    from .session_restore_message import SessionRestoreMessage
    from .session_restore_message_metadata_type_0 import SessionRestoreMessageMetadataType0
    from .session_restore_request import SessionRestoreRequest
    from .session_restore_result import SessionRestoreResult
    from .session_restore_result_response import SessionRestoreResultResponse
    from .session_summary import SessionSummary
    from .skill import Skill
    from .skill_list import SkillList
    from .skill_list_response import SkillListResponse
    from .skill_response import SkillResponse
    from .skill_summary import SkillSummary
    from .sop import Sop
    from .sop_list import SopList
    from .sop_list_response import SopListResponse
    from .sop_metadata import SopMetadata
    from .sop_response import SopResponse
    from .sop_summary import SopSummary
    from .trigger import Trigger
    from .trigger_execution import TriggerExecution
    from .trigger_execution_response import TriggerExecutionResponse
    from .trigger_list import TriggerList
    from .trigger_list_response import TriggerListResponse
    from .trigger_request import TriggerRequest
    from .trigger_request_data import TriggerRequestData
    from .trigger_response import TriggerResponse
    from .tuning_file import TuningFile
    from .tuning_file_response import TuningFileResponse
    from .tuning_pending_applied import TuningPendingApplied
    from .tuning_pending_applied_response import TuningPendingAppliedResponse
    from .tuning_pending_dismissed import TuningPendingDismissed
    from .tuning_pending_dismissed_response import TuningPendingDismissedResponse
    from .tuning_run_result import TuningRunResult
    from .tuning_run_result_response import TuningRunResultResponse
    from .tuning_update import TuningUpdate
    from .tuning_write_result import TuningWriteResult
    from .tuning_write_result_response import TuningWriteResultResponse
    from .ui_response_hint import UIResponseHint
    from .ui_widget import UIWidget
    from .ui_widget_options_item import UIWidgetOptionsItem
    from .update_channels_request import UpdateChannelsRequest
    from .update_channels_request_channels_type_0 import UpdateChannelsRequestChannelsType0
    from .update_channels_request_channels_type_0_additional_property import (
        UpdateChannelsRequestChannelsType0AdditionalProperty,
    )
    from .user_channels import UserChannels
    from .user_channels_channels import UserChannelsChannels
    from .user_channels_channels_additional_property import UserChannelsChannelsAdditionalProperty
    from .user_channels_response import UserChannelsResponse
    from .user_identifier import UserIdentifier
    from .user_identifier_association import UserIdentifierAssociation
    from .user_identifier_association_response import UserIdentifierAssociationResponse
    from .user_identifier_list import UserIdentifierList
    from .user_identifier_list_response import UserIdentifierListResponse
    from .user_identifier_removed import UserIdentifierRemoved
    from .user_identifier_removed_response import UserIdentifierRemovedResponse
    from .user_resolve_request import UserResolveRequest
    from .validation_error_detail import ValidationErrorDetail

_MODULES: dict[str, str] = {
    "A2AConfig": ".a2a_config",
    "A2AConfigResponse": ".a2a_config_response",
    "ActiveCount": ".active_count",
    "Agent": ".agent",
    "AgentList": ".agent_list",
    "AgentListResponse": ".agent_list_response",
    "AgentResponse": ".agent_response",
    "AgentSkillList": ".agent_skill_list",
    "AgentSkillListResponse": ".agent_skill_list_response",
    "ApiError": ".api_error",
    "ApiErrorData": ".api_error_data",
    "Artifact": ".artifact",
    "ArtifactList": ".artifact_list",
    "ArtifactListResponse": ".artifact_list_response",
    "ArtifactResponse": ".artifact_response",
    "ArtifactVersions": ".artifact_versions",
    "ArtifactVersionsResponse": ".artifact_versions_response",
    "AssociateIdentifiersRequest": ".associate_identifiers_request",
    "AsyncConfig": ".async_config",
    "AsyncConfigResponse": ".async_config_response",
    "AudioChatRequest": ".audio_chat_request",
    "AudioChatRequestFilesItem": ".audio_chat_request_files_item",
    "AuditEntry": ".audit_entry",
    "AuditEntryData": ".audit_entry_data",
    "AuditLog": ".audit_log",
    "AuditLogCleared": ".audit_log_cleared",
    "AuditLogClearedResponse": ".audit_log_cleared_response",
    "AuditLogResponse": ".audit_log_response",
    "BufferCleared": ".buffer_cleared",
    "BufferClearedResponse": ".buffer_cleared_response",
    "BufferMessage": ".buffer_message",
    "BufferMessageMetadata": ".buffer_message_metadata",
    "BufferStats": ".buffer_stats",
    "BufferStatsResponse": ".buffer_stats_response",
    "BufferStatus": ".buffer_status",
    "BufferStatusResponse": ".buffer_status_response",
    "ChatArtifact": ".chat_artifact",
    "ChatArtifactMetadata": ".chat_artifact_metadata",
    "ChatArtifactPreviewType0": ".chat_artifact_preview_type_0",
    "ChatAsyncAccepted": ".chat_async_accepted",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionResponse": ".chat_completion_response",
    "ChatMessage": ".chat_message",
    "ChatMessageMetadata": ".chat_message_metadata",
    "ChatRequest": ".chat_request",
    "ChatRequestFilesType0Item": ".chat_request_files_type_0_item",
    "ChatStreamDone": ".chat_stream_done",
    "ChatStreamError": ".chat_stream_error",
    "ChatStreamFrame": ".chat_stream_frame",
    "ChatStreamToken": ".chat_stream_token",
    "ChatStreamUi": ".chat_stream_ui",
    "ClearAuditLogConfirm": ".clear_audit_log_confirm",
    "Credential": ".credential",
    "CredentialCreate": ".credential_create",
    "CredentialCreateCredential": ".credential_create_credential",
    "CredentialDeleted": ".credential_deleted",
    "CredentialDeletedResponse": ".credential_deleted_response",
    "CredentialList": ".credential_list",
    "CredentialListResponse": ".credential_list_response",
    "CredentialResponse": ".credential_response",
    "CredentialService": ".credential_service",
    "CredentialServiceList": ".credential_service_list",
    "CredentialServiceListResponse": ".credential_service_list_response",
    "DistilledBatch": ".distilled_batch",
    "DistilledBatchEmbeddingMode": ".distilled_batch_embedding_mode",
    "DistilledBatchEventsItem": ".distilled_batch_events_item",
    "DistilledBatchResult": ".distilled_batch_result",
    "DistilledBatchResultRejectionsItem": ".distilled_batch_result_rejections_item",
    "DistilledBatchResultResponse": ".distilled_batch_result_response",
    "Distillery": ".distillery",
    "DistilleryList": ".distillery_list",
    "DistilleryListResponse": ".distillery_list_response",
    "DistilleryRegistration": ".distillery_registration",
    "DistilleryRegistrationScopeType0": ".distillery_registration_scope_type_0",
    "DistilleryResponse": ".distillery_response",
    "DistilleryScope": ".distillery_scope",
    "Envelope": ".envelope",
    "EnvelopeRequest": ".envelope_request",
    "ErrorEnvelope": ".error_envelope",
    "ErrorEnvelopeData": ".error_envelope_data",
    "EventStreamEvent": ".event_stream_event",
    "FormationConfig": ".formation_config",
    "FormationConfigMcp": ".formation_config_mcp",
    "FormationConfigOverlord": ".formation_config_overlord",
    "FormationConfigResponse": ".formation_config_response",
    "FormationConfigScheduler": ".formation_config_scheduler",
    "FormationConfigServer": ".formation_config_server",
    "FormationConfigSummary": ".formation_config_summary",
    "FormationConfigSummaryResponse": ".formation_config_summary_response",
    "FormationIdentity": ".formation_identity",
    "FormationStats": ".formation_stats",
    "FormationStatsMemory": ".formation_stats_memory",
    "FormationStatsRequests": ".formation_stats_requests",
    "FormationStatsRunning": ".formation_stats_running",
    "FormationStatus": ".formation_status",
    "FormationStatusResponse": ".formation_status_response",
    "GetAuditLogResourceType": ".get_audit_log_resource_type",
    "HealthStatus": ".health_status",
    "HistoryEntry": ".history_entry",
    "HistoryEntrySourcesItem": ".history_entry_sources_item",
    "KnowledgeRebuildRequest": ".knowledge_rebuild_request",
    "KnowledgeRebuildResult": ".knowledge_rebuild_result",
    "KnowledgeRebuildResultAgents": ".knowledge_rebuild_result_agents",
    "KnowledgeRebuildResultResponse": ".knowledge_rebuild_result_response",
    "KnowledgeSourceSyncResult": ".knowledge_source_sync_result",
    "KnowledgeSyncRequest": ".knowledge_sync_request",
    "KnowledgeSyncResult": ".knowledge_sync_result",
    "KnowledgeSyncResultResponse": ".knowledge_sync_result_response",
    "KnowledgeTreeRebuildReport": ".knowledge_tree_rebuild_report",
    "KnowledgeTreeRebuildReportRebuiltItem": ".knowledge_tree_rebuild_report_rebuilt_item",
    "LlmSettings": ".llm_settings",
    "LlmSettingsApiKeys": ".llm_settings_api_keys",
    "LlmSettingsModelsItem": ".llm_settings_models_item",
    "LlmSettingsResponse": ".llm_settings_response",
    "LlmSettingsSettings": ".llm_settings_settings",
    "LogEvent": ".log_event",
    "LogEventDataType0": ".log_event_data_type_0",
    "LogStreamError": ".log_stream_error",
    "LogStreamErrorFiltersReceived": ".log_stream_error_filters_received",
    "LoggingConfig": ".logging_config",
    "LoggingConfigResponse": ".logging_config_response",
    "LoggingDestination": ".logging_destination",
    "LoggingDestinations": ".logging_destinations",
    "LoggingDestinationsConversation": ".logging_destinations_conversation",
    "LoggingDestinationsResponse": ".logging_destinations_response",
    "LoggingDestinationsSystem": ".logging_destinations_system",
    "McpConfig": ".mcp_config",
    "McpConfigResponse": ".mcp_config_response",
    "McpServer": ".mcp_server",
    "McpServerList": ".mcp_server_list",
    "McpServerListResponse": ".mcp_server_list_response",
    "McpServerResponse": ".mcp_server_response",
    "McpSummary": ".mcp_summary",
    "McpTool": ".mcp_tool",
    "McpToolList": ".mcp_tool_list",
    "McpToolListResponse": ".mcp_tool_list_response",
    "McpToolParameter": ".mcp_tool_parameter",
    "McpToolParameters": ".mcp_tool_parameters",
    "Memory": ".memory",
    "MemoryBackfillRequest": ".memory_backfill_request",
    "MemoryBackfillResult": ".memory_backfill_result",
    "MemoryBackfillResultResponse": ".memory_backfill_result_response",
    "MemoryBatchItemResult": ".memory_batch_item_result",
    "MemoryBatchItemResultDerivedEventsItem": ".memory_batch_item_result_derived_events_item",
    "MemoryBatchResult": ".memory_batch_result",
    "MemoryBatchResultCounts": ".memory_batch_result_counts",
    "MemoryBatchResultResponse": ".memory_batch_result_response",
    "MemoryBufferList": ".memory_buffer_list",
    "MemoryBufferListResponse": ".memory_buffer_list_response",
    "MemoryBufferStats": ".memory_buffer_stats",
    "MemoryBufferStatsKvNamespaces": ".memory_buffer_stats_kv_namespaces",
    "MemoryBuffersCleared": ".memory_buffers_cleared",
    "MemoryBuffersClearedResponse": ".memory_buffers_cleared_response",
    "MemoryConfig": ".memory_config",
    "MemoryConfigBuffer": ".memory_config_buffer",
    "MemoryConfigDistillery": ".memory_config_distillery",
    "MemoryConfigResponse": ".memory_config_response",
    "MemoryConfigWorking": ".memory_config_working",
    "MemoryContentDetail": ".memory_content_detail",
    "MemoryCreate": ".memory_create",
    "MemoryCreateMetadataType0": ".memory_create_metadata_type_0",
    "MemoryDeleted": ".memory_deleted",
    "MemoryDeletedResponse": ".memory_deleted_response",
    "MemoryForgetRequest": ".memory_forget_request",
    "MemoryForgetResult": ".memory_forget_result",
    "MemoryForgetResultResponse": ".memory_forget_result_response",
    "MemoryHistory": ".memory_history",
    "MemoryHistoryResponse": ".memory_history_response",
    "MemoryIngestBatch": ".memory_ingest_batch",
    "MemoryIngestionReceipt": ".memory_ingestion_receipt",
    "MemoryIngestionReceiptDerivedEventsItem": ".memory_ingestion_receipt_derived_events_item",
    "MemoryIngestionReceiptResponse": ".memory_ingestion_receipt_response",
    "MemoryJobStatus": ".memory_job_status",
    "MemoryJobStatusResponse": ".memory_job_status_response",
    "MemoryLintRequest": ".memory_lint_request",
    "MemoryLintResult": ".memory_lint_result",
    "MemoryLintResultResponse": ".memory_lint_result_response",
    "MemoryList": ".memory_list",
    "MemoryListResponse": ".memory_list_response",
    "MemoryMetadataType0": ".memory_metadata_type_0",
    "MemoryProvenance": ".memory_provenance",
    "MemoryProvenanceChainItem": ".memory_provenance_chain_item",
    "MemoryProvenanceEntity": ".memory_provenance_entity",
    "MemoryProvenanceEvent": ".memory_provenance_event",
    "MemoryProvenanceFactsItem": ".memory_provenance_facts_item",
    "MemoryProvenanceResponse": ".memory_provenance_response",
    "MemoryRebuildRequest": ".memory_rebuild_request",
    "MemoryRebuildResult": ".memory_rebuild_result",
    "MemoryRebuildResultResponse": ".memory_rebuild_result_response",
    "MemoryWriteResult": ".memory_write_result",
    "MemoryWriteResultDerivedEventsItem": ".memory_write_result_derived_events_item",
    "MemoryWriteResultMetadata": ".memory_write_result_metadata",
    "MemoryWriteResultResponse": ".memory_write_result_response",
    "MessageContentPart": ".message_content_part",
    "MessageContentPartToolCallsType0Item": ".message_content_part_tool_calls_type_0_item",
    "NotificationRequest": ".notification_request",
    "NotificationResult": ".notification_result",
    "NotificationResultResponse": ".notification_result_response",
    "OperationMessage": ".operation_message",
    "OperationMessageResponse": ".operation_message_response",
    "OverlordConfig": ".overlord_config",
    "OverlordConfigCaching": ".overlord_config_caching",
    "OverlordConfigClarification": ".overlord_config_clarification",
    "OverlordConfigLlm": ".overlord_config_llm",
    "OverlordConfigResponse": ".overlord_config_response",
    "OverlordConfigWorkflow": ".overlord_config_workflow",
    "OverlordResponseSettings": ".overlord_response_settings",
    "OverlordSoul": ".overlord_soul",
    "OverlordSoulResponse": ".overlord_soul_response",
    "ProcessingJobStatus": ".processing_job_status",
    "ProcessingJobStatusCounts": ".processing_job_status_counts",
    "ProcessingJobStatusItemsItem": ".processing_job_status_items_item",
    "ProcessingJobStatusResponse": ".processing_job_status_response",
    "ProcessingJobStatusUsage": ".processing_job_status_usage",
    "RequestCancellation": ".request_cancellation",
    "RequestCancellationResponse": ".request_cancellation_response",
    "RequestEventFrame": ".request_event_frame",
    "RequestList": ".request_list",
    "RequestListResponse": ".request_list_response",
    "RequestStatus": ".request_status",
    "RequestStatusResponse": ".request_status_response",
    "ResolvedUser": ".resolved_user",
    "ResolvedUserResponse": ".resolved_user_response",
    "ResourceCount": ".resource_count",
    "ResourceLink": ".resource_link",
    "ScheduledJob": ".scheduled_job",
    "ScheduledJobCreate": ".scheduled_job_create",
    "ScheduledJobCreateType": ".scheduled_job_create_type",
    "ScheduledJobJobMetadata": ".scheduled_job_job_metadata",
    "ScheduledJobList": ".scheduled_job_list",
    "ScheduledJobListResponse": ".scheduled_job_list_response",
    "ScheduledJobResponse": ".scheduled_job_response",
    "ScheduledJobState": ".scheduled_job_state",
    "ScheduledJobStateResponse": ".scheduled_job_state_response",
    "ScheduledJobUpdate": ".scheduled_job_update",
    "SchedulerConfig": ".scheduler_config",
    "SchedulerConfigResponse": ".scheduler_config_response",
    "SecretCreate": ".secret_create",
    "SecretList": ".secret_list",
    "SecretListResponse": ".secret_list_response",
    "SecretListSecrets": ".secret_list_secrets",
    "SecretUpdate": ".secret_update",
    "SecretsReloadResult": ".secrets_reload_result",
    "SecretsReloadResultResponse": ".secrets_reload_result_response",
    "Session": ".session",
    "SessionBufferCleared": ".session_buffer_cleared",
    "SessionBufferClearedResponse": ".session_buffer_cleared_response",
    "SessionList": ".session_list",
    "SessionListResponse": ".session_list_response",
    "SessionMessages": ".session_messages",
    "SessionMessagesResponse": ".session_messages_response",
    "SessionResponse": ".session_response",
    "SessionRestoreMessage": ".session_restore_message",
    "SessionRestoreMessageMetadataType0": ".session_restore_message_metadata_type_0",
    "SessionRestoreRequest": ".session_restore_request",
    "SessionRestoreResult": ".session_restore_result",
    "SessionRestoreResultResponse": ".session_restore_result_response",
    "SessionSummary": ".session_summary",
    "Skill": ".skill",
    "SkillList": ".skill_list",
    "SkillListResponse": ".skill_list_response",
    "SkillResponse": ".skill_response",
    "SkillSummary": ".skill_summary",
    "Sop": ".sop",
    "SopList": ".sop_list",
    "SopListResponse": ".sop_list_response",
    "SopMetadata": ".sop_metadata",
    "SopResponse": ".sop_response",
    "SopSummary": ".sop_summary",
    "Trigger": ".trigger",
    "TriggerExecution": ".trigger_execution",
    "TriggerExecutionResponse": ".trigger_execution_response",
    "TriggerList": ".trigger_list",
    "TriggerListResponse": ".trigger_list_response",
    "TriggerRequest": ".trigger_request",
    "TriggerRequestData": ".trigger_request_data",
    "TriggerResponse": ".trigger_response",
    "TuningFile": ".tuning_file",
    "TuningFileResponse": ".tuning_file_response",
    "TuningPendingApplied": ".tuning_pending_applied",
    "TuningPendingAppliedResponse": ".tuning_pending_applied_response",
    "TuningPendingDismissed": ".tuning_pending_dismissed",
    "TuningPendingDismissedResponse": ".tuning_pending_dismissed_response",
    "TuningRunResult": ".tuning_run_result",
    "TuningRunResultResponse": ".tuning_run_result_response",
    "TuningUpdate": ".tuning_update",
    "TuningWriteResult": ".tuning_write_result",
    "TuningWriteResultResponse": ".tuning_write_result_response",
    "UIResponseHint": ".ui_response_hint",
    "UIWidget": ".ui_widget",
    "UIWidgetOptionsItem": ".ui_widget_options_item",
    "UpdateChannelsRequest": ".update_channels_request",
    "UpdateChannelsRequestChannelsType0": ".update_channels_request_channels_type_0",
    "UpdateChannelsRequestChannelsType0AdditionalProperty": ".update_channels_request_channels_type_0_additional_property",
    "UserChannels": ".user_channels",
    "UserChannelsChannels": ".user_channels_channels",
    "UserChannelsChannelsAdditionalProperty": ".user_channels_channels_additional_property",
    "UserChannelsResponse": ".user_channels_response",
    "UserIdentifier": ".user_identifier",
    "UserIdentifierAssociation": ".user_identifier_association",
    "UserIdentifierAssociationResponse": ".user_identifier_association_response",
    "UserIdentifierList": ".user_identifier_list",
    "UserIdentifierListResponse": ".user_identifier_list_response",
    "UserIdentifierRemoved": ".user_identifier_removed",
    "UserIdentifierRemovedResponse": ".user_identifier_removed_response",
    "UserResolveRequest": ".user_resolve_request",
    "ValidationErrorDetail": ".validation_error_detail",
}

__all__ = (
    "A2AConfig",
    "A2AConfigResponse",
    "ActiveCount",
    "Agent",
    "AgentList",
    "AgentListResponse",
    "AgentResponse",
    "AgentSkillList",
    "AgentSkillListResponse",
    "ApiError",
    "ApiErrorData",
    "Artifact",
    "ArtifactList",
    "ArtifactListResponse",
    "ArtifactResponse",
    "ArtifactVersions",
    "ArtifactVersionsResponse",
    "AssociateIdentifiersRequest",
    "AsyncConfig",
    "AsyncConfigResponse",
    "AudioChatRequest",
    "AudioChatRequestFilesItem",
    "AuditEntry",
    "AuditEntryData",
    "AuditLog",
    "AuditLogCleared",
    "AuditLogClearedResponse",
    "AuditLogResponse",
    "BufferCleared",
    "BufferClearedResponse",
    "BufferMessage",
    "BufferMessageMetadata",
    "BufferStats",
    "BufferStatsResponse",
    "BufferStatus",
    "BufferStatusResponse",
    "ChatArtifact",
    "ChatArtifactMetadata",
    "ChatArtifactPreviewType0",
    "ChatAsyncAccepted",
    "ChatCompletion",
    "ChatCompletionResponse",
    "ChatMessage",
    "ChatMessageMetadata",
    "ChatRequest",
    "ChatRequestFilesType0Item",
    "ChatStreamDone",
    "ChatStreamError",
    "ChatStreamFrame",
    "ChatStreamToken",
    "ChatStreamUi",
    "ClearAuditLogConfirm",
    "Credential",
    "CredentialCreate",
    "CredentialCreateCredential",
    "CredentialDeleted",
    "CredentialDeletedResponse",
    "CredentialList",
    "CredentialListResponse",
    "CredentialResponse",
    "CredentialService",
    "CredentialServiceList",
    "CredentialServiceListResponse",
    "DistilledBatch",
    "DistilledBatchEmbeddingMode",
    "DistilledBatchEventsItem",
    "DistilledBatchResult",
    "DistilledBatchResultRejectionsItem",
    "DistilledBatchResultResponse",
    "Distillery",
    "DistilleryList",
    "DistilleryListResponse",
    "DistilleryRegistration",
    "DistilleryRegistrationScopeType0",
    "DistilleryResponse",
    "DistilleryScope",
    "Envelope",
    "EnvelopeRequest",
    "ErrorEnvelope",
    "ErrorEnvelopeData",
    "EventStreamEvent",
    "FormationConfig",
    "FormationConfigMcp",
    "FormationConfigOverlord",
    "FormationConfigResponse",
    "FormationConfigScheduler",
    "FormationConfigServer",
    "FormationConfigSummary",
    "FormationConfigSummaryResponse",
    "FormationIdentity",
    "FormationStats",
    "FormationStatsMemory",
    "FormationStatsRequests",
    "FormationStatsRunning",
    "FormationStatus",
    "FormationStatusResponse",
    "GetAuditLogResourceType",
    "HealthStatus",
    "HistoryEntry",
    "HistoryEntrySourcesItem",
    "KnowledgeRebuildRequest",
    "KnowledgeRebuildResult",
    "KnowledgeRebuildResultAgents",
    "KnowledgeRebuildResultResponse",
    "KnowledgeSourceSyncResult",
    "KnowledgeSyncRequest",
    "KnowledgeSyncResult",
    "KnowledgeSyncResultResponse",
    "KnowledgeTreeRebuildReport",
    "KnowledgeTreeRebuildReportRebuiltItem",
    "LlmSettings",
    "LlmSettingsApiKeys",
    "LlmSettingsModelsItem",
    "LlmSettingsResponse",
    "LlmSettingsSettings",
    "LogEvent",
    "LogEventDataType0",
    "LoggingConfig",
    "LoggingConfigResponse",
    "LoggingDestination",
    "LoggingDestinations",
    "LoggingDestinationsConversation",
    "LoggingDestinationsResponse",
    "LoggingDestinationsSystem",
    "LogStreamError",
    "LogStreamErrorFiltersReceived",
    "McpConfig",
    "McpConfigResponse",
    "McpServer",
    "McpServerList",
    "McpServerListResponse",
    "McpServerResponse",
    "McpSummary",
    "McpTool",
    "McpToolList",
    "McpToolListResponse",
    "McpToolParameter",
    "McpToolParameters",
    "Memory",
    "MemoryBackfillRequest",
    "MemoryBackfillResult",
    "MemoryBackfillResultResponse",
    "MemoryBatchItemResult",
    "MemoryBatchItemResultDerivedEventsItem",
    "MemoryBatchResult",
    "MemoryBatchResultCounts",
    "MemoryBatchResultResponse",
    "MemoryBufferList",
    "MemoryBufferListResponse",
    "MemoryBuffersCleared",
    "MemoryBuffersClearedResponse",
    "MemoryBufferStats",
    "MemoryBufferStatsKvNamespaces",
    "MemoryConfig",
    "MemoryConfigBuffer",
    "MemoryConfigDistillery",
    "MemoryConfigResponse",
    "MemoryConfigWorking",
    "MemoryContentDetail",
    "MemoryCreate",
    "MemoryCreateMetadataType0",
    "MemoryDeleted",
    "MemoryDeletedResponse",
    "MemoryForgetRequest",
    "MemoryForgetResult",
    "MemoryForgetResultResponse",
    "MemoryHistory",
    "MemoryHistoryResponse",
    "MemoryIngestBatch",
    "MemoryIngestionReceipt",
    "MemoryIngestionReceiptDerivedEventsItem",
    "MemoryIngestionReceiptResponse",
    "MemoryJobStatus",
    "MemoryJobStatusResponse",
    "MemoryLintRequest",
    "MemoryLintResult",
    "MemoryLintResultResponse",
    "MemoryList",
    "MemoryListResponse",
    "MemoryMetadataType0",
    "MemoryProvenance",
    "MemoryProvenanceChainItem",
    "MemoryProvenanceEntity",
    "MemoryProvenanceEvent",
    "MemoryProvenanceFactsItem",
    "MemoryProvenanceResponse",
    "MemoryRebuildRequest",
    "MemoryRebuildResult",
    "MemoryRebuildResultResponse",
    "MemoryWriteResult",
    "MemoryWriteResultDerivedEventsItem",
    "MemoryWriteResultMetadata",
    "MemoryWriteResultResponse",
    "MessageContentPart",
    "MessageContentPartToolCallsType0Item",
    "NotificationRequest",
    "NotificationResult",
    "NotificationResultResponse",
    "OperationMessage",
    "OperationMessageResponse",
    "OverlordConfig",
    "OverlordConfigCaching",
    "OverlordConfigClarification",
    "OverlordConfigLlm",
    "OverlordConfigResponse",
    "OverlordConfigWorkflow",
    "OverlordResponseSettings",
    "OverlordSoul",
    "OverlordSoulResponse",
    "ProcessingJobStatus",
    "ProcessingJobStatusCounts",
    "ProcessingJobStatusItemsItem",
    "ProcessingJobStatusResponse",
    "ProcessingJobStatusUsage",
    "RequestCancellation",
    "RequestCancellationResponse",
    "RequestEventFrame",
    "RequestList",
    "RequestListResponse",
    "RequestStatus",
    "RequestStatusResponse",
    "ResolvedUser",
    "ResolvedUserResponse",
    "ResourceCount",
    "ResourceLink",
    "ScheduledJob",
    "ScheduledJobCreate",
    "ScheduledJobCreateType",
    "ScheduledJobJobMetadata",
    "ScheduledJobList",
    "ScheduledJobListResponse",
    "ScheduledJobResponse",
    "ScheduledJobState",
    "ScheduledJobStateResponse",
    "ScheduledJobUpdate",
    "SchedulerConfig",
    "SchedulerConfigResponse",
    "SecretCreate",
    "SecretList",
    "SecretListResponse",
    "SecretListSecrets",
    "SecretsReloadResult",
    "SecretsReloadResultResponse",
    "SecretUpdate",
    "Session",
    "SessionBufferCleared",
    "SessionBufferClearedResponse",
    "SessionList",
    "SessionListResponse",
    "SessionMessages",
    "SessionMessagesResponse",
    "SessionResponse",
    "SessionRestoreMessage",
    "SessionRestoreMessageMetadataType0",
    "SessionRestoreRequest",
    "SessionRestoreResult",
    "SessionRestoreResultResponse",
    "SessionSummary",
    "Skill",
    "SkillList",
    "SkillListResponse",
    "SkillResponse",
    "SkillSummary",
    "Sop",
    "SopList",
    "SopListResponse",
    "SopMetadata",
    "SopResponse",
    "SopSummary",
    "Trigger",
    "TriggerExecution",
    "TriggerExecutionResponse",
    "TriggerList",
    "TriggerListResponse",
    "TriggerRequest",
    "TriggerRequestData",
    "TriggerResponse",
    "TuningFile",
    "TuningFileResponse",
    "TuningPendingApplied",
    "TuningPendingAppliedResponse",
    "TuningPendingDismissed",
    "TuningPendingDismissedResponse",
    "TuningRunResult",
    "TuningRunResultResponse",
    "TuningUpdate",
    "TuningWriteResult",
    "TuningWriteResultResponse",
    "UIResponseHint",
    "UIWidget",
    "UIWidgetOptionsItem",
    "UpdateChannelsRequest",
    "UpdateChannelsRequestChannelsType0",
    "UpdateChannelsRequestChannelsType0AdditionalProperty",
    "UserChannels",
    "UserChannelsChannels",
    "UserChannelsChannelsAdditionalProperty",
    "UserChannelsResponse",
    "UserIdentifier",
    "UserIdentifierAssociation",
    "UserIdentifierAssociationResponse",
    "UserIdentifierList",
    "UserIdentifierListResponse",
    "UserIdentifierRemoved",
    "UserIdentifierRemovedResponse",
    "UserResolveRequest",
    "ValidationErrorDetail",
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
