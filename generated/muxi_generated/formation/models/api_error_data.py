from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.validation_error_detail import ValidationErrorDetail


T = TypeVar("T", bound="ApiErrorData")


@_attrs_define
class ApiErrorData:
    """Extra error data. Validation failures (422 `INVALID_PARAMS`) carry `validation_errors`;
    other errors may carry route-specific keys (e.g. `field`, `value`, `expected`, `reason`,
    `required`) or a `trace` when the server runs in debug mode.

    """

    validation_errors: list[ValidationErrorDetail] | Unset = UNSET
    trace: str | Unset = UNSET
    """ Server stack trace (debug mode only). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        validation_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = []
            for validation_errors_item_data in self.validation_errors:
                validation_errors_item = validation_errors_item_data.to_dict()
                validation_errors.append(validation_errors_item)

        trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors
        if trace is not UNSET:
            field_dict["trace"] = trace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.validation_error_detail import ValidationErrorDetail

        d = dict(src_dict)
        _validation_errors = d.pop("validation_errors", UNSET)
        validation_errors: list[ValidationErrorDetail] | Unset = UNSET
        if _validation_errors is not UNSET:
            validation_errors = []
            for validation_errors_item_data in _validation_errors:
                validation_errors_item = ValidationErrorDetail.from_dict(validation_errors_item_data)

                validation_errors.append(validation_errors_item)

        trace = d.pop("trace", UNSET)

        api_error_data = cls(
            validation_errors=validation_errors,
            trace=trace,
        )

        api_error_data.additional_properties = d
        return api_error_data

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
