"""Low-level clients generated from ``openapi/`` by ``scripts/regenerate.py``.

Do not edit anything in this package by hand: change the spec or the generator
configuration, then run ``make regenerate``. ``muxi_generated.formation`` is the
Formation API, ``muxi_generated.server`` the MUXI Server API. Use them through the
``muxi`` facade, which adds authentication, retries, streaming and typed errors.
"""

GENERATOR = "openapi-python-client 0.28.3"
SPEC_SHA256 = {
    "formation": "39551b59a97d30adfe185ca652aab242e0abe9dd5f6973b24b76178810ddc2c7",
    "server": "3dad228234226f73a04f83b6adad6229e20b0b8d39895f8cf9dbe594de911a5d",
}
TEMPLATES_SHA256 = "4e447c7098ac12d1cc31dd7bb11a276cd57a911cd1f51b3ad3917e6709fddc6f"
