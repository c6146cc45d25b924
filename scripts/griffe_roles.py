"""A griffe extension for ``mkdocs build``: Sphinx cross-reference roles in docstrings become links.

The ``muxi`` docstrings name other objects the Sphinx way (``:class:`~muxi.StreamError```,
``:meth:`FormationClient.chat```, ``:func:`verify_signature```); mkdocstrings renders Markdown,
where a cross reference is ``[text][identifier]``. This extension rewrites each role, once the
packages are loaded, into an autorefs link to the object it names, so a reference to a name that
does not exist fails ``mkdocs build --strict``:

- a name resolves against the class of the docstring (its inherited members included), then its
  module, then the ``muxi`` package, then as an absolute path (``muxi.errors.NotFoundError``);
- ``~`` keeps only the last part as the link text (``~muxi.StreamError`` reads ``StreamError``);
  ``:class:`title <target>``` reads ``title``;
- names of other packages (``httpx.Timeout``, ``time.time``) and builtins (``TypeError``) stay
  code, unlinked: the build is offline, so it loads no external inventory; so do private names
  that resolve (``muxi._inputs``), which the site does not document;
- a name that resolves nowhere is left as a link to the name as written, which autorefs reports.

reST literal blocks (a paragraph ending in ``::``) become fenced code blocks, so the docstrings
read the same in an editor, in ``help()`` and on the site. mkdocs.yml loads this file with
``extensions: [scripts/griffe_roles.py]``.
"""

from __future__ import annotations

import builtins
import importlib.util
import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:py:)?(class|meth|func|exc|attr|mod|obj|data|const):`([^`]+)`")
OURS = ("muxi", "muxi_generated")


def _member(obj: griffe.Object | griffe.Alias, name: str) -> griffe.Object | griffe.Alias | None:
    """``obj``'s member ``name``, inherited members of a class included."""
    try:
        found = obj.all_members.get(name) if obj.is_class else obj.members.get(name)
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None
    return found


def _walk(scope: griffe.Object | griffe.Alias, parts: list[str]) -> griffe.Object | griffe.Alias | None:
    current: griffe.Object | griffe.Alias | None = scope
    for part in parts:
        if current is None:
            return None
        current = _member(current, part)
    return current


def _identifier(found: griffe.Object | griffe.Alias, via: str) -> str | None:
    """The path autorefs knows ``found`` by, or None when it lives outside the documented packages.

    ``via`` is the path the reference was found at; a public one (``muxi.FormationClient.chat``) is
    what the site renders, so it is kept; a private one gives way to where the object is defined
    (autorefs knows each rendered object by that canonical path too).
    """
    try:
        path = found.final_target.path if isinstance(found, griffe.Alias) else found.path
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None  # an alias to another package (``httpx.Client`` imported into a module)
    if path.split(".")[0] not in OURS:
        return None
    return path if _private(via) else via


def _private(target: str) -> bool:
    return any(part.startswith("_") and not part.startswith("__") for part in target.split("."))


def resolve(target: str, context: griffe.Object) -> tuple[str | None, bool]:
    """(identifier, plain) for a role's target seen from ``context``'s docstring.

    ``plain`` means: show the name as code, without a link (another package, a builtin, or a
    private name of ours). An identifier of None that is not plain is a broken reference.
    """
    parts = target.split(".")
    if len(parts) == 1 and hasattr(builtins, parts[0]):
        return None, True
    scopes: list[griffe.Object] = []
    klass = context if context.is_class else context.parent if context.parent and context.parent.is_class else None
    if klass is not None:
        scopes.append(klass)
    module = context if context.is_module else context.module
    scopes.append(module)
    collection = context.modules_collection
    if "muxi" in collection.members:
        scopes.append(collection["muxi"])
    for scope in scopes:
        found = _walk(scope, parts)
        if found is not None:
            identifier = _identifier(found, f"{scope.path}.{target}")
            return identifier, identifier is None or _private(target)
    for cut in range(len(parts), 0, -1):
        try:
            found = collection[".".join(parts[:cut])]
        except (KeyError, ValueError, griffe.AliasResolutionError):
            continue
        rest = _walk(found, parts[cut:]) if cut < len(parts) else found
        if rest is not None:
            identifier = _identifier(rest, target)
            return identifier, identifier is None or _private(target)
        break
    if len(parts) > 1:  # another package's name (``time.time``), unless it claims to be ours
        return None, parts[0] not in OURS
    return None, importlib.util.find_spec(parts[0]) is not None  # a module (``json``), else broken


def convert(text: str, context: griffe.Object, broken: list[str] | None = None) -> str:
    """``text`` with its roles as autorefs links and its reST literal blocks fenced.

    A role that resolves nowhere is appended to ``broken`` (``"muxi.x.y: :meth:`nope`"``).
    """

    def role(match: re.Match[str]) -> str:
        raw = match.group(2).strip()
        title = None
        if raw.endswith(">") and "<" in raw:
            title, raw = raw[: raw.index("<")].strip(), raw[raw.index("<") + 1 : -1]
        short = raw.startswith("~")
        target = raw.lstrip("~").removesuffix("()")
        shown = title or (target.rsplit(".", 1)[-1] if short else target)
        if match.group(1) in ("meth", "func") and not shown.endswith("()"):
            shown += "()"
        identifier, plain = resolve(target, context)
        if plain:
            return f"`{shown}`"
        if identifier is None and broken is not None:
            broken.append(f"{context.path}: {match.group(0)}")
        return f"[`{shown}`][{identifier or target}]"

    return _fence_literals(ROLE.sub(role, text))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _fence_literals(text: str) -> str:
    """reST ``Paragraph::`` + indented block -> ``Paragraph:`` + a fenced Python block."""
    lines = text.splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        out.append(line)
        index += 1
        if not line.rstrip().endswith("::") or line.lstrip().startswith((">>>", "`")):
            continue
        stripped = line.rstrip()[:-2].rstrip()
        out[-1] = stripped + ":" if stripped else ""
        indent = _indent(line)
        block: list[str] = []
        while index < len(lines) and (not lines[index].strip() or _indent(lines[index]) > indent):
            block.append(lines[index])
            index += 1
        while block and not block[-1].strip():
            block.pop()
        while block and not block[0].strip():
            block.pop(0)
        if not block:
            continue
        margin = min(_indent(x) for x in block if x.strip())
        pad = " " * indent
        out += ["", f"{pad}```python", *[f"{pad}{x[margin:]}" if x.strip() else "" for x in block], f"{pad}```", ""]
    return "\n".join(out)


class SphinxRoles(griffe.Extension):
    """Rewrites the docstrings of a loaded package (see the module docstring)."""

    def __init__(self) -> None:
        """Start with no broken reference."""
        super().__init__()
        self.broken: list[str] = []
        """The roles that resolved nowhere, as ``"<object path>: <role>"``."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Every docstring of the package, once all its modules are loaded."""
        self._rewrite(pkg, set())

    def _rewrite(self, obj: griffe.Object, seen: set[str]) -> None:
        if obj.path in seen:
            return
        seen.add(obj.path)
        if obj.docstring is not None:
            obj.docstring.value = convert(obj.docstring.value, obj, self.broken)
        for member in obj.members.values():
            if not isinstance(member, griffe.Alias):
                self._rewrite(member, seen)
