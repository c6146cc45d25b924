"""Low-level clients generated from ``openapi/`` by ``scripts/regenerate.py``.

Do not edit anything in this package by hand: change the spec or the generator
configuration, then run ``make regenerate``. ``muxi_generated.formation`` is the
Formation API, ``muxi_generated.server`` the MUXI Server API. Use them through the
``muxi`` facade, which adds authentication, retries, streaming and typed errors.
"""

GENERATOR = "openapi-python-client 0.28.3"
SPEC_SHA256 = {
    "formation": "67cf4585b3cc87a940ff728b8121be8d54a52e853ce72802ca7d8823ac012090",
    "server": "e98fe6cb2aa4f0bd9ac5c3b7911351bcc5ec8fd24c6eada5e65aa8f7db0e0f1b",
}
TEMPLATES_SHA256 = "c98b10bbfaf2a62712bc777a39224f4bb86f4d39cbf887befd664ca990141924"
