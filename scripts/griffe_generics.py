"""A griffe extension for ``mkdocs build``: inherited generic methods show each class's concrete types.

The sync and async clients share methods written once in generic bases, e.g.
``FormationStreams.stream_logs(...) -> _LogEventsT``, typed per client by the base's type
arguments (``FormationClient(FormationStreams[..., Stream[FormationLogEvent], ...], ...)``). A type
checker substitutes them; griffe renders the inherited member as written, type variable and all.
This extension does what the type checker does, for the site only: in every public class of
the package, each public method it inherits whose signature names a type variable of one of its
generic ancestors, or the type variable of ``self`` (``with_options(...) -> _Self``), becomes a
member of that class, with the same docstring and labels, listed where the inherited member was
(the page order is unchanged), and the type variables replaced by the class's type arguments:
``FormationClient.stream_logs(...) -> Stream[FormationLogEvent]``,
``AsyncFormationClient.stream_logs(...) -> AsyncStream[FormationLogEvent]``,
``ServerClient.with_options(...) -> ServerClient``. Overloads are specialised the same way.

Type variables are matched by where they are defined (their canonical path), not by their name.
mkdocs.yml loads this file before ``scripts/griffe_roles.py``, which then rewrites the copied
docstrings against the class that shows them. A docstring of a member that is not copied (say
``SyncClient.close``) can no longer link to a copied one by its short name (the generic original
is rendered nowhere): ``mkdocs build --strict`` reports it; name the method in plain code there.
"""

from __future__ import annotations

import ast
import dataclasses
from typing import Any, cast

import griffe

EXTRA = "griffe_generics"
"""The key of a copy's ``extra`` data, where ``origin`` is the function it copies."""

TypeMap = dict[str, "str | griffe.Expr"]
"""Canonical path of a type variable -> the expression it stands for."""


def _canonical(name: griffe.ExprName) -> str | None:
    try:
        return name.canonical_path
    except (griffe.NameResolutionError, griffe.AliasResolutionError, griffe.CyclicAliasError, KeyError):
        return None


def substitute(value: Any, types: TypeMap) -> Any:
    """``value`` (an expression, a list of them, a string...) with the type variables of ``types`` replaced.

    The value itself is returned when nothing in it changes.
    """
    if isinstance(value, griffe.ExprName):
        path = _canonical(value)
        return types.get(path, value) if path is not None else value
    if isinstance(value, griffe.Expr):
        changes = {}
        for field in dataclasses.fields(value):
            if not field.init:
                continue
            old = getattr(value, field.name)
            new = substitute(old, types)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, list):
        items = cast("list[object]", value)
        new_items = [substitute(item, types) for item in items]
        return new_items if any(a is not b for a, b in zip(new_items, items, strict=True)) else items
    return value


def _target(obj: griffe.Object | griffe.Alias) -> griffe.Object | None:
    try:
        return obj.final_target if isinstance(obj, griffe.Alias) else obj
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None  # a base class of another, unloaded package


def _arguments(subscript: griffe.ExprSubscript) -> list[str | griffe.Expr]:
    index = subscript.slice
    return list(index.elements) if isinstance(index, griffe.ExprTuple) else [index]


def _is_generic(name: str | griffe.Expr) -> bool:
    return isinstance(name, griffe.ExprName) and _canonical(name) in ("typing.Generic", "Generic")


def _is_type_variable(name: str | griffe.Expr) -> str | None:
    """The canonical path of ``name`` when it is a module's ``X = TypeVar("X")``, else None."""
    if not isinstance(name, griffe.ExprName) or (path := _canonical(name)) is None:
        return None
    try:
        target = _target(name.parent.modules_collection[path]) if isinstance(name.parent, griffe.Object) else None
    except (KeyError, ValueError):
        return None
    value = str(target.value) if isinstance(target, griffe.Attribute) and target.value is not None else ""
    return path if value.startswith(("TypeVar(", "typing.TypeVar(")) else None


def _parameters(cls: griffe.Class) -> list[str]:
    """The canonical paths of the type variables ``cls`` declares.

    Those of its ``Generic[...]`` base; without one, as Python does, the type variables its
    subscripted bases name, in order (``_ServerCore(BaseClient[Any], ServerSurface[_ProgressT, ...])``).
    """
    for base in cls.bases:
        if isinstance(base, griffe.ExprSubscript) and _is_generic(base.left):
            names = _arguments(base)
            return [path for name in names if isinstance(name, griffe.ExprName) and (path := _canonical(name))]
    found: list[str] = []
    for base in cls.bases:
        if isinstance(base, griffe.ExprSubscript):
            for argument in _arguments(base):
                path = _is_type_variable(argument)
                if path is not None and path not in found:
                    found.append(path)
    return found


def _base_expression(base: str | griffe.Expr, cls: griffe.Class) -> str | griffe.Expr:
    """The base, its quoted type arguments (``CreateCompletion["Completion", ...]``) parsed as expressions."""
    if not isinstance(base, griffe.ExprSubscript) or cls.parent is None:
        return base
    node = ast.parse(str(base), mode="eval").body
    return griffe.safe_get_annotation(node, cls.parent, parse_strings=True) or base


