"""The API reference shows each client's concrete types for the methods shared through generic bases.

``scripts/griffe_generics.py`` (a griffe extension of mkdocs.yml) substitutes the type arguments
of ``FormationStreams[...]``, ``CreateCompletion[...]`` and ``_ServerCore[...]``; these tests load
the package as the site build does and read the signatures it would render.
"""

from __future__ import annotations

import sys
from pathlib import Path

import griffe
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import griffe_generics  # noqa: E402
import griffe_roles  # noqa: E402

CLIENTS = ("FormationClient", "AsyncFormationClient", "ServerClient", "AsyncServerClient")


@pytest.fixture(scope="module")
def muxi() -> griffe.Module:
    """The package loaded with the extensions of mkdocs.yml, in its order."""
    loader = griffe.GriffeLoader(
        search_paths=[str(ROOT / "src"), str(ROOT / "generated")],
        extensions=griffe.load_extensions(griffe_generics.ConcreteGenerics(), griffe_roles.SphinxRoles()),
    )
    loader.load("muxi_generated")
    package = loader.load("muxi")
    loader.resolve_aliases(external=False, implicit=False)
    assert isinstance(package, griffe.Module)
    return package


def _method(muxi: griffe.Module, client: str, name: str) -> griffe.Function:
    member = muxi[client].final_target.all_members[name]
    target = member.final_target if isinstance(member, griffe.Alias) else member
    assert isinstance(target, griffe.Function)
    return target


@pytest.mark.parametrize(
    ("client", "method", "returns"),
    [
        ("FormationClient", "stream_logs", "Stream[FormationLogEvent]"),
        ("AsyncFormationClient", "stream_logs", "AsyncStream[FormationLogEvent]"),
        ("FormationClient", "chat_stream", "ChatStream"),
        ("AsyncFormationClient", "chat_stream", "AsyncChatStream"),
        ("FormationClient", "stream_request", "Stream[RequestEvent]"),
        ("FormationClient", "iter_artifact_content", "Iterator[bytes]"),
        ("AsyncFormationClient", "iter_artifact_content", "AsyncIterator[bytes]"),
        ("FormationClient", "download_artifact", "Path"),
        ("AsyncFormationClient", "download_artifact", "Coroutine[Any, Any, Path]"),
        ("FormationClient", "create_completion", "Completion | CompletionStream"),
        ("AsyncFormationClient", "create_completion", "Awaitable[Completion] | AsyncCompletionStream"),
        ("ServerClient", "deploy_formation_stream", "Stream[DeployEvent]"),
        ("AsyncServerClient", "stream_formation_logs", "AsyncStream[LogTailEvent]"),
        ("ServerClient", "deploy", "DeployResult"),
        ("AsyncServerClient", "update_formation", "Coroutine[Any, Any, UpdateResult]"),
        ("FormationClient", "with_options", "FormationClient"),
        ("AsyncFormationClient", "with_options", "AsyncFormationClient"),
        ("ServerClient", "with_options", "ServerClient"),
        ("AsyncServerClient", "with_options", "AsyncServerClient"),
        ("Formation", "with_options", "Formation"),
        ("AsyncFormation", "stream_events", "AsyncStream[FormationEvent]"),
    ],
)
def test_shared_methods_show_the_clients_types(muxi: griffe.Module, client: str, method: str, returns: str) -> None:
    function = _method(muxi, client, method)
    assert str(function.returns) == returns
    assert function.parent is not None and function.parent.name == client
    assert function.docstring is not None and function.docstring.value  # the shared docstring, kept


def test_overloads_are_specialised_as_methods(muxi: griffe.Module) -> None:
    overloads = _method(muxi, "AsyncFormationClient", "create_completion").overloads or []
    assert [str(o.returns) for o in overloads] == ["Awaitable[Completion]", "AsyncCompletionStream"]
    assert all(o.parent is not None and o.parent.name == "AsyncFormationClient" for o in overloads)


def _type_variables(muxi: griffe.Module, annotation: str | griffe.Expr | None) -> list[str]:
    """The names in ``annotation`` that stand for a ``TypeVar(...)`` of the package."""
    if not isinstance(annotation, griffe.Expr):
        return []
    found: list[str] = []
    for part in annotation.iterate(flat=True):
        if not isinstance(part, griffe.ExprName):
            continue
        try:
            target = muxi.modules_collection[part.canonical_path]
        except (KeyError, griffe.NameResolutionError, griffe.AliasResolutionError):
            continue
        if isinstance(target, griffe.Attribute) and str(target.value).startswith("TypeVar("):
            found.append(part.name)
    return found


def test_no_public_signature_names_a_type_variable(muxi: griffe.Module) -> None:
    checked = 0
    for client in CLIENTS:
        cls = muxi[client].final_target
        for name, member in cls.all_members.items():
            target = member.final_target if isinstance(member, griffe.Alias) else member
            if name.startswith("_") or not isinstance(target, griffe.Function):
                continue
            annotations = [target.returns, *(p.annotation for p in target.parameters if p.name != "self")]
            for overload in target.overloads or ():
                annotations += [overload.returns, *(p.annotation for p in overload.parameters if p.name != "self")]
            assert not [v for a in annotations for v in _type_variables(muxi, a)], f"{client}.{name}"
            checked += 1
    assert checked > 100


def test_the_check_sees_type_variables(muxi: griffe.Module) -> None:
    streams = muxi["_formation.client.FormationStreams"]
    assert _type_variables(muxi, streams.members["stream_logs"].returns) == ["_LogEventsT"]


def test_page_order_is_kept(muxi: griffe.Module) -> None:
    """The specialised copies stand where the inherited members stood, before the class's own methods."""
    names = [name for name in muxi["FormationClient"].final_target.all_members if not name.startswith("_")]
    assert names.index("create_completion") < names.index("chat_stream") < names.index("chat")
    assert names.index("warm") < names.index("chat_stream")
