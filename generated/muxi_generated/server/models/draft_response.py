from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, JSONValue, Unset

if TYPE_CHECKING:
    from ..models.draft_delete_data import DraftDeleteData
    from ..models.draft_discard_data import DraftDiscardData
    from ..models.draft_init_data import DraftInitData
    from ..models.draft_list_data import DraftListData
    from ..models.draft_read_data import DraftReadData
    from ..models.draft_status import DraftStatus
    from ..models.draft_write_data import DraftWriteData
    from ..models.live_status import LiveStatus


T = TypeVar("T", bound="DraftResponse")


@_attrs_define
class DraftResponse:
    """Response of every draft action except `deploy`, for success and error alike (no
    `ServerEnvelope`). On success `data` is set; on error `error` (a code) and `message`.
    `draft` and `live` are always present.

    """

    success: bool
    draft: DraftStatus
    """ Whether the formation has a draft. """
    live: LiveStatus
    """ The live formation, if registered (empty object otherwise). """
    data: (
        DraftDeleteData | DraftDiscardData | DraftInitData | DraftListData | DraftReadData | DraftWriteData | Unset
    ) = UNSET
    """ Action-specific payload (absent on errors). """
    error: str | Unset = UNSET
    """ Error code (errors only). """
    message: str | Unset = UNSET
    """ Human-readable error (errors only). """
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.draft_delete_data import DraftDeleteData
        from ..models.draft_init_data import DraftInitData
        from ..models.draft_list_data import DraftListData
        from ..models.draft_read_data import DraftReadData
        from ..models.draft_write_data import DraftWriteData

        success = self.success

        draft = self.draft.to_dict()

        live = self.live.to_dict()

        data: dict[str, Any] | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, DraftInitData):
            data = self.data.to_dict()
        elif isinstance(self.data, DraftListData):
            data = self.data.to_dict()
        elif isinstance(self.data, DraftReadData):
            data = self.data.to_dict()
        elif isinstance(self.data, DraftWriteData):
            data = self.data.to_dict()
        elif isinstance(self.data, DraftDeleteData):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        error = self.error

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "draft": draft,
                "live": live,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.draft_delete_data import DraftDeleteData
        from ..models.draft_discard_data import DraftDiscardData
        from ..models.draft_init_data import DraftInitData
        from ..models.draft_list_data import DraftListData
        from ..models.draft_read_data import DraftReadData
        from ..models.draft_status import DraftStatus
        from ..models.draft_write_data import DraftWriteData
        from ..models.live_status import LiveStatus

        d = dict(src_dict)
        success = d.pop("success")

        draft = DraftStatus.from_dict(d.pop("draft"))

        live = LiveStatus.from_dict(d.pop("live"))

        def _parse_data(
            data: object,
        ) -> (
            DraftDeleteData | DraftDiscardData | DraftInitData | DraftListData | DraftReadData | DraftWriteData | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = DraftInitData.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = DraftListData.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_2 = DraftReadData.from_dict(data)

                return data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_3 = DraftWriteData.from_dict(data)

                return data_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_4 = DraftDeleteData.from_dict(data)

                return data_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_5 = DraftDiscardData.from_dict(data)

            return data_type_5

        data = _parse_data(d.pop("data", UNSET))

        error = d.pop("error", UNSET)

        message = d.pop("message", UNSET)

        draft_response = cls(
            success=success,
            draft=draft,
            live=live,
            data=data,
            error=error,
            message=message,
        )

        draft_response.additional_properties = d
        return draft_response

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
