from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.trigger_request_data import TriggerRequestData


T = TypeVar("T", bound="TriggerRequest")


@_attrs_define
class TriggerRequest:
    data: TriggerRequestData
    """ Event data rendered into the template's `${{ data.* }}` placeholders. """
    session_id: None | str | Unset = UNSET
    use_async: bool | None | Unset = True
    """ Answer at once and process in the background (default). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        use_async: bool | None | Unset
        if isinstance(self.use_async, Unset):
            use_async = UNSET
        else:
            use_async = self.use_async

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id
        if use_async is not UNSET:
            field_dict["use_async"] = use_async

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trigger_request_data import TriggerRequestData

        d = dict(src_dict)
        data = TriggerRequestData.from_dict(d.pop("data"))

        def _parse_session_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        session_id = _parse_session_id(d.pop("session_id", UNSET))

        def _parse_use_async(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_async = _parse_use_async(d.pop("use_async", UNSET))

        trigger_request = cls(
            data=data,
            session_id=session_id,
            use_async=use_async,
        )

        trigger_request.additional_properties = d
        return trigger_request

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
