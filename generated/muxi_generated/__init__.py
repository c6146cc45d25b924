"""Low-level clients generated from ``openapi/`` by ``scripts/regenerate.py``.

Do not edit anything in this package by hand: change the spec or the generator
configuration, then run ``make regenerate``. ``muxi_generated.formation`` is the
Formation API, ``muxi_generated.server`` the MUXI Server API. Use them through the
``muxi`` facade, which adds authentication, retries, streaming and typed errors.
"""

GENERATOR = "openapi-python-client 0.28.3"
SPEC_SHA256 = {
    "formation": "dae2d474872bc55e4d79841ff0974beffdf879fb5468143530bdc9aeb3b4c53b",
    "server": "0525fccc3f0203a759dabcd713eb8fa9ea9b84c6f62ab779d704e381785e96a4",
}
TEMPLATES_SHA256 = "4e447c7098ac12d1cc31dd7bb11a276cd57a911cd1f51b3ad3917e6709fddc6f"
