"""Tests for indexer.extract.catalogue: rows, column recognition, films, quotes, problems."""

from __future__ import annotations

import io

import pytest

from indexer.extract import catalogue
from indexer.extract.catalogue import BrokenRow, ColumnMapping
from indexer.records import Film, FilmRef, LooseQuote, Problem, Quote

# One row of each schema in shared/data, as the source writes it.
STREAMING = {
    "source_file": "netflix_titles.csv",
    "show_id": "s8",
    "type": "Movie",
    "title": "Sankofa",
    "director": "Haile Gerima",
    "cast": "Kofi Ghanaba, Oyafunmike Ogunlano, Alexandra Duah",
    "country": "United States, Ghana, Burkina Faso",
    "release_year": "1993",
    "duration": "125 min",
    "listed_in": "Dramas, Independent Movies, International Movies",
    "description": "On a photo shoot in Ghana, an American model slips back in time.",
}
AMAZON = {
    "type": "Movie",
    "title": "Concert",
    "director": "",
    "cast": "",
    "country": "",
    "release_year": "2019",
    "duration": "60 min",
    "listed_in": "Arts, Entertainment, and Culture, Action-Adventure",
    "description": "A concert\nwith two lines.",
}
WIKIPEDIA = {
    "title": "Mr. Deeds Goes to Town",
    "year": 1936,
    "cast": ["Gary Cooper", "(", "Best Actor", "nominee)", "Jean Arthur", "Lon Chaney", "Jr."],
    "genres": ["Comedy", "Drama"],
    "href": "Mr._Deeds_Goes_to_Town",
    "extract": "Mr. Deeds Goes to Town is a 1936 American comedy-drama film.",
}
RT2020 = {
    "dataset": "rt2020_sample",
    "rotten_tomatoes_link": "m/1012515-little_shop_of_horrors",
    "movie_title": "Little Shop of Horrors",
    "movie_info": "Meek flower shop assistant Seymour pines for co-worker Audrey.",
    "genres": "Comedy, Musical & Performing Arts",
    "directors": "Frank Oz",
    "authors": "Howard Ashman",
    "actors": "Rick Moranis, Ellen Greene",
    "original_release_date": "1986-12-19",
    "runtime": "93",
    "production_company": "Warner Bros. Pictures",
}
RT_GENRE = {
    "dataset": "rt_genre_musicals",
    "movieId": "6da4d992-97ca-3acc-834c-37c1ad34872c",
    "movieTitle": "Singin' in the Rain",
    "movieYear": "1952",
    "movieURL": "https://www.rottentomatoes.com/m/singin_in_the_rain",
    "critic_score": "100%",
}
RT2020_QUOTE = {
    "dataset": "rt2020_sample",
    "rotten_tomatoes_link": "m/0814255",
    "critic_name": "Andrew L. Urban",
    "publisher_name": "Urban Cinefile",
    "review_type": "Fresh",
    "review_date": "2010-02-06",
    "review_content": "A fantasy adventure that fuses Greek mythology to contemporary places.",
    "movie": {
        "rotten_tomatoes_link": "m/0814255",
        "movie_title": "Percy Jackson & the Olympians: The Lightning Thief",
        "original_release_date": "2010-02-12",
    },
}
RT_GENRE_QUOTE = {
    "dataset": "rt_genre_musicals",
    "reviewId": "1911099",
    "movieId": "13a360c0-08ec-316d-afd0-10e6bc016ae5",
    "creationDate": "1800-01-01",
    "criticName": "Jennie Kermode",
    "reviewState": "fresh",
    "isFresh": "True",
    "publicationName": "Eye for Film",
    "quote": "Bing Crosby and Danny Kaye&#46; A real treat&apos;s treat.",
    "movie": {
        "movieId": "13a360c0-08ec-316d-afd0-10e6bc016ae5",
        "movieTitle": "White Christmas",
        "movieYear": "1954",
    },
}


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            STREAMING,
            Film(
                title="Sankofa",
                year=1993,
                directors=("Haile Gerima",),
                cast=("Kofi Ghanaba", "Oyafunmike Ogunlano", "Alexandra Duah"),
                countries=("United States", "Ghana", "Burkina Faso"),
                countries_as_written=("United States", "Ghana", "Burkina Faso"),
                genres=("Drama",),
                tags=("Independent Movies", "International Movies"),
                runtime_minutes=125,
                runtimes=(125,),
                synopsis="On a photo shoot in Ghana, an American model slips back in time.",
                sources=("cat#1",),
            ),
        ),
        (
            AMAZON,
            Film(
                title="Concert",
                year=2019,
                genres=("Action", "Adventure"),
                tags=("Arts, Entertainment, and Culture",),
                runtime_minutes=60,
                runtimes=(60,),
                synopsis="A concert with two lines.",
                sources=("cat#1",),
            ),
        ),
        (
            WIKIPEDIA,
            Film(
                title="Mr. Deeds Goes to Town",
                year=1936,
                cast=("Gary Cooper", "Jean Arthur", "Lon Chaney Jr."),
                genres=("Comedy", "Drama"),
                synopsis="Mr. Deeds Goes to Town is a 1936 American comedy-drama film.",
                link="Mr._Deeds_Goes_to_Town",
                sources=("cat#1",),
            ),
        ),
        (
            RT2020,
            Film(
                title="Little Shop of Horrors",
                year=1986,
                directors=("Frank Oz",),
                writers=("Howard Ashman",),
                cast=("Rick Moranis", "Ellen Greene"),
                companies=("Warner Bros. Pictures",),
                genres=("Comedy", "Music"),
                runtime_minutes=93,
                runtimes=(93,),
                synopsis="Meek flower shop assistant Seymour pines for co-worker Audrey.",
                link="m/1012515-little_shop_of_horrors",
                sources=("cat#1",),
            ),
        ),
        (
            RT_GENRE,
            Film(
                title="Singin' in the Rain",
                year=1952,
                link="m/singin_in_the_rain",
                sources=("cat#1",),
            ),
        ),
    ],
    ids=["streaming", "amazon", "wikipedia", "rt2020", "rt-genre"],
)
def test_film_rows(row: dict[str, object], expected: Film) -> None:
    result = catalogue.extract_rows([row], "cat")
    assert result.films == [expected]
    assert (result.quotes, result.problems) == ([], [])


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (
            RT2020_QUOTE,
            LooseQuote(
                FilmRef("Percy Jackson & the Olympians: The Lightning Thief", 2010, "m/0814255"),
                Quote(
                    text=RT2020_QUOTE["review_content"],  # type: ignore[arg-type]
                    critic="Andrew L. Urban",
                    outlet="Urban Cinefile",
                    date="2010-02-06",
                    verdict="fresh",
                    source="q#1",
                ),
            ),
        ),
        (
            RT_GENRE_QUOTE,
            LooseQuote(
                FilmRef("White Christmas", 1954, "id:13a360c0-08ec-316d-afd0-10e6bc016ae5"),
                Quote(
                    text="Bing Crosby and Danny Kaye. A real treat's treat.",
                    critic="Jennie Kermode",
                    outlet="Eye for Film",
                    date=None,
                    verdict="fresh",
                    source="q#1",
                ),
            ),
        ),
    ],
    ids=["rt2020", "rt-genre"],
)
def test_quote_rows(row: dict[str, object], expected: LooseQuote) -> None:
    result = catalogue.extract_rows([row], "q")
    assert result.quotes == [expected]
    assert result.films == []


