#!/usr/bin/env python3
"""Generate ``docs/api.md`` from the docstrings of the public API, and check the documentation.

Usage::

    python scripts/apiref.py            # write docs/api.md
    python scripts/apiref.py --check    # fail when docs/api.md is stale or a reference is broken

The public surface is every name of ``muxi.__all__`` (the lazy ``_EXPORTS`` map) plus the public
names of ``muxi.webhook`` and ``muxi.testing``: classes with their public methods and properties
(the generated per-operation mixins of ``muxi_generated.methods`` included), functions,
exceptions and constants. The output depends only on the code: names in declared order,
signatures rendered parameter by parameter, no memory addresses.

``--check`` also fails when

- a public name, method or property has no docstring;
- a Sphinx-style cross reference in a docstring of the ``muxi`` package (``:class:`~muxi.X```,
  ``:meth:`FormationClient.chat```, ``:func:``, ``:exc:``, ``:attr:``, ``:mod:``) does not
  resolve. Names resolve against the class of the docstring, its module, the ``muxi`` package,
  the builtins, then as absolute dotted paths (``httpx.Timeout``);
- a backticked reference in ``README.md`` or ``docs/guide.md`` does not resolve: a dotted
  ``muxi.`` name (```muxi.FormationClient.chat```, ```muxi.testing.FakeFormation(...)```), or
  ``Class.member`` where ``Class`` is a public class (```FormationClient.chat_stream```).

Only the standard library is used (plus the ``muxi`` package being documented).
"""

from __future__ import annotations

import argparse
import ast
import builtins
import dataclasses
import difflib
import importlib
import inspect
import itertools
import pkgutil
import re
import sys
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, cast

ROOT = Path(__file__).resolve().parent.parent
API_MD = ROOT / "docs" / "api.md"
DOC_FILES = ("README.md", "docs/guide.md")
SUBMODULES = ("webhook", "testing")

# Sections of the ``muxi`` namespace, by the module a name is exported from (``_EXPORTS``).
GROUPS = {
    "._formation": "Formation API clients",
    "._server": "MUXI Server clients",
    "._chat": "Chat",
    "._streaming": "Event streams",
    "._completions": "OpenAI-style completions",
    "._compat": "Quick-start aliases",
    "._results": "Results",
    "._auth": "Authentication",
    "._retry": "Retries",
    ".errors": "Errors",
}
OTHER_GROUP = "Other names"
# Keyword-only options every generated operation accepts; listed once, not on every method.
PER_CALL_OPTIONS = ("idempotency_key", "timeout", "max_retries", "max_response_bytes", "extra_headers")
SUMMARY_SECTIONS = ("Args", "Arguments", "Returns", "Yields", "Raises")
SECTION = re.compile(r"^(Args|Arguments|Attributes|Returns|Yields|Raises|Examples?|Notes?):\s*$")
ROLE = re.compile(r":(?:py:)?(class|meth|func|exc|attr|mod|obj|data|const):`([^`]+)`")
WRAP = 100


def _import_muxi() -> ModuleType:
    """The ``muxi`` package of this checkout (``src/`` and ``generated/`` first on the path)."""
    for folder in (ROOT / "generated", ROOT / "src"):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))
    return importlib.import_module("muxi")


# --------------------------------------------------------------------------- the public surface


@dataclass
class Member:
    """A public method or property of a documented class."""

    name: str
    kind: str  # "method", "classmethod", "staticmethod", "property"
    function: Callable[..., Any]
    owner: type
    doc: str | None

    @property
    def generated(self) -> bool:
        return self.owner.__module__.startswith("muxi_generated")


@dataclass
class Entry:
    """One documented public name."""

    qualname: str  # "muxi.FormationClient", "muxi.webhook.sign"
    obj: Any
    members: list[Member] = field(default_factory=list[Member])
    alias_doc: str | None = None  # a type alias's docstring (the string under its assignment)

    @property
    def doc(self) -> str | None:
        return self.alias_doc if is_alias(self.obj) else inspect.getdoc(self.obj)

    @property
    def name(self) -> str:
        return self.qualname.rsplit(".", 1)[1]


