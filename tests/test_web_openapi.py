"""The OpenAPI description matches the routes the app really has."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient


def api_routes(app: Flask) -> set[tuple[str, str]]:
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
            routes |= {
                (path, m.lower()) for m in rule.methods or () if m not in ("HEAD", "OPTIONS")
            }
    return routes


def test_every_api_route_is_described_and_nothing_else(app: Flask, client: FlaskClient) -> None:
    document = client.get("/api/openapi.json").get_json()
    described = {(path, method) for path, item in document["paths"].items() for method in item}
    assert described == api_routes(app) - {("/api/openapi.json", "get")}


def test_document_shape(client: FlaskClient) -> None:
    document = client.get("/api/openapi.json").get_json()
    assert document["openapi"].startswith("3.")
    assert document["components"]["securitySchemes"] == {
        "adminToken": {"type": "apiKey", "in": "header", "name": "X-Admin-Token"},
        "bearer": {"type": "http", "scheme": "bearer"},
    }
    refs = set(re.findall(r'"\$ref": "#/components/(\w+)/(\w+)"', str(document).replace("'", '"')))
    for kind, name in refs:
        assert name in document["components"][kind]
    search = document["paths"]["/api/search"]["get"]
    assert [p["name"] for p in search["parameters"]] == [
        "q",
        "sort",
        "page",
        "per_page",
        "genre",
        "director",
        "country",
        "year",
        "decade",
        "language",
        "year_from",
        "year_to",
        "literal",
    ]
