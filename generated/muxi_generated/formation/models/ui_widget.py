from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.ui_widget_options_item import UIWidgetOptionsItem


T = TypeVar("T", bound="UIWidget")


@_attrs_define
class UIWidget:
    """A UI affordance attached to a reply (`type` `options`: pick one of `options`;
    `action_link`: open `url`; `mcp_resource`: an MCP UI resource relayed verbatim).

    """

    type_: str
    id: str
    """ Widget id (`ui_...`), used in `ui_response`. """
    prompt: str | Unset = UNSET
    options: list[UIWidgetOptionsItem] | Unset = UNSET
    multi: bool | Unset = UNSET
    label: str | Unset = UNSET
    url: str | Unset = UNSET
    hint: str | Unset = UNSET
    resource: str | Unset = UNSET
    """ `ui://` resource URI. """
    data: str | Unset = UNSET
    """ Resource content (text, or base64 when `encoding` is `base64`). """
    server: str | Unset = UNSET
    tool: str | Unset = UNSET
    mime_type: str | Unset = UNSET
    encoding: str | Unset = UNSET
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        prompt = self.prompt

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        multi = self.multi

        label = self.label

        url = self.url

        hint = self.hint

        resource = self.resource

        data = self.data

        server = self.server

        tool = self.tool

        mime_type = self.mime_type

        encoding = self.encoding

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if options is not UNSET:
            field_dict["options"] = options
        if multi is not UNSET:
            field_dict["multi"] = multi
        if label is not UNSET:
            field_dict["label"] = label
        if url is not UNSET:
            field_dict["url"] = url
        if hint is not UNSET:
            field_dict["hint"] = hint
        if resource is not UNSET:
            field_dict["resource"] = resource
        if data is not UNSET:
            field_dict["data"] = data
        if server is not UNSET:
            field_dict["server"] = server
        if tool is not UNSET:
            field_dict["tool"] = tool
        if mime_type is not UNSET:
            field_dict["mime_type"] = mime_type
        if encoding is not UNSET:
            field_dict["encoding"] = encoding

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ui_widget_options_item import UIWidgetOptionsItem

        d = dict(src_dict)
        type_ = d.pop("type")

        id = d.pop("id")

        prompt = d.pop("prompt", UNSET)

        _options = d.pop("options", UNSET)
        options: list[UIWidgetOptionsItem] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = UIWidgetOptionsItem.from_dict(options_item_data)

                options.append(options_item)

        multi = d.pop("multi", UNSET)

        label = d.pop("label", UNSET)

        url = d.pop("url", UNSET)

        hint = d.pop("hint", UNSET)

        resource = d.pop("resource", UNSET)

        data = d.pop("data", UNSET)

        server = d.pop("server", UNSET)

        tool = d.pop("tool", UNSET)

        mime_type = d.pop("mime_type", UNSET)

        encoding = d.pop("encoding", UNSET)

        ui_widget = cls(
            type_=type_,
            id=id,
            prompt=prompt,
            options=options,
            multi=multi,
            label=label,
            url=url,
            hint=hint,
            resource=resource,
            data=data,
            server=server,
            tool=tool,
            mime_type=mime_type,
            encoding=encoding,
        )

        ui_widget.additional_properties = d
        return ui_widget

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
