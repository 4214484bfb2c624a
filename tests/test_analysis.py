"""Token tables for cinedex's analyzers and one small real Whoosh index that uses them."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pytest
from nltk.tokenize import RegexpTokenizer
from whoosh import index
from whoosh.analysis import RegexTokenizer
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import QueryParser

from indexer.analysis import (
    TOKEN_PATTERN,
    SpanTokenizer,
    UnicodeWordTokenizer,
    exact_analyzer,
    fold_term,
    name_analyzer,
    prefix_analyzer,
    snowball_language,
    split_language,
    text_analyzer,
    tokens,
    with_language,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def terms(analyzer, text: str, mode: str = "index") -> list[str]:
    """The terms alone."""
    return [term for term, _, _ in tokens(analyzer, text, mode)]


# --------------------------------------------------------------------------- token tables

EXACT_TABLE = [
    # accents, letters that do not decompose, decomposed input
    ("Amélie", ["amelie"]),
    ("ALMODÓVAR", ["almodovar"]),
    ("Łódź", ["lodz"]),
    ("Ærø", ["aero"]),
    ("Straße", ["strasse"]),
    ("Ame\u0301lie", ["amelie"]),
    # apostrophes: possessive / "it's" keep the stem, elision keeps the word, else dropped;
    # at index time the apostrophe-less spelling is added
    ("it's", ["it", "its"]),
    ("Amélie’s", ["amelie", "amelies"]),
    ("l'amour", ["amour", "lamour"]),
    ("Coeur d'Alène", ["coeur", "alene", "dalene"]),
    ("O'Brien", ["obrien"]),
    ("don't", ["dont"]),
    # hyphens: parts, plus the joined word at index time
    ("Jean-Luc", ["jean", "jeanluc", "luc"]),
    ("Spider-Man", ["spider", "spiderman", "man"]),
    # numbers and years
    ("1917 and 2046", ["1917", "and", "2046"]),
    ("8½", ["8", "1/2"]),
    ("8 1/2", ["8", "1/2"]),
    ("9/11, 3.14 and 1,000", ["9/11", "3.14", "and", "1,000"]),
    ("the U.S.A.", ["the", "usa"]),
    # CJK: overlapping bigrams, single characters alone, Latin split off
    ("陽光普照", ["陽光", "光普", "普照"]),
    (
        "コンフィデンスマンJP",
        ["コン", "ンフ", "フィ", "ィデ", "デン", "ンス", "スマ", "マン", "jp"],
    ),
    ("주리", ["주리"]),
    ("光", ["光"]),
    ("千と千尋", ["千と", "と千", "千尋"]),
    # Cyrillic (ё -> е, й kept) and Greek (tonos, final sigma)
    ("Ёлки", ["елки"]),
    ("Ирска", ["ирска"]),
    ("Ночной дозор", ["ночной", "дозор"]),
    ("Ελλάδα", ["ελλαδα"]),
    ("Σκηνοθεσία", ["σκηνοθεσια"]),
    ("ΟΔΥΣΣΕΑΣ", ["οδυσσεασ"]),
]


@pytest.mark.parametrize(("text", "expected"), EXACT_TABLE)
def test_exact_analyzer_terms(text: str, expected: list[str]) -> None:
    assert terms(exact_analyzer(), text) == expected


@pytest.mark.parametrize(("text", "expected"), EXACT_TABLE)
def test_name_analyzer_agrees_with_exact(text: str, expected: list[str]) -> None:
    assert terms(name_analyzer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it's", ["it"]),
        ("l'amour", ["amour"]),
        ("Jean-Luc", ["jean", "luc"]),
        ("Spider-Man's", ["spider", "man"]),
        ("陽光普照", ["陽光", "光普", "普照"]),
    ],
)
def test_queries_get_no_extra_spellings(text: str, expected: list[str]) -> None:
    assert terms(exact_analyzer(), text, mode="query") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("running films", None, ["run", "film"]),
        ("generously", "en", ["generous"]),
        ("corriendo corren correr", "es", ["corr", "corr", "corr"]),
        ("continuellement", "fr", ["continuel"]),
        ("aufeinanderfolgenden", "de", ["aufeinanderfolg"]),
        ("aufeinanderfolgenden", None, ["aufeinanderfolgenden"]),
        ("abbandonata", "it", ["abbandon"]),
        ("corriendo", "tlh", ["corriendo"]),  # no stemmer: the analyzer's language (English)
        ("фильмы", None, ["фильм"]),  # Cyrillic is stemmed as Russian whatever the tag
        ("running фильмы", "ru", ["run", "фильм"]),  # and Latin in a Russian text as English
        ("Σκηνοθεσία 陽光", "el", ["σκηνοθεσια", "陽光"]),
    ],
)
def test_text_analyzer_stems_in_the_documents_language(
    text: str, lang: str | None, expected: list[str]
) -> None:
    assert terms(text_analyzer(), with_language(text, lang)) == expected


def test_language_can_be_passed_as_a_keyword() -> None:
    analyzer = text_analyzer()
    assert [t.text for t in analyzer("corriendo", lang="es")] == ["corr"]
    assert [t.text for t in text_analyzer("es")("corriendo")] == ["corr"]


def test_stemming_drops_an_extra_spelling_that_stems_like_the_word() -> None:
    assert terms(text_analyzer(), "Godard's films") == ["godard", "film"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (with_language("Hola", "es"), ("es", "Hola")),
        (with_language("Hola", None), (None, "Hola")),
        ("plain", (None, "plain")),
    ],
)
def test_language_tags_round_trip(value: str, expected: tuple[str | None, str]) -> None:
    assert split_language(value) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("es", "spanish"),
        ("pt-BR", "portuguese"),
        ("Spanish", "spanish"),
        ("nb", "norwegian"),
        ("el", None),
        ("zh", None),
        ("", None),
        (None, None),
    ],
)
def test_snowball_language(lang: str | None, expected: str | None) -> None:
    assert snowball_language(lang) == expected


# --------------------------------------------------------------------------- offsets, positions

TRICKY = (
    "Amélie’s friends — Jean-Luc, O'Brien & l'amour — watched 8½ (1963) in the U.S.A.; "
    "陽光普照 and コンフィデンスマンJP, Ёлки, Σκηνοθεσία, Coeur d'Alène."
)


@pytest.mark.parametrize("mode", ["index", "query"])
def test_offsets_slice_back_to_the_surface_form(mode: str) -> None:
    for term, start, end in tokens(exact_analyzer(), TRICKY, mode):
        surface = re.sub(r"[-'’.]", "", TRICKY[start:end])
        assert fold_term(surface) == term, (term, TRICKY[start:end])


def test_offsets_are_relative_to_the_untagged_text() -> None:
    text = "Pedro Almodóvar"
    assert tokens(text_analyzer(), with_language(text, "es")) == [
        ("pedr", 0, 5),
        ("almodov", 6, 15),
    ]


def test_positions_count_words_not_extra_spellings() -> None:
    stream = exact_analyzer()("Jean-Luc et l'amour 陽光普照 x", positions=True, start_pos=10)
    assert [(t.text, t.pos) for t in stream] == [
        ("jean", 10),
        ("jeanluc", 10),
        ("luc", 11),
        ("et", 12),
        ("amour", 13),
        ("lamour", 13),
        ("陽光", 14),
        ("光普", 15),
        ("普照", 16),
        ("x", 17),
    ]


def test_tokens_match_whoosh_regex_tokenizer_on_plain_words() -> None:
    text = "Four witnesses\tkeep  running, into 1950 contradictions."
    options: dict = {"positions": True, "chars": True, "start_pos": 3, "start_char": 7}

    def attributes(stream):
        return [(t.text, t.pos, t.startchar, t.endchar, t.removestops) for t in stream]

    whoosh_tokens = attributes(RegexTokenizer()(text, removestops=False, **options))
    assert attributes(SpanTokenizer()(text, removestops=False, **options)) == whoosh_tokens


def test_no_morph_skips_stemming_as_whoosh_spelling_expects() -> None:
    assert [t.text for t in text_analyzer()("Running", no_morph=True)] == ["running"]


def test_tokenize_false_yields_the_whole_value_folded() -> None:
    stream = name_analyzer()("Kuro Sawa", tokenize=False, chars=True)
    assert [(t.text, t.startchar, t.endchar) for t in stream] == [("kuro sawa", 0, 9)]


def test_same_spans_as_nltk_regexp_tokenizer() -> None:
    text = TRICKY + " Straße, 1,000 9/11 ½ Ame\u0301lie हिन्दी"
    nltk_spans = list(RegexpTokenizer(TOKEN_PATTERN).span_tokenize(text))
    assert list(UnicodeWordTokenizer().span_tokenize(text)) == nltk_spans
    assert len(nltk_spans) == 26  # counted by hand


@pytest.mark.skipif(not (SHARED / "data").is_dir(), reason="shared data not present")
def test_same_spans_as_nltk_on_real_synopses() -> None:
    path = SHARED / "data" / "streaming_movies.jsonl"
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(next(lines))["description"] or "" for _ in range(300)]
    ours, nltk = UnicodeWordTokenizer(), RegexpTokenizer(TOKEN_PATTERN)
    assert [list(ours.span_tokenize(t)) for t in texts] == [
        list(nltk.span_tokenize(t)) for t in texts
    ]


# --------------------------------------------------------------------------- prefix analyzer


@pytest.mark.parametrize(
    ("text", "mode", "expected"),
    [
        ("Kurosawa", "index", ["ku", "kur", "kuro", "kuros", "kurosa", "kurosaw", "kurosawa"]),
        ("Kuro", "query", ["kuro"]),
        ("Akira Kuro", "query", ["akira", "kuro"]),
        ("K", "query", []),
        (
            "Almodóvar",
            "index",
            ["al", "alm", "almo", "almod", "almodo", "almodov", "almodova", "almodovar"],
        ),
        ("supercalifragilistic", "query", ["supercalifragil"]),
        ("陽光", "index", ["陽光"]),
    ],
)
def test_prefix_analyzer(text: str, mode: str, expected: list[str]) -> None:
    assert terms(prefix_analyzer(), text, mode) == expected


# --------------------------------------------------------------------------- a real index


def schema(synopsis_lang: str = "en") -> Schema:
    """A small schema shaped like cinedex's, using every analyzer."""
    return Schema(
        id=ID(stored=True, unique=True),
        title=TEXT(analyzer=name_analyzer(), stored=True),
        people=TEXT(analyzer=name_analyzer()),
        people_prefix=TEXT(analyzer=prefix_analyzer()),
        synopsis=TEXT(analyzer=text_analyzer(synopsis_lang), stored=True),
        quote=TEXT(analyzer=exact_analyzer(), phrase=True),
    )


