"""``muxi._core.sse.loads`` (the per-event JSON parse) is ``json.loads``: same values, same errors."""

from __future__ import annotations

import json
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from muxi._core.sse import loads

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


def _outcome(parse: Callable[[str], object], text: str) -> tuple[str, str]:
    try:
        return "value", repr(parse(text))
    except (ValueError, RecursionError) as exc:
        return type(exc).__name__, str(exc)


@given(_JSON, st.sampled_from(["", " ", "\n", "\t "]), st.sampled_from(["", " ", "\r\n", " x", "}"]))
def test_documents_parse_as_json_loads_parses_them(value: object, before: str, after: str) -> None:
    text = before + json.dumps(value) + after
    assert _outcome(loads, text) == _outcome(json.loads, text)


@given(st.text(max_size=40))
def test_any_text_gives_the_value_or_the_error_of_json_loads(text: str) -> None:
    assert _outcome(loads, text) == _outcome(json.loads, text)


def test_deep_nesting_fails_like_json_loads() -> None:
    text = "[" * 100_000 + "]" * 100_000
    assert _outcome(loads, text)[0] == _outcome(json.loads, text)[0] == "RecursionError"
