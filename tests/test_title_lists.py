"""Table tests for the title evidence of a page's structure and shape: a list's entries, the
line above the credits, mentions in a script without spaces, names quoted only in prose, a
programme's word, two names in square brackets, a genre's name, a catalogue line with its
credits, a name in angle brackets, a title label in a cell of its line (snippets written for
these tests, in several languages)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import titlecues, titlelists, titlevote
from indexer.extract.pages.people import bare_director
from indexer.extract.pages.titles import two_titles


def _features(text: str, stop: int | None = None) -> dict[str, dict[str, float]]:
    lines = tuple(text.split("\n"))
    end = len(lines) if stop is None else stop
    ballot, _ = titlevote.collect(lines, set(), end, set(), None)
    return {c.value: c.features for c in ballot.candidates.values()}


#: a programme of two films, each a name over a showtime and its credits (German)
_PROGRAMME = (
    "Kommendes Programm\nIslands\nDienstag den 11.11. um 20.00 Uhr\n| Regie | Jan Gerster |\n"
    "Tom arbeitet als Tennistrainer in einem Hotel.\n"
    "Schwarzer Zucker\nDienstag den 18.11. um 20.00 Uhr\n| Regie | Luigi Toscano |\n"
    "Eine Spurensuche nach Annas Herkunft, wie im Projekt „Gegen das Vergessen“.\n"
)
#: a round-up of two films, each quoted over its director's label (Estonian)
_ROUND_UP = (
    'date 2020-03 "Naise lõhn"\n\nRežissöör: Martin Brest\n\nFilm räägib sõjaveteranist.\n\n'
    '"Poevargad"\n\nRežissöör: Hirokazu Kore-Eda\n\nLugu Jaapani kärgperest.\n'
)
#: the names of a cinema's screenings over lines of facts (Italian)
_FACTS = (
    "Il grande cinema in versione originale\nDue i titoli a novembre.\nFinalement\n"
    "(Francia 2024, 127’, DCP)\nUn potente avvocato.\nLa bambina segreta (Ta farda)\n"
    "(Iran/Francia 2022, 86’, DCP)\nFereshteh studia e lavora.\n"
)


@pytest.mark.parametrize(
    ("text", "value", "feature"),
    [
        (_PROGRAMME, "Islands", "first_entry"),
        (_PROGRAMME, "Schwarzer Zucker", "later_entry"),
        (_ROUND_UP, "Naise lõhn", "first_entry"),
        (_ROUND_UP, "Poevargad", "later_entry"),
        (_FACTS, "Finalement", "first_entry"),
        (_FACTS, "La bambina segreta", "later_entry"),
    ],
)
def test_the_entries_of_a_list(text: str, value: str, feature: str) -> None:
    assert feature in _features(text)[value]


@pytest.mark.parametrize(
    "text",
    [
        # the name repeated on the next line: no list's shape ("September 5 …" twice)
        "Purchase\nSeptember 5 (15)\n\n\nSeptember 5 (15)\nSeptember 5 during the Olympics\n",
        # a paragraph under each line: what it opens with is no list's shape
        "Leila et ses frères\nLeila et ses frères est un film dur, décourageant par certains "
        "aspects, mais dont la vertu principale est d'inviter à penser.\nLA PRESSE\n"
        "Leila et ses frères est un film de Saeed Roustaee qui dure près de trois heures.\n",
        # one line's text again further down: a repeat, no second entry
        "Filmbild\nVorführung am Montag\n\nText.\nFilmbild\nVorführung am Montag\n",
    ],
)
def test_no_list_without_entries_of_their_own(text: str) -> None:
    assert titlelists._entry_lines(tuple(text.split("\n"))) == {}


def test_a_list_s_label_is_no_entry_s_name() -> None:
    text = (
        "Dianas bryllup\nPremieredato: 11. september\nRegi: Charlotte Blom\nText.\n"
        "Tre\nPremieredato: 18. september\nRegi: Hans Petter Moland\nText.\n"
    )
    lines = tuple(text.split("\n"))
    assert "Premieredato" not in {
        value for value, f in _features(text).items() if "first_entry" in f
    }
    assert titlelists.next_shape(lines, 0) == "label premieredato"


@pytest.mark.parametrize(
    ("text", "stop", "value", "amount"),
    [
        # a fact sheet's name right above its first credit (Greek)
        ("Αρχείο Ταινιών\n\nΠαιγνιοθεραπεία\n\nΣκηνοθεσία:\nΓραμματικόπουλος Νίκος\n", 4,
         "Παιγνιοθεραπεία", 1.0),
        # a label's line between is a fact of the sheet, not a name (Finnish)
        ("Arvostelut\nKäsky\n\nFormaatti: Kino\nVuosi: 2008\nOhjaaja: Aku Louhimies\n", 5,
         "Käsky", 1.0),
    ],
)  # fmt: skip
def test_the_name_above_the_credits(text: str, stop: int, value: str, amount: float) -> None:
    features = _features(text, stop)
    assert features[value].get("above_credits") == amount
    assert all("above_credits" not in f for v, f in features.items() if v != value)


def test_a_name_over_the_cast_is_the_director_s() -> None:
    text = "Empire of Light\n\nSam Mendes\n\n— CAST —\nOlivia Colman; Colin Firth\n"
    features = _features(text, 4)
    assert "above_credits" not in features["Sam Mendes"]
    assert features["Empire of Light"]["above_credits"] == 1 / 2


def test_a_menu_line_is_not_above_the_credits() -> None:
    text = "FESTIVAL\nPRAG | 16.–20.10.\nBRÜNN | 22.–26.10.\nOLMÜTZ | 1.–5.11.\nRegie | Peter |\n"
    features = _features(text, 4)
    assert all("above_credits" not in features[city] for city in ("PRAG", "BRÜNN", "OLMÜTZ"))
    assert features["FESTIVAL"]["above_credits"] == 0.25  # the fourth line up


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        # the text runs on into a name in a script without spaces (Japanese)
        (
            "wカイジ ファイナルゲーム\n>>カイジ ファイナルゲームのキャスト",
            "カイジ ファイナルゲーム",
            2,
        ),
        ("啄木鸟和雨\n啄木鸟和雨上映时间", "啄木鸟和雨", 2),
        # a cased script counts words of their own only
        ("Kes and Kestrel: kes", "kes", 2),
    ],
)
def test_mentions_in_a_script_without_spaces(text: str, name: str, count: int) -> None:
    assert titlevote._count_mentions(text.casefold(), name.casefold()) == count


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("「半分の花火」とはなにか?ふたりが「半分の花火」を目にして、その「鍵」が解けたとき", 12),
        ("Festival du film de Cannes", 5),
    ],
)
def test_words_of_a_line_in_a_script_without_spaces(line: str, words: int) -> None:
    assert titlecues.line_words(line) == words


def test_a_name_quoted_only_in_prose() -> None:
    prose = (
        "Les cinéastes, qui ont fait « The Truffle Hunters » avant ce film, filment les gauchos "
        "de Patagonie avec patience et avec une grande tendresse pour eux."
    )
    features = _features(f"Cinéma\n\n« Gaucho Gaucho »\n\n{prose}\n")
    assert "quoted_in_prose" in features["The Truffle Hunters"]
    assert "quoted_in_prose" not in features["Gaucho Gaucho"]


@pytest.mark.parametrize(
    ("value", "event"),
    [
        ("2023 Programme", True),
        ("Repertuar", True),
        ("DAS PROGRAMM", True),
        # a headline that holds the word speaks of the film
        ("Premiera slovenskega filma v Trbovljah", False),
        ("Islands", False),
    ],
)
def test_a_word_of_screenings(value: str, event: bool) -> None:
    assert ("event_word" in _features(f"{value}\n\nText.\n").get(value, {})) is event


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("GODLAND [Vanskabte land]", ("GODLAND", "Vanskabte land")),
        ("Dýrið / Lamb", ("Dýrið", "Lamb")),
        # brackets that hold a number hold facts, no name
        ("Mustang [2]", ("Mustang [2]", None)),
        ("Kes [Loach, 1969]", ("Kes [Loach, 1969]", None)),
    ],
)
def test_a_name_and_its_other_name_in_square_brackets(
    text: str, titles: tuple[str, str | None]
) -> None:
    assert two_titles(text) == titles


def test_two_names_are_each_of_their_own_length() -> None:
    text = "Shir Eres LaEmek / A Lullaby for the Valley (Israel) 2023, 90 min\n\nText.\n"
    features = _features(text)["Shir Eres LaEmek / A Lullaby for the Valley"]
    assert "long" not in features


@pytest.mark.parametrize(("value", "genre"), [("Comédie musicale", True), ("Love Story", False)])
def test_a_genre_s_name_of_two_words(value: str, genre: bool) -> None:
    assert titlevote._genre_word(value) is genre


def test_a_catalogue_line_with_its_credits() -> None:
    text = (
        "Filmové premiéry\n\nNarušitel, Česko 2019, drama, 90 min., režie: David Balda, "
        "hrají: Jiří Dvořák, Petr Kostka, Pavel Neškudla, Stanislav Zindulka, Veronika "
        "Arichteva a další.\n"
    )
    assert "before_facts" in _features(text)["Narušitel"]


def test_a_long_catalogue_line_is_read_up_to_its_first_label() -> None:
    # a nationality word and a year, then credits that run the line past 200 characters
    text = (
        "Filmklub\n\nA tanú - magyar, 1969. Rendezte: Bacsó Péter. Írta: Bacsó Péter. Kép: "
        "Zsombolyai János. Zene: Vukán György. Szereplők: Kállai Ferenc, Őze Lajos, Both Béla, "
        "Szirtes Ádám, Major Tamás, Bánhidi László, Pálos Zsuzsa, Lehoczky Zsuzsa.\n"
    )
    assert len(text.split("\n")[2]) > 200
    assert "before_facts" in _features(text)["A tanú"]


@pytest.mark.parametrize(
    ("text", "title_line", "found"),
    [
        # a programme writes the director above the name and its facts under it (Italian)
        ("Due titoli.\nClaude Lelouch\nFinalement\n(Francia 2024, 127’, DCP)\nUn avvocato.\n",
         2, ["Claude Lelouch"]),
        # no facts under the name: the line above is no credit
        ("Due titoli.\nClaude Lelouch\nFinalement\nUn avvocato perde la voce.\n", 2, []),
    ],
)  # fmt: skip
def test_a_director_above_the_name(text: str, title_line: int, found: list[str]) -> None:
    assert bare_director(tuple(text.split("\n")), set(), title_line) == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("영화 <바다로> 후기\n\n<바다로>는 2015년에 나온 소설이 원작이다.\n", "바다로"),
        ("개막작 ＜바다로＞\n\n올해의 개막작이다.\n", "바다로"),
    ],
)
def test_a_name_in_angle_brackets(text: str, value: str) -> None:
    assert {"quoted", "angle_quoted"} <= set(_features(text)[value])


@pytest.mark.parametrize(
    "text",
    [
        # a markup tag opens with a Latin letter or a slash
        "<strong>Review</strong>\n\nA long day at sea.\n",
        # comparison signs around Latin text
        "Ratings: a < b > c\n\nA long day at sea.\n",
    ],
)
def test_no_angle_quote_in_latin_text(text: str) -> None:
    assert not any("angle_quoted" in f for f in _features(text).values())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Scheda del film\n\nTitolo     IL FIUME\nAnno     1962\nRegia     Anna Rossi\n",
            "IL FIUME",
        ),
        ("INFORMATION\n\n제 목ㅣ 바다로\n\n감독ㅣ 김민수\n", "바다로"),
        ("Title\tThe River\nYear\t1951\n", "The River"),
    ],
)
def test_a_title_label_in_a_cell_of_its_line(text: str, value: str) -> None:
    assert "cell_labelled" in _features(text)[value]


@pytest.mark.parametrize(
    "text",
    [
        # a row of labels heading a table: no value
        "Titolo Anno Regista Cast\nScheda del film\n",
        # another field's label
        "Regia     Anna Rossi\nAnno     1962\n",
        # three cells: a table's row, not a label and its value
        "Titolo | Anno | Regia\nIl fiume | 1962 | Anna Rossi\n",
    ],
)
def test_no_title_cell_without_a_title_label(text: str) -> None:
    assert not any("cell_labelled" in f for f in _features(text).values())
