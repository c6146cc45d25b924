"""Webhook signature verification and parsing (X-Muxi-Signature: t=<ts>,v1=<hex>)."""

from __future__ import annotations

import hashlib
import hmac
import json

import pytest

from muxi import MuxiError, webhook
from muxi.webhook import WebhookSignatureError

SECRET = "sk_muxi_admin_whsec_0123"
BODY = json.dumps(
    {
        "id": "req_1",
        "status": "completed",
        "timestamp": 1_800_000_000,
        "response": [
            {"type": "text", "text": "Hello "},
            {"type": "file", "file": {"name": "a.pdf"}},
            {"type": "text", "text": "there"},
        ],
        "formation_id": "f",
        "user_id": "u",
        "processing_time": 1.5,
        "brand_new": True,
    }
).encode()
NOW = 1_800_000_100


def header(ts: int = NOW, body: bytes = BODY, secret: str = SECRET) -> str:
    digest = hmac.new(secret.encode(), str(ts).encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"t={ts},v1={digest}"


def test_valid_signature() -> None:
    assert webhook.verify_signature(BODY, header(), SECRET, now=NOW) is True
    assert webhook.verify_signature(BODY.decode(), header(NOW - 299), SECRET, now=NOW) is True
    assert webhook.sign(BODY, SECRET, timestamp=NOW) == header()


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "missing X-Muxi-Signature header"),
        ("", "missing X-Muxi-Signature header"),
        ("v1=abc", "malformed X-Muxi-Signature header"),
        ("t=abc,v1=def", "the timestamp is not an integer"),
        ("garbage", "malformed"),
        (header(NOW - 301), "stale webhook"),
        (header(NOW + 400), "stale webhook"),
        (header(body=b"{}"), "does not match"),
        (header(secret="other"), "does not match"),
    ],
)
def test_rejections_say_what_is_wrong(value: str | None, message: str) -> None:
    with pytest.raises(WebhookSignatureError, match=message) as info:
        webhook.verify_signature(BODY, value, SECRET, now=NOW)
    assert SECRET not in str(info.value)
    assert isinstance(info.value, MuxiError)


def test_parse_and_construct_event() -> None:
    event = webhook.parse(BODY)
    assert (event.id, event.status, event.text, event.processing_time) == ("req_1", "completed", "Hello there", 1.5)
    assert event.raw["brand_new"] is True
    failed = webhook.parse({"id": "r", "status": "failed", "error": {"code": "E", "message": "boom"}})
    assert failed.error == {"code": "E", "message": "boom"} and failed.text == ""
    with pytest.raises(MuxiError, match="not JSON"):
        webhook.parse(b"<html>")
    with pytest.raises(MuxiError, match="string 'id' and 'status'"):
        webhook.parse(b"[]")
    signed = webhook.sign(BODY, SECRET)
    assert webhook.construct_event(BODY, signed, SECRET).id == "req_1"
