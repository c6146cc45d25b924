from typing import Literal, cast

GetFormationLogsStream = Literal["all", "stderr", "stdout"]

GET_FORMATION_LOGS_STREAM_VALUES: set[GetFormationLogsStream] = {
    "all",
    "stderr",
    "stdout",
}


def check_get_formation_logs_stream(value: str) -> GetFormationLogsStream:
    if value in GET_FORMATION_LOGS_STREAM_VALUES:
        return cast(GetFormationLogsStream, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_FORMATION_LOGS_STREAM_VALUES!r}")
