"""The one reader of formation files (muxi._helpers.formation_file): what it reads, what it refuses, and
that bundling and the fake server, which both use it, agree on every input."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path
from typing import cast

import httpx
import pytest
import yaml

from muxi import ConfigurationError, HmacAuth
from muxi._helpers.bundle import open_bundle
from muxi._helpers.formation_file import read_formation_file
from muxi.testing import FakeServer

# (formation file, id, version): what the reader reads.
READ: list[tuple[str, str | None, str | None]] = [
    ("id: my-app\nversion: 1.2.0\n", "my-app", "1.2.0"),
    ("id: 'my-app'\nversion: '1.2.0'\n", "my-app", "1.2.0"),
    ('id: "my-app"\nversion: "1.2.0"\n', "my-app", "1.2.0"),
    ("id: my-app   # the formation\nversion: 1.2.0 # semver\n", "my-app", "1.2.0"),
    ("\ufeffid: my-app\r\nversion: 1.2.0\r\n", "my-app", "1.2.0"),
    ("---\n# a comment\nid: my-app\n", "my-app", None),
    ("--- # start\nid: my-app\n...\n# trailing comment\n", "my-app", None),
    ("'id': my-app\n\"version\": 2.0.0\n", "my-app", "2.0.0"),
    ("id : my-app\n", "my-app", None),
    ("id: 'it''s'\n", "it's", None),
    ("id: my-app\nversion: 1.10\n", "my-app", "1.10"),  # the text, as the Go server reads it into a string
    ("version: 1.0.0\n", None, "1.0.0"),
    ("name: x\n", None, None),
    ("id: a:b\n", "a:b", None),
    # other keys hold anything: nested blocks, sequences at column 0, block scalars, multi-line strings
    ("agents:\n  - id: inner\n    version: 9\nid: my-app\n", "my-app", None),
    ("tools:\n- id: inner\n- b\nid: my-app\n", "my-app", None),
    ('description: |\n  He said "id: fake\n  version: 0\nid: my-app\n', "my-app", None),
    ('description: "multi\nid: fake\n  line"\nid: my-app\n', "my-app", None),
    ("servers: [a,\nid, b]\nid: my-app\n", "my-app", None),
    ('agents:\n  - name: a\n    note: "multi\nid: fake"\nid: my-app\n', "my-app", None),
    ("llm: &base {model: x}\nother: *base\nid: my-app\n", "my-app", None),
    ("name: it's ok\nid: my-app\n", "my-app", None),
    ("note: >\n  folded\n\n  text\nid: my-app\n", "my-app", None),
]

# (formation file, refused key ("both": the whole file), what the message says, its line).
REFUSED: list[tuple[str, str, str, int]] = [
    ("id: &a my-app\n", "id", "anchor", 1),
    ("base: &b x\nid: *b\n", "id", "alias", 2),
    ("id: !!str my-app\n", "id", "a tag", 1),
    ("id: my-app\nversion: |\n  1.0.0\n", "version", "block scalar", 2),
    ("id: my-app\nversion: >-\n  1.0.0\n", "version", "block scalar", 2),
    ("id: {name: x}\n", "id", "flow collection", 1),
    ("id: [x]\n", "id", "flow collection", 1),
    ("id: my-app\nid: other\n", "id", "given twice (lines 1 and 2)", 2),
    ("id: my-app\n  continued\n", "id", "continues on line 2", 1),
    ("id:\n  my-app\n", "id", "no value on its line", 1),
    ("id: 'my-app\n  x'\n", "id", "continues on the next lines", 1),
    ('id: "my\\u002dapp"\n', "id", "escape sequence", 1),
    ("id: ~\n", "id", "null value", 1),
    ("id: a: b\n", "id", "': ' inside a plain value", 1),
    ("id: 'x' y\n", "id", "text after the quoted value", 1),
    ("id: my-app\n\tversion: 1\n", "both", "tab in the indentation", 2),
    ("\tid: my-app\n", "both", "tab in the indentation", 1),
    ("<<: *base\nid: my-app\n", "both", "merge key", 1),
    ("? id\n: my-app\n", "both", "explicit key", 1),
    ("{id: my-app, version: 1.0.0}\n", "both", "flow collection", 1),
    ("- id: my-app\n", "both", "not a mapping", 1),
    ("&x id: my-app\n", "both", "anchor, alias or tag on a top-level key", 1),
    ("id: my-app\n---\nid: other\n", "both", "second YAML document", 2),
    ("--- {id: my-app}\n", "both", "document marker", 1),
    ("id: my-app\n...\nversion: 2\n", "both", "after the end of the first YAML document", 3),
    ('name: "never\nends\n', "both", "never ends", 1),
    ("id my-app\n", "both", "not a 'key: value' entry", 1),
    ("id:\tmy-app\n", "both", "not a 'key: value' entry", 1),  # PyYAML refuses the tab too
]


@pytest.mark.parametrize(("text", "formation_id", "version"), READ)
def test_what_it_reads(text: str, formation_id: str | None, version: str | None) -> None:
    found = read_formation_file(text, "formation.yaml")
    assert (found.id, found.version, dict(found.problems)) == (formation_id, version, {})


@pytest.mark.parametrize(("text", "formation_id", "version"), READ)
def test_what_it_reads_is_what_a_yaml_parser_reads(text: str, formation_id: str | None, version: str | None) -> None:
    document: object = yaml.safe_load(text)
    assert isinstance(document, dict)
    parsed_document = cast("dict[str, object]", document)
    for key, value in (("id", formation_id), ("version", version)):
        parsed = parsed_document.get(key)
        if isinstance(parsed, str) or value is None:  # PyYAML makes 1.10 a float; the server reads the text
            assert parsed == value


@pytest.mark.parametrize(("text", "key", "reason", "line"), REFUSED)
def test_what_it_refuses_names_the_file_and_line(text: str, key: str, reason: str, line: int) -> None:
    found = read_formation_file(text, "/work/f/formation.yaml")
    keys = ("id", "version") if key == "both" else (key,)
    assert set(found.problems) >= set(keys)
    for refused in keys:
        assert getattr(found, refused) is None
        with pytest.raises(ConfigurationError) as caught:
            found.require(refused)
        message = str(caught.value)
        assert message.startswith(f"/work/f/formation.yaml, line {line}: cannot read the top-level")
        assert reason in message
        assert message.endswith("pass formation_id=/version= to give the values yourself")


def test_a_refused_key_leaves_the_other_readable() -> None:
    found = read_formation_file("id: &a my-app\nversion: 2.0.0\n", "f")
    assert found.version == "2.0.0"
    assert found.require("version") == "2.0.0"
    assert set(found.problems) == {"id"}


# --------------------------------------------------------------------------- bundle and fake server agree


def _directory(tmp_path: Path, text: str) -> Path:
    root = tmp_path / "formation"
    root.mkdir(parents=True)
    (root / "formation.yaml").write_bytes(text.encode())
    (root / "agent.md").write_text("# agent\n")
    return root


def _deploy_raw(server: FakeServer, bundle: bytes, formation_id: str, version: str) -> httpx.Response:
    """POST a bundle to the fake with the given headers, bypassing the SDK's own check."""
    auth = HmacAuth(server.key_id, server.secret_key, clock=server.now)
    with httpx.Client(transport=server.transport(), base_url="http://fake-server.test", auth=auth) as http:
        headers = {"Content-Type": "application/gzip", "X-Formation-ID": formation_id, "X-Formation-Version": version}
        return http.post("/rpc/formations", content=bundle, headers=headers)


