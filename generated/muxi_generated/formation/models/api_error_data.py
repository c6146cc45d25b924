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
    other errors carry route-specific keys (named below: scheduler 422s carry `field`,
    `value`, `expected`, or `reason` and `required`, or `error`; audio chat 400s carry `field`
    and `invalid_content_type`) or a `trace` when the server runs in debug mode.

    """

    validation_errors: list[ValidationErrorDetail] | Unset = UNSET
    field: str | Unset = UNSET
    """ The request field at fault (scheduler `schedule`/`type`, audio chat `files`). """
    value: JSONValue | Unset = UNSET
    """ The rejected value (scheduler 422 `VALIDATION_ERROR`). """
    expected: str | Unset = UNSET
    """ What the field should hold (scheduler 422 `VALIDATION_ERROR`, e.g. "Future ISO 8601 datetime"). """
    reason: str | Unset = UNSET
    """ Why the operation cannot run (scheduler 422 `UNPROCESSABLE_ENTITY` without persistent memory). """
    required: str | Unset = UNSET
    """ What the formation needs for it (scheduler 422 `UNPROCESSABLE_ENTITY`). """
    error: str | Unset = UNSET
    """ The underlying failure's message (scheduler 422s on a schedule the scheduler rejects). """
    invalid_content_type: str | Unset = UNSET
    """ The non-audio content type of a file (audio chat 400 `VALIDATION_ERROR`). """
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

        field = self.field

        value = self.value

        expected = self.expected

        reason = self.reason

        required = self.required

        error = self.error

        invalid_content_type = self.invalid_content_type

        trace = self.trace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if validation_errors is not UNSET:
            field_dict["validation_errors"] = validation_errors
        if field is not UNSET:
            field_dict["field"] = field
        if value is not UNSET:
            field_dict["value"] = value
        if expected is not UNSET:
            field_dict["expected"] = expected
        if reason is not UNSET:
            field_dict["reason"] = reason
        if required is not UNSET:
            field_dict["required"] = required
        if error is not UNSET:
            field_dict["error"] = error
        if invalid_content_type is not UNSET:
            field_dict["invalid_content_type"] = invalid_content_type
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

        field = d.pop("field", UNSET)

        value = d.pop("value", UNSET)

        expected = d.pop("expected", UNSET)

        reason = d.pop("reason", UNSET)

        required = d.pop("required", UNSET)

        error = d.pop("error", UNSET)

        invalid_content_type = d.pop("invalid_content_type", UNSET)

        trace = d.pop("trace", UNSET)

        api_error_data = cls(
            validation_errors=validation_errors,
            field=field,
            value=value,
            expected=expected,
            reason=reason,
            required=required,
            error=error,
            invalid_content_type=invalid_content_type,
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
