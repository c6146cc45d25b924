from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.ui_widget import UIWidget


T = TypeVar("T", bound="ChatStreamUi")


@_attrs_define
class ChatStreamUi:
    """Data of the `event: ui` chat frame, sent once after the last token when the reply has UI widgets."""

    ui: list[UIWidget]
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        ui = []
        for ui_item_data in self.ui:
            ui_item = ui_item_data.to_dict()
            ui.append(ui_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ui": ui,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ui_widget import UIWidget

        d = dict(src_dict)
        ui = []
        _ui = d.pop("ui")
        for ui_item_data in _ui:
            ui_item = UIWidget.from_dict(ui_item_data)

            ui.append(ui_item)

        chat_stream_ui = cls(
            ui=ui,
        )

        chat_stream_ui.additional_properties = d
        return chat_stream_ui

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
