from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.llm_settings_api_keys import LlmSettingsApiKeys
    from ..models.llm_settings_models_item import LlmSettingsModelsItem
    from ..models.llm_settings_settings import LlmSettingsSettings


T = TypeVar("T", bound="LlmSettings")


@_attrs_define
class LlmSettings:
    """The formation's `llm` configuration block; secret values appear as `${{ secrets.NAME }}` placeholders."""

    api_keys: LlmSettingsApiKeys | Unset = UNSET
    """ Provider name to API key (placeholder). """
    settings: LlmSettingsSettings | Unset = UNSET
    """ Default generation settings (e.g. `temperature`, `timeout_seconds`). """
    models: list[LlmSettingsModelsItem] | Unset = UNSET
    """ Model assignments, each a one-key object such as `{"text": "openai/gpt-4o-mini"}`. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        api_keys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_keys, Unset):
            api_keys = self.api_keys.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_keys is not UNSET:
            field_dict["api_keys"] = api_keys
        if settings is not UNSET:
            field_dict["settings"] = settings
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.llm_settings_api_keys import LlmSettingsApiKeys
        from ..models.llm_settings_models_item import LlmSettingsModelsItem
        from ..models.llm_settings_settings import LlmSettingsSettings

        d = dict(src_dict)
        _api_keys = d.pop("api_keys", UNSET)
        api_keys: LlmSettingsApiKeys | Unset
        if isinstance(_api_keys, Unset):
            api_keys = UNSET
        else:
            api_keys = LlmSettingsApiKeys.from_dict(_api_keys)

        _settings = d.pop("settings", UNSET)
        settings: LlmSettingsSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = LlmSettingsSettings.from_dict(_settings)

        _models = d.pop("models", UNSET)
        models: list[LlmSettingsModelsItem] | Unset = UNSET
        if _models is not UNSET:
            models = []
            for models_item_data in _models:
                models_item = LlmSettingsModelsItem.from_dict(models_item_data)

                models.append(models_item)

        llm_settings = cls(
            api_keys=api_keys,
            settings=settings,
            models=models,
        )

        llm_settings.additional_properties = d
        return llm_settings

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
