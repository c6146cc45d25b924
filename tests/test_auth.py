"""HMAC signing for the MUXI Server and key selection for formation routes."""

from __future__ import annotations

import httpx
import pytest

from muxi import ConfigurationError, HmacAuth, hmac_signature
from muxi._formation.policy import formation_key_headers

SECRET = "sk_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
KEY_ID = "MUXI_0123456789abcdef"

# Computed outside Python with:
#   printf '1700000000;GET;/rpc/formations/my app/logs' | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
VECTOR_LOGS = "gc0wqfdWLRpeFlJQ1nTBmM4P7te9qrFn7rEAeF3S3qA="
#   printf '1700000300;POST;/rpc/formations' | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
VECTOR_DEPLOY = "ulNYtK4eG6llCVTYJREHFMjVHzi/JJDl4DbC1JOhnjY="


def test_signature_matches_fixed_vectors() -> None:
    assert hmac_signature(SECRET, 1700000000, "GET", "/rpc/formations/my app/logs") == VECTOR_LOGS
    assert hmac_signature(SECRET, 1700000300, "post", "/rpc/formations") == VECTOR_DEPLOY
    assert len(VECTOR_DEPLOY) == 44 and VECTOR_DEPLOY.endswith("=")  # padded standard base64


def _sign(request: httpx.Request, auth: httpx.Auth) -> httpx.Request:
    flow = auth.sync_auth_flow(request)
    return next(flow)


def test_auth_header_signs_decoded_path_without_query() -> None:
    auth = HmacAuth(KEY_ID, SECRET, clock=lambda: 1700000000.9)
    request = httpx.Request("GET", "http://server.test:7890/rpc/formations/my%20app/logs?lines=50&follow=true")
    signed = _sign(request, auth)
    assert signed.headers["Authorization"] == (f"MUXI-HMAC key={KEY_ID}, timestamp=1700000000, signature={VECTOR_LOGS}")


def test_each_send_is_signed_with_the_current_clock() -> None:
    now = [1700000300.0]
    auth = HmacAuth(KEY_ID, SECRET, clock=lambda: now[0])
    first = _sign(httpx.Request("POST", "http://s.test/rpc/formations", content=b"x"), auth)
    now[0] += 7
    second = _sign(httpx.Request("POST", "http://s.test/rpc/formations", content=b"x"), auth)
    assert "timestamp=1700000300," in first.headers["Authorization"]
    assert f"signature={VECTOR_DEPLOY}" in first.headers["Authorization"]
    assert "timestamp=1700000307," in second.headers["Authorization"]
    assert first.headers["Authorization"] != second.headers["Authorization"]


def test_body_is_not_signed() -> None:
    auth = HmacAuth(KEY_ID, SECRET, clock=lambda: 1700000300)
    a = _sign(httpx.Request("POST", "http://s.test/rpc/formations", content=b"one"), auth)
    b = _sign(httpx.Request("POST", "http://s.test/rpc/formations", content=b"two"), auth)
    assert a.headers["Authorization"] == b.headers["Authorization"]


def test_secret_never_in_repr() -> None:
    auth = HmacAuth(KEY_ID, SECRET)
    assert SECRET not in repr(auth)
    assert KEY_ID in repr(auth)


def test_missing_credentials_rejected() -> None:
    with pytest.raises(ConfigurationError):
        HmacAuth(KEY_ID, "")


# Spec security requirements: alternatives, each a mapping of scheme name to scopes.
Security = list[dict[str, list[str]]]

ADMIN: Security = [{"adminKey": []}]
CLIENT: Security = [{"clientKey": []}]
EITHER: Security = [{"clientKey": []}, {"adminKey": []}]


def _headers(security: Security, *, client_key: str | None, admin_key: str | None) -> dict[str, str]:
    sec = [sorted(r) for r in security]
    return formation_key_headers(sec, operation="op", client_key=client_key, admin_key=admin_key)


def test_admin_only_route_sends_admin_key_only() -> None:
    assert _headers(ADMIN, client_key="c", admin_key="a") == {"X-Muxi-Admin-Key": "a"}


def test_client_only_route_sends_client_key_only() -> None:
    assert _headers(CLIENT, client_key="c", admin_key="a") == {"X-Muxi-Client-Key": "c"}


def test_either_prefers_client_then_admin() -> None:
    assert _headers(EITHER, client_key="c", admin_key="a") == {"X-Muxi-Client-Key": "c"}
    assert _headers(EITHER, client_key=None, admin_key="a") == {"X-Muxi-Admin-Key": "a"}


def test_public_route_sends_no_key() -> None:
    assert _headers([], client_key="c", admin_key="a") == {}


def test_requires_narrows_to_admin() -> None:
    sec = [sorted(r) for r in EITHER]
    assert formation_key_headers(sec, client_key="c", admin_key="a", operation="op", requires="adminKey") == {
        "X-Muxi-Admin-Key": "a"
    }


@pytest.mark.parametrize(
    ("security", "keys", "hint"),
    [
        (ADMIN, {"client_key": "c", "admin_key": None}, "admin_key= (env MUXI_ADMIN_KEY)"),
        (CLIENT, {"client_key": None, "admin_key": "a"}, "client_key= (env MUXI_CLIENT_KEY)"),
        (EITHER, {"client_key": None, "admin_key": None}, "client_key= (env MUXI_CLIENT_KEY) or admin_key="),
    ],
)
def test_missing_key_names_argument_and_env(security: Security, keys: dict[str, str | None], hint: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        _headers(security, **keys)
    assert hint in str(info.value)
    assert "c" not in str(info.value).split("needs")[0].replace("op ", "")  # no key value leaks
