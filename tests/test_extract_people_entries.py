"""Directors and cast on pages of several films or of prose only, read on sites of many
languages: the first entry's credit among entries credited alike, a blog's heading "Title
(Director, Year)", and cues in prose."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import (
    beside_facts,
    by_lines,
    citations,
    co_credited,
    mentions,
    second_director,
    shared_surname,
    states_facts,
    year_by_lines,
    year_then_d,
)
from indexer.extract.pages.introduced import filmography_asides
from indexer.extract.pages.linelabels import label_lists, segment_lists
from indexer.extract.pages.names import names, person
from indexer.extract.pages.people import described_in_parentheses, name_lines, names_before_facts
from indexer.extract.pages.possessive import film_possessors
from tests.page_support import film_of


@pytest.mark.parametrize(
    ("page", "directors"),
    [
        # entries credited alike: the first entry's director, though a later one is named more
        (
            "Smalkās aprindas\n\nRežisors Vudijs Allens. Lomās Džesijs Eizenbergs.\n\n"
            "Kā jau Vudijs Allens to prot, filma ir vieglā stāstā par mīlestību un kino.\n\n"
            "Ben-Hurs\n\nRežisors Timurs Bekmambetovs. Lomās Džeks Hjūstons.\n\n"
            "Krievu režisors Timurs Bekmambetovs Holivudā ir savējais, un filma ir gara.\n\n",
            ("Vudijs Allens",),
        ),
        # a blog's posts each headed "Title (Director, Year)": the first post's
        (
            "28. januar 2021.\n\nLov u mutnom (Vlastimir Radovanović, 1981)\n\n"
            "Ovaj reditelj mi je poznat kao scenarista vrlo dobrog filma Inspektor (1965).\n\n"
            "26. januar 2021.\n\nJojo Rabbit (Taika Waititi, 2019)\n\n"
            "Ideja na kojoj se ovaj film bazira mi nije bila naročito privlačna.\n\n",
            ("Vlastimir Radovanović",),
        ),
    ],
)  # fmt: skip
def test_directors_of_the_first_entry(page: str, directors: tuple[str, ...]) -> None:
    assert film_of(page).directors == directors


def test_a_film_cited_with_its_director_and_year_is_no_filmography() -> None:
    assert filmography_asides("Jojo Rabbit (Taika Waititi, 2019)\n") == []
    assert filmography_asides("See also: Stardust Memories (Allen, 1980) or Manhattan") == []
    assert filmography_asides("by Kim Ji-hoon (Nightbus, The Pier) returns") == ["Kim Ji-hoon"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Girl, il film diretto dall’esordiente Lukas Dhont, è ispirato", "Lukas Dhont"),
        ("Troppa Grazia, il film diretto dal regista Gianni Zanasi, racconta", "Gianni Zanasi"),
        ("C'est un film d’Agnès Varda, tourné à Paris.", "Agnès Varda"),
        ("C'est un film d'Agnès Varda, tourné à Paris.", "Agnès Varda"),
    ],
)
def test_a_cue_ending_in_an_elided_article(text: str, name: str) -> None:
    assert [m.name for m in mentions(text, "directed_by")] == [name]


def test_a_credit_line_with_the_films_facts_after_the_word_for_by() -> None:
    block = "GIRL\ndi Lukas Dhont • Belgio • durata 105 min\n"
    assert [states_facts(block, m) for m in by_lines(block)] == [["Lukas Dhont"]]
    block = "Le otto montagne\ndi Felix Van Groeningen, Charlotte Vandermeersch — Italia, 2022\n"
    assert [states_facts(block, m) for m in by_lines(block)] == [
        ["Felix Van Groeningen", "Charlotte Vandermeersch"]
    ]
    byline = "Review\nBy Jane Smith\n"
    assert [(m.name, states_facts(byline, m)) for m in by_lines(byline)] == [("Jane Smith", [])]


@pytest.mark.parametrize(
    ("block", "beside"),
    [
        ("Lua Nova\nBrasil, 2019\nDrama, 88 minutos\nDe Ana Ruiz\nNota: 8/10\n", True),
        ("LE SOIR\nDe Marc Leroy\nFRANCE I 2021 I 1H40 I\nAvec Léa Blanc\n", True),
        ("Review\nBy Jane Smith\nMarch 3, 2021\n", False),  # a byline: a date beside it
        ("Review\nBy Jane Smith\n2021\nThe film opens in Rome.\n", False),  # a year alone
        ("Review\nBy Jane Smith\n5 min read\n", False),  # a reading time
        ("Review\nBy Jane Smith\nRuntime: 120 min\n", False),  # a length alone
    ],
)
def test_a_credit_line_beside_a_line_of_the_films_facts(block: str, beside: bool) -> None:
    assert [beside_facts(block, m) for m in by_lines(block)] == [beside]


@pytest.mark.parametrize(
    ("page", "directors"),
    [
        # the credit under the title, the facts and the cast under it
        ("LE SOIR\n\nDe Marc Leroy\nFRANCE I 2021 I 1H40 I\nAvec Léa Blanc, Paul\nMorel\n",
         ("Marc Leroy",)),
        # a credit beside the facts outweighs a role noun in the prose
        ("Lua Nova\n\nBrasil, 2019\nDe Ana Ruiz\n\nO diretor Paulo Souza viu o filme em Roma.\n",
         ("Ana Ruiz",)),
        # two entries alike: the first entry's; "De Kogo" above the cast is no name
        ("Lua Nova\nBrasil, 2019\nDrama, 88 minutos\nDe Ana Ruiz\nNota: 8/10\n"
         "Sol\nEUA, 2018\nDrama, 98 minutos\nDe Kogo\nCom John Reed, Mary Page, Tom Hale\n",
         ("Ana Ruiz",)),
    ],
)  # fmt: skip
def test_a_director_credited_in_a_block_of_facts(page: str, directors: tuple[str, ...]) -> None:
    assert film_of(page).directors == directors


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("the new film from Jean-Pierre and Luc Dardenne (The Son) is", ["Jean-Pierre Dardenne",
                                                                         "Luc Dardenne"]),
        ("de nieuwste film, geregisseerd door Joel en Ethan Coen, is", ["Joel Coen", "Ethan Coen"]),
        ("directed by Anna Berg and Luc Dardenne", ["Anna Berg"]),  # two names: read alike
        ("directed by France and Luc Dardenne", []),  # a country is no given name
    ],
)  # fmt: skip
def test_two_given_names_that_share_a_surname(text: str, names: list[str]) -> None:
    found = mentions(text, "directed_by")
    assert ([found[0].name, *found[0].partners] if found else []) == names
    assert shared_surname("Ana and Luis Gil", 0) == ["Ana Gil", "Luis Gil"]


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # a series or film before a role noun describes the person after it
        ("The directorial debut of Mad Men actor John Slattery, the film", "directed_by",
         "John Slattery"),
        ("starring Mad Men actor Jon Hamm as the father", "starring", "Jon Hamm"),
        ("directed by Jane Doe with John Smith", "directed_by", "Jane Doe"),  # no role noun
        ("directed by Jane Doe featuring John Smith", "directed_by", "Jane Doe"),
        ("the director Ana Ruiz actor by training", "director_nouns", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_the_person_after_a_role_noun_that_a_name_describes(
    text: str, kind: str, name: str | None
) -> None:
    found = mentions(text, kind)
    assert (found[0].name if found else None) == name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a few words in lower case describe the person after a cue of directing
        ("the debut feature film by innovative visual artists Ana Ruiz & Luis Gil and a score",
         ["Ana Ruiz", "Luis Gil"]),
        ("directed by none other than Ana Ruiz.", ["Ana Ruiz"]),
        # a cue word between: another credit
        ("a movie from hell starring Jane Doe", []),
    ],
)  # fmt: skip
def test_a_name_after_words_that_describe_the_person(text: str, names: list[str]) -> None:
    found = mentions(text, "directed_by")
    assert ([found[0].name, *co_credited(text, found[0])] if found else []) == names


def test_a_family_credit_counts_for_both_names() -> None:
    page = (
        "Winter season\n\nTwo Days\n\nThe latest film from Jean-Pierre and Luc Dardenne (The "
        "Son, The Kid With a Bike) is one of their finest.\n\nNight Moves\n\nThe latest film "
        "from indie favourite Kelly Reichardt (Old Joy, Meek's Cutoff) kicks against it.\n"
    )
    assert set(film_of(page).directors) == {"Jean-Pierre Dardenne", "Luc Dardenne"}


def test_a_role_noun_that_opens_a_longer_credit_cue_is_read_once() -> None:
    text = "It is the directorial debut of Maria Lind and opens the festival."
    assert [m.name for m in mentions(text, "director_nouns")] == []
    assert [m.name for m in mentions(text, "directed_by")] == ["Maria Lind"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("16 juillet 2013\n\nLe Jardin (1951) de Marc Leroy\n\nTitre original : « Garden »\n",
         ["Marc Leroy"]),
        ("Stalker (1979) by Andrei Tarkovsky\n", ["Andrei Tarkovsky"]),
        # the line goes on: a sentence, not a heading
        ("Stalker (1979) by Andrei Tarkovsky is long.\n", []),
        ("Rome (1999) de Ana Ruiz, Luis Gil et Paul Morel\n", []),
        ("Review: Stalker (1979) by Jane Doe\n", []),  # the critic of a review
    ],
)  # fmt: skip
def test_a_heading_of_the_title_its_year_and_its_director(text: str, names: list[str]) -> None:
    assert [m.name for m in year_by_lines(text)] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("8PM Sommarnatt aka Summer Night Sweden 1955 d. Anna Berg with  Paul Lind, Eva Holm.",
         ["Anna Berg"]),
        ("Roma, Italia, 1960, d. Marco Bini, 174 min", ["Marco Bini"]),
        # a death year, a year in a sentence: no credit
        ("Jan Berg (b. 1950, d. 2010) was a critic.", []),
        ("In 2019 D. Smith Jones wrote", []),
    ],
)  # fmt: skip
def test_d_after_the_films_year_on_a_line_of_facts(text: str, names: list[str]) -> None:
    assert [m.name for m in year_then_d(text)] == names


def test_a_cast_list_with_each_role_glued_to_the_actor() -> None:
    value = "Nina HossNelly Lenz, Ronald ZehrfeldJohnny Lenz, Michael MaertensArzt, Eva BayTänzerin"
    assert names(value, field="cast") == [
        "Nina Hoss",
        "Ronald Zehrfeld",
        "Michael Maertens",
        "Eva Bay",
    ]
    # names written with an inner capital stay whole
    value = "Frances McDormand, Angus MacDonald, Leonardo DiCaprio"
    assert names(value, field="cast") == value.split(", ")


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        ("NSND Đặng Nhật Minh", "Đặng Nhật Minh"),  # People's Artist, a state title
        ("المصرية مي سعد", "مي سعد"),  # the Egyptian (a nationality with the article)
        ("الفلسطيني أحمد الدنف", "أحمد الدنف"),
    ],
)
def test_a_title_or_nationality_before_a_name(name: str, tidy: str) -> None:
    assert person(name) == tidy


def test_the_director_and_the_director() -> None:
    text = "لكل من المخرجة المصرية مي سعد والمخرج الفلسطيني أحمد الدنف، بعد أن"
    found = mentions(text, "director_nouns")[0]
    assert second_director(text, found) == "الفلسطيني أحمد الدنف"
    assert (
        second_director(
            "the director Ana Ruiz and the director Luis Gil.",
            mentions("the director Ana Ruiz and the director Luis Gil.", "director_nouns")[0],
        )
        == "Luis Gil"
    )


@pytest.mark.parametrize(
    ("line", "director"),
    [
        ("Documentary. Israel, 2024. Director, producer and writer: John Smith; Camera: Ana Ruiz.",
         "John Smith"),
        ("תיעודי. ישראל, 2024. בימוי, הפקה ותסריט: יאיר קדר; צילום: אורי אקרמן; עריכה: נואית גבע.",
         "יאיר קדר"),
    ],
)  # fmt: skip
def test_labels_joined_before_one_colon_inside_a_line(line: str, director: str) -> None:
    assert [m.name for m in segment_lists(line, "directors")] == [director]


def test_labels_glued_after_digits_and_names_in_hangul_words() -> None:
    line = "개봉: 1966감독: 잉마르 베리만장르: 드라마, 심리출연: 비비 안데르손, 리브 울만평점: 8"
    assert [m.name for m in label_lists(line, "directors")] == ["잉마르 베리만"]
    assert [m.name for m in label_lists(line, "cast")] == ["비비 안데르손; 리브 울만"]


def test_the_first_entrys_cast_among_entries_credited_alike() -> None:
    page = (
        "페르소나(1966) 영화 정보\n\n<가면 뒤의 진짜 나> 개봉: 1966감독: 잉마르 베리만장르: 드라마"
        "출연: 비비 안데르손, 리브 울만평점: 8 《페르소나》는 인간 내면의 분열과 자아의 경계를 "
        "탐구하는 대표작이다.\n\n그린 북(2018) 영화 정보\n\n<우정> 개봉: 2018감독: 피터 패럴리"
        "장르: 드라마출연: 비고 모텐슨, 마허샬라 알리, 린다 카델리니평점: 7 《그린북》은 미국 "
        "남부를 배경으로 한 드라마다.\n\n"
    )
    film = film_of(page)
    assert (film.directors, film.cast) == (("잉마르 베리만",), ("비비 안데르손", "리브 울만"))


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (("Saint Omer", "Alice Diop, France, 2022o", "Saint-Omer court of law."), ["Alice Diop"]),
        (("Rocks", "Sarah Gavron / UK 2019", "An uplifting film."), ["Sarah Gavron"]),
        (("Phoenix", "Christian Petzold Deutschland, 2014", "Classical."), ["Christian Petzold"]),
        # a name then no country: a byline and its date
        (("Rocks", "Jane Smith, 12 March 2019", "An uplifting film."), []),
        # the year and the runtime without the country state the film's facts too
        (("Hit the Road", "Panah Panahi - 2021 93 mins", "A road trip."), ["Panah Panahi"]),
        # a byline's date and reading time: a word is left over
        (("Rocks", "Jane Smith, 12 March 2019 | 5 min read", "An uplifting film."), []),
        # each entry headed by its title and facts: a later title is no name
        (
            (
                "Two Days, One Night   Belgium / France 2014 | 95 mins",
                "A worker fights.",
                "Night Moves   US 2013 | 112 mins",
                "Activists plan.",
            ),
            [],
        ),
        (("Rocks", "Sam's Town   UK 2019 | 93 mins", "An uplifting film."), []),
    ],
)
def test_a_name_before_the_films_country_and_year(lines: tuple[str, ...], found: list[str]) -> None:
    assert names_before_facts(lines) == found


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        ("Das Team um Regisseur und Drehbuchautor Ed Herzog zeigt", "director_nouns", "Ed Herzog"),
        ("För manus och regi står långfilmsdebuterande Babak Anvari.", "directed_by",
         "Babak Anvari"),
        ("Filmen er laget av Mark Osborne, regissør av «Kung Fu Panda».", "directed_by",
         "Mark Osborne"),
    ],
)  # fmt: skip
def test_cues_in_prose_of_more_languages(text: str, kind: str, name: str) -> None:
    assert [m.name for m in mentions(text, kind)] == [name]


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        # a capitalised nationality between the cue and the name, a comma after it or not
        ("A drama directed by South African, Rolie Nikiwe, who is known for TV.", "directed_by",
         ["Rolie Nikiwe"]),
        ("The thriller is directed by Iranian Asghar Farhadi and stars Penélope Cruz.",
         "directed_by", ["Asghar Farhadi"]),
        # a nationality and no name after it: no person
        ("A short film directed by South African, and shot in Cape Town.", "directed_by", []),
        # first names that begin like a country or are one stay names
        ("A film directed by Franco Zeffirelli in Rome.", "directed_by", ["Franco Zeffirelli"]),
        ("A film directed by Germán Kral in Buenos Aires.", "directed_by", ["Germán Kral"]),
        ("A horror film directed by Jordan Peele.", "directed_by", ["Jordan Peele"]),
    ],
)  # fmt: skip
def test_a_capitalised_nationality_before_the_name(text: str, kind: str, names: list[str]) -> None:
    assert [m.name for m in mentions(text, kind)] == names


def test_the_character_whom_an_actor_plays() -> None:
    page = (
        "Naise lõhn\n\nFilm räägib pimedaks jäänud sõjaveteranist, keda mängib Al Pacino. "
        "Lugu sellest, kuidas sõjaveteran saab endale noore hooldaja.\n\n"
    )
    assert film_of(page).cast == ("Al Pacino",)


@pytest.mark.parametrize(
    ("text", "title", "cited"),
    [
        ("El Secreto de sus Ojos (Juan Jose Campanella, Argentina, España, 2009)",
         "El Secreto de sus Ojos", ("Juan Jose Campanella",)),
        ("Ver El caso Litvinenko (Bunt. Delo Litvinenko, Andréi Nekrasov, 2007).",
         "Ver El caso Litvinenko", ("Andréi Nekrasov",)),
        # a title not told from a long sentence before it
        ("Material de partida interesante para este trabajo titulado El caso Litvinenko "
         "(Andréi Nekrasov, 2007).", "", ("Andréi Nekrasov",)),
        ("Cube (1997, Vincenzo Natali)", None, None),
        # the film's other titles, one or more, before the director
        ("Zangiku Monogatari (\"Historia de los crisantemos tardíos\", también titulada "
         "\"Historia del último crisantemo\", Kenji Mizoguchi, 1939) es una tragedia.",
         "Zangiku Monogatari", ("Kenji Mizoguchi",)),
        ("Ostatni etap (The Last Stage, Die letzte Etappe, Wanda Jakubowska, 1948)",
         "Ostatni etap", ("Wanda Jakubowska",)),
        # words left over before the year that are no name: no citation
        ("Cube (a cult hit, much imitated, 1997)", None, None),
    ],
)  # fmt: skip
def test_citations_with_an_original_title_or_countries(
    text: str, title: str | None, cited: tuple[str, ...] | None
) -> None:
    found = [(c.title, c.names) for c in citations(text)]
    assert found == ([] if cited is None else [(title, cited)])


def test_a_line_listing_names_parted_by_slashes_after_a_colon() -> None:
    line = "Thriller américain_1h35 : Uma THURMAN / Evan Rachel WOOD / Eva AMURI / Brett CULLEN"
    assert name_lines(line) == [["Uma THURMAN", "Evan Rachel WOOD", "Eva AMURI", "Brett CULLEN"]]
    assert name_lines("Drame / France / 2019 / 93 min") == []


def test_a_basque_possessor_of_the_film_in_the_genitive() -> None:
    text = '"A escondidas" Mikel Ruedaren bigarren film luzea Malagako zinemaldian lehiatuko da.'
    assert [m.name for m in film_possessors(text, "eu")] == ["Mikel Ruedaren"]


def test_films_in_parentheses_after_a_name_are_no_cast() -> None:
    text = "With his third feature, Hlynur Pálmason (A White, White Day) delivers an epic."
    assert described_in_parentheses(text) == []
    text = "Il suit deux jeunes filles (Linda Molin, Fanny Ketter) dans la ville."
    assert described_in_parentheses(text) == [["Linda Molin", "Fanny Ketter"]]


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        # the word for "best", then a label or the word for film: an award's category
        ("Best Foreign Film", None),
        ("Best Screenplay", None),
        ("Mejor Dirección", None),
        ("Meilleur Film Étranger", None),
        # a name with the word for "best" in it, or opening with it before a name: a person
        ("George Best", "George Best"),
        ("Paras Arora", "Paras Arora"),
    ],
)
def test_an_award_category_is_no_person(name: str, tidy: str | None) -> None:
    assert person(name) == tidy
