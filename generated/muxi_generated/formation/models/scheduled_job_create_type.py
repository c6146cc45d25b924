from typing import Literal, cast

ScheduledJobCreateType = Literal["one_time", "recurring"]

SCHEDULED_JOB_CREATE_TYPE_VALUES: set[ScheduledJobCreateType] = {
    "one_time",
    "recurring",
}


def check_scheduled_job_create_type(value: str) -> ScheduledJobCreateType:
    if value in SCHEDULED_JOB_CREATE_TYPE_VALUES:
        return cast(ScheduledJobCreateType, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SCHEDULED_JOB_CREATE_TYPE_VALUES!r}")