def is_alias(obj: object) -> bool:
    """Whether ``obj`` is a type alias (``StreamEvent[...] | ...``, ``str | Mapping[...]``)."""
    return typing.get_origin(obj) is not None


def alias_docs(module: ModuleType) -> dict[str, str]:
    """The docstrings of a module's type aliases: the string statement under ``Name = ...``."""
    docs: dict[str, str] = {}
    body = ast.parse(inspect.getsource(module)).body
    for statement, following in itertools.pairwise(body):
        target = None
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            target = statement.target.id
        elif isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            name = statement.targets[0]
            target = name.id if isinstance(name, ast.Name) else None
        value = following.value if isinstance(following, ast.Expr) else None
        if target and isinstance(value, ast.Constant) and isinstance(value.value, str):
            docs[target] = inspect.cleandoc(value.value)
    return docs


def _is_muxi(owner: object) -> bool:
    return str(getattr(owner, "__module__", "")).split(".")[0] in ("muxi", "muxi_generated")


def _function_of(value: Any) -> tuple[str, Callable[..., Any]] | None:
    if isinstance(value, property):
        return ("property", value.fget) if value.fget is not None else None
    if isinstance(value, classmethod):
        return "classmethod", cast("classmethod[Any, ..., Any]", value).__func__
    if isinstance(value, staticmethod):
        return "staticmethod", value.__func__
    if inspect.isfunction(value):
        return "method", value
    return None


def _docstring(cls: type, name: str) -> str | None:
    """The member's own docstring, else that of the same member in a ``muxi`` base class."""
    for klass in cls.__mro__:
        if not _is_muxi(klass) or name not in vars(klass):
            continue
        found = _function_of(vars(klass)[name])
        if found is not None and found[1].__doc__ and found[1].__doc__.strip():
            return inspect.cleandoc(found[1].__doc__)
    return None


def members(cls: type, public_classes: set[type]) -> list[Member]:
    """Public methods and properties defined in ``muxi`` code, minus those inherited from a
    documented public base class (documented there)."""
    inherited: set[type] = set()
    for base in cls.__mro__[1:]:
        if base in public_classes:
            inherited.update(base.__mro__)
    seen: set[str] = set()
    result: list[Member] = []
    for klass in cls.__mro__:
        if klass in inherited:
            break
        if not _is_muxi(klass):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_") or name in seen:
                continue
            seen.add(name)  # an override hides the member of the base, whatever it is
            found = _function_of(value)
            if found is not None:
                result.append(Member(name, found[0], found[1], klass, _docstring(cls, name)))
    return result


def surface(muxi: ModuleType) -> list[tuple[str, list[Entry]]]:
    """The documented names, in sections: (section title, entries)."""
    exports: dict[str, str | None] = muxi._EXPORTS
    groups: dict[str, list[Entry]] = {title: [] for title in [*GROUPS.values(), OTHER_GROUP]}
    top = [name for name in muxi.__all__ if exports.get(name, "") is not None]
    for name in top:
        title = GROUPS.get(exports.get(name) or "", OTHER_GROUP)
        obj = getattr(muxi, name)
        doc = alias_docs(importlib.import_module(str(exports[name]), "muxi")).get(name) if is_alias(obj) else None
        groups[title].append(Entry(f"muxi.{name}", obj, alias_doc=doc))
    sections: list[tuple[str, list[Entry]]] = []
    for title, entries in groups.items():
        if not entries:
            continue
        if title == GROUPS[".errors"]:
            entries = _by_hierarchy(entries)
        else:  # the blocking flavour first, then its Async twin
            entries.sort(key=lambda e: (e.name.removeprefix("Async"), e.name.startswith("Async")))
        sections.append((title, entries))
    for module_name in SUBMODULES:
        module: ModuleType = getattr(muxi, module_name)
        names = list(getattr(module, "__all__", [n for n in vars(module) if not n.startswith("_")]))
        entries = [Entry(f"muxi.{module_name}", module)]
        entries += [Entry(f"muxi.{module_name}.{name}", getattr(module, name)) for name in names]
        sections.append((f"muxi.{module_name}", entries))
    public_classes = {e.obj for _, entries in sections for e in entries if inspect.isclass(e.obj)}
    for _, entries in sections:
        for entry in entries:
            if inspect.isclass(entry.obj):
                entry.members = members(entry.obj, public_classes)
    return sections


