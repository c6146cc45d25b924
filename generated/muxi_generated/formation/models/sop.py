from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.sop_metadata import SopMetadata


T = TypeVar("T", bound="Sop")


@_attrs_define
class Sop:
    name: str | Unset = UNSET
    title: str | Unset = UNSET
    type_: str | Unset = UNSET
    content: str | Unset = UNSET
    """ Markdown body. """
    metadata: SopMetadata | Unset = UNSET
    """ Frontmatter. """
    references: list[JSONValue] | None | Unset = UNSET
    agents_used: list[str] | None | Unset = UNSET
    steps: int | None | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title = self.title

        type_ = self.type_

        content = self.content

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        references: list[Any] | None | Unset
        if isinstance(self.references, Unset):
            references = UNSET
        elif isinstance(self.references, list):
            references = self.references

        else:
            references = self.references

        agents_used: list[str] | None | Unset
        if isinstance(self.agents_used, Unset):
            agents_used = UNSET
        elif isinstance(self.agents_used, list):
            agents_used = self.agents_used

        else:
            agents_used = self.agents_used

        steps: int | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        else:
            steps = self.steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if references is not UNSET:
            field_dict["references"] = references
        if agents_used is not UNSET:
            field_dict["agents_used"] = agents_used
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sop_metadata import SopMetadata

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        title = d.pop("title", UNSET)

        type_ = d.pop("type", UNSET)

        content = d.pop("content", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: SopMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SopMetadata.from_dict(_metadata)

        def _parse_references(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                references_type_0 = cast(list[Any], data)

                return references_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        references = _parse_references(d.pop("references", UNSET))

        def _parse_agents_used(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                agents_used_type_0 = cast(list[str], data)

                return agents_used_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        agents_used = _parse_agents_used(d.pop("agents_used", UNSET))

        def _parse_steps(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        steps = _parse_steps(d.pop("steps", UNSET))

        sop = cls(
            name=name,
            title=title,
            type_=type_,
            content=content,
            metadata=metadata,
            references=references,
            agents_used=agents_used,
            steps=steps,
        )

        sop.additional_properties = d
        return sop

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
