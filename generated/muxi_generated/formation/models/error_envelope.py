from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.api_error import ApiError
    from ..models.envelope_request import EnvelopeRequest
    from ..models.error_envelope_data import ErrorEnvelopeData


T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """The envelope of every JSON error response."""

    object_: str
    """ `error`. """
    timestamp: int
    """ Server time in Unix milliseconds. """
    type_: str
    """ Error category. """
    request: EnvelopeRequest
    """ Request information echoed in every envelope. """
    success: bool
    """ Always false. """
    error: ApiError
    """ Error details. """
    data: ErrorEnvelopeData
    """ Always `{}` in this release. """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        timestamp = self.timestamp

        type_ = self.type_

        request = self.request.to_dict()

        success = self.success

        error = self.error.to_dict()

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "timestamp": timestamp,
                "type": type_,
                "request": request,
                "success": success,
                "error": error,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_error import ApiError
        from ..models.envelope_request import EnvelopeRequest
        from ..models.error_envelope_data import ErrorEnvelopeData

        d = dict(src_dict)
        object_ = d.pop("object")

        timestamp = d.pop("timestamp")

        type_ = d.pop("type")

        request = EnvelopeRequest.from_dict(d.pop("request"))

        success = d.pop("success")

        error = ApiError.from_dict(d.pop("error"))

        data = ErrorEnvelopeData.from_dict(d.pop("data"))

        error_envelope = cls(
            object_=object_,
            timestamp=timestamp,
            type_=type_,
            request=request,
            success=success,
            error=error,
            data=data,
        )

        error_envelope.additional_properties = d
        return error_envelope

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