def _by_hierarchy(entries: list[Entry]) -> list[Entry]:
    """Exceptions depth first from the root class, siblings by name."""
    by_class = {e.obj: e for e in entries}
    ordered: list[Entry] = []

    def visit(cls: type) -> None:
        ordered.append(by_class[cls])
        for child in sorted((c for c in by_class if _parent(c, by_class) is cls), key=lambda c: c.__name__):
            visit(child)

    for root in sorted((c for c in by_class if _parent(c, by_class) is None), key=lambda c: c.__name__):
        visit(root)
    return ordered


def _parent(cls: type, documented: dict[type, Entry]) -> type | None:
    """The nearest documented base class."""
    for base in cls.__mro__[1:]:
        if base in documented:
            return base
    return None


# --------------------------------------------------------------------------- signatures


def _annotation(annotation: Any) -> str:
    if isinstance(annotation, str):
        return annotation
    return inspect.formatannotation(annotation)


def _default(value: Any) -> str:
    if type(value).__name__ == "Unset":
        return "UNSET"
    text = repr(value)
    return re.sub(r" at 0x[0-9a-fA-F]+", "", text)  # no memory addresses


def signature(function: Callable[..., Any], *, skip_first: bool, annotations: bool = True,
              hide: tuple[str, ...] = (), cls: type | None = None) -> tuple[list[str], str]:  # fmt: skip
    """(parameter texts, return annotation) of ``function``, rendered stably."""
    sig = inspect.signature(function)
    parameters = list(sig.parameters.values())[1 if skip_first else 0 :]
    texts: list[str] = []
    star_done = False
    slash_pending = False
    for parameter in parameters:
        if parameter.name.startswith("_") or parameter.name in hide:
            continue
        kind = parameter.kind
        if slash_pending and kind is not inspect.Parameter.POSITIONAL_ONLY:
            texts.append("/")
            slash_pending = False
        if kind is inspect.Parameter.POSITIONAL_ONLY:
            slash_pending = True
        if kind is inspect.Parameter.KEYWORD_ONLY and not star_done:
            texts.append("*")
            star_done = True
        stars = {inspect.Parameter.VAR_POSITIONAL: "*", inspect.Parameter.VAR_KEYWORD: "**"}
        prefix = stars.get(kind, "") if kind in stars else ""
        if kind is inspect.Parameter.VAR_POSITIONAL:
            star_done = True
        text = prefix + parameter.name
        has_annotation = annotations and parameter.annotation is not inspect.Parameter.empty
        if has_annotation:
            text += ": " + _substitute(_annotation(parameter.annotation), function, cls)
        if parameter.default is not inspect.Parameter.empty:
            text += (" = " if has_annotation else "=") + _default(parameter.default)
        texts.append(text)
    if slash_pending:
        texts.append("/")
    returns = ""
    if annotations and sig.return_annotation is not inspect.Signature.empty:
        returns = _substitute(_annotation(sig.return_annotation), function, cls)
    return texts, returns


def _call_text(head: str, parameters: list[str], returns: str) -> str:
    tail = f" -> {returns}" if returns else ""
    one_line = f"{head}({', '.join(parameters)}){tail}"
    if len(one_line) <= WRAP or not parameters:
        return one_line
    inner = "".join(f"    {p},\n" for p in parameters)
    return f"{head}(\n{inner}){tail}"


def _type_text(value: Any) -> str:
    """``ChatStream``, ``Stream[StreamEvent]``: a type argument as code would spell it."""
    origin, args = typing.get_origin(value), typing.get_args(value)
    if origin is not None and args:
        return f"{_type_text(origin)}[{', '.join(_type_text(a) for a in args)}]"
    if isinstance(value, type):
        return value.__name__
    return str(value).replace("typing.", "")


def type_variables(cls: type) -> dict[str, str]:
    """What the type variables of ``cls``'s generic bases stand for (``_ChatStreamT`` -> ``ChatStream``)."""
    bound: dict[str, str] = {}
    for klass in cls.__mro__:
        for base in getattr(klass, "__orig_bases__", ()):
            origin = typing.get_origin(base)
            parameters = getattr(origin, "__parameters__", ())
            for parameter, argument in zip(parameters, typing.get_args(base), strict=False):
                if not isinstance(argument, typing.TypeVar):
                    bound.setdefault(parameter.__name__, _type_text(argument))
    return bound


