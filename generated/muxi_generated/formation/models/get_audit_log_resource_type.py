from typing import Literal, cast

GetAuditLogResourceType = Literal[
    "agent", "async", "logging_destination", "mcp_server", "memory", "scheduler_job", "secret"
]

GET_AUDIT_LOG_RESOURCE_TYPE_VALUES: set[GetAuditLogResourceType] = {
    "agent",
    "async",
    "logging_destination",
    "mcp_server",
    "memory",
    "scheduler_job",
    "secret",
}


def check_get_audit_log_resource_type(value: str) -> GetAuditLogResourceType:
    if value in GET_AUDIT_LOG_RESOURCE_TYPE_VALUES:
        return cast(GetAuditLogResourceType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_AUDIT_LOG_RESOURCE_TYPE_VALUES!r}")
