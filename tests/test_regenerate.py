"""scripts/regenerate.py: drift detection, readable spec errors and the typing rules, on a temporary copy.

Regeneration is slow (~8 s), so the module runs it for real only twice: once for the committed
specs (``fresh``, shared by every test that needs generated output) and once for a changed spec.
The ``--check`` logic is exercised with ``generate`` replaced by a copy of that real output, and
the spec rules on the parsed server spec (small and quick to validate).
"""

from __future__ import annotations

import ast
import copy
import re
import runpy
import shutil
import subprocess
import sys
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import regenerate  # noqa: E402

SERVER = "openapi/server.yaml"
FORMATION = "openapi/formation.yaml"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy_ = tmp_path_factory.mktemp("project")
    for name in ("openapi", "scripts", "generated"):
        shutil.copytree(ROOT / name, copy_ / name, ignore=shutil.ignore_patterns("__pycache__"))
    return copy_


@dataclass
class Fresh:
    tree: Path  # what the committed specs generate (contains muxi_generated/)
    stdout: str
    stderr: str


@pytest.fixture(scope="module")
def fresh(project: Path, tmp_path_factory: pytest.TempPathFactory) -> Fresh:
    """One real regeneration (validation, generator, ruff) of the committed specs."""
    tree = tmp_path_factory.mktemp("fresh") / "generated"
    done = run(project, "--output", str(tree))
    assert done.returncode == 0, done.stderr
    return Fresh(tree, done.stdout, done.stderr)


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(project / "scripts" / "regenerate.py"), "--root", str(project), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@contextmanager
def edited(path: Path, edit: Callable[[str], str]) -> Generator[None, None, None]:
    original = path.read_text()
    changed = edit(original)
    assert changed != original, f"the edit did not apply to {path}"
    path.write_text(changed)
    try:
        yield
    finally:
        path.write_text(original)


def problem_lines(stderr: str) -> list[str]:
    """The problem lines under ``invalid spec (N problems):`` (warnings of waived problems left out)."""
    lines = stderr.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("invalid spec ("))
    return lines[header + 1 :]


def add_route(text: str, route: str) -> str:
    return text.replace("\npaths:\n", "\npaths:\n" + route, 1)


def add_schemas(text: str, schemas: str) -> str:
    anchor = "\n  schemas:\n"
    at = text.index(anchor, text.index("\ncomponents:")) + len(anchor)
    return text[:at] + schemas + text[at:]


# --------------------------------------------------------------------------- drift (--check)


@pytest.fixture
def stubbed(monkeypatch: pytest.MonkeyPatch, fresh: Fresh) -> None:
    """``main`` with the real output of the committed specs instead of a new generation."""

    def validate(root: Path) -> bool:
        return True

    def generate(root: Path, destination: Path) -> Path:
        return shutil.copytree(fresh.tree, destination)

    monkeypatch.setattr(regenerate, "validate", validate)
    monkeypatch.setattr(regenerate, "generate", generate)


def test_committed_output_is_what_the_specs_produce(project: Path, fresh: Fresh) -> None:
    """Same input gives byte-identical output: a fresh generation equals the committed tree."""
    assert "regenerated" in fresh.stdout
    assert regenerate.compare(fresh.tree, project / "generated") == []


