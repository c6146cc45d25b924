"""Local checks of what a caller passes, so that mistakes fail before any I/O (no I/O here).

- Option names of the ``**options`` methods are checked against their TypedDict at run time:
  an unknown name raises :class:`TypeError` (a wrong call signature), naming it and the
  accepted ones — it is never sent as a body field.
- Header values (keys, user ids, ``headers=`` and ``extra_headers=``) must be strings HTTP can
  carry: no CR/LF, NUL or other control characters, no leading or trailing whitespace, ASCII
  only. A bad one raises :class:`~muxi.ConfigurationError` naming the argument and the problem,
  never the value: keys are secrets.
- Path parameters are non-empty strings (or integers) other than ``.`` and ``..``, which HTTP
  clients normalise away (``get_agent("..")`` would reach ``GET /v1``).
- Body fields must be JSON of the kind the API schema declares; a body that cannot be encoded
  (a lone surrogate, NaN, an object JSON cannot represent) names the field.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import cast

from ..errors import ConfigurationError
from .secret import Secret

__all__ = [
    "check_body_field",
    "check_header_value",
    "check_headers",
    "check_options",
    "check_path_parameter",
    "check_user_id",
    "json_problem",
    "option_names",
]

_TOKEN_CHARACTERS = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@functools.cache
def option_names(options_type: type) -> frozenset[str]:
    """The keys a TypedDict declares (its own and inherited, required and optional)."""
    required: frozenset[str] = getattr(options_type, "__required_keys__", frozenset())
    optional: frozenset[str] = getattr(options_type, "__optional_keys__", frozenset())
    return frozenset(required | optional)


def check_options(
    function: str, options: Mapping[str, object], options_type: type, *, also: Iterable[str] = ()
) -> None:
    """Raise :class:`TypeError` when ``options`` has a name ``options_type`` does not declare.

    ``also`` names the function's other keyword arguments, listed among the accepted ones.
    """
    accepted = option_names(options_type)
    unknown = [name for name in options if name not in accepted]
    if not unknown:
        return
    import difflib  # only a wrong call needs it: kept off the import path (about 1 ms)

    everything = sorted({*accepted, *also})
    described: list[str] = []
    for name in unknown:
        close = difflib.get_close_matches(name, everything, n=1)
        described.append(f"{name!r} (did you mean {close[0]!r}?)" if close else repr(name))
    plural = "s" if len(unknown) > 1 else ""
    message = (
        f"{function}() got unexpected keyword argument{plural} {', '.join(described)}; "
        f"it accepts {', '.join(everything)}"
    )
    if "extra_body" in accepted:
        message += " (send other body fields with extra_body={...})"
    raise TypeError(message)


# ---------------------------------------------------------------------------------- headers


def _header_problem(value: str, *, ascii_only: bool = True) -> str | None:
    """What makes ``value`` unfit for an HTTP header (None when it is fine); never quotes it."""
    if value.isascii() and value.isprintable() and value[:1] != " " and value[-1:] != " ":
        return None  # the common case, fast
    if value.endswith(("\n", "\r")):
        return "ends with a newline (a trailing '\\n' from a file or a copy-paste?)"
    if "\n" in value or "\r" in value:
        return "contains a line break (CR or LF)"
    for character in value:
        if (character < " " and character != "\t") or character == "\x7f":
            return f"contains the control character U+{ord(character):04X}"
        if 0xD800 <= ord(character) <= 0xDFFF:
            return f"contains a lone surrogate (U+{ord(character):04X})"
    if ascii_only and not value.isascii():
        return "contains non-ASCII characters (HTTP headers carry ASCII only)"
    if value != value.strip(" \t"):
        return "has leading or trailing whitespace"
    return None


def check_header_value(value: object, argument: str, *, ascii_only: bool = True) -> str:
    """``value`` if it can be sent as a header value, else :class:`ConfigurationError` naming ``argument``."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{argument} must be a str, got {type(value).__name__}")
    problem = _header_problem(value, ascii_only=ascii_only)
    if problem is not None:
        raise ConfigurationError(f"{argument} {problem}; the value is not shown")
    return value


def check_key(value: str | None, argument: str, *, header: bool = True) -> str | None:
    """A key or secret given to a client constructor (None stays None); never echoed."""
    if value is None:
        return None
    return Secret(check_header_value(value, argument, ascii_only=header))  # masked in reprs and tracebacks


def check_user_id(value: object, argument: str = "user_id") -> str:
    """An end-user id for ``X-Muxi-User-ID``: a non-empty ASCII str HTTP can carry.

    The runtime reads header bytes as Latin-1, so a UTF-8 ``"zoë"`` would be stored as
    ``"zoÃ«"`` and a percent-encoded one verbatim: non-ASCII ids are refused here.
    """
    if not isinstance(value, str):
        raise ConfigurationError(f"{argument} must be a str, got {type(value).__name__}")
    if not value:
        raise ConfigurationError(f"{argument} is empty; pass a user id, or None for the client's default")
    if not value.isascii() and _header_problem(value, ascii_only=False) is None:
        raise ConfigurationError(
            f"{argument} must be ASCII: it travels in the X-Muxi-User-ID header, which the formation "
            "reads as Latin-1 (a UTF-8 'zoë' would be stored as 'zoÃ«'). Use an ASCII id (a stable "
            "account id), or percent-encode it yourself (urllib.parse.quote) knowing that the "
            "formation keeps the encoded form as the id"
        )
    return check_header_value(value, argument)


