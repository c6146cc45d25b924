from typing import Literal, cast

DistilledBatchEmbeddingMode = Literal["none", "pre_computed"]

DISTILLED_BATCH_EMBEDDING_MODE_VALUES: set[DistilledBatchEmbeddingMode] = {
    "none",
    "pre_computed",
}


def check_distilled_batch_embedding_mode(value: str) -> DistilledBatchEmbeddingMode:
    if value in DISTILLED_BATCH_EMBEDDING_MODE_VALUES:
        return cast(DistilledBatchEmbeddingMode, value)
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DISTILLED_BATCH_EMBEDDING_MODE_VALUES!r}")