@pytest.mark.usefixtures("stubbed")
def test_check_passes_and_regenerate_writes_what_check_expects(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert regenerate.main(["--root", str(project), "--check"]) == 0
    assert "generated/ is up to date" in capsys.readouterr().out
    out = tmp_path / "generated"
    shutil.copytree(project / "generated", out)
    (out / "muxi_generated" / "stale.py").write_text("x = 1\n")
    (out / "muxi_generated" / "operations.py").unlink()
    assert regenerate.main(["--root", str(project), "--output", str(out)]) == 0
    assert "2 change(s)" in capsys.readouterr().out
    assert regenerate.main(["--root", str(project), "--output", str(out), "--check"]) == 0
    assert regenerate.main(["--root", str(project), "--output", str(out)]) == 0
    assert "already up to date" in capsys.readouterr().out


@pytest.mark.usefixtures("stubbed")
def test_check_fails_on_a_hand_edit(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = project / "generated" / "muxi_generated" / "formation" / "client.py"
    with edited(target, lambda s: s.replace("class Client:", "class Client:  # patched by hand", 1)):
        assert regenerate.main(["--root", str(project), "--check"]) == 1
    stderr = capsys.readouterr().err
    assert "changed:   generated/muxi_generated/formation/client.py" in stderr
    assert "patched by hand" in stderr  # the diff shows the offending line


@pytest.mark.usefixtures("stubbed")
def test_check_fails_on_a_stray_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stray = project / "generated" / "muxi_generated" / "formation" / "models" / "stale_model.py"
    stray.write_text("x = 1\n")
    try:
        assert regenerate.main(["--root", str(project), "--check"]) == 1
    finally:
        stray.unlink()
    assert "extra:     generated/muxi_generated/formation/models/stale_model.py" in capsys.readouterr().err


def test_check_fails_on_a_spec_change_without_regeneration(project: Path) -> None:
    with edited(project / SERVER, lambda s: s.replace("operationId: ping\n", "operationId: ping_server\n", 1)):
        done = run(project, "--check")
    assert done.returncode == 1, done.stderr
    assert "ping_server.py" in done.stderr


# --------------------------------------------------------------------------- typed methods


def test_every_operation_gets_a_typed_method(fresh: Fresh) -> None:
    """Every facade method of methods.py returns a generated model, ``str`` or ``bytes``, never Any."""
    package = fresh.tree / "muxi_generated"
    exported = {
        api: set(re.findall(r'"(\w+)"', (package / api / "models" / "__init__.py").read_text()))
        for api in ("formation", "server")
    }
    untyped: set[str] = set()
    methods = 0
    for cls in ast.parse((package / "methods.py").read_text()).body:
        if not isinstance(cls, ast.ClassDef):
            continue
        for method in cls.body:
            if not isinstance(method, ast.FunctionDef | ast.AsyncFunctionDef) or method.name == "call":
                continue
            if method.name.startswith("_"):  # the client's hooks (_body_model), not operations
                continue
            methods += 1
            returns = method.returns
            assert returns is not None, method.name
            if any(isinstance(node, ast.Name) and node.id == "Any" for node in ast.walk(returns)):
                untyped.add(method.name)
            elif isinstance(returns, ast.Attribute):  # fm.<Model> / sm.<Model>
                assert isinstance(returns.value, ast.Name)
                api = {"fm": "formation", "sm": "server"}[returns.value.id]
                assert returns.attr in exported[api], f"{method.name} returns {api}.models.{returns.attr}, not exported"
            else:  # a raw body (text/*, octet-stream, a followed redirect)
                raw = {"str", "bytes"}
                assert set(ast.unparse(returns).split(" | ")) <= raw, f"{method.name} -> {ast.unparse(returns)}"
    assert methods > 200
    assert not untyped, f"facade methods returning Any: {sorted(untyped)}"

    tables = runpy.run_path(str(package / "operations.py"))
    for api in ("formation", "server"):
        for op_id, info in tables[api.upper()].items():
            if "application/json" in info["media_types"]:
                assert info["data_schema"] or info["response_schema"], op_id
            for name in (info["data_schema"], info["response_schema"], *info["sse_events"].values()):
                assert name is None or name in exported[api], f"{op_id}: {name} is not a generated model"


def test_the_committed_specs_break_only_waived_rules(fresh: Fresh) -> None:
    """Each WAIVED entry is still needed (printed as a warning once) and nothing else is reported."""
    warnings = [line for line in fresh.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == len(regenerate.WAIVED), fresh.stderr
    for name, pointer, rule in regenerate.WAIVED:
        assert any(f"{name}: {pointer}: {rule}: waived: " in line for line in warnings), (name, pointer, rule)
    assert fresh.stderr.strip() == "\n".join(warnings)


# --------------------------------------------------------------------------- readable spec errors

INLINE_ENVELOPE_ROUTE = """\
  /widgets:
    get:
      operationId: get_widgets
      tags: [Agents]
      summary: List widgets
      security: [{adminKey: []}]
      responses:
        '200':
          description: Widgets.
          content:
            application/json:
              schema:
                allOf:
                  - {$ref: '#/components/schemas/Envelope'}
                  - type: object
                    required: [data]
                    properties:
                      data: {$ref: '#/components/schemas/AgentList'}
        '4XX': {$ref: '#/components/responses/Error'}
"""
INLINE_RESPONSE = (
    "inline response schema (the generated method would be untyped); define it under components/schemas as "
    "<Name>Response: allOf [$ref {envelope}, {{data: $ref <Name>}}] and $ref it"
)


def test_an_inline_envelope_response_is_refused_with_the_rule(project: Path) -> None:
    with edited(project / FORMATION, lambda s: add_route(s, INLINE_ENVELOPE_ROUTE)):
        done = run(project, "--check")
    assert done.returncode == 2
    assert problem_lines(done.stderr) == [
        f"{FORMATION}: /paths/~1widgets/get/responses/200/content/application~1json/schema: "
        + INLINE_RESPONSE.format(envelope="Envelope")
    ]
    assert "Traceback" not in done.stderr


def test_a_dangling_ref_is_one_line_without_the_spec(project: Path) -> None:
    ref = "$ref: '#/components/schemas/AgentListResponse'"
    with edited(project / FORMATION, lambda s: s.replace(ref, "$ref: '#/components/schemas/Nope'", 1)):
        done = run(project, "--check")
    assert done.returncode == 2
    output = done.stdout + done.stderr
    assert len(output.splitlines()) < 20
    assert "{'openapi'" not in output
    assert "Traceback" not in output
    assert problem_lines(done.stderr) == [
        f"{FORMATION}: /paths/~1agents/get/responses/200/content/application~1json/schema: "
        "$ref '#/components/schemas/Nope' does not resolve"
    ]


def test_every_problem_of_both_specs_is_listed(project: Path) -> None:
    plain_route = """\
  /gadgets:
    get:
      operationId: getGadgets
      security: []
      responses:
        '200':
          description: A gadget.
          content:
            application/json:
              schema: {type: object, properties: {name: {type: string}}}
"""

    def formation(text: str) -> str:
        text = add_route(text, INLINE_ENVELOPE_ROUTE + plain_route)
        text = text.replace("$ref: '#/components/schemas/AgentListResponse'", "$ref: '#/components/schemas/Nope'", 1)
        text = text.replace("x-muxi-items: agents\n", "x-muxi-items: agent\n", 1)
        return add_schemas(text, "    Broken:\n      type: strnig\n")

    def server(text: str) -> str:
        text = text.replace("operationId: ping\n", "operationId: Ping\n", 1)
        return text.replace("$ref: '#/components/schemas/ProgressEvent'", "$ref: '#/components/schemas/Progress'", 1)

    with edited(project / FORMATION, formation), edited(project / SERVER, server):
        done = run(project, "--check")
    assert done.returncode == 2
    envelope_route = "/paths/~1widgets/get/responses/200/content/application~1json/schema"
    expected = {
        f"{FORMATION}: /paths/~1agents/get/responses/200/content/application~1json/schema: "
        "$ref '#/components/schemas/Nope' does not resolve",
        f"{FORMATION}: /components/schemas/Broken/type: 'strnig' is not valid under any of the given schemas",
        f"{FORMATION}: {envelope_route}: " + INLINE_RESPONSE.format(envelope="Envelope"),
        f"{FORMATION}: /paths/~1gadgets/get/operationId: 'getGadgets' is not snake_case",
        f"{FORMATION}: /paths/~1gadgets/get/responses/200/content/application~1json/schema: "
        + INLINE_RESPONSE.format(envelope="Envelope"),
        f"{FORMATION}: /components/schemas/AgentList/x-muxi-items: "
        "'agent' is not a property of this schema (x-muxi-items names its list field)",
        f"{SERVER}: /paths/~1ping/get/operationId: 'Ping' is not snake_case",
        f"{SERVER}: /paths/~1rpc~1formations/post/responses/200/content/text~1event-stream/x-muxi-sse-events/progress: "
        "$ref '#/components/schemas/Progress' does not resolve",
    }
    assert set(problem_lines(done.stderr)) == expected
    assert f"invalid spec ({len(expected)} problems):" in done.stderr
    assert "Traceback" not in done.stderr


# --------------------------------------------------------------------------- the rules, one by one


@pytest.fixture(scope="module")
def server_spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.load((ROOT / SERVER).read_text(), Loader=yaml.CSafeLoader)
    return document


def problems(tmp_path: Path, document: dict[str, Any] | str) -> list[str]:
    """The unwaived problems ``check_spec`` finds in a server spec."""
    spec = tmp_path / "server.yaml"
    # yaml.dump is partly Unknown to pyright: types-PyYAML uses _typeshed.FloatInt, which its bundled typeshed lacks
    text = document if isinstance(document, str) else yaml.dump(document, Dumper=yaml.CSafeDumper, sort_keys=False)  # pyright: ignore[reportUnknownMemberType]
    spec.write_text(text)
    return [str(p) for p in regenerate.check_spec(spec, SERVER)[1] if p.waiver() is None]


STATUS = ("paths", "/rpc/server/status", "get", "responses", "200", "content", "application/json")
STATUS_PTR = "/paths/~1rpc~1server~1status/get/responses/200/content/application~1json"
DEPLOY_SSE = ("paths", "/rpc/formations", "post", "responses", "200", "content", "text/event-stream")
DEPLOY_SSE_PTR = "/paths/~1rpc~1formations/post/responses/200/content/text~1event-stream"
DEV_RUN = ("paths", "/rpc/dev/run", "post")
NOT_A_MODEL = (
    "$ref {ref!r} is not an object schema (type: object, or allOf of objects): the generator makes no class for it, "
    "so the method would be untyped"
)


def at(document: Any, *parts: Any) -> Any:
    for part in parts:
        document = document[part]
    return document


def put(*parts: Any, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        at(document, *parts[:-1])[parts[-1]] = value

    return edit


def items(value: Any, **changes: Any) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        schema = document["components"]["schemas"]["FormationList"]
        schema["x-muxi-items"] = value
        for key, new in changes.items():
            if new is None:
                schema.pop(key)
            else:
                schema[key] = new

    return edit


def also(*edits: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def edit(document: dict[str, Any]) -> None:
        for one in edits:
            one(document)

    return edit


STATUS_DATA = ("components", "schemas", "ServerStatusResponse", "allOf", 1, "properties", "data")
JSON = "application/json"
HEALTH = {"$ref": "#/components/schemas/HealthResponse"}
NAMES = put("components", "schemas", "Names", value={"type": "array", "items": {"type": "string"}})
ITEMS_PTR = "/components/schemas/FormationList/x-muxi-items"
FORMATIONS = {"type": "array", "items": {"$ref": "#/components/schemas/FormationInfo"}}

RULES: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "inline-plain-response": (
        put(*STATUS, "schema", value={"type": "object", "properties": {"up": {"type": "boolean"}}}),
        f"{STATUS_PTR}/schema: " + INLINE_RESPONSE.format(envelope="ServerEnvelope"),
    ),
    "inline-union-response": (
        put(*STATUS, "schema", value={"anyOf": [{"$ref": "#/components/schemas/ServerStatusResponse"}]}),
        f"{STATUS_PTR}/schema: " + INLINE_RESPONSE.format(envelope="ServerEnvelope"),
    ),
    "ref-with-siblings": (
        put(*STATUS, "schema", value={"$ref": "#/components/schemas/ServerStatusResponse", "type": "object"}),
        f"{STATUS_PTR}/schema: the $ref must stand alone here (the generator ignores type)",
    ),
    "response-model-not-an-object": (
        also(NAMES, put(*STATUS, "schema", value={"$ref": "#/components/schemas/Names"})),
        "/components/schemas/Names: " + NOT_A_MODEL.format(ref="#/components/schemas/Names"),
    ),
    "envelope-with-inline-data": (
        put(*STATUS_DATA, value={"type": "object"}),
        "/components/schemas/ServerStatusResponse/allOf/1/properties/data: inline payload schema; define it under "
        "components/schemas as <Name> and make this {$ref: <Name>}",
    ),
    "envelope-with-list-data": (
        also(NAMES, put(*STATUS_DATA, value={"$ref": "#/components/schemas/Names"})),
        "/components/schemas/Names: " + NOT_A_MODEL.format(ref="#/components/schemas/Names"),
    ),
    "envelope-without-data": (
        put("components", "schemas", "ServerStatusResponse", "allOf", 1, value={"type": "object"}),
        "/components/schemas/ServerStatusResponse: an envelope response needs data: "
        "{$ref: '#/components/schemas/<Name>'} (the payload)",
    ),
    "json-variant-media-type": (
        lambda d: at(d, *STATUS[:-1]).update({"application/problem+json": at(d, *STATUS[:-1]).pop("application/json")}),
        f"{STATUS_PTR.replace('application~1json', 'application~1problem+json')}: "
        "use application/json: the client types only application/json response bodies",
    ),
    "different-2xx-schemas": (
        put(*STATUS[:4], "202", value={"description": "x", "content": {JSON: {"schema": HEALTH}}}),
        "/paths/~1rpc~1server~1status/get/responses: 2xx JSON responses differ (200: ServerStatusResponse, "
        "202: HealthResponse) but a generated method has one return type; answer one schema for every 2xx JSON "
        "response",
    ),
    "text-body-not-a-string": (
        put("paths", "/ping", "get", "responses", "200", "content", "text/plain", "schema", value={"type": "object"}),
        "/paths/~1ping/get/responses/200/content/text~1plain/schema: a text/plain body is returned as str: "
        "use {type: string}",
    ),
    "sse-without-events": (
        lambda d: at(d, *DEPLOY_SSE).pop("x-muxi-sse-events"),
        f"{DEPLOY_SSE_PTR}: text/event-stream needs x-muxi-sse-events (event name: {{$ref: <the data's schema>}})",
    ),
    "sse-event-inline": (
        put(*DEPLOY_SSE, "x-muxi-sse-events", "progress", value={"type": "object"}),
        f"{DEPLOY_SSE_PTR}/x-muxi-sse-events/progress: must be {{$ref: '#/components/schemas/<Name>'}}, "
        "the model of the event's data",
    ),
    "sse-event-dangling": (
        put(*DEPLOY_SSE, "x-muxi-sse-events", "progress", value={"$ref": "#/components/schemas/Progress"}),
        f"{DEPLOY_SSE_PTR}/x-muxi-sse-events/progress: $ref '#/components/schemas/Progress' does not resolve",
    ),
    "sse-events-misplaced": (
        put(*STATUS, "x-muxi-sse-events", value={"x": {"$ref": "#/components/schemas/ProgressEvent"}}),
        f"{STATUS_PTR}/x-muxi-sse-events: belongs to a text/event-stream media type object "
        "(content: text/event-stream:)",
    ),
    "ref-into-the-wrong-section": (
        put(*STATUS, "schema", value={"$ref": "#/components/responses/Unauthorized"}),
        f"{STATUS_PTR}/schema: $ref '#/components/responses/Unauthorized' must point into #/components/schemas/",
    ),
    "ref-not-to-a-component": (
        put(*STATUS, "schema", value={"$ref": "#/components/schemas/ServerStatusResponse/allOf/1"}),
        f"{STATUS_PTR}/schema: $ref '#/components/schemas/ServerStatusResponse/allOf/1' must name a component "
        "('#/components/<section>/<Name>')",
    ),
    "external-ref": (
        put(*STATUS, "schema", value={"$ref": "other.yaml#/ServerStatusResponse"}),
        f"{STATUS_PTR}/schema: $ref 'other.yaml#/ServerStatusResponse' is not local; the specs are self-contained "
        "('#/components/...')",
    ),
    "inline-request-body": (
        put(*DEV_RUN, "requestBody", "content", "application/json", "schema", value={"type": "object"}),
        "/paths/~1rpc~1dev~1run/post/requestBody/content/application~1json/schema: inline request body schema (the "
        "generated method would take an untyped body); define it under components/schemas as <Name>Request and "
        "$ref it",
    ),
    "items-not-a-property": (
        items("formation"),
        f"{ITEMS_PTR}: 'formation' is not a property of this schema (x-muxi-items names its list field)",
    ),
    "items-not-required": (
        items("formations", required=["total"]),
        f"{ITEMS_PTR}: 'formations' must be required (x-muxi-items names a required array property)",
    ),
    "items-nullable": (
        items("formations", properties={"formations": {**FORMATIONS, "type": ["array", "null"]}}),
        f"{ITEMS_PTR}: 'formations' must be a non-nullable array (type: array), not type: ['array', 'null']",
    ),
    "items-not-an-array": (
        items("formations", properties={"formations": {"type": "object"}}),
        f"{ITEMS_PTR}: 'formations' must be a non-nullable array (type: array), not type: 'object'",
    ),
    "items-without-item-type": (
        items("formations", properties={"formations": {"type": "array"}}),
        f"{ITEMS_PTR}: 'formations' must declare items (the type the class iterates over)",
    ),
    "misspelt-extension": (
        lambda d: d["components"]["schemas"]["FormationList"].update({"x-muxi-item": "formations"}),
        "/components/schemas/FormationList/x-muxi-item: unknown extension (known: x-muxi-accepted-content-types, "
        "x-muxi-hmac, x-muxi-idempotent, x-muxi-items, x-muxi-known-messages, x-muxi-known-values, "
        "x-muxi-positional, x-muxi-requires, x-muxi-sse-events, x-muxi-streaming, x-muxi-user-id)",
    ),
    "streaming-not-a-boolean": (
        put(*DEV_RUN, "x-muxi-streaming", value="yes"),
        "/paths/~1rpc~1dev~1run/post/x-muxi-streaming: must be true or false",
    ),
    "requires-unknown-scheme": (
        put(*DEV_RUN, "x-muxi-requires", value="root"),
        "/paths/~1rpc~1dev~1run/post/x-muxi-requires: 'root' is not a security scheme (known: muxiHmac)",
    ),
    "user-id-unknown-marker": (
        put(*DEV_RUN, "x-muxi-user-id", value="always"),
        "/paths/~1rpc~1dev~1run/post/x-muxi-user-id: 'always' is not one of required, required-with-client-key",
    ),
    "user-id-without-the-header": (
        put(*DEV_RUN, "x-muxi-user-id", value="required"),
        "/paths/~1rpc~1dev~1run/post/x-muxi-user-id: the operation must declare the X-Muxi-User-ID header parameter",
    ),
    "user-id-client-key-without-client-key": (
        lambda d: d["paths"]["/rpc/dev/run"]["post"].update(
            {
                "x-muxi-user-id": "required-with-client-key",
                "parameters": [{"name": "X-Muxi-User-ID", "in": "header", "schema": {"type": "string"}}],
            }
        ),
        "/paths/~1rpc~1dev~1run/post/x-muxi-user-id: required-with-client-key on an operation that does not accept "
        "the client key",
    ),
    "positional-unknown-field": (
        put(*DEV_RUN, "x-muxi-positional", value=["dir"]),
        "/paths/~1rpc~1dev~1run/post/x-muxi-positional: must list optional JSON body fields "
        "(optional here: path, formation_id)",
    ),
    "additional-properties-false": (
        put("components", "schemas", "FormationList", "additionalProperties", value=False),
        "/components/schemas/FormationList/additionalProperties: must not be false "
        "(unknown fields the server adds must be preserved)",
    ),
    "duplicate-operation-id": (
        put("paths", "/ping", "get", "operationId", value="health"),
        "/paths/~1ping/get/operationId: 'health' is also used by GET /health",
    ),
    "unresolved-path-parameter": (
        lambda d: d["paths"]["/rpc/server/status"]["get"].update(
            {"parameters": [{"name": "x", "in": "path", "required": True, "schema": {"type": "string"}}]}
        ),
        "/paths/~1rpc~1server~1status/get: Path parameter 'x' for 'get' operation in '/rpc/server/status' was not "
        "resolved",
    ),
    "no-security": (
        lambda d: d["paths"]["/ping"]["get"].pop("security"),
        "/paths/~1ping/get: no security requirement (use [] for public routes)",
    ),
    "schema-error-in-components": (
        put("components", "schemas", "Broken", value={"type": "strnig"}),
        "/components/schemas/Broken/type: 'strnig' is not valid under any of the given schemas",
    ),
}


@pytest.mark.parametrize(("edit", "expected"), RULES.values(), ids=RULES.keys())
def test_a_broken_rule_is_one_line(
    server_spec: dict[str, Any], tmp_path: Path, edit: Callable[[dict[str, Any]], None], expected: str
) -> None:
    document = copy.deepcopy(server_spec)
    edit(document)
    assert problems(tmp_path, document) == [f"{SERVER}: {expected}"]


def test_a_yaml_syntax_error_is_one_line_with_line_and_column(tmp_path: Path) -> None:
    text = (ROOT / SERVER).read_text() + "\n  broken: [unclosed\n"
    [line] = problems(tmp_path, text)
    assert re.fullmatch(rf"{SERVER}:\d+:\d+: YAML syntax error: did not find expected ',' or ']'", line), line


def test_a_repeated_key_is_one_line(tmp_path: Path) -> None:
    """YAML would silently keep only the last value (a route added twice replaces the first)."""
    text = (ROOT / SERVER).read_text()
    first = text.splitlines().index("      operationId: ping") + 2  # the line of `tags:` after it
    text = text.replace("operationId: ping\n", "operationId: ping\n      tags: [x]\n", 1)
    assert problems(tmp_path, text) == [
        f"{SERVER}: /paths/~1ping/get/tags: duplicate key 'tags' at lines {first} and {first + 1} "
        "(YAML keeps only the last one)"
    ]


def test_an_empty_spec_is_one_line(tmp_path: Path) -> None:
    assert problems(tmp_path, "") == [f"{SERVER}: /: the document must be a mapping, got NoneType"]


def test_a_validator_crash_is_one_line(
    server_spec: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """openapi-spec-validator raises (with the whole spec in its message) on what it cannot follow."""
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from referencing.exceptions import PointerToNowhere

    def crash(self: Any) -> Iterator[Any]:
        raise PointerToNowhere(ref="/components/schemas/Nope", resource=server_spec)  # type: ignore[call-arg]  # pyright: ignore[reportCallIssue]
        yield

    monkeypatch.setattr(OpenAPIV31SpecValidator, "iter_errors", crash)
    assert problems(tmp_path, server_spec) == [
        f"{SERVER}: /: openapi-spec-validator stopped: cannot resolve $ref '/components/schemas/Nope'"
    ]