def test_film_ids_are_collected_for_joining_quotes() -> None:
    result = catalogue.extract_rows([RT_GENRE], "rt")
    assert result.film_ids == {RT_GENRE["movieId"]: "m/singin_in_the_rain"}


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (
            [{"title": ""}, {"title": "  "}, {"title": "Ok"}],
            [Problem("f", "2 rows: skipped, no title (rows 1, 2)")],
        ),
        (
            [{**RT2020_QUOTE, "review_content": ""} for _ in range(7)],
            [
                Problem(
                    "f", "7 rows: skipped, quote has no text (score only) (rows 1, 2, 3, 4, 5, …)"
                )
            ],
        ),
        (
            [{"type": "TV Show", "title": "Lost"}],
            [Problem("f", "1 row: skipped, not a film (type 'TV Show') (rows 1)")],
        ),
        (
            [{"title": "Test", "duration": "0 min"}],
            [Problem("f", "1 row: runtime not understood (rows 1)")],
        ),
        (
            [(3, BrokenRow("invalid JSON")), (9, {"title": "Ok"})],
            [Problem("f", "1 row: skipped, invalid JSON (rows 3)", "error")],
        ),
        (
            [{"quote": "Fine.", "criticName": "A B"}],
            [Problem("f", "1 row: skipped, quote names no film (no link, id or title) (rows 1)")],
        ),
    ],
    ids=["no-title", "empty-quotes-aggregated", "tv-show", "runtime", "broken", "quote-no-film"],
)
def test_skipped_rows_are_counted_per_reason(
    rows: list[dict[str, object]], expected: list[Problem]
) -> None:
    assert catalogue.extract_rows(rows, "f").problems == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": 1}\n\n{"b": 2}\n', [(1, {"a": 1}), (3, {"b": 2})]),
        ('{"a": 1\n[1]\n', [(1, "invalid JSON"), (2, "a row must be a JSON object, not list")]),
    ],
)
def test_iter_jsonl(text: str, expected: list[tuple[int, object]]) -> None:
    got = [
        (n, row.reason.split(" (")[0] if isinstance(row, BrokenRow) else row)
        for n, row in catalogue.iter_jsonl(io.StringIO(text))
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a,b\n1,2\n3,4\n", [(2, {"a": "1", "b": "2"}), (3, {"a": "3", "b": "4"})]),
        ("a;b\n1;2\n", [(2, {"a": "1", "b": "2"})]),
        ('a,b\n"x\ny",2\n5,6\n', [(2, {"a": "x\ny", "b": "2"}), (4, {"a": "5", "b": "6"})]),
        (
            "a,b\n1,2,3\n\n4,5\n",
            [(2, "row has 3 fields, the header has 2"), (4, {"a": "4", "b": "5"})],
        ),
        ("\ufeffa,b\n1,2\n", [(2, {"a": "1", "b": "2"})]),
        ("", []),
    ],
    ids=["plain", "semicolons", "multiline-cell", "broken-row", "bom", "empty"],
)
def test_iter_csv(text: str, expected: list[tuple[int, object]]) -> None:
    got = [
        (n, row.reason if isinstance(row, BrokenRow) else row)
        for n, row in catalogue.iter_csv(io.StringIO(text, newline=""))
    ]
    assert got == expected


