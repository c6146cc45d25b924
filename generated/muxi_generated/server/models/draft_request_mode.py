from typing import Literal, cast

DraftRequestMode = Literal["clone", "new"]

DRAFT_REQUEST_MODE_VALUES: set[DraftRequestMode] = {
    "clone",
    "new",
}


def check_draft_request_mode(value: str) -> DraftRequestMode:
    if value in DRAFT_REQUEST_MODE_VALUES:
        return cast(DraftRequestMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DRAFT_REQUEST_MODE_VALUES!r}")
