"""One strict reader of a formation file's top-level ``id`` and ``version`` (YAML, without a YAML library).

Deploys need only these two values (the server checks them against ``X-Formation-ID`` /
``X-Formation-Version``), so the SDK reads them without depending on PyYAML: bundling
(:mod:`muxi._helpers.bundle`) and the fake server (:mod:`muxi.testing._server`) both use this
reader, so they cannot disagree.

It reads what it can prove: top-level keys (plain, ``'single'`` or ``"double"`` quoted) whose
value is a plain, single-quoted or double-quoted scalar on the key's own line, with comments, a
leading ``---``, a byte-order mark and CRLF line ends. Other top-level keys may hold anything
(nested blocks, block scalars, multi-line flow collections and quoted strings are skipped
correctly). What it cannot prove it refuses, naming the file and the line, instead of guessing:
an anchor, alias or tag on ``id``/``version``, a block scalar, a flow collection or a value
that continues on the next lines, escapes in a double-quoted value, ``id``/``version`` given
twice, a tab in the indentation, a merge key (``<<``), an explicit key (``?``), a top level that
is not a block mapping, or a second document. The way out is always to pass ``formation_id=`` /
``version=`` yourself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..errors import ConfigurationError

__all__ = ["FORMATION_FILES", "KEYS", "FormationFile", "read_formation_file"]

FORMATION_FILES = ("formation.afs", "formation.yaml", "formation.yml")
KEYS = ("id", "version")
_WAY_OUT = "pass formation_id=/version= to give the values yourself"
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_PLAIN_KEY = re.compile(r"([^\s#:'\"&*!?|>%@`{}\[\],-][^#]*?|-[^\s#:][^#]*?)[ ]*:(?: +|$)")
_DOCUMENT = re.compile(r"(---|\.\.\.)[ \t]*(?:#.*)?$")


@dataclass(frozen=True)
class FormationFile:
    """The top-level ``id`` and ``version`` of a formation file, as far as they can be read.

    Attributes:
        where: the file, for messages (``/path/formation.yaml``, ``bundle.tar.gz: x/formation.afs``).
        id: the ``id`` value (None when the file has none, or it cannot be read).
        version: the ``version`` value (None when the file has none, or it cannot be read).
        problems: ``"id"`` / ``"version"`` -> why that value cannot be read, naming the line.
        read: False when there was no formation file to read (values unknown, not absent).
    """

    where: str
    id: str | None = None
    version: str | None = None
    problems: Mapping[str, str] = field(default_factory=dict[str, str])
    read: bool = True

    def require(self, key: str) -> str | None:
        """The value of ``key`` (``"id"`` or ``"version"``); :class:`ConfigurationError` if it cannot be read."""
        problem = self.problems.get(key)
        if problem is not None:
            raise ConfigurationError(f"{problem}; {_WAY_OUT}")
        return self.id if key == "id" else self.version


class _Refused(Exception):
    """What the reader cannot prove on a line (raised when it makes both values unreadable)."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line, self.reason = line, reason


def read_formation_file(text: str, where: str) -> FormationFile:
    """Read the top-level ``id`` and ``version`` of the formation file ``text`` (``where`` names it)."""
    values: dict[str, str] = {}
    problems: dict[str, str] = {}
    try:
        for key, line, value in _top_level_scalars(text.removeprefix("\ufeff").splitlines()):
            if key in problems:
                continue
            if isinstance(value, _Refused):
                problems[key] = f"{where}, line {line}: cannot read the top-level {key!r}: {value.reason}"
                values.pop(key, None)
            else:
                values[key] = value
    except _Refused as refused:
        reason = f"{where}, line {refused.line}: cannot read the top-level id and version: {refused.reason}"
        return FormationFile(where, problems=dict.fromkeys(KEYS, reason))
    return FormationFile(where, values.get("id"), values.get("version"), problems)


