from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.distilled_batch_embedding_mode import DistilledBatchEmbeddingMode, check_distilled_batch_embedding_mode
from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.distilled_batch_events_item import DistilledBatchEventsItem


T = TypeVar("T", bound="DistilledBatch")


@_attrs_define
class DistilledBatch:
    """A signed batch of distilled memory events (sent byte-for-byte as signed)."""

    batch_id: str
    events: list[DistilledBatchEventsItem]
    """ Distilled memory events (per-event problems are reported, not fatal). """
    embedding_mode: DistilledBatchEmbeddingMode | Unset = "none"
    embedding_model: None | str | Unset = UNSET
    """ Provider-prefixed embedding model (required with `pre_computed`). """
    distillery_version: None | str | Unset = UNSET
    distiller_config_hash: None | str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        batch_id = self.batch_id

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        embedding_mode: str | Unset = UNSET
        if not isinstance(self.embedding_mode, Unset):
            embedding_mode = self.embedding_mode

        embedding_model: None | str | Unset
        if isinstance(self.embedding_model, Unset):
            embedding_model = UNSET
        else:
            embedding_model = self.embedding_model

        distillery_version: None | str | Unset
        if isinstance(self.distillery_version, Unset):
            distillery_version = UNSET
        else:
            distillery_version = self.distillery_version

        distiller_config_hash: None | str | Unset
        if isinstance(self.distiller_config_hash, Unset):
            distiller_config_hash = UNSET
        else:
            distiller_config_hash = self.distiller_config_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batch_id": batch_id,
                "events": events,
            }
        )
        if embedding_mode is not UNSET:
            field_dict["embedding_mode"] = embedding_mode
        if embedding_model is not UNSET:
            field_dict["embedding_model"] = embedding_model
        if distillery_version is not UNSET:
            field_dict["distillery_version"] = distillery_version
        if distiller_config_hash is not UNSET:
            field_dict["distiller_config_hash"] = distiller_config_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.distilled_batch_events_item import DistilledBatchEventsItem

        d = dict(src_dict)
        batch_id = d.pop("batch_id")

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = DistilledBatchEventsItem.from_dict(events_item_data)

            events.append(events_item)

        _embedding_mode = d.pop("embedding_mode", UNSET)
        embedding_mode: DistilledBatchEmbeddingMode | Unset
        if isinstance(_embedding_mode, Unset):
            embedding_mode = UNSET
        else:
            embedding_mode = check_distilled_batch_embedding_mode(_embedding_mode)

        def _parse_embedding_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        embedding_model = _parse_embedding_model(d.pop("embedding_model", UNSET))

        def _parse_distillery_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        distillery_version = _parse_distillery_version(d.pop("distillery_version", UNSET))

        def _parse_distiller_config_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        distiller_config_hash = _parse_distiller_config_hash(d.pop("distiller_config_hash", UNSET))

        distilled_batch = cls(
            batch_id=batch_id,
            events=events,
            embedding_mode=embedding_mode,
            embedding_model=embedding_model,
            distillery_version=distillery_version,
            distiller_config_hash=distiller_config_hash,
        )

        distilled_batch.additional_properties = d
        return distilled_batch

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
