from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.overlord_config_caching import OverlordConfigCaching
    from ..models.overlord_config_clarification import OverlordConfigClarification
    from ..models.overlord_config_llm import OverlordConfigLlm
    from ..models.overlord_config_workflow import OverlordConfigWorkflow
    from ..models.overlord_response_settings import OverlordResponseSettings


T = TypeVar("T", bound="OverlordConfig")


@_attrs_define
class OverlordConfig:
    """Overlord settings; blocks the formation omits are filled with runtime defaults."""

    soul: None | str
    llm: OverlordConfigLlm
    caching: OverlordConfigCaching
    """ e.g. `{"enabled": true, "ttl": 3600}`. """
    response: OverlordResponseSettings
    """ Reply settings, e.g. `{"format": "markdown", "widgets": false, "streaming": true}`. """
    workflow: OverlordConfigWorkflow
    clarification: OverlordConfigClarification
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        soul: None | str
        soul = self.soul

        llm = self.llm.to_dict()

        caching = self.caching.to_dict()

        response = self.response.to_dict()

        workflow = self.workflow.to_dict()

        clarification = self.clarification.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "soul": soul,
                "llm": llm,
                "caching": caching,
                "response": response,
                "workflow": workflow,
                "clarification": clarification,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.overlord_config_caching import OverlordConfigCaching
        from ..models.overlord_config_clarification import OverlordConfigClarification
        from ..models.overlord_config_llm import OverlordConfigLlm
        from ..models.overlord_config_workflow import OverlordConfigWorkflow
        from ..models.overlord_response_settings import OverlordResponseSettings

        d = dict(src_dict)

        def _parse_soul(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        soul = _parse_soul(d.pop("soul"))

        llm = OverlordConfigLlm.from_dict(d.pop("llm"))

        caching = OverlordConfigCaching.from_dict(d.pop("caching"))

        response = OverlordResponseSettings.from_dict(d.pop("response"))

        workflow = OverlordConfigWorkflow.from_dict(d.pop("workflow"))

        clarification = OverlordConfigClarification.from_dict(d.pop("clarification"))

        overlord_config = cls(
            soul=soul,
            llm=llm,
            caching=caching,
            response=response,
            workflow=workflow,
            clarification=clarification,
        )

        overlord_config.additional_properties = d
        return overlord_config

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
