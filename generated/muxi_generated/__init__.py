"""Low-level clients generated from ``openapi/`` by ``scripts/regenerate.py``.

Do not edit anything in this package by hand: change the spec or the generator
configuration, then run ``make regenerate``. ``muxi_generated.formation`` is the
Formation API, ``muxi_generated.server`` the MUXI Server API. Use them through the
``muxi`` facade, which adds authentication, retries, streaming and typed errors.
"""

GENERATOR = "openapi-python-client 0.28.3"
SPEC_SHA256 = {
    "formation": "1bf04377b60976de8aa6b8c08a54e6d0247f16812f95e5cc4e062c465403880a",
    "server": "3dad228234226f73a04f83b6adad6229e20b0b8d39895f8cf9dbe594de911a5d",
}
TEMPLATES_SHA256 = "8c9fb332d37498fdfe6ca9c8552af0d502feb2eb2060bf700c30f4d0c7a0bd2e"