DOCS = [
    {
        "id": "amelie",
        "title": "Le Fabuleux Destin d'Amélie Poulain",
        "people": "Jean-Pierre Jeunet",
    },
    {"id": "madre", "title": "Todo sobre mi madre", "people": "Pedro Almodóvar"},
    {"id": "sun", "title": "陽光普照", "people": "鍾孟宏"},
    {"id": "rashomon", "title": "Rashomon", "people": "Akira Kurosawa"},
    {
        "id": "quote",
        "title": "Return to Dust",
        "quote": "A quietly affecting film about two lives.",
    },
    {"id": "scattered", "title": "Other", "quote": "The film is affecting, if quietly so."},
]
SYNOPSES = {
    "madre": ("es", "Una madre corriendo tras la verdad."),
    "rashomon": ("en", "Four witnesses keep running into contradictions."),
}


@pytest.fixture(scope="module")
def ix(tmp_path_factory: pytest.TempPathFactory) -> index.Index:
    folder = tmp_path_factory.mktemp("index")
    index.create_in(folder, schema())
    writer = index.open_dir(folder).writer()
    for doc in DOCS:
        fields = dict(doc, people_prefix=doc.get("people", ""))
        if doc["id"] in SYNOPSES:
            lang, text = SYNOPSES[doc["id"]]
            fields.update(synopsis=with_language(text, lang), _stored_synopsis=text)
        writer.add_document(**fields)
    writer.commit()
    return index.open_dir(folder)  # reopened: the pickled analyzers load back