def check_headers(headers: object, argument: str) -> dict[str, str]:
    """A copy of ``headers`` (a mapping of header names to values) checked like every header."""
    if headers is None:
        return {}
    if not isinstance(headers, Mapping):
        raise ConfigurationError(
            f"{argument} must be a mapping of header names to values, got {type(headers).__name__}"
        )
    checked: dict[str, str] = {}
    for name, value in cast("Mapping[object, object]", headers).items():
        if not isinstance(name, str) or not name or not set(name) <= _TOKEN_CHARACTERS:
            raise ConfigurationError(f"{argument} has an invalid header name {name!r}")
        checked[name] = check_header_value(value, f"{argument}[{name!r}]")
    return checked


# ---------------------------------------------------------------------------------- paths


def check_path_parameter(operation: str, name: str, value: object) -> None:
    """A path parameter must be a str (or int) that stays one path segment after encoding."""
    if value is None:
        raise ConfigurationError(f"{operation}() argument {name} is required (got None)")
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ConfigurationError(f"{operation}() argument {name} must be a str, got {type(value).__name__}")
    if isinstance(value, int):
        return
    if value in ("", ".", ".."):
        shown = "empty" if not value else f"{value!r}, which URLs resolve as a relative path segment"
        raise ConfigurationError(f"{operation}() argument {name} is {shown}; pass the {name} itself")
    problem = _encoding_problem(value)
    if problem is not None:
        raise ConfigurationError(f"{operation}() argument {name} {problem}")


def _encoding_problem(value: str) -> str | None:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"contains a lone surrogate (U+{ord(value[exc.start]):04X}), which UTF-8 cannot encode"
    return None


# ---------------------------------------------------------------------------------- bodies

_KIND_TYPES: dict[str, tuple[type, ...]] = {
    "object": (Mapping,),
    "array": (list, tuple),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}
_KIND_NAMES = {
    "object": "a dict (JSON object)",
    "array": "a list (JSON array)",
    "string": "a str",
    "integer": "an int",
    "number": "a number",
    "boolean": "a bool",
    "null": "None",
}


def check_body_field(
    operation: str, name: str, value: object, kinds: Sequence[str], choices: Sequence[object] | None
) -> None:
    """Raise :class:`ConfigurationError` when ``value`` is not of a JSON kind the schema allows."""
    if kinds:
        fits = False
        for kind in kinds:
            if kind == "null":
                fits = value is None
            elif kind in ("integer", "number") and isinstance(value, bool):
                fits = False
            else:
                fits = isinstance(value, _KIND_TYPES.get(kind, (object,)))
            if fits:
                break
        if not fits:
            expected = " or ".join(_KIND_NAMES.get(kind, kind) for kind in kinds)
            raise ConfigurationError(f"{operation}() argument {name} must be {expected}, got {type(value).__name__}")
    if choices is not None and value not in choices:
        allowed = ", ".join(repr(choice) for choice in choices)
        raise ConfigurationError(f"{operation}() argument {name} must be one of {allowed}, got {value!r}")


def json_problem(value: object, path: str = "", *, limit: int = 2000) -> tuple[str, str] | None:
    """The first ``(path, problem)`` that keeps ``value`` from being encoded as UTF-8 JSON.

    Paths read ``message`` or ``data['items'][0]`` (the top-level keys of a body are its
    fields); ``path`` names ``value`` itself. Walks iteratively; ``limit`` bounds the nesting.
    """
    stack: list[tuple[object, str, int]] = [(value, path, 0)]
    while stack:
        item, where, depth = stack.pop()
        if depth > limit:
            return where, f"is nested more than {limit} levels deep (or contains itself)"
        if isinstance(item, str):
            problem = _encoding_problem(item)
            if problem is not None:
                return where, problem
        elif isinstance(item, float):
            if math.isnan(item) or math.isinf(item):
                return where, f"is {item!r}, which JSON cannot represent"
        elif item is None or isinstance(item, bool | int):
            continue
        elif isinstance(item, Mapping | list | tuple):
            if isinstance(item, Mapping):
                for key, child in reversed(list(cast("Mapping[object, object]", item).items())):
                    if not isinstance(key, str | int | float | bool) and key is not None:
                        return where, f"has a key of type {type(key).__name__} (JSON keys are strings)"
                    if isinstance(key, str) and _encoding_problem(key) is not None:
                        return where, "has a key with a lone surrogate, which UTF-8 cannot encode"
                    stack.append((child, f"{where}[{key!r}]" if where else str(key), depth + 1))
            else:
                sequence = cast("Sequence[object]", item)
                for index in reversed(range(len(sequence))):
                    stack.append((sequence[index], f"{where or 'body'}[{index}]", depth + 1))
        else:
            return where, f"is a {type(item).__name__}, which JSON cannot represent"
    return None
