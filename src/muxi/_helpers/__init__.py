"""User-facing helpers on top of the clients.

The quick-start aliases (``quickstart``), the OpenAI-style completions adapter (``completions``),
deploy bundles (``bundle``) and the strict reader of formation files they share with the fake
server (``formation_file``).
"""
