"""Person pages, their JSON twin, name links and people in search-as-you-type."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from indexer.build import build
from webapp import create_app

MARKDOWN = {
    "volver.md": (
        "title: Volver\nyear: 2006\ndirectors: [Pedro Almodóvar]\n"
        "writers: [Pedro Almodóvar]\ncast: [Penélope Cruz, Carmen Maura]\n"
    ),
    "julieta.md": "title: Julieta\nyear: 2016\ndirectors: [Pedro Almodovar]\ncast: [Emma Suárez]\n",
    "broken-embraces.md": (
        "title: Broken Embraces\nyear: 2009\ndirectors: [PEDRO ALMODOVAR]\ncast: [Penelope Cruz]\n"
    ),
}
#: a catalogue row whose director is named only in its synopsis, and an actor-director
ROWS = [
    {
        "title": "Matador",
        "year": 1986,
        "cast": ["Assumpta Serna", "Pedro Almodóvar"],
        "extract": "Matador is a 1986 Spanish film directed by Pedro Almodóvar.",
    },
]


@pytest.fixture(scope="module")
def people_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    root = tmp_path_factory.mktemp("people")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, front in MARKDOWN.items():
        (corpus / name).write_text(f"---\n{front}---\nA film.\n", "utf-8")
    (corpus / "wiki.jsonl").write_text("".join(json.dumps(r) + "\n" for r in ROWS), "utf-8")
    build([corpus], root / "index", full=True)
    yield create_app(
        {
            "TESTING": True,
            "INDEX": str(root / "index"),
            "CORPUS": [str(corpus)],
            "QUERYLOG": str(root / "querylog.sqlite3"),
            "SECRET_KEY": "test-secret",
        }
    )


@pytest.fixture
def web(people_app: Flask) -> FlaskClient:
    return people_app.test_client()


def ref(film_id: str, title: str, year: int) -> dict[str, Any]:
    return {"id": film_id, "title": title, "year": year}


def role(value: str, count: int, selected: bool, url: str) -> dict[str, Any]:
    return {"value": value, "count": count, "selected": selected, "toggle_url": url}


def test_one_page_per_person_across_spellings(web: FlaskClient) -> None:
    response = web.get("/api/people/pedro-almodovar")
    assert response.status_code == 200
    path = "/api/people/pedro-almodovar"
    assert response.get_json() == {
        "id": "pedro-almodovar",
        "name": "Pedro Almodóvar",
        "other_spellings": ["PEDRO ALMODOVAR", "Pedro Almodovar"],
        "films": {
            "directed": [
                ref("matador-1986", "Matador", 1986),
                ref("volver-2006", "Volver", 2006),
                ref("broken-embraces-2009", "Broken Embraces", 2009),
                ref("julieta-2016", "Julieta", 2016),
            ],
            "wrote": [ref("volver-2006", "Volver", 2006)],
            "acted": [ref("matador-1986", "Matador", 1986)],
        },
        "years_active": {"first": 1986, "last": 2016},
        "facets": [
            {
                "name": "role",
                "values": [
                    role("directed", 4, False, f"{path}?role=directed"),
                    role("wrote", 1, False, f"{path}?role=wrote"),
                    role("acted", 1, False, f"{path}?role=acted"),
                ],
                "truncated": False,
            }
        ],
        "links": {"html": "/people/pedro-almodovar"},
    }


def test_the_role_filter(web: FlaskClient) -> None:
    data = web.get("/api/people/pedro-almodovar?role=wrote&role=acted").get_json()
    assert list(data["films"]) == ["wrote", "acted"]
    selected = {v["value"]: (v["selected"], v["toggle_url"]) for v in data["facets"][0]["values"]}
    assert selected["wrote"] == (True, "/api/people/pedro-almodovar?role=acted")
    assert selected["directed"] == (
        False,
        "/api/people/pedro-almodovar?role=wrote&role=acted&role=directed",
    )


@pytest.mark.parametrize(
    ("url", "status", "code", "param"),
    [
        ("/api/people/pedro-almodovar?role=produced", 400, "bad_parameter", "role"),
        ("/api/people/nobody-at-all", 404, "not_found", "person_id"),
        ("/api/people/almodovar", 404, "not_found", "person_id"),  # never on a surname alone
    ],
)
def test_errors(web: FlaskClient, url: str, status: int, code: str, param: str) -> None:
    response = web.get(url)
    assert response.status_code == status
    assert response.get_json()["error"]["code"] == code
    assert response.get_json()["error"]["param"] == param


def test_the_html_page_links_films_and_its_json_twin(web: FlaskClient) -> None:
    html = web.get("/people/pedro-almodovar").get_data(as_text=True)
    assert '<h1 id="person-name">Pedro Almodóvar</h1>' in html
    assert "Also written: PEDRO ALMODOVAR · Pedro Almodovar" in html
    assert 'href="/films/julieta-2016"' in html
    assert 'href="/api/people/pedro-almodovar"' in html
    assert web.get("/people/nobody-at-all").status_code == 404
    assert "<script>" not in web.get("/people/%3Cscript%3E").get_data(as_text=True)


def test_names_on_film_pages_and_hits_link_to_their_person(web: FlaskClient) -> None:
    film = web.get("/films/julieta-2016").get_data(as_text=True)
    assert '<a href="/people/pedro-almodovar">Pedro Almodóvar</a>' in film
    assert '<a href="/people/emma-suarez">Emma Suárez</a>' in film
    hits = web.get("/?q=julieta").get_data(as_text=True)
    assert 'Directed by <a href="/people/pedro-almodovar">Pedro Almodóvar</a>' in hits
    assert web.get("/api/people/emma-suarez").status_code == 200


def test_suggestions_offer_people_with_their_page(web: FlaskClient) -> None:
    found = web.get("/api/suggest?q=penel").get_json()["suggestions"]
    assert found == [
        {
            "kind": "person",
            "text": "Penélope Cruz",
            "film_id": None,
            "year": None,
            "count": 2,
            "url": "/people/penelope-cruz",
        }
    ]
    titles = web.get("/api/suggest?q=juli").get_json()["suggestions"]
    assert titles[0]["url"] == "/films/julieta-2016"
    assert web.get(titles[0]["url"]).status_code == 200