def type_map(cls: griffe.Class, types: TypeMap | None = None, seen: set[str] | None = None) -> TypeMap:
    """Every type variable of ``cls``'s generic ancestors -> what ``cls`` makes of it."""
    types = {} if types is None else types
    seen = set() if seen is None else seen
    if cls.path in seen:
        return types
    seen.add(cls.path)
    for raw in cls.bases:
        base = _base_expression(raw, cls)
        left = base.left if isinstance(base, griffe.ExprSubscript) else base
        if not isinstance(left, griffe.ExprName) or _is_generic(left):
            continue
        try:
            found = cls.modules_collection[left.canonical_path]
        except (KeyError, ValueError, griffe.AliasResolutionError, griffe.CyclicAliasError):
            continue
        parent = _target(found)
        if not isinstance(parent, griffe.Class):
            continue
        if isinstance(base, griffe.ExprSubscript):
            parameters = _parameters(parent)
            arguments = [substitute(argument, types) for argument in _arguments(base)]
            if len(parameters) == len(arguments):
                types.update(zip(parameters, arguments, strict=True))
        type_map(parent, types, seen)
    return types


def _copy_docstring(docstring: griffe.Docstring | None, parent: griffe.Object) -> griffe.Docstring | None:
    if docstring is None:
        return None
    return griffe.Docstring(
        docstring.value,
        lineno=docstring.lineno,
        endlineno=docstring.endlineno,
        parent=parent,
        parser=docstring.parser,
        parser_options=docstring.parser_options,
    )


def specialize(function: griffe.Function, types: TypeMap, owner: griffe.Class) -> griffe.Function | None:
    """A copy of ``function`` for ``owner`` with the type variables of ``types`` replaced; None when none occurs.

    A type variable that annotates ``self`` (``def with_options(self: _Self, ...) -> _Self``) stands
    for ``owner``; ``self`` keeps it, so that a subclass specialises the method again.
    """
    first: griffe.Parameter | None = next(iter(function.parameters), None)
    if first is not None and first.name == "self" and isinstance(first.annotation, griffe.ExprName):
        path = _canonical(first.annotation)
        if path is not None:
            types = {**types, path: griffe.ExprName(owner.name, parent=owner.parent)}
    parameters = [
        griffe.Parameter(
            parameter.name,
            annotation=parameter.annotation
            if index == 0 and parameter.name == "self"
            else substitute(parameter.annotation, types),
            kind=parameter.kind,
            default=parameter.default,
            docstring=parameter.docstring,
        )
        for index, parameter in enumerate(function.parameters)
    ]
    returns = substitute(function.returns, types)
    overloads = [specialize(overload, types, owner) or overload for overload in function.overloads or ()]
    changed = returns is not function.returns or any(
        new.annotation is not old.annotation for new, old in zip(parameters, function.parameters, strict=True)
    )
    if not changed and all(new is old for new, old in zip(overloads, function.overloads or (), strict=True)):
        return None
    copy = griffe.Function(
        function.name,
        lineno=function.lineno,
        endlineno=function.endlineno,
        parameters=griffe.Parameters(*parameters),
        returns=returns,
        decorators=function.decorators,
        runtime=function.runtime,
    )
    copy.docstring = _copy_docstring(function.docstring, copy)
    copy.labels = set(function.labels)
    copy.overloads = overloads or None
    copy.extra[EXTRA]["origin"] = function
    return copy


def specialize_class(cls: griffe.Class) -> list[str]:
    """Give ``cls`` its own concretely typed copy of each inherited generic public method; their names."""
    types = type_map(cls)
    done: list[str] = []
    for name, member in cls.all_members.items():
        if name.startswith("_") or name in cls.members:
            continue
        function = _target(member)
        if not isinstance(function, griffe.Function):
            continue
        function = function.extra[EXTRA].get("origin", function)  # a base's copy: specialised from what it copies
        copy = specialize(function, types, cls)
        if copy is None:
            continue
        cls.set_member(name, copy)
        for overload in copy.overloads or ():
            overload.parent = cls  # a method: its signature leaves out ``self``
        if copy.overloads:
            cls.overloads[name] = copy.overloads
        done.append(name)
    # The copies first: the page lists them where it listed the inherited members, before the class's own.
    members = dict(cls.members)
    cls.members.clear()
    cls.members.update({name: members[name] for name in done})
    cls.members.update({name: member for name, member in members.items() if name not in done})
    return done


def public_classes(module: griffe.Module, found: dict[str, griffe.Class] | None = None) -> dict[str, griffe.Class]:
    """The classes a public name of ``module`` or of its public submodules stands for, by their path.

    Those are the classes the site documents; private ones (``FormationStreams``, ``SyncClient``)
    keep their members as written, so that references to them resolve as before.
    """
    found = {} if found is None else found
    for name, member in module.members.items():
        if name.startswith("_"):
            continue
        target = _target(member)
        if isinstance(target, griffe.Class):
            found.setdefault(target.path, target)
        elif isinstance(target, griffe.Module) and not isinstance(member, griffe.Alias):
            public_classes(target, found)
    return found


class ConcreteGenerics(griffe.Extension):
    """Specialises the inherited generic methods of a package's public classes (see the module docstring)."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Every public class of the package, once all its modules are loaded."""
        for cls in public_classes(pkg).values():
            specialize_class(cls)
