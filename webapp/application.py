"""The Flask class of the web app, apart from :mod:`webapp` so that importing the package (as
the ``cinedex`` command does) does not import Flask: :func:`webapp.create_app` makes one."""

from __future__ import annotations

from typing import Any

from flask import Flask

from webapp import public_base


class CinedexApp(Flask):
    """Flask, with absolute URLs (OpenSearch, JSON-LD) built on the configured public URL."""

    def url_for(
        self,
        /,
        endpoint: str,
        *,
        _anchor: str | None = None,
        _method: str | None = None,
        _scheme: str | None = None,
        _external: bool | None = None,
        **values: Any,
    ) -> str:
        """Like Flask's, but an external URL starts with ``BASE_URL`` (else the address the
        server was told to listen on), never with the request's ``Host`` header, which any
        client may set."""
        path = super().url_for(endpoint, _anchor=_anchor, _method=_method, **values)
        if not _external:
            return path
        return public_base(self.config) + path