def _top_level_scalars(lines: list[str]) -> list[tuple[str, int, str | _Refused]]:
    """``(key, line number, value or why not)`` of each ``id``/``version`` entry of the top-level mapping.

    Lines below the top level are followed just enough to know where they end: block scalars and
    plain scalars by their indentation, quoted strings and flow collections by their brackets and
    quotes (PyYAML accepts their continuation lines at any indentation, column 0 included).
    """
    found: list[tuple[str, int, str | _Refused]] = []
    seen: dict[str, int] = {}
    content = ended = False
    open_value: tuple[int, str | None, int] | None = None  # (line, open quote, bracket depth) of a multi-line value
    deeper_than: int | None = None  # lines indented more than this continue a block or plain scalar
    sequence_allowed = False  # the previous key's value is empty: a block sequence may follow at column 0
    pending: tuple[str, int] | None = None  # an id/version entry whose value must not continue below
    for number, line in enumerate(lines, 1):
        if open_value is not None:  # inside a quoted string or flow collection
            quote, depth = _scan(line, 0, open_value[1], open_value[2])
            open_value = (open_value[0], quote, depth) if quote or depth > 0 else None
            continue
        body = line.lstrip(" \t")
        if not body:
            continue
        indent = len(line) - len(body)
        if pending is not None and indent > 0 and not body.startswith("#"):
            key, where = pending
            found.append((key, where, _Refused(where, f"its value continues on line {number}")))
        pending = None
        if deeper_than is not None and indent > deeper_than:
            continue
        deeper_than = None
        if body.startswith("#"):
            continue
        if "\t" in line[:indent]:
            raise _Refused(number, "a tab in the indentation")
        if indent > 0 or (body[0] == "-" and body[1:2] in ("", " ", "\t")):
            if indent == 0 and not sequence_allowed:
                raise _Refused(number, "the top level is not a mapping of keys to values")
            open_value, deeper_than = _nested(number, line, indent)
            continue
        if ended:
            raise _Refused(number, "content after the end of the first YAML document ('...')")
        if body.startswith(("---", "...")):
            document = _DOCUMENT.match(body)
            if document is None:
                raise _Refused(number, "content on a document marker line")
            if document.group(1) == "...":
                ended = True
            elif content:
                raise _Refused(number, "a second YAML document ('---')")
            continue
        content = True
        key, value = _key_and_value(number, line)
        sequence_allowed = value == "" or value.startswith("#")
        if key not in KEYS:
            open_value, deeper_than = _value_extent(number, value, 0)
            continue
        if key in seen:
            found.append((key, number, _Refused(number, f"{key!r} is given twice (lines {seen[key]} and {number})")))
            continue
        seen[key] = number
        scalar = _scalar(value)
        if isinstance(scalar, str):
            pending = (key, number)
        found.append((key, number, scalar))
    if open_value is not None:
        raise _Refused(open_value[0], "a quoted string or flow collection that never ends")
    return found


def _nested(number: int, line: str, indent: int) -> tuple[tuple[int, str | None, int] | None, int | None]:
    """:func:`_value_extent` of an indented line or a sequence entry (``- value``, ``- key: value``, ``key: value``)."""
    rest, column = line[indent:], indent
    while rest[:1] == "-" and rest[1:2] in ("", " ", "\t"):  # sequence entries, possibly nested on one line
        column = len(line) - len(rest)
        rest = rest[1:].lstrip(" \t")
    node = column
    if rest[:1] in ("'", '"'):
        end = _closing_quote(rest, 1, rest[0])
        after = rest[end + 1 :].lstrip(" \t") if end is not None else ""
        if end is not None and after.startswith(":") and after[1:2] in ("", " "):  # a quoted key
            node, rest = len(line) - len(rest), after[1:].strip()
    else:
        match = _PLAIN_KEY.match(rest)
        if match is not None:
            node, rest = len(line) - len(rest), rest[match.end() :].strip()
    return _value_extent(number, rest, node)


def _value_extent(number: int, value: str, node: int) -> tuple[tuple[int, str | None, int] | None, int | None]:
    """Where a value (not id/version) ends.

    Either a quoted string or flow collection still open at the end of its line (its line, the open
    quote, the bracket depth), or the indentation deeper lines continue (a block or plain scalar of
    the node at column ``node``).
    """
    while value[:1] in ("&", "!"):  # an anchor or tag before the value
        parts = value.split(None, 1)
        value = parts[1] if len(parts) > 1 else ""
    if not value or value.startswith("#"):
        return None, None  # a nested block (or nothing) follows
    if value[:1] in ("'", '"', "[", "{"):
        quote, depth = _scan(value, 0, None, 0)
        return ((number, quote, depth) if quote or depth > 0 else None), None
    return None, node  # a block scalar's content, or a plain scalar's continuation lines


