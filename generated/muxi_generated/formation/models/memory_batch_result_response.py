from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.api_error import ApiError
    from ..models.envelope_request import EnvelopeRequest
    from ..models.memory_batch_result import MemoryBatchResult


T = TypeVar("T", bound="MemoryBatchResultResponse")


@_attrs_define
class MemoryBatchResultResponse:
    object_: str
    """ Kind of payload (e.g. `agent_list`, `message`, `error`). Open set. """
    timestamp: int
    """ Server time in Unix milliseconds. """
    type_: str
    """ Event type for observability (e.g. `agent.list`, `chat.completed`). Open set. """
    request: EnvelopeRequest
    """ Request information echoed in every envelope. """
    success: bool
    """ true on success responses. """
    error: ApiError | None
    """ Always null on success responses. """
    data: MemoryBatchResult
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.api_error import ApiError

        object_ = self.object_

        timestamp = self.timestamp

        type_ = self.type_

        request = self.request.to_dict()

        success = self.success

        error: dict[str, Any] | None
        if isinstance(self.error, ApiError):
            error = self.error.to_dict()
        else:
            error = self.error

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
        from ..models.memory_batch_result import MemoryBatchResult

        d = dict(src_dict)
        object_ = d.pop("object")

        timestamp = d.pop("timestamp")

        type_ = d.pop("type")

        request = EnvelopeRequest.from_dict(d.pop("request"))

        success = d.pop("success")

        def _parse_error(data: object) -> ApiError | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ApiError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApiError | None, data)

        error = _parse_error(d.pop("error"))

        data = MemoryBatchResult.from_dict(d.pop("data"))

        memory_batch_result_response = cls(
            object_=object_,
            timestamp=timestamp,
            type_=type_,
            request=request,
            success=success,
            error=error,
            data=data,
        )

        memory_batch_result_response.additional_properties = d
        return memory_batch_result_response

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
