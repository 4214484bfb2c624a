"""Editors' admin: token-protected status page and background reindex API."""

from __future__ import annotations

from flask import Blueprint, Flask

bp = Blueprint("admin", __name__)


def register(app: Flask) -> None:
    """Register the admin blueprint on ``app``."""
    app.register_blueprint(bp)
