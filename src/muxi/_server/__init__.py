"""The MUXI Server facade.

``ServerClient`` / ``AsyncServerClient`` (``client``), its HMAC ``ServerPolicy`` (``policy``) and
the typed events of its progress and log streams (``events``).
"""