MAPPING = ColumnMapping(columns={"title": "Titel", "year": "Jahr", "directors": "Regie"})
LANG = ("M", 1931, ("Fritz Lang",))


@pytest.mark.parametrize(
    ("text", "source", "mapping", "expected"),
    [
        ("Titel,Jahr,Regie\nM,1931,Fritz Lang\n", "de.csv", MAPPING, [(*LANG, "de.csv#2")]),
        ("Titel\tJahr\tRegie\nM\t1931\tFritz Lang\n", "de.tsv", MAPPING, [(*LANG, "de.tsv#2")]),
        ('{"name": "Ran", "year": "1985"}\n', "x.jsonl", None, [("Ran", 1985, (), "x.jsonl#1")]),
        ("title,year\r\nRan,1985\r\n", "x.csv", None, [("Ran", 1985, (), "x.csv#2")]),
    ],
    ids=["csv-mapping", "tsv-mapping", "jsonl", "csv-crlf"],
)
def test_extract_catalogue(
    text: str, source: str, mapping: ColumnMapping | None, expected: list[tuple[object, ...]]
) -> None:
    result = catalogue.extract_catalogue(text, source, mapping)
    assert [(f.title, f.year, f.directors, *f.sources) for f in result.films] == expected


def test_mapping_declares_quotes() -> None:
    mapping = ColumnMapping(
        columns={"quote": "Zitat", "critic": "Kritiker", "title": "Film"}, kind="quotes"
    )
    result = catalogue.extract_catalogue("Film,Zitat,Kritiker\nM,Stark.,Ada\n", "z.csv", mapping)
    assert result.quotes == [
        LooseQuote(FilmRef("M", None, None), Quote("Stark.", critic="Ada", source="z.csv#2"))
    ]