def search(ix: index.Index, field: str, query: str, parse_schema: Schema | None = None) -> set[str]:
    """Ids of the documents that ``query`` finds in ``field``."""
    parsed = QueryParser(field, parse_schema or ix.schema).parse(query)
    with ix.searcher() as searcher:
        return {hit["id"] for hit in searcher.search(parsed, limit=None)}


@pytest.mark.parametrize(
    ("field", "query", "expected"),
    [
        ("title", "amelie", {"amelie"}),
        ("title", "AMÉLIE", {"amelie"}),
        ("people", "almodovar", {"madre"}),
        ("people", "jean pierre", {"amelie"}),
        ("people", "jean-pierre", {"amelie"}),
        ("people", "jeanpierre", {"amelie"}),
        ("people", '"jean pierre jeunet"', {"amelie"}),
        ("title", "陽光", {"sun"}),
        ("title", "陽光普照", {"sun"}),
        ("title", "普照陽光", set()),
        ("people_prefix", "kuro", {"rashomon"}),
        ("people_prefix", "akira kuros", {"rashomon"}),
        ("people_prefix", "almodo", {"madre"}),
        ("quote", '"quietly affecting film"', {"quote"}),
        ("quote", "quietly affecting film", {"quote", "scattered"}),
        ("synopsis", "runs", {"rashomon"}),
        ("synopsis", "corriendo", set()),  # English query stems differ from Spanish ones
    ],
)
def test_index_finds(ix: index.Index, field: str, query: str, expected: set[str]) -> None:
    assert search(ix, field, query) == expected


def test_a_spanish_query_schema_finds_spanish_stems(ix: index.Index) -> None:
    assert search(ix, "synopsis", "corren", parse_schema=schema("es")) == {"madre"}


def test_stored_synopsis_is_untagged(ix: index.Index) -> None:
    with ix.searcher() as searcher:
        assert searcher.document(id="madre")["synopsis"] == SYNOPSES["madre"][1]


def test_analyzers_pickle() -> None:
    for make in (text_analyzer, exact_analyzer, name_analyzer, prefix_analyzer):
        analyzer = pickle.loads(pickle.dumps(make()))
        assert analyzer == make()
        assert terms(analyzer, "Jean-Luc") == terms(make(), "Jean-Luc")
