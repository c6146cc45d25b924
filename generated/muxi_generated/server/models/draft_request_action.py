from typing import Literal, cast

DraftRequestAction = Literal["delete", "deploy", "discard", "init", "list", "read", "write"]

DRAFT_REQUEST_ACTION_VALUES: set[DraftRequestAction] = {
    "delete",
    "deploy",
    "discard",
    "init",
    "list",
    "read",
    "write",
}


def check_draft_request_action(value: str) -> DraftRequestAction:
    if value in DRAFT_REQUEST_ACTION_VALUES:
        return cast(DraftRequestAction, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DRAFT_REQUEST_ACTION_VALUES!r}")
