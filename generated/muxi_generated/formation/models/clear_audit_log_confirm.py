from typing import Literal, cast

ClearAuditLogConfirm = Literal["clear-audit-log"]

CLEAR_AUDIT_LOG_CONFIRM_VALUES: set[ClearAuditLogConfirm] = {
    "clear-audit-log",
}


def check_clear_audit_log_confirm(value: str) -> ClearAuditLogConfirm:
    if value in CLEAR_AUDIT_LOG_CONFIRM_VALUES:
        return cast(ClearAuditLogConfirm, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLEAR_AUDIT_LOG_CONFIRM_VALUES!r}")
