"""Low-level clients generated from ``openapi/`` by ``scripts/regenerate.py``.

Do not edit anything in this package by hand: change the spec or the generator
configuration, then run ``make regenerate``. ``muxi_generated.formation`` is the
Formation API, ``muxi_generated.server`` the MUXI Server API. Use them through the
``muxi`` facade, which adds authentication, retries, streaming and typed errors.
"""

GENERATOR = "openapi-python-client 0.28.3"
SPEC_SHA256 = {
    "formation": "b8547fdbc5a3ee8d39ea165bc2f00070ee492167ac7ee45e681e73e96208d1ee",
    "server": "0525fccc3f0203a759dabcd713eb8fa9ea9b84c6f62ab779d704e381785e96a4",
}
TEMPLATES_SHA256 = "8d5f5d2252af4e35476d39269d78551e037668aae1e7f36295cf7a1e7a034761"
