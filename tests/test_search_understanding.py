"""Issue 9's examples, typed as a visitor types them, on a corpus built for them."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from indexer.build import build
from tests.search_corpus import FILMS, UNDERSTANDING, write_corpus
from webapp.search import SearchService
from webapp.search.types import QuoteRequest, SearchRequest


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> SearchService:
    root = tmp_path_factory.mktemp("understanding")
    corpus = write_corpus(root / "corpus", {**FILMS, **UNDERSTANDING})
    build([corpus], root / "index")
    return SearchService(root / "index")


def titles(service: SearchService, q: str, **options: object) -> list[str]:
    return [h.title for h in service.search(SearchRequest(q=q, **options)).hits]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("q", "first"),
    [
        (
            "To All the Boys: Always and Forever - The Afterparty",
            "To All the Boys: Always and Forever - The Afterparty",
        ),
        (
            "to all the boys always and forever the afterparty",
            "To All the Boys: Always and Forever - The Afterparty",
        ),
        ("Spider-Man", "Spider-Man"),
        ("spiderman", "Spider-Man"),
        ("spider man", "Spider-Man"),
        ("E.T. the Extra-Terrestrial", "E.T. the Extra-Terrestrial"),
        ("et the extra terrestrial", "E.T. the Extra-Terrestrial"),
        ("schindlers list", "Schindler's List"),
        ("Schindler's List", "Schindler's List"),
        ("godfather", "The Godfather"),
        ("stephen spielbreg", None),  # checked below: a Spielberg film, not Colbert's
    ],
)
def test_titles_match_as_written(service: SearchService, q: str, first: str | None) -> None:
    found = titles(service, q)
    assert found, q
    if first is not None:
        assert found[0] == first


@pytest.mark.parametrize(
    ("q", "first"),
    [
        ("the cat away", "Cast Away"),  # every word a real word: nothing to spell-correct
        ("raging bill", "Raging Bull"),
        ("the lost cty", "The Lost City"),
    ],
)
def test_a_whole_title_with_a_typo_comes_first(service: SearchService, q: str, first: str) -> None:
    assert titles(service, q)[:1] == [first]


def test_punctuation_is_never_syntax(service: SearchService) -> None:
    # "Boys:" is not a field and " - The" is not an exclusion
    result = service.search(SearchRequest(q="To All the Boys: Always and Forever - The Afterparty"))
    assert result.total >= 1
    assert "The Spider" not in titles(service, "Spider-Man")[:1]
    assert titles(service, "E.T. the Extra-Terrestrial")[0] != "How to Train Your Dragon"
    # a dash that starts a word still excludes
    assert "Disco Godfather" not in titles(service, "godfather -disco")


@pytest.mark.parametrize(
    ("fragment", "film"),
    [
        ("genuinely transgressive beneath the movie's rom-com surface,", "My Best Friend's Girl"),
        ("when he's not going full-'bore', his quiet,", "The Burrowers"),
        ("Dsiney's best, and one of the all-time", "20,000 Leagues Under the Sea"),
        ("loning for a lost moment and the", "The Lost City"),
        ('"one of Disney\'s best"', "20,000 Leagues Under the Sea"),
    ],
)
def test_critics_fragments_find_their_quote(
    service: SearchService, fragment: str, film: str
) -> None:
    result = service.quotes(QuoteRequest(q=fragment))
    assert result.hits, fragment
    assert result.hits[0].film.title == film


def test_a_fragment_is_highlighted_as_one_passage(service: SearchService) -> None:
    hit = service.quotes(
        QuoteRequest(q="genuinely transgressive beneath the movie's rom-com")
    ).hits[0]
    assert hit.snippet.count("<mark>") == 1
    assert "<mark>genuinely transgressive beneath the movie&#39;s rom-com</mark>" in hit.snippet


def test_one_wrong_word_relaxes_to_most_words(service: SearchService) -> None:
    result = service.quotes(QuoteRequest(q="bittersweet longing for a lost minute and the promise"))
    assert result.relaxed is True
    assert result.hits[0].film.title == "The Lost City"
    strict = service.quotes(QuoteRequest(q="bittersweet longing for a lost moment"))
    assert strict.relaxed is False


def test_director_and_decade(service: SearchService) -> None:
    result = service.search(SearchRequest(q="spielberg 1980s"))
    assert result.understood == "Films directed by Steven Spielberg in the 1980s"
    assert {h.title for h in result.hits} == {
        "E.T. the Extra-Terrestrial",
        "Raiders of the Lost Ark",
    }


@pytest.mark.parametrize(
    ("q", "expected", "understood"),
    [
        ("movies with tom hanks", {"Big", "Cast Away"}, "Films with Tom Hanks"),
        (
            "meryl streep 80s",
            {"Sophie's Choice", "Out of Africa"},
            "Films with Meryl Streep in the 1980s",
        ),
        (
            "films by alfred hitchcock",
            {"Psycho", "Rear Window", "Vertigo", "The Birds"},
            "Films directed by Alfred Hitchcock",
        ),
    ],
)
def test_people_and_filler(
    service: SearchService, q: str, expected: set[str], understood: str
) -> None:
    result = service.search(SearchRequest(q=q))
    assert result.understood == understood
    assert {h.title for h in result.hits[: len(expected)]} == expected


@pytest.mark.parametrize("q", ["alfred hitchcock", "hitchcock", "Hitchcock"])
def test_a_directors_films_come_before_films_about_them(service: SearchService, q: str) -> None:
    found = titles(service, q)
    assert set(found[:4]) == {"Psycho", "Rear Window", "Vertigo", "The Birds"}
    assert set(found[4:]) >= {"Hitchcock", "78/52"}  # the film about him, the shower scene


def test_tom_hanks_is_a_person_not_tom_sawyer(service: SearchService) -> None:
    found = titles(service, "tom hanks")
    assert set(found[:2]) == {"Big", "Cast Away"}
    assert "Tom Sawyer" not in found[:2]


def test_misspelt_director_is_corrected_then_recognised(service: SearchService) -> None:
    result = service.search(SearchRequest(q="stephen spielbreg"))
    assert result.corrected is True
    assert result.understood == "Films directed by Steven Spielberg"
    assert result.hits[0].directors == ("Steven Spielberg",)
    assert "Stephen Colbert's Midnight Special" not in [h.title for h in result.hits[:4]]


def test_martin_scorsese_feature_films_first(service: SearchService) -> None:
    found = titles(service, "martin scorsese")
    assert set(found[:3]) == {"Taxi Driver", "Raging Bull", "Goodfellas"}


def test_literal_search_ignores_what_was_understood(service: SearchService) -> None:
    understood = service.search(SearchRequest(q="movies with tom hanks"))
    literal = service.search(SearchRequest(q="movies with tom hanks", literal=True))
    assert understood.total >= 2
    assert literal.understood is None
    assert literal.total < understood.total  # "movies" and "with" are required again


def test_title_is_highlighted_and_lone_small_words_are_not(service: SearchService) -> None:
    hit = service.search(SearchRequest(q="return to dust")).hits[0]
    assert hit.title_html == "<mark>Return to Dust</mark>"
    assert "<mark>to</mark>" not in hit.snippet


def test_year_range_parameters_and_year_order(service: SearchService) -> None:
    result = service.search(SearchRequest(year_from=1975, year_to=1982, sort="year"))
    years = [h.year for h in result.hits]
    assert years and all(1975 <= y <= 1982 for y in years)
    year_facet = next(f for f in result.facets if f.name == "year")
    values = [v.value for v in year_facet.values]
    assert values == sorted(values)
    assert year_facet.truncated is False


@pytest.fixture(scope="module")
def web(service: SearchService, tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    from webapp import create_app

    folder = tmp_path_factory.mktemp("web")
    app = create_app(
        {
            "TESTING": True,
            "INDEX": str(service.layout.root),
            "CORPUS": [],
            "QUERYLOG": str(folder / "querylog.sqlite3"),
            "SECRET_KEY": "test-secret",
        }
    )
    return app.test_client()


def test_the_page_says_what_it_understood_with_a_way_back(web: FlaskClient) -> None:
    html = web.get("/?q=spielberg+1980s").get_data(as_text=True)
    assert "Films directed by Steven Spielberg in the 1980s" in html
    assert 'href="/?q=spielberg+1980s&amp;literal=1"' in html
    literal = web.get("/?q=spielberg+1980s&literal=1").get_data(as_text=True)
    assert "Films directed by" not in literal
    data = web.get("/api/search?q=spielberg+1980s").get_json()
    assert data["understood"] == "Films directed by Steven Spielberg in the 1980s"
    assert {h["title"] for h in data["hits"]} == {
        "E.T. the Extra-Terrestrial",
        "Raiders of the Lost Ark",
    }


def test_a_corrected_query_shows_one_message(web: FlaskClient) -> None:
    html = web.get("/?q=retrun+to+dust").get_data(as_text=True)
    assert html.count("spelling corrected") == 1
    assert "Did you mean" not in html
    assert "Return to Dust" in html


def test_relaxed_results_say_so(web: FlaskClient) -> None:
    html = web.get("/quotes?q=bittersweet+longing+for+a+lost+minute+and+the+promise")
    text = html.get_data(as_text=True)
    assert "these have most of them" in text
    assert web.get("/api/quotes?q=bittersweet+longing+for+a+lost+minute").get_json()["relaxed"]


def test_year_range_parameters_on_the_api(web: FlaskClient) -> None:
    data = web.get("/api/search?year_from=1980&year_to=1982&sort=year").get_json()
    assert [h["year"] for h in data["hits"]] == sorted(h["year"] for h in data["hits"])
    assert {h["title"] for h in data["hits"]} >= {"Raiders of the Lost Ark", "Sophie's Choice"}
    assert all(1980 <= h["year"] <= 1982 for h in data["hits"])
    assert web.get("/api/search?year_from=abc").status_code == 400


@pytest.mark.parametrize(
    ("q", "marked"),
    [
        ("spiderman", "<mark>Spider-Man</mark>"),
        ("Spider-Man", "<mark>Spider-Man</mark>"),
        ("schindlers list", "<mark>Schindler&#39;s List</mark>"),
        ("godfather", "The <mark>Godfather</mark>"),
    ],
)
def test_the_matched_title_is_highlighted(service: SearchService, q: str, marked: str) -> None:
    assert service.search(SearchRequest(q=q)).hits[0].title_html == marked


@pytest.mark.parametrize(
    ("q", "clauses", "excluded", "filters"),
    [
        ('dust -"return to"', [["dust"]], [["return", "to"]], {}),
        ('director:"akira kurosawa" samurai', [["samurai"]], [], {"director": ("akira kurosawa",)}),
        ('x -"" y', [["x"], ["y"]], [], {}),
        ("Boys: Always - The", [["boys"], ["always"], ["the"]], [], {}),
        ("nofield:value", [["nofield"], ["value"]], [], {}),
        ("volver OR rashomon", [["volver", "rashomon"]], [], {}),
        ("spider-man -spider", [["spider"], ["man"]], [["spider"]], {}),
    ],
)
def test_parse_reads_syntax_only_where_it_is_meant(
    q: str, clauses: list[list[str]], excluded: list[list[str]], filters: dict[str, tuple[str, ...]]
) -> None:
    from webapp.search.query import parse, term_words

    parsed = parse(q)
    assert [[w for t in c for w in term_words(t)] for c in parsed.clauses] == clauses
    assert [term_words(t) for t in parsed.excluded] == excluded
    assert parsed.filters == filters