AGREEMENT = [(text, formation_id, version) for text, formation_id, version in READ if formation_id is not None]


@pytest.mark.parametrize(("text", "formation_id", "version"), AGREEMENT)
def test_bundle_and_fake_server_read_the_same_values(
    tmp_path: Path, text: str, formation_id: str, version: str | None
) -> None:
    bundle = open_bundle(_directory(tmp_path, text))
    try:
        assert (bundle.formation_id, bundle.version) == (formation_id, version or "1.0.0")
        data = bundle.file.read()
    finally:
        bundle.close()
    server = FakeServer()
    wrong = _deploy_raw(server, data, "zz-not-it", bundle.version)  # the fake names what it read
    assert wrong.status_code == 400
    assert f"formation file '{formation_id}'" in wrong.json()["message"]
    if formation_id == "my-app":  # a valid formation id: the fake deploys it with the bundle's own headers
        with server.client() as client:
            assert client.deploy_formation(_directory(tmp_path / "again", text)).formation_id == "my-app"


@pytest.mark.parametrize(("text", "key", "reason", "line"), REFUSED)
def test_bundle_and_fake_server_refuse_alike_and_take_the_given_values(
    tmp_path: Path, text: str, key: str, reason: str, line: int
) -> None:
    root = _directory(tmp_path, text)
    with pytest.raises(ConfigurationError, match=r"line \d+: .*pass formation_id=/version="):
        open_bundle(root)
    server = FakeServer()
    with server.client() as client:  # the way out: both values given, the file is not needed
        result = client.deploy_formation(root, formation_id="my-app", version="1.0.0")
    assert result.formation_id == "my-app"
    assert server.formations["my-app"].version == "1.0.0"


def test_a_file_without_a_version_has_the_servers_default(tmp_path: Path) -> None:
    root = _directory(tmp_path, "id: my-app\n")
    with pytest.raises(ConfigurationError, match=r"version='2\.0\.0' disagrees with version '1\.0\.0'"):
        open_bundle(root, version="2.0.0")
    server = FakeServer()
    bundle = open_bundle(root)
    try:
        assert bundle.version == "1.0.0"
        wrong = _deploy_raw(server, bundle.file.read(), "my-app", "2.0.0")  # what the server says to it
    finally:
        bundle.close()
    assert "VersionMismatch: header '2.0.0' vs formation file '1.0.0'" in wrong.json()["message"]


def test_a_file_without_an_id_is_refused_even_with_formation_id(tmp_path: Path) -> None:
    root = _directory(tmp_path, "version: 1.0.0\n")  # the server would answer 400 IDMismatch
    with pytest.raises(ConfigurationError, match="has no top-level 'id'; add one: the server compares it"):
        open_bundle(root, formation_id="my-app")


def test_a_bundle_archive_is_read_the_same_way(tmp_path: Path) -> None:
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w:gz") as tar:
        content = b"id: 'my-app'\nversion: !!str 1.0\n"
        info = tarfile.TarInfo("my-app/formation.yaml")
        info.size = len(content)
        tar.addfile(info, io.BytesIO(content))
    path = tmp_path / "bundle.tar.gz"
    path.write_bytes(archive.getvalue())
    with pytest.raises(ConfigurationError, match=r"bundle\.tar\.gz: my-app/formation\.yaml, line 2: .*a tag"):
        open_bundle(path)
    bundle = open_bundle(path, version="1.0")
    try:
        assert (bundle.formation_id, bundle.version) == ("my-app", "1.0")
    finally:
        bundle.close()
