"""The search service over a real on-disk index built by the real builder."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from indexer.build import build
from tests.search_corpus import FILMS, write_corpus
from webapp.search import IndexUnavailable, SearchService
from webapp.search.types import QuoteRequest, SearchRequest


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("search")
    corpus = write_corpus(root / "corpus")
    build([corpus], root / "index")
    return corpus, root / "index"


@pytest.fixture(scope="module")
def service(built: tuple[Path, Path]) -> SearchService:
    return SearchService(built[1])


def titles(result) -> list[str]:
    return [hit.title for hit in result.hits]


@pytest.mark.parametrize(
    ("q", "first"),
    [
        ("return to dust", "Return to Dust"),  # exact title first, though "Dust" matches too
        ("dust", "Dust"),
        ("yin ru chen yan", "Return to Dust"),  # original title
        ("retrun to dust", "Return to Dust"),  # a swap of two letters
        ("amelie", "Amélie"),  # accents folded
        ("almodovar", "Volver"),
        ("kurosowa rashomon", "Rashomon"),  # one typo in a name
        ("陽光", "陽光普照"),  # CJK bigrams
        ("a sun", "陽光普照"),
        ("director:kurosawa samurai", "Seven Samurai"),
        ("shichinin", "Seven Samurai"),
    ],
)
def test_ranking_puts_the_expected_film_first(service: SearchService, q: str, first: str) -> None:
    result = service.search(SearchRequest(q=q))
    assert result.hits, f"no hit for {q!r}"
    assert result.hits[0].title == first


def test_typo_is_corrected_and_suggested(service: SearchService) -> None:
    result = service.search(SearchRequest(q="retrun to dust"))
    assert result.corrected is True
    assert result.suggestion == "return to dust"


def test_words_must_all_match_and_exclusion_removes(service: SearchService) -> None:
    assert titles(service.search(SearchRequest(q="samurai"))) == ["Seven Samurai", "Rashomon"]
    assert titles(service.search(SearchRequest(q="samurai -bandits"))) == ["Rashomon"]
    either = service.search(SearchRequest(q="volver OR rashomon", sort="title"))
    assert titles(either) == ["Rashomon", "Volver"]


def _expected_counts(facet: str, keep) -> Counter[str]:
    """Counts computed from the Markdown files themselves, independently of the index."""
    import yaml

    counts: Counter[str] = Counter()
    for text in FILMS.values():
        meta = yaml.safe_load(text.split("---")[1])
        if keep(meta):
            values = meta.get(facet) or []
            counts.update(values if isinstance(values, list) else [values])
    return counts


def _facet(result, name: str) -> dict[str, int]:
    facet = next(f for f in result.facets if f.name == name)
    return {v.value: v.count for v in facet.values if v.count}


def test_multi_select_facets_count_without_their_own_filter(service: SearchService) -> None:
    result = service.search(SearchRequest(genre=("Drama", "Comedy"), decade=("2000s",)))

    def in_2000s(meta) -> bool:
        return 2000 <= (meta.get("year") or 0) < 2010

    def drama_or_comedy(meta) -> bool:
        return bool({"Drama", "Comedy"} & set(meta["genres"]))

    # genre counts ignore the genre selection but apply the decade filter, and vice versa
    assert _facet(result, "genre") == dict(_expected_counts("genres", in_2000s))
    decades = Counter(
        f"{m['year'] // 10 * 10}s"
        for m in (json_meta(t) for t in FILMS.values())
        if drama_or_comedy(m) and m.get("year")
    )
    assert _facet(result, "decade") == dict(decades)
    assert result.total == sum(
        1 for t in FILMS.values() if in_2000s(json_meta(t)) and drama_or_comedy(json_meta(t))
    )
    selected = {v.value for f in result.facets for v in f.values if v.selected}
    assert selected == {"Drama", "Comedy", "2000s"}


def json_meta(text: str) -> dict:
    import yaml

    return yaml.safe_load(text.split("---")[1])


def test_filters_typed_in_the_query(service: SearchService) -> None:
    assert service.search(SearchRequest(q="genre:mystery")).total == 1
    assert titles(service.search(SearchRequest(q="year:1950..1955", sort="year"))) == [
        "Rashomon",
        "Seven Samurai",
    ]
    assert service.search(SearchRequest(q="country:japon")).total == 2  # Spanish for Japan


def test_sort_and_exact_paging(service: SearchService) -> None:
    everything = service.search(SearchRequest(sort="year", per_page=3))
    assert everything.total == len(FILMS)
    assert [h.year for h in everything.hits] == [1950, 1954, 1999]
    last = service.search(SearchRequest(sort="year", per_page=3, page=3))
    assert len(last.hits) == len(FILMS) - 6
    assert last.hits[-1].year is None  # no year: last, whichever the direction
    assert service.search(SearchRequest(sort="-year", per_page=100)).hits[-1].year is None
    beyond = service.search(SearchRequest(sort="year", per_page=3, page=99))
    assert beyond.hits == () and beyond.total == len(FILMS)
    by_title = service.search(SearchRequest(sort="title", per_page=100))
    assert titles(by_title)[:3] == ["Amélie", "Dust", "Rashomon"]  # folded: "amelie" first
    assert titles(by_title)[-1] == "陽光普照"


def test_snippets_are_escaped_and_marked(service: SearchService) -> None:
    result = service.search(SearchRequest(q="terror"))
    snippet = result.hits[0].snippet
    assert "<img" not in snippet and "&lt;img" in snippet
    assert "<mark>terror</mark>" in snippet
    assert re.sub(r"</?mark>", "", snippet).count("<") == 0


def test_phrase_highlighting_is_exact(service: SearchService) -> None:
    result = service.quotes(QuoteRequest(q='"quietly affecting film"'))
    assert [h.critic for h in result.hits] == ["Wendy Ide"]
    snippet = result.hits[0].snippet
    assert snippet.count("<mark>") == 1
    assert "<mark>quietly affecting film</mark>" in snippet


def test_words_highlight_with_stems(service: SearchService) -> None:
    result = service.search(SearchRequest(q="quietly affecting"))
    assert "Amélie" in titles(result)
    amelie = next(h for h in result.hits if h.title == "Amélie")
    assert "<mark>quietly</mark>" in amelie.snippet
    assert "<mark>affectingly</mark>" in amelie.snippet  # same stem as "affecting"


def test_quote_hits_carry_critic_outlet_and_film(service: SearchService) -> None:
    result = service.quotes(QuoteRequest(q="gorgeous"))
    hit = result.hits[0]
    assert (hit.critic, hit.outlet, hit.film.title, hit.film.year) == (
        "Wendy Ide",
        "Guardian",
        "Return to Dust",
        2022,
    )
    assert hit.text.startswith("It's a gorgeous, quietly affecting film")
    outlets = _facet(service.quotes(QuoteRequest(q="")), "outlet")
    assert outlets == {
        "Guardian": 1,
        "Variety": 1,
        "Chicago Sun-Times": 1,
        "javascript:alert(1)": 1,
    }


def test_suggestions_complete_titles_and_names(service: SearchService) -> None:
    titles_found = [s.text for s in service.suggest("seven sa") if s.kind == "title"]
    assert titles_found == ["Seven Samurai"]
    people = [(s.text, s.count) for s in service.suggest("kuro") if s.kind == "person"]
    assert people == [("Akira Kurosawa", 2)]
    assert service.suggest("") == []


def test_film_page_and_similar(service: SearchService) -> None:
    page = service.film("seven-samurai-1954")
    assert page is not None
    assert page.film["title"] == "Seven Samurai"
    assert "seven-samurai-1954" not in [s.id for s in page.similar]
    assert service.film("no-such-film") is None
    assert service.film("seven-samurai-1954~0000") is None


@pytest.mark.parametrize(
    "q",
    [
        "",
        "x" * 10_000,
        "AND OR NOT",
        '"unbalanced',
        "((((",
        ")))",
        "*",
        "a*",
        "*a*b*c",
        "samurai~99",
        "nofield:value",
        "year:abc",
        "year:..",
        "\x00\x01\x02samurai",
        "title:",
        "-",
        "+ -",
        "^3",
        "[a TO z]",
        "{}",
        "'",
        "\\",
    ],
)
def test_hostile_queries_return_a_result(service: SearchService, q: str) -> None:
    result = service.search(SearchRequest(q=q))
    assert result.total >= 0
    assert result.took_ms < 5000
    json.dumps(result.to_json())
    service.quotes(QuoteRequest(q=q))


def test_missing_index_is_reported(tmp_path: Path) -> None:
    with pytest.raises(IndexUnavailable):
        SearchService(tmp_path / "nothing").search(SearchRequest(q="x"))


@pytest.mark.parametrize("q", ["dust", "samurai", "film", "drama village", "the"])
def test_shortlist_ranking_keeps_the_best_hits(
    service: SearchService, monkeypatch: pytest.MonkeyPatch, q: str
) -> None:
    from webapp.search import rank

    full = [h.id for h in service.search(SearchRequest(q=q, per_page=2)).hits]
    monkeypatch.setattr(rank, "SHORTLIST", 1)  # every search with 2+ candidates goes through it
    short = service.search(SearchRequest(q=q, per_page=2))
    assert [h.id for h in short.hits] == full
    assert short.total == service.search(SearchRequest(q=q)).total


def test_similar_films_share_words(service: SearchService) -> None:
    page = service.film("rashomon-1950")
    assert page is not None
    assert "seven-samurai-1954" in [s.id for s in page.similar]  # samurai, Kurosawa, Japan


def test_warm_opens_the_index_and_is_harmless_without_one(
    built: tuple[Path, Path], tmp_path: Path
) -> None:
    fresh = SearchService(built[1])
    fresh.warm()
    assert fresh._live is not None  # opened before any search
    SearchService(tmp_path / "none").warm()  # no index yet: nothing to do, no error