def _substitute(text: str, function: Callable[..., Any], cls: type | None) -> str:
    """``text`` with the type variables of ``function``'s module replaced by what they mean for ``cls``."""
    if cls is None:
        return text
    bound = type_variables(cls)
    names = getattr(function, "__globals__", {})

    def replace(match: re.Match[str]) -> str:
        name = match.group(0)
        if not isinstance(names.get(name), typing.TypeVar):
            return name
        if name in bound:
            return bound[name]
        return cls.__name__ if names[name].__bound__ is not None else name  # self types

    return re.sub(r"\b_?[A-Za-z]\w*\b", replace, text)


def _constructor(cls: type) -> Callable[..., Any] | None:
    for klass in cls.__mro__:
        if _is_muxi(klass) and "__init__" in vars(klass):
            init: Callable[..., Any] = vars(klass)["__init__"]
            return init
    return None


# --------------------------------------------------------------------------- docstrings to Markdown


def _inline(text: str) -> str:
    def role(match: re.Match[str]) -> str:
        target = match.group(2).strip()
        if target.endswith(">") and "<" in target:  # :class:`title <target>`
            return f"`{target.split('<', 1)[0].strip()}`"
        if target.startswith("~"):
            target = target[1:].rsplit(".", 1)[-1]
        return f"`{target}`"

    text = ROLE.sub(role, text)
    return re.sub(r"``(.+?)``", r"`\1`", text)


