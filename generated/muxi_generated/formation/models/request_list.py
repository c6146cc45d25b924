from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import JSONValue

if TYPE_CHECKING:
    from ..models.request_status import RequestStatus


T = TypeVar("T", bound="RequestList")


@_attrs_define
class RequestList:
    requests: list[RequestStatus]
    count: int
    additional_properties: dict[str, JSONValue] = _attrs_field(init=False, factory=dict)
    _request_id: str | None = _attrs_field(default=None, init=False, eq=False, repr=False)
    """The request id of the call that returned this object (read it with ``muxi.get_request_id``)."""

    def __iter__(self) -> Iterator[RequestStatus]:
        """Iterate over ``requests`` (this is a list payload)."""
        return iter(self.requests)

    def __len__(self) -> int:
        """The number of items in ``requests``."""
        return len(self.requests)

    @overload
    def __getitem__(self, key: int) -> RequestStatus: ...

    @overload
    def __getitem__(self, key: slice) -> list[RequestStatus]: ...

    @overload
    def __getitem__(self, key: str) -> JSONValue: ...

    def __getitem__(self, key: int | slice | str) -> RequestStatus | list[RequestStatus] | JSONValue:
        """An item of ``requests`` by position (or a slice of them); an additional property by name."""
        if isinstance(key, str):
            return self.additional_properties[key]
        return self.requests[key]

    def to_dict(self) -> dict[str, Any]:
        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requests": requests,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_status import RequestStatus

        d = dict(src_dict)
        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = RequestStatus.from_dict(requests_item_data)

            requests.append(requests_item)

        count = d.pop("count")

        request_list = cls(
            requests=requests,
            count=count,
        )

        request_list.additional_properties = d
        return request_list

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: JSONValue) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