def _key_and_value(number: int, line: str) -> tuple[str, str]:
    """The key of a top-level ``key: value`` line and the text after its colon."""
    first = line[0]
    if first in "\"'":
        end = _closing_quote(line, 1, first)
        rest = line[end + 1 :].lstrip(" \t") if end is not None else ""
        if end is None or not rest.startswith(":") or rest[1:2] not in ("", " "):
            raise _Refused(number, "a quoted key this reader cannot read")
        key = line[1:end].replace("''", "'") if first == "'" else line[1:end]
        if first == '"' and "\\" in key:
            raise _Refused(number, "an escape sequence in a quoted key")
        return key, rest[1:].strip()
    if first in "&*!":
        raise _Refused(number, "an anchor, alias or tag on a top-level key")
    if first == "?":
        raise _Refused(number, "an explicit key ('?')")
    if first in "{[":
        raise _Refused(number, "the top level is a flow collection, not a block mapping")
    match = _PLAIN_KEY.match(line)
    if match is None:
        raise _Refused(number, "a line that is not a 'key: value' entry of the top-level mapping")
    key = match.group(1)
    if key == "<<":
        raise _Refused(number, "a merge key ('<<'), which may bring in id or version")
    return key, line[match.end() :].strip()


def _scalar(value: str) -> str | _Refused:
    """The value of an ``id``/``version`` entry: a one-line plain or quoted scalar, else why not (no line)."""
    first = value[:1]
    if first in ("", "#"):
        return _Refused(0, "no value on its line (a null, or a value on the next lines)")
    if first == "&" or first == "*":
        return _Refused(0, "an anchor or alias")
    if first == "!":
        return _Refused(0, "a tag")
    if first in "|>":
        return _Refused(0, "a block scalar ('|' or '>')")
    if first in "{[":
        return _Refused(0, "a flow collection")
    if first in "\"'":
        end = _closing_quote(value, 1, first)
        if end is None:
            return _Refused(0, "a quoted value that continues on the next lines")
        rest = value[end + 1 :].strip()
        if rest and not rest.startswith("#"):
            return _Refused(0, "text after the quoted value")
        text = value[1:end]
        if first == '"' and "\\" in text:
            return _Refused(0, "an escape sequence in a double-quoted value")
        return text.replace("''", "'") if first == "'" else text
    if first in "%@`,]}" or (first in "-?:" and value[1:2] in ("", " ", "\t")):
        return _Refused(0, f"a value starting with {first!r}")
    text = re.split(r"[ \t]#", value, maxsplit=1)[0].strip()
    if re.search(r":([ \t]|$)", text):
        return _Refused(0, "a ': ' inside a plain value")
    if text in _NULLS:
        return _Refused(0, f"a null value ({text!r})")
    return text


def _closing_quote(text: str, start: int, quote: str) -> int | None:
    """The index of the quote closing a scalar opened before ``start`` (None: not on this line)."""
    index = start
    while index < len(text):
        char = text[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and text[index + 1 : index + 2] == "'":
                index += 2
                continue
            return index
        index += 1
    return None


def _scan(line: str, start: int, quote: str | None, depth: int) -> tuple[str | None, int]:
    """Follow a flow collection or quoted scalar through ``line``: the open quote and depth at its end.

    A quote opens a scalar only where a scalar starts (after ``[``, ``{``, ``,``, ``:``, a space, or
    at the start), so an apostrophe inside a plain word does not; ``#`` after a space ends the line.
    """
    index = start
    while index < len(line):
        if quote is not None:
            end = _closing_quote(line, index, quote)
            if end is None:
                return quote, depth
            quote, index = None, end + 1
            if depth == 0:
                return None, 0
            continue
        char = line[index]
        before = line[index - 1] if index > 0 else " "
        if char == "#" and before in " \t":
            break
        if char in "\"'" and before in " \t[{,:":
            quote = char
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth <= 0:
                return None, 0
        index += 1
    return quote, depth
