#!/usr/bin/env python3
"""Turn the recorded exchanges of the real formation server into test fixtures.

Reads ``runtime-samples.md`` (recorded by ``../shared/harness/probe.sh`` against muxi-runtime)
and writes ``tests/fixtures/runtime_samples.json``: one entry per recorded exchange with the
request (method, path, query, headers, body) and the response (status, content type, parsed
JSON body or SSE frames). The tests use the JSON file, so they run without ``../shared``.

Usage::

    python scripts/extract_samples.py [SAMPLES_MD] [OUT_JSON]
"""

from __future__ import annotations

import itertools
import json
import re
import shlex
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "reference" / "runtime-samples.md"
DEFAULT_OUTPUT = ROOT / "tests" / "fixtures" / "runtime_samples.json"

SECTION = re.compile(r"^## (?P<title>.+)$", re.M)
CURL = re.compile(r"^\$ (?P<cmd>curl .+)$", re.M)
HTTP_BLOCK = re.compile(r"```http\n(?P<body>.*?)```", re.S)


def parse_curl(command: str) -> dict[str, Any]:
    args = shlex.split(command)
    method, url, headers, body = None, None, {}, None
    i = 1
    while i < len(args):
        arg = args[i]
        if arg in ("-X", "--request"):
            method = args[i + 1]
            i += 1
        elif arg in ("-H", "--header"):
            name, _, value = args[i + 1].partition(":")
            headers[name.strip()] = value.strip()
            i += 1
        elif arg in ("-d", "--data", "--data-raw"):
            body = args[i + 1]
            i += 1
        elif arg in ("-m", "--max-time"):
            i += 1
        elif arg.startswith("http"):
            url = arg
        i += 1
    if url is None:
        raise ValueError(f"no URL in {command!r}")
    parts = urlsplit(url)
    return {
        "method": method or ("POST" if body is not None else "GET"),
        "path": parts.path,
        "query": parts.query,
        "headers": headers,
        "body": body,
    }


def parse_sse(text: str) -> list[dict[str, Any]]:
    frames: list[dict[str, Any]] = []
    for block in re.split(r"\n\n+", text):
        lines = [ln for ln in block.split("\n") if ln and not ln.startswith(":")]
        if not lines:
            continue
        event: str | None = None
        data: list[str] = []
        for line in lines:
            field, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            if field == "event":
                event = value
            elif field == "data":
                data.append(value)
        frames.append({"event": event, "data": json.loads("\n".join(data))})
    return frames


def parse_http(block: str) -> dict[str, Any]:
    head, _, body = block.partition("\n\n")
    status_line, *header_lines = head.split("\n")
    status = int(status_line.split()[1])
    headers: dict[str, str] = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    content_type = headers.get("content-type", "")
    body = body.rstrip("\n")
    response: dict[str, Any] = {"status": status, "content_type": content_type}
    if content_type.startswith("application/json"):
        response["json"] = json.loads(body)
    elif content_type.startswith("text/event-stream"):
        response["sse"] = parse_sse(body)
        response["keepalives"] = body.count(": keepalive")
    else:
        response["text"] = body
    return response


def extract(markdown: str) -> list[dict[str, Any]]:
    samples: list[dict[str, Any]] = []
    starts = [m.start() for m in SECTION.finditer(markdown)] + [len(markdown)]
    for begin, end in itertools.pairwise(starts):
        section = markdown[begin:end]
        title = SECTION.match(section)
        curl = CURL.search(section)
        http = HTTP_BLOCK.search(section)
        if not (title and curl and http):
            continue
        samples.append(
            {
                "title": title.group("title").strip(),
                "request": parse_curl(curl.group("cmd")),
                "response": parse_http(http.group("body")),
            }
        )
    return samples


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    output = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUTPUT
    samples = extract(source.read_text(encoding="utf-8"))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(samples, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(samples)} samples -> {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
