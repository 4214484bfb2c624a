"""Tests for the raw film-page extractor: page snippets -> fields, the seed pages, bad input."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.extract.pages import extract_page
from indexer.extract.pages.text import is_schedule, literal_then
from indexer.records import ExtractResult, Film, Problem, Quote

SEEDS = Path(__file__).resolve().parents[1] / "corpus" / "pages"


def film_of(text: str, source: str = "page.txt") -> Film:
    result = extract_page(text, source)
    assert len(result.films) == 1, result.problems
    return result.films[0]


# --------------------------------------------------------------------------- labels


@pytest.mark.parametrize(
    ("text", "directors"),
    [
        ("Heat\nDirector: Michael Mann", ["Michael Mann"]),
        ("Heat\nDirector : Michael Mann", ["Michael Mann"]),
        ("Heat\nDirección: Michael Mann", ["Michael Mann"]),
        ("Heat\nRéalisation : Michael Mann", ["Michael Mann"]),
        ("Heat\nRegie | Michael Mann |", ["Michael Mann"]),
        # a German listing's abbreviated label inside a row of cells
        ("Heat\nUSA 1995 | 170 Minuten | R: Michael Mann | K: Dante Spinotti |", ["Michael Mann"]),
        # a label glued to the dot before it and to its value
        ("Heat\nDURACIÓN: 170 min.DIRECCIÓN:Michael Mann\n", ["Michael Mann"]),
        ("Heat\nRegia: Michael Mann", ["Michael Mann"]),
        ("Heat\nREALIZADOR: Michael Mann", ["Michael Mann"]),
        ("Heat\nYÖNETMEN: Michael Mann", ["Michael Mann"]),
        ("Heat\nΣκηνοθεσία: Michael Mann", ["Michael Mann"]),
        ("ヒート\n監督:マイケル・マン", ["マイケル・マン"]),
        ("히트\n감독 마이클 만", ["마이클 만"]),
        ("Heat\nРежија / Director: Michael Mann", ["Michael Mann"]),
        ("Heat\nDIRECTOR\n\nMichael Mann", ["Michael Mann"]),
        ("Heat\nDirector\nMichael Mann\nCast\nAl Pacino", ["Michael Mann"]),
        ("Heat\n- DirectorMichael Mann\n- CountryUSA", ["Michael Mann"]),
        ("Heat\nDirected by Michael Mann", ["Michael Mann"]),
        ("Heat\nDirected by: Joel Coen and Ethan Coen", ["Joel Coen", "Ethan Coen"]),
        ("Heat\n(director/writer: Michael Mann; cast: Al Pacino; Runtime: 170)", ["Michael Mann"]),
        ("Heat\nA 1995 American crime film directed by Michael Mann.", ["Michael Mann"]),
        ("Heat\nUn film drammatico di Michael Mann con Al Pacino - USA", ["Michael Mann"]),
    ],
)
def test_director_labels_in_many_forms_and_languages(text: str, directors: list[str]) -> None:
    assert list(film_of(text).directors) == directors


def test_label_value_on_following_lines_with_commas_and_bullets() -> None:
    film = film_of(
        "Heat\nGenre\nCrime,\nThriller\nCountries\n  • United States\n  • Canada\n"
        "Cast: Al Pacino, Robert De Niro,\nVal Kilmer\n"
    )
    assert (film.genres, film.countries, film.cast) == (
        ("Crime", "Thriller"),
        ("United States", "Canada"),
        ("Al Pacino", "Robert De Niro", "Val Kilmer"),
    )


def test_crew_roles_companies_and_awards() -> None:
    film = film_of(
        "Heat\nCinematography: Dante Spinotti\nEditing: Dov Hoenig\nMusic: Elliot Goldenthal\n"
        "Sound: Chris Jenkins\nProduction Design: Neil Spisak\n"
        "Producers: Art Linson, Michael Mann\n"
        "Production: Forward Pass, Regency Enterprises\nAwards: Saturn Award – Best Actor, "
        "Golden Reel – Best Sound\nSprache: Englisch, Spanisch\n"
    )
    assert film.credits == (
        ("cinematography", ("Dante Spinotti",)),
        ("editing", ("Dov Hoenig",)),
        ("music", ("Elliot Goldenthal",)),
        ("sound", ("Chris Jenkins",)),
        ("production design", ("Neil Spisak",)),
        ("producers", ("Art Linson", "Michael Mann")),
    )
    assert film.companies == ("Forward Pass", "Regency Enterprises")
    assert film.awards == ("Saturn Award – Best Actor", "Golden Reel – Best Sound")
    assert film.languages == ("English", "Spanish")


@pytest.mark.parametrize(
    ("text", "countries", "written"),
    [
        ("Heat\nPaís: España", ("Spain",), ("España",)),
        ("Heat\nLand | Deutschland |", ("Germany",), ("Deutschland",)),
        (
            "Heat\nCountry: argentina, dominican_republic",
            ("Argentina", "Dominican Republic"),
            ("argentina", "dominican republic"),
        ),
        (
            "Heat\nCountry: United Kingdom and United States of America (USA)",
            ("United Kingdom", "United States"),
            ("United Kingdom", "United States of America"),
        ),
        (
            "Heat\nORIGEM: México, Estados Unidos",
            ("Mexico", "United States"),
            ("México", "Estados Unidos"),
        ),
    ],
)
def test_countries_in_english_and_as_written(
    text: str, countries: tuple[str, ...], written: tuple[str, ...]
) -> None:
    film = film_of(text)
    assert (film.countries, film.countries_as_written) == (countries, written)


_CREDITS = "Heat\n\nDirector: Michael Mann\nYear: 1995\n{}\nRuntime: 170 min\n"


@pytest.mark.parametrize(
    ("line", "countries"),
    [
        # a label no language knows: the value made only of country names says the fact
        ("Herkunft: Frankreich / Deutschland", ("France", "Germany")),
        ("Made in: France, Germany", ("France", "Germany")),
        ("Zemlja porekla: Francuska", ("France",)),
        ("Produced in:\nFrance, Germany", ("France", "Germany")),
        ("Made in: France (majority), Belgium", ("France", "Belgium")),
        # the label and its value as two cells of a line
        ("Herkunft | Frankreich", ("France",)),
        ("Shot in | Spain", ()),
        # a label with a word cut short by a dot, which the scanner reads as no label
        ("Prod. country: France", ("France",)),
        ("Zem. porekla: Francuska", ("France",)),
        ("Mr. Smith: Paris", ()),
        # a production's label over countries alone: where the film was made
        ("Производство: Россия", ("Russia",)),
        ("Produkcija: Srbija, Hrvatska", ("Serbia", "Croatia")),
        # no country: a place that is no film's country, a rating, a language, a company
        ("Setting: France", ()),
        ("Lieu de tournage : Belgique", ()),
        ("Cert: PG", ()),
        ("Subtitles: French", ()),
        ("Production: Why Not Productions", ()),
    ],
)
def test_countries_by_the_type_of_an_unknown_labels_value(
    line: str, countries: tuple[str, ...]
) -> None:
    assert film_of(_CREDITS.format(line)).countries == countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # inside a flattened row of credits
        (
            "Heat\nRegie: Michael Mann. Herkunft: Frankreich. Jahr: 1995. Dauer: 170 Min.",
            ("France",),
        ),
        # a cell of a row of credits
        ("Heat\n\nRegie: Michael Mann | Herkunft: Frankreich | Länge: 98 min\n", ("France",)),
        # the page's own countries label names some: it is the evidence
        ("Heat\n\nDirector: Michael Mann\nCountry: USA\nMade in: France\n", ("United States",)),
        # among other labels no language knows: a list of labelled facts all the same
        (
            "Heat\n\nA film by: Michael Mann\nMade in: USA\nShown at: Rex Cinema\n",
            ("United States",),
        ),
        # far from any labelled credit: no block of facts to stand beside
        ("Heat\n\nMade in: France\n\n" + "A long night in the city. " * 3, ()),
    ],
)
def test_countries_by_type_only_among_credits(text: str, countries: tuple[str, ...]) -> None:
    assert film_of(text).countries == countries


# --------------------------------------------------------------------------- runtimes, years


@pytest.mark.parametrize(
    ("line", "minutes"),
    [
        ("Duration: 133΄", 133),
        ("Runtime: 118′", 118),
        ("Running time: 2h02", 122),
        ("Runtime: 1 hr 33 min", 93),
        ("Duración: 01:24:00", 84),
        ("DURACIÓN: 95 MINUTOS", 95),
        ("Spieldauer | 94 min |", 94),
        ("上映時間:116分", 116),
        ("Running time: 115", 115),
        ("UK | 84mins | 2019 | rated (15)", 84),
        ("DRAMA; 1hr 55min (Polish with subtitles)", 115),
        ("DISTRIBUIÇÃO: 103 min.", 103),
        # the unit in parentheses after the label; a number before the value's other facts
        ("Running Time (minutes): 88", 88),
        ("Durata\n110 - colore", 110),
    ],
)
def test_every_runtime_form(line: str, minutes: int) -> None:
    assert film_of(f"Heat\n{line}\n").runtime_minutes == minutes


def test_runtime_of_adverts_is_not_the_film_runtime() -> None:
    film = film_of("Heat\nApprox advert and trailer run time: 25 mins\nFilm run time: 1h 24m\n")
    assert film.runtimes == (84,)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Heat\nYear: 1995", 1995),
        ("Heat\nAño: 1995", 1995),
        ("Heat\nProduction Year1995", 1995),
        ("Heat\nUSA, 1995", 1995),
        ("Heat\nMonday 22 July 2019\n10.00 am & 6.30 pm", None),
        ("Heat\nDrama 135 min. November 21, 2018", None),
        ("ヒート\n製作:1995年/日本/128分", 1995),
    ],
)
def test_years_from_labels_and_fact_lines_not_from_dates(text: str, year: int | None) -> None:
    assert film_of(text).year == year


# --------------------------------------------------------------------------- titles


@pytest.mark.parametrize(
    ("text", "title", "original"),
    [
        ("Title: Heat\nOriginal Title: Calor\nYear: 1995", "Heat", "Calor"),
        ("Another Round (Druk) 12A\nDirector: Thomas Vinterberg", "Another Round", "Druk"),
        ("『コンフィデンスマンJP』\n監督:田中亮", "コンフィデンスマンJP", None),
        ("28 Χρόνια Μετά - 28 Years Later\nΤαινία τρόμου", "28 Χρόνια Μετά", "28 Years Later"),
        (
            "Skip to content\nMenu\nSeptember 5 (15)\nGermany 2024 Tim Fehlbaum 91m",
            "September 5",
            None,
        ),
        (
            "Source: https://example.org/films/the-lobster/\nDirector: Yorgos Lanthimos",
            "The lobster",
            None,
        ),
        (
            "Source: https://example.org/2020/09/10/un-mundo-normal-estreno-11-sep-2020\n"
            "Dirección: Achero Mañas",
            "Un mundo normal",
            None,
        ),
    ],
)
def test_titles(text: str, title: str, original: str | None) -> None:
    film = film_of(text)
    assert (film.title, film.original_title) == (title, original)


def test_second_film_on_the_page_is_reported_not_merged() -> None:
    text = (
        "Titulo: El director\nPaís: Rusia\nGenero: Drama\nDirector: Pavel Lungin\n\n"
        "El casamiento de Muriel\n\nTitulo: El casamiento de Muriel\nPaís: Australia\n"
        "Genero: Comedia, Drama\nDirector: P.J. Hogan\n"
    )
    result = extract_page(text, "blog.txt")
    assert [(f.title, f.countries, f.genres, f.directors) for f in result.films] == [
        ("El director", ("Russia",), ("Drama",), ("Pavel Lungin",))
    ]
    assert [p.level for p in result.problems] == ["warning"]
    assert "El casamiento de Muriel" in result.problems[0].message


# --------------------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    ("body", "quote"),
    [
        (
            '"A gripping, superbly acted crime saga." -- Jane Doe, Daily Planet',
            ("A gripping, superbly acted crime saga.", "Jane Doe", "Daily Planet"),
        ),
        (
            "“A gripping, superbly acted crime saga.”\n— Jane Doe, Daily Planet",
            ("A gripping, superbly acted crime saga.", "Jane Doe", "Daily Planet"),
        ),
        (
            "„Ein packendes, großartig gespieltes Epos.“\n(Jane Doe, Blickpunkt:Film)",
            ("Ein packendes, großartig gespieltes Epos.", "Jane Doe", "Blickpunkt:Film"),
        ),
        (
            'It is "a gripping, superbly acted crime saga." (Variety). Go see it.',
            ("a gripping, superbly acted crime saga.", None, "Variety"),
        ),
        (
            "“A gripping, superbly acted crime saga of two men.” Jane Doe, The Age, Australia",
            ("A gripping, superbly acted crime saga of two men.", "Jane Doe", "The Age"),
        ),
        (
            "“A gripping, superbly acted crime saga.”\n- The Hollywood Reporter.",
            ("A gripping, superbly acted crime saga.", None, "The Hollywood Reporter"),
        ),
        (
            "FEATURED REVIEW\nDavid Rooney, Hollywood Reporter\nA gripping crime saga that never "
            "lets go of its two men.",
            (
                "A gripping crime saga that never lets go of its two men.",
                "David Rooney",
                "Hollywood Reporter",
            ),
        ),
        (
            "“A gripping, superbly acted crime saga.”\n– Mark Kermode",
            ("A gripping, superbly acted crime saga.", "Mark Kermode", None),
        ),
    ],
)
def test_quote_forms(body: str, quote: tuple[str, str | None, str | None]) -> None:
    film = film_of(f"Heat\nDirector: Michael Mann\n\n{body}\n", "q.txt")
    assert film.quotes == (Quote(*quote, source="q.txt"),)


@pytest.mark.parametrize(
    "body",
    [
        "Gabrielle: Once you've dribbled past fate, what do you do?\nNaoufel: You run.",
        "The juror presented the award, saying:\n“We are so excited to celebrate this "
        "extraordinary documentary for its vivacity.”",
        "“Never waste your pain.”",
    ],
)
def test_dialogue_statements_and_taglines_are_not_quotes(body: str) -> None:
    assert film_of(f"Heat\nDirector: Michael Mann\n\n{body}\n").quotes == ()


# --------------------------------------------------------------------------- noise


def test_page_noise_does_not_leak_into_fields() -> None:
    film = film_of(
        "Skip to content\nMenu\nBook Tickets\nHeat\nShare\nTweet\nDirector: Michael Mann\n"
        "Monday 24 Feb 2025 13:15 Book Now\nLeave a comment\n"
        "A detective hunts a crew of professional thieves across Los Angeles while both men "
        "struggle to hold on to the people they love in a city that never stops moving.\n"
        "comments powered by Disqus\n"
    )
    assert (film.title, film.directors, film.quotes, film.year, film.runtime_minutes) == (
        "Heat",
        ("Michael Mann",),
        (),
        None,
        None,
    )
    assert film.synopsis.startswith("A detective hunts")


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty page: no text"),
        ("   \n\n\t ", "empty page: no text"),
        (
            "<html><head><style>p {}</style></head><body><div></div></body></html>",
            "only HTML markup, no text",
        ),
        ("\x00\x01\x02binary\x00\x00", "binary content, not page text"),
        ("Director: Michael Mann\nYear: 1995", "no title found"),
        (
            "Source: https://example.org/index.php?id=3\n",
            "empty page: no text after the Source line",
        ),
    ],
)
def test_malformed_input_gives_a_clear_error(text: str, message: str) -> None:
    result = extract_page(text, "bad.txt")
    assert (result.films, result.problems) == ([], [Problem("bad.txt", message, "error")])


def test_html_page_is_read_as_text() -> None:
    film = film_of("<html><body><h1>Heat</h1><p>Director: Michael Mann</p></body></html>")
    assert (film.title, film.directors) == ("Heat", ("Michael Mann",))


def test_huge_page_is_read_in_part_with_a_warning() -> None:
    result = extract_page("Heat\nDirector: Michael Mann\n" + "word " * 4_000_000, "big.txt")
    assert [f.title for f in result.films] == ["Heat"]
    assert [p.level for p in result.problems] == ["warning"]


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_any_text_gives_a_result_and_never_raises(text: str) -> None:
    result = extract_page(text, "fuzz.txt")
    assert isinstance(result, ExtractResult)
    assert all(f.title.strip() for f in result.films)


# --------------------------------------------------------------------------- seed pages


def seed(name: str) -> Film:
    path = next(SEEDS.glob(f"{name}_*.txt"))
    return film_of(path.read_text(encoding="utf-8"), path.name)


def test_seed_festival_page() -> None:
    film = seed("000")
    assert (film.title, film.year, film.directors, film.countries, film.runtime_minutes) == (
        "Return to Dust",
        2022,
        ("Li Ruijun",),
        ("China",),
        133,
    )
    assert film.credit("cinematography") == ("Wang Weihua",)
    assert film.cast == ("Wu Renlin", "Hai Qing")
    assert film.awards == (
        "FIPRESCI Prize for Best Foreign Film – Jameson CineFest/Miskolc IFF 2022",
        "Audience Award – Udine Far East FF 2022",
    )
    assert film.text_language == "en"


def test_seed_film_info_page() -> None:
    film = seed("001")
    assert (film.title, film.original_title, film.year) == (
        "Return to Dust",
        "Yin Ru Chen Yan",
        2022,
    )


def test_seed_cinema_listing() -> None:
    film = seed("002")
    assert (film.title, film.genres, film.runtime_minutes, film.languages) == (
        "Return to Dust",
        ("Drama", "Romance"),
        134,
        ("Mandarin",),
    )
    source = film.sources[0]
    assert [(q.text[:30], q.critic, q.outlet, q.source) for q in film.quotes] == [
        ("It’s a gorgeous, quietly affec", "Wendy Ide", "Guardian", source),
        ("an absorbing, beautifully fram", None, "Variety", source),
        ("The uncontrolled urbanization ", "David Rooney", "Hollywood Reporter", source),
    ]
    assert film.quotes[1].text == "an absorbing, beautifully framed drama."


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        (
            "Ma (Wu Renlin) and Cao (Christina Hai) are forced to marry.",
            ["Wu Renlin", "Christina Hai"],
        ),
        ("A drama (Variety) in three acts.", []),  # one word in parentheses: an outlet, not a name
        (
            "Jess (Parminder Nagra), and Jules (Keira Knightley) play.",
            ["Parminder Nagra", "Keira Knightley"],
        ),
        ("no parentheses at all", []),
        # a dash that opens an aside, as a bracket would
        (
            "Bikote protagonista -Ane (Jone Zabala) eta Mikel (Mikel Diaz)- irlan doa.",
            ["Jone Zabala", "Mikel Diaz"],
        ),
        ("The long-awaited sequel-Part (Two Worlds) opens.", []),  # a hyphen inside a word
        # the actor's other films after a dash inside the parentheses, as after a comma
        ("When Isaac (Ewen Leslie – The Daughter, Dry) leaves home", ["Ewen Leslie"]),
        ("Her debut Zodiac (David Fincher – 2007) follows.", []),  # a film cited with its year
    ],
)
def test_actors_named_after_their_characters(text: str, cast: list[str]) -> None:
    from indexer.extract.pages.sentences import character_cast

    assert character_cast(text) == cast


_TAILS = (
    re.compile(r"[\s»”\"'’]*\((?:[^()\n]{0,40},\s*)?(\d{4})\)"),
    re.compile(r"[^\n()]{0,40}\((\d{4})\)\s*$", re.MULTILINE),
    re.compile(r"\s+by\s+"),
)


@pytest.mark.parametrize(
    ("text", "literal", "expected"),
    [
        ("Kes (1969) and Kes", "Kes", [True, False, False]),
        ("Kes – Ken Loach (1969)\nmore", "Kes", [False, True, False]),
        ("Kes was... Kes » (UK, 1969)", "Kes", [True, False, False]),
        ("Kes by Ken Loach", "Kes", [False, False, True]),
        ("Kes (1969) x", "Ke", [False, False, False]),
        ("", "Kes", [False, False, False]),
    ],
)
def test_literal_then_finds_the_literal_followed_by_the_tail(
    text: str, literal: str, expected: list[bool]
) -> None:
    assert [literal_then(text, literal, tail) for tail in _TAILS] == expected


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="Kes (19)b y,\n»", max_size=40),
    literal=st.text(alphabet="Kes (", min_size=1, max_size=4),
)
def test_literal_then_holds_wherever_the_whole_pattern_matches(text: str, literal: str) -> None:
    for tail in _TAILS:
        whole = re.search(re.escape(literal) + tail.pattern, text, tail.flags)
        assert literal_then(text, literal, tail) == bool(whole)


@pytest.mark.parametrize(
    ("line", "schedule"),
    [
        # a sentence in a script with vowel signs, holding a date: prose, not a showtime
        ("12.05.2023 న విడుదలైన ఈ చిత్రం ఒక గ్రామీణ కుటుంబం కథ", False),
        ("12.05.2023 को रिलीज़ हुई यह फ़िल्म एक परिवार की कहानी है", False),
        ("12.05.2023 19:30 Kino", True),
    ],
)
def test_a_date_in_a_sentence_with_vowel_signs_is_no_schedule(line: str, schedule: bool) -> None:
    assert is_schedule(line) is schedule


@pytest.mark.parametrize(
    ("line", "schedule"),
    [
        # weekday names of every language module come from CLDR
        ("Cuma 21:00 Salon 2", True),
        ("четверг 19:00 Зал 1", True),
        ("Donnerstag, 5. Mai 2022, 20 Uhr", True),
        # another language's three-letter weekday is a word here ("man" is Danish Monday)
        ("Iron Man 3 (2013)", False),
        ("Sex and the City 2 (2010)", False),
    ],
)
def test_showtimes_with_weekdays_of_many_languages(line: str, schedule: bool) -> None:
    assert is_schedule(line) is schedule