@pytest.mark.parametrize(
    ("text", "mapping", "messages"),
    [
        (
            "columns: {title: Titel}\nkind: films\ntext_language: de\n",
            ColumnMapping(columns={"title": "Titel"}, kind="films", text_language="de"),
            [],
        ),
        (
            "columns: {title: T, rating: R}\nkind: reviews\n",
            ColumnMapping(columns={"title": "T"}),
            [
                "unknown field 'rating' in column mapping (known: ",
                "kind must be 'films' or 'quotes', not 'reviews'",
            ],
        ),
        ("columns: [title]\n", None, ["a column mapping must be a mapping"]),
        ("columns: {title: [\n", None, ["invalid YAML in column mapping"]),
    ],
    ids=["good", "unknown-field-and-kind", "not-a-mapping", "bad-yaml"],
)
def test_parse_mapping(text: str, mapping: ColumnMapping | None, messages: list[str]) -> None:
    got, problems = catalogue.parse_mapping(text, "m.mapping.yaml")
    assert got == mapping
    assert len(problems) == len(messages)
    for problem, start in zip(problems, messages, strict=True):
        assert problem.message.startswith(start)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://www.rottentomatoes.com/m/singin_in_the_rain", "m/singin_in_the_rain"),
        ("m/0814255", "m/0814255"),
        ("Mr._Deeds_Goes_to_Town", "Mr._Deeds_Goes_to_Town"),
        ("  ", None),
    ],
)
def test_link_key(value: str, expected: str | None) -> None:
    assert catalogue.link_key(value) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (("(", "Best Supporting Actress", "nominee)", "Gail Patrick"), ("Gail Patrick",)),
        (
            ("Lon Chaney", "Noah Beery", "Sr.", "Anna May Wong"),
            ("Lon Chaney", "Noah Beery Sr.", "Anna May Wong"),
        ),
        (("Dir.: Olexa Hewryk (", "WordWorld", ")", "Ann Lee"), ("Dir.: Olexa Hewryk", "Ann Lee")),
        (("Bud Abbott", "and", "Lou Costello", "."), ("Bud Abbott", "Lou Costello")),
        (("Harry Carter (actor)", "Tim Allen", "(narrator)"), ("Harry Carter", "Tim Allen")),
        (("Gary Cooper", "gary cooper"), ("Gary Cooper",)),
    ],
    ids=["remark-over-items", "suffix", "open-paren-in-name", "filler", "annotations", "dupes"],
)
def test_clean_name_list(names: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert catalogue.clean_name_list(names) == expected


GODFATHER = {
    "title": "The Godfather",
    "year": 1972,
    "cast": ["Marlon Brando", "Al Pacino"],
    "href": "The_Godfather",
    "extract": "The Godfather is a 1972 American crime film directed by Francis Ford Coppola, "
    "who co-wrote the screenplay with Mario Puzo, based on Puzo's best-selling 1969 novel.",
}


def test_a_director_named_in_the_synopsis_is_read_and_marked_as_prose() -> None:
    film = catalogue.extract_rows([GODFATHER], "wiki").films[0]
    assert film.directors == ("Francis Ford Coppola",)
    assert "Mario Puzo" in film.writers  # "who co-wrote the screenplay with Mario Puzo"
    assert film.prose_fields == ("directors", "writers")
    assert film.cast == ("Marlon Brando", "Al Pacino")  # the list the row gives is kept


@pytest.mark.parametrize(
    ("row", "directors"),
    [
        # a director column wins over the prose
        ({**GODFATHER, "director": "F. F. Coppola"}, ("F. F. Coppola",)),
        ({**GODFATHER, "extract": "A 1972 American crime film about a family."}, ()),
        ({**GODFATHER, "extract": ""}, ()),
        (
            {
                "title": "Star Wars",
                "year": 1977,
                "extract": "Star Wars is a 1977 American epic "
                "space opera film written and directed by George Lucas.",
            },
            ("George Lucas",),
        ),
    ],
    ids=["column-wins", "no-cue", "no-synopsis", "written-and-directed"],
)
def test_prose_directors(row: dict[str, object], directors: tuple[str, ...]) -> None:
    film = catalogue.extract_rows([row], "wiki").films[0]
    assert film.directors == directors
    assert ("directors" in film.prose_fields) is (directors != () and "director" not in row)


@pytest.mark.parametrize(
    ("row", "title", "messages"),
    [
        (
            {"title": "Ran (1985)", "year": 1985},
            "Ran",
            ["1 row: title ended with its year in parentheses; removed (rows 1)"],
        ),
        ({"title": "The Wicker Man (1973)", "year": 1975}, "The Wicker Man (1973)", []),
        ({"title": "1917", "year": 2019}, "1917", []),
        ({"title": "(1985)", "year": 1985}, "(1985)", []),
    ],
    ids=["same-year", "other-year", "number-title", "only-a-year"],
)
def test_a_trailing_year_equal_to_the_films_is_removed(
    row: dict[str, object], title: str, messages: list[str]
) -> None:
    result = catalogue.extract_rows([row], "cat")
    assert [f.title for f in result.films] == [title]
    assert [p.message for p in result.problems] == messages


def test_items_that_are_not_people_are_dropped_and_reported() -> None:
    rows = [
        {"title": "La La Land", "year": 2016, "cast": ["writer", "Ryan Gosling", "Emma Stone"]},
        {"title": "Dino Ranch", "year": 2020, "cast": "LB, Aaron Michael"},
        {"title": "Clip", "year": 2021, "cast": "1, 2, RZA"},
    ]
    result = catalogue.extract_rows(rows, "cat")
    assert [f.cast for f in result.films] == [
        ("Ryan Gosling", "Emma Stone"),
        ("Aaron Michael",),
        ("RZA",),
    ]
    assert [p.message for p in result.problems] == [
        "1 row: people list item dropped: role word (rows 1)",
        "1 row: people list item dropped: initials only (rows 2)",
        "1 row: people list item dropped: no letters (rows 3)",
    ]


def test_a_title_without_letters_or_digits_is_skipped() -> None:
    result = catalogue.extract_rows([{"title": " - ", "year": 2000}], "cat")
    assert result.films == []
    assert [p.message for p in result.problems] == ["1 row: skipped, no title (rows 1)"]
