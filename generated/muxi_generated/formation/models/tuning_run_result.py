from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

T = TypeVar("T", bound="TuningRunResult")


@_attrs_define
class TuningRunResult:
    """Report of one tuning pass (tuner keys are merged in when the tune step ran)."""

    trigger: str | Unset = UNSET
    events_read: int | Unset = UNSET
    segments_read: int | Unset = UNSET
    entries_written: int | Unset = UNSET
    dropped_sentences: int | Unset = UNSET
    spool_committed: bool | Unset = UNSET
    spool_segments_kept: bool | Unset = UNSET
    benchmark_suites_run: list[JSONValue] | Unset = UNSET
    benchmark_skipped: JSONValue | Unset = UNSET
    """ Why benchmarks were skipped, or null. """
    tuner_error: str | Unset = UNSET
    duration_ms: float | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        trigger = self.trigger

        events_read = self.events_read

        segments_read = self.segments_read

        entries_written = self.entries_written

        dropped_sentences = self.dropped_sentences

        spool_committed = self.spool_committed

        spool_segments_kept = self.spool_segments_kept

        benchmark_suites_run: list[Any] | Unset = UNSET
        if not isinstance(self.benchmark_suites_run, Unset):
            benchmark_suites_run = self.benchmark_suites_run

        benchmark_skipped = self.benchmark_skipped

        tuner_error = self.tuner_error

        duration_ms = self.duration_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trigger is not UNSET:
            field_dict["trigger"] = trigger
        if events_read is not UNSET:
            field_dict["events_read"] = events_read
        if segments_read is not UNSET:
            field_dict["segments_read"] = segments_read
        if entries_written is not UNSET:
            field_dict["entries_written"] = entries_written
        if dropped_sentences is not UNSET:
            field_dict["dropped_sentences"] = dropped_sentences
        if spool_committed is not UNSET:
            field_dict["spool_committed"] = spool_committed
        if spool_segments_kept is not UNSET:
            field_dict["spool_segments_kept"] = spool_segments_kept
        if benchmark_suites_run is not UNSET:
            field_dict["benchmark_suites_run"] = benchmark_suites_run
        if benchmark_skipped is not UNSET:
            field_dict["benchmark_skipped"] = benchmark_skipped
        if tuner_error is not UNSET:
            field_dict["tuner_error"] = tuner_error
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trigger = d.pop("trigger", UNSET)

        events_read = d.pop("events_read", UNSET)

        segments_read = d.pop("segments_read", UNSET)

        entries_written = d.pop("entries_written", UNSET)

        dropped_sentences = d.pop("dropped_sentences", UNSET)

        spool_committed = d.pop("spool_committed", UNSET)

        spool_segments_kept = d.pop("spool_segments_kept", UNSET)

        benchmark_suites_run = cast(list[Any], d.pop("benchmark_suites_run", UNSET))

        benchmark_skipped = d.pop("benchmark_skipped", UNSET)

        tuner_error = d.pop("tuner_error", UNSET)

        duration_ms = d.pop("duration_ms", UNSET)

        tuning_run_result = cls(
            trigger=trigger,
            events_read=events_read,
            segments_read=segments_read,
            entries_written=entries_written,
            dropped_sentences=dropped_sentences,
            spool_committed=spool_committed,
            spool_segments_kept=spool_segments_kept,
            benchmark_suites_run=benchmark_suites_run,
            benchmark_skipped=benchmark_skipped,
            tuner_error=tuner_error,
            duration_ms=duration_ms,
        )

        tuning_run_result.additional_properties = d
        return tuning_run_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> JSONValue:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
