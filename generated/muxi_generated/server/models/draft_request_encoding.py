from typing import Literal, cast

DraftRequestEncoding = Literal["base64", "utf-8"]

DRAFT_REQUEST_ENCODING_VALUES: set[DraftRequestEncoding] = {
    "base64",
    "utf-8",
}


def check_draft_request_encoding(value: str) -> DraftRequestEncoding:
    if value in DRAFT_REQUEST_ENCODING_VALUES:
        return cast(DraftRequestEncoding, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DRAFT_REQUEST_ENCODING_VALUES!r}")