def _chunks(doc: str) -> list[tuple[str, str, list[str]]]:
    """(kind, title, lines) chunks of a cleaned docstring: ``para``, ``code`` or ``section``."""
    lines = doc.splitlines()
    result: list[tuple[str, str, list[str]]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        header = SECTION.match(line)
        literal = result and result[-1][0] == "para" and result[-1][2][-1].rstrip().endswith("::")
        if header or (line.startswith(" ") and literal):
            body: list[str] = []
            i += 1 if header else 0
            while i < len(lines) and (not lines[i].strip() or lines[i].startswith(" ")):
                body.append(lines[i])
                i += 1
            while body and not body[-1].strip():
                body.pop()
            if header:
                result.append(("section", header.group(1), body))
            else:
                result.append(("code", "", _dedent(body)))
            continue
        paragraph: list[str] = []
        while i < len(lines) and lines[i].strip() and not SECTION.match(lines[i]):
            paragraph.append(lines[i])
            i += 1
        result.append(("para", "", paragraph))
    return result


def _dedent(lines: list[str]) -> list[str]:
    indent = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
    return [x[indent:] for x in lines]


def _section(title: str, body: list[str]) -> list[str]:
    body = _dedent(body)
    out = [f"**{title}:**", ""]
    if title in ("Returns", "Yields"):
        return [*out, _inline(" ".join(x.strip() for x in body if x.strip())), ""]
    items: list[str] = []
    for line in body:
        if not line.strip():
            continue
        if line.startswith(" ") and items:
            items[-1] += " " + line.strip()
        else:
            items.append(line.strip())
    for item in items:
        match = re.match(r"^(\*{0,2}[A-Za-z_][\w.]*)(\s*\([^)]*\))?:\s+(.*)$", item)
        if match:
            out.append(f"- `{match.group(1)}`{match.group(2) or ''}: {_inline(match.group(3))}")
        else:
            out.append(f"- {_inline(item)}")
    return [*out, ""]


def markdown(doc: str | None, *, summary: bool = False) -> list[str]:
    """Markdown lines for a docstring; ``summary`` keeps the first paragraph and Args/Returns/Raises."""
    if not doc:
        return []
    out: list[str] = []
    for index, (kind, title, lines) in enumerate(_chunks(doc)):
        if summary and not (index == 0 or (kind == "section" and title in SUMMARY_SECTIONS)):
            continue
        if kind == "section":
            out += _section(title, lines)
        elif kind == "code":
            out += ["```python", *lines, "```", ""]
        else:
            text = "\n".join(x.strip() for x in lines)
            if text.endswith("::"):
                text = text[:-2].rstrip() + ":" if text[:-2].rstrip() else ""
            if text:
                out += [_inline(text), ""]
    return out


def _first_line(doc: str | None) -> str:
    chunks = _chunks(doc or "")
    if not chunks or chunks[0][0] != "para":
        return ""
    return _inline(" ".join(x.strip() for x in chunks[0][2]))


# --------------------------------------------------------------------------- rendering


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _link(qualname: str) -> str:
    return f"[`{qualname}`](#{_slug(qualname)})"


def _bases(cls: type, public: dict[type, str]) -> str:
    """The base classes worth naming: public ``muxi`` classes and classes from other packages."""
    names: list[str] = []
    for base in cls.__bases__:
        if base in public:
            names.append(_link(public[base]))
        elif base is object or _is_muxi(base) or base.__module__ == "typing":
            continue
        elif base.__module__ == "builtins":
            names.append(f"`{base.__qualname__}`")
        else:
            names.append(f"`{base.__module__}.{base.__qualname__}`")
    return ", ".join(names)


def _member_head(member: Member, cls: type) -> str:
    if member.kind == "property":
        _, returns = signature(member.function, skip_first=True, cls=cls)
        return f"property {member.name}" + (f": {returns}" if returns else "")
    hide = PER_CALL_OPTIONS if member.generated else ()
    parameters, returns = signature(member.function, skip_first=member.kind != "staticmethod", hide=hide, cls=cls)
    asynchronous = inspect.iscoroutinefunction(member.function) or inspect.isasyncgenfunction(member.function)
    head = ("async def " if asynchronous else "def ") + member.name
    if member.kind != "method":
        head = f"@{member.kind}\n{head}"
    return _call_text(head, parameters, returns)


def _sync_twin(cls: type, public: dict[type, str]) -> type | None:
    """``FormationClient`` for ``AsyncFormationClient``: the documented blocking twin, if any."""
    if not cls.__name__.startswith("Async"):
        return None
    for other, name in public.items():
        if name == public[cls].replace(".Async", ".", 1) and other is not cls:
            return other
    return None


def _same_constructor(cls: type, public: dict[type, str], twin: type | None) -> type | None:
    """A documented class (a base, or the blocking twin) constructed by the same ``__init__``."""
    init = _constructor(cls)
    for other in [*cls.__mro__[1:], twin]:
        if other is not None and other in public and _constructor(other) is init:
            return other
    return None


def _render_class(entry: Entry, public: dict[type, str], out: list[str]) -> None:
    cls = entry.obj
    short = entry.qualname.removeprefix("muxi.")
    out += [f"### `{entry.qualname}`", ""]
    twin = _sync_twin(cls, public)
    like = _same_constructor(cls, public, twin)
    init = _constructor(cls)
    if like is not None:
        out += [f"Constructed like {_link(public[like])}.", ""]
    elif init is not None:
        head = ("exception " if issubclass(cls, BaseException) else "class ") + cls.__name__
        parameters, _ = signature(init, skip_first=True, cls=cls)
        out += ["```python", _call_text(head, parameters, ""), "```", ""]
    bases = _bases(cls, public)
    if bases:
        out += [f"Bases: {bases}", ""]
    out += markdown(inspect.getdoc(cls) if cls.__doc__ else None)
    twin_functions = {m.name: m.function for m in members(twin, set(public))} if twin is not None else {}
    own = [m for m in entry.members if not m.generated and twin_functions.get(m.name) is not m.function]
    shared = [m for m in entry.members if not m.generated and twin_functions.get(m.name) is m.function]
    generated = [m for m in entry.members if m.generated]
    for member in own:
        out += [f"#### `{short}.{member.name}`", "", "```python", _member_head(member, cls), "```", ""]
        out += markdown(member.doc)
    if shared and twin is not None:
        names = ", ".join(f"`{m.name}`" for m in shared)
        out += [
            f"#### Shared with `{public[twin].removeprefix('muxi.')}`",
            "",
            f"{names}: the same code as on {_link(public[twin])}, documented there; on this class, calls "
            "that do I/O return awaitables and streams are asynchronous.",
            "",
        ]
    if generated:
        source = f"openapi/{'server' if 'Server' in cls.__name__ else 'formation'}.yaml"
        out += [f"#### Operations of `{short}`", ""]
        note = (
            f"One method per operation of `{source}` (generated in `muxi_generated.methods`). Each "
            f"also takes the keyword-only per-call options {', '.join(f'`{o}`' for o in PER_CALL_OPTIONS)}, "
            "left out of the signatures below. Result types `fm.X` / `sm.X` are the generated models of "
            "`muxi_generated.formation.models` / `muxi_generated.server.models`."
        )
        if twin is not None:
            note += (
                f" The same operations, with the same arguments and results, as {_link(public[twin])}; "
                "here each one is a coroutine (`await` it)."
            )
        out += [note, ""]
        for member in generated:
            if twin is not None:
                parameters, _ = signature(member.function, skip_first=True, annotations=False, hide=PER_CALL_OPTIONS)
                out.append(f"- `{member.name}({', '.join(parameters)})`: {_first_line(member.doc)}")
            else:
                out += [f"##### `{short}.{member.name}`", "", "```python", _member_head(member, cls), "```", ""]
                out += markdown(member.doc, summary=True)
        out.append("")


def _render_entry(entry: Entry, public: dict[type, str], out: list[str]) -> None:
    obj = entry.obj
    if inspect.ismodule(obj):
        out += markdown(inspect.getdoc(obj))
    elif is_alias(obj):
        out += [f"### `{entry.qualname}`", "", "```python", f"{entry.name} = {_alias_text(obj)}", "```", ""]
        out += markdown(entry.doc)
    elif inspect.isclass(obj):
        _render_class(entry, public, out)
    elif callable(obj):
        out += [f"### `{entry.qualname}`", ""]
        parameters, returns = signature(obj, skip_first=False)
        out += ["```python", _call_text(f"def {entry.name}", parameters, returns), "```", ""]
        out += markdown(inspect.getdoc(obj))
    else:
        out += [f"### `{entry.qualname}`", ""]
        value = "" if entry.name == "__version__" else f" = {obj!r}"
        described = "The installed version of the package." if entry.name == "__version__" else "A constant."
        out += ["```python", f"{entry.name}: {type(obj).__name__}{value}", "```", "", described, ""]


def _alias_text(obj: object) -> str:
    """A type alias as its source would spell it: ``StreamEvent[Literal['log'], LogEvent] | ...``."""
    text = str(obj).replace("typing.", "").replace("collections.abc.", "")
    text = re.sub(r"ForwardRef\('(\w+)'\)", r"\1", text)
    text = re.sub(r"\b(?:muxi|muxi_generated)(?:\.\w+)*\.(\w+)", r"\1", text)
    if text.startswith("Union[") and text.endswith("]"):
        text = " | ".join(part.strip() for part in _split_top(text[len("Union[") : -1]))
    return text


def _split_top(text: str) -> list[str]:
    """``a, b[c, d], e`` split at the commas outside brackets."""
    parts: list[str] = []
    depth, start = 0, 0
    for index, char in enumerate(text):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(text[start:index])
            start = index + 1
    return [*parts, text[start:]]


def _hierarchy(entries: list[Entry]) -> list[str]:
    documented = {e.obj: e for e in entries}
    lines: list[str] = []
    for entry in entries:
        depth = 0
        parent = _parent(entry.obj, documented)
        while parent is not None:
            depth += 1
            parent = _parent(parent, documented)
        lines.append(f"{'  ' * depth}- `{entry.name}`: {_first_line(entry.doc)}")
    return [*lines, ""]


def render(muxi: ModuleType) -> str:
    sections = surface(muxi)
    public = {e.obj: e.qualname for _, entries in sections for e in entries if inspect.isclass(e.obj)}
    out = [
        "<!-- Generated by scripts/apiref.py from the docstrings: do not edit. Run `make docs`. -->",
        "",
        "# muxi-client API reference",
        "",
        "Every public name of the `muxi` package, `muxi.webhook` and `muxi.testing`, generated from",
        "the docstrings (`make docs`; CI runs `make check-docs`). The user guide is",
        "[docs/guide.md](guide.md).",
        "",
    ]
    out += markdown(inspect.getdoc(muxi))
    out += ["## Contents", ""]
    for title, entries in sections:
        out.append(f"- [{title}](#{_slug(title)})")
        for entry in entries:
            if not inspect.ismodule(entry.obj):
                out.append(f"  - [`{entry.qualname}`](#{_slug(entry.qualname)})")
    out.append("")
    for title, entries in sections:
        out += [f"## {title}", ""]
        if title == GROUPS[".errors"]:
            out += _hierarchy(entries)
        for entry in entries:
            _render_entry(entry, public, out)
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"
    return text


# --------------------------------------------------------------------------- checks


def _field_names(klass: type) -> set[str]:
    """The field names of a dataclass (empty for any other class)."""
    return {f.name for f in dataclasses.fields(klass)} if dataclasses.is_dataclass(klass) else set()


def _instance_attribute(cls: type, name: str) -> bool:
    """``name`` is an attribute instances of ``cls`` have (annotated, a slot, a field, or set in code)."""
    for klass in cls.__mro__:
        if name in getattr(klass, "__annotations__", {}) or name in getattr(klass, "__slots__", ()):
            return True
        if name in _field_names(klass):
            return True
        try:
            source = inspect.getsource(klass)
        except (OSError, TypeError):
            continue
        if re.search(rf"\bself\.{re.escape(name)}\s*[:=]", source):
            return True
    return False


def _walk(scope: Any, parts: list[str]) -> bool:
    obj = scope
    for index, part in enumerate(parts):
        if not part.isidentifier():
            return False
        try:
            obj = getattr(obj, part)
            continue
        except AttributeError:
            pass
        except Exception:  # a lazy attribute that fails to load is not there
            return False
        if inspect.ismodule(obj):
            try:
                obj = importlib.import_module(f"{obj.__name__}.{part}")
                continue
            except ImportError:
                return False
        if inspect.isclass(obj) and index == len(parts) - 1:
            return _instance_attribute(obj, part)
        return False
    return True


def resolves(target: str, *, module: ModuleType | None, cls: type | None, muxi: ModuleType) -> bool:
    """Whether a cross reference names a real object (see the module docstring for the rule)."""
    target = target.strip()
    if target.endswith(">") and "<" in target:
        target = target[target.index("<") + 1 : -1]
    target = target.lstrip("~").removesuffix("()")
    parts = target.split(".")
    scopes = [s for s in (cls, module, muxi, builtins) if s is not None]
    if any(_walk(scope, parts) for scope in scopes):
        return True
    for cut in range(len(parts), 0, -1):
        name = ".".join(parts[:cut])
        try:
            found = importlib.import_module(name)
        except ImportError:
            continue
        except Exception:
            return False
        return _walk(found, parts[cut:])
    return False


def _docstrings(muxi: ModuleType, problems: list[str]) -> Iterator[tuple[str, str, ModuleType, type | None]]:
    """(where, docstring, module, class) for every docstring of the ``muxi`` package and of the
    generated methods its clients inherit."""
    modules = [muxi]
    for info in sorted(pkgutil.walk_packages(muxi.__path__, "muxi."), key=lambda i: i.name):
        try:
            modules.append(importlib.import_module(info.name))
        except Exception as exc:
            problems.append(f"{info.name}: cannot be imported ({type(exc).__name__}: {exc})")
    modules.append(importlib.import_module("muxi_generated.methods"))
    for module in modules:
        if module.__doc__:
            yield module.__name__, module.__doc__, module, None
        for name, obj in vars(module).items():
            if getattr(obj, "__module__", None) != module.__name__:
                continue
            if inspect.isclass(obj):
                if obj.__doc__:
                    yield f"{module.__name__}.{name}", obj.__doc__, module, obj
                for member_name, value in list(vars(obj).items()):  # resolving may add __annotations__
                    found = _function_of(value)
                    if found is not None and found[1].__doc__:
                        yield f"{module.__name__}.{name}.{member_name}", found[1].__doc__, module, obj
            elif inspect.isfunction(obj) and obj.__doc__:
                yield f"{module.__name__}.{name}", obj.__doc__, module, None


def check_docstrings(muxi: ModuleType) -> list[str]:
    """Missing docstrings on the public surface, and cross references that do not resolve."""
    problems: list[str] = []
    for _, entries in surface(muxi):
        for entry in entries:
            obj = entry.obj
            if is_alias(obj):
                if not entry.doc:
                    problems.append(f"{entry.qualname}: no docstring (a string statement under the alias)")
            elif (inspect.isclass(obj) or inspect.ismodule(obj) or callable(obj)) and not (obj.__doc__ or "").strip():
                problems.append(f"{entry.qualname}: no docstring")
            for member in entry.members:
                if not member.doc:
                    where = f"{member.owner.__module__}.{member.owner.__qualname__}.{member.name}"
                    problems.append(f"{entry.qualname}.{member.name}: no docstring (defined in {where})")
    for where, doc, module, cls in _docstrings(muxi, problems):
        for match in ROLE.finditer(doc):
            if not resolves(match.group(2), module=module, cls=cls, muxi=muxi):
                problems.append(f"{where}: {match.group(0)} does not resolve")
    return problems


def _code_spans(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, content) of the inline code spans of a Markdown file, outside fenced blocks."""
    fenced = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced:
            continue
        for match in re.finditer(r"(?<!`)`([^`\n]+)`(?!`)", line):
            yield number, match.group(1)


def check_markdown(muxi: ModuleType, files: tuple[str, ...] = DOC_FILES) -> list[str]:
    """Backticked ``muxi.`` names and ``PublicClass.member`` references that do not resolve."""
    classes: dict[str, str] = {}
    for name in muxi.__all__:
        if inspect.isclass(getattr(muxi, name, None)):
            classes[name] = f"muxi.{name}"
    for module_name in SUBMODULES:
        module = getattr(muxi, module_name)
        for name in getattr(module, "__all__", []):
            if inspect.isclass(getattr(module, name, None)):
                classes.setdefault(name, f"muxi.{module_name}.{name}")
    problems: list[str] = []
    for relative in files:
        path = ROOT / relative
        if not path.is_file():
            problems.append(f"{relative}: missing")
            continue
        for number, span in _code_spans(path):
            dotted = re.match(r"^(muxi(?:\.\w+)+)(?=$|[(\[ ])", span)
            if dotted:
                target = dotted.group(1)
            else:
                member = re.match(r"^([A-Z]\w*)((?:\.\w+)+)(?=$|\()", span)
                if not member or member.group(1) not in classes:
                    continue
                target = classes[member.group(1)] + member.group(2)
            if not resolves(target, module=None, cls=None, muxi=muxi):
                problems.append(f"{relative}:{number}: `{span}` does not resolve ({target})")
    return problems


def check(muxi: ModuleType | None = None) -> list[str]:
    """Every problem ``--check`` reports (an empty list when the docs are in order)."""
    muxi = muxi or _import_muxi()
    problems = check_docstrings(muxi) + check_markdown(muxi)
    expected = render(muxi)
    current = API_MD.read_text(encoding="utf-8") if API_MD.is_file() else ""
    if current != expected:
        diff = list(
            difflib.unified_diff(
                current.splitlines(), expected.splitlines(), "docs/api.md", "docs/api.md (expected)", lineterm="", n=1
            )
        )
        shown = "\n".join("    " + line for line in diff[:40])
        more = f"\n    ... {len(diff) - 40} more diff lines" if len(diff) > 40 else ""
        problems.append(
            "docs/api.md is stale: regenerate it with `make docs` (python scripts/apiref.py)\n" + shown + more
        )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail if docs/api.md is stale or a reference is broken")
    args = parser.parse_args(argv)
    muxi = _import_muxi()
    if not args.check:
        API_MD.parent.mkdir(parents=True, exist_ok=True)
        API_MD.write_text(render(muxi), encoding="utf-8")
        print(f"wrote {API_MD.relative_to(ROOT)}")
        return 0
    problems = check(muxi)
    for problem in problems:
        print(f"apiref: {problem}", file=sys.stderr)
    if problems:
        print(f"apiref --check: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("apiref --check: docs/api.md is up to date; docstrings and references resolve")
    return 0


if __name__ == "__main__":
    sys.exit(main())
