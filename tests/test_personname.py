"""The plausibility check of a people's reader's candidate (:mod:`.personname`): what names
no one by the project's language data or by the shape of a script without spaces."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page, people
from indexer.extract.pages.personname import before_clause, is_person_name, not_a_person


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Ethiopia", "country"),
        (
            "Cargando Comentarios",
            "word:Cargando",
        ),  # a widget's word while it loads  # CLDR's English name
        ("Nordic Film Reviews", "word:Film"),  # the word for film, a heading's
        ("Tamil Movie Review", "word:Movie"),
        ("Kino Krakow", "word:Kino"),
        ("Oslo Filmfestival Foundation", "word:Filmfestival"),  # an institution's noun
        ("가나다라마바", "hangul run"),  # six syllables, no space: no Korean name
        ("手作りスタジオ", "scripts"),  # Han, hiragana and katakana in one run
        ("作は", "particle"),  # Han, then a case particle
        ("Nordic Productions", "word:Productions"),  # a noun of a production: a company
        ("Películas Recientes", "word:Películas"),  # the plural of the word for film
        ("公園で犬と遊んでいた", "clause"),  # hiragana, longer than a name that holds it
        ("監督三人", "label"),  # the director's label in Han
    ],
)
def test_what_names_no_one(name: str, why: str) -> None:
    assert not_a_person(name) == why


@pytest.mark.parametrize(
    "name",
    [
        "Kinga Preis",  # a noun of a prize, too short to tell from a surname
        "Jane Fonda",
        "Guillermo del Toro",  # a particle inside a name
        "Suriya",  # one word that is also a country's name in some language
        "Jordan Riber",
        "알렉상드르 파이타",  # a foreign name in Hangul, with its space
        "장훈",
        "安藤サクラ",  # Han and katakana
        "蒼井そら",  # Han and hiragana
        "長澤まさみ",
        "クロエ・ジャオ",
        "黒澤",
    ],
)
def test_names_stay(name: str) -> None:
    assert is_person_name(name)


def test_a_cast_list_keeps_its_people_only() -> None:
    labelled = "Anna Keller, Oslo Film Festival, Tom Berg"
    assert people.cast(labelled, "", labelled, "", None, "Nattfilm") == ["Anna Keller", "Tom Berg"]


@pytest.mark.parametrize(
    ("who", "directors"),
    [
        ("Anna Keller", ("Anna Keller",)),
        ("Nordic Film Reviews", ()),  # a site's name where a director's is expected
        ("Nordic Movie Reviews", ()),
    ],
)
def test_a_heading_after_the_cue_directs_nothing(who: str, directors: tuple[str, ...]) -> None:
    page = f"Nattfilm\n\nA film by {who}\n\nA quiet story of two sisters.\n"
    assert extract_page(page, "x.txt").films[0].directors == directors


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("لم يكن بوسعهم", "clause:لم"),  # a negation of Arabic
        ("ومن باب", "clause:ومن"),  # "and from": the conjunction glued before a preposition
        ("वाली है", "clause:वाली"),  # Hindi's copula and a participle's ending
        ("მისი ქალიშვილი", "clause:მისი"),  # Georgian's possessive pronoun
        ("كتب\u200cهای جديد", "clause:كتب\u200cهای"),  # Persian's plural joined by a ZWNJ
        ("Festivals Zone", "word:Festivals"),  # an institution's stem, with an ending
        ("Prix Meilleure", "word:Meilleure"),  # the word for "best", long enough
        ("最優秀賞", "award"),  # the word for "best" in Han opens an award's name
    ],
)
def test_a_clause_or_an_award_names_no_one(name: str, why: str) -> None:
    assert not_a_person(name) == why


@pytest.mark.parametrize(
    "name",
    [
        "محمد علي",
        "جيمس وان",  # "Wan": no preposition once the conjunction's letter is taken off
        "حسین\u200cزاده",  # a Persian surname joined by a ZWNJ
        "Pete Best",  # the word for "best", too short to tell from a surname
        "莉子 他",  # Han written without spaces: a word alone is a list's end, not a clause
    ],
)
def test_names_of_scripts_without_capitals_stay(name: str) -> None:
    assert is_person_name(name)


def test_before_clause_cuts_a_lists_end() -> None:
    assert before_clause("मोहन लाल और अन्य") == "मोहन लाल"
    assert before_clause("और मोहन") == "और मोहन"  # the first word is never cut


def test_a_list_of_clauses_is_no_cast() -> None:
    block = "Kalam\n\nكان الفيلم قويا، لم يكن بوسعهم، ومن باب الإنصاف، بعد ذلك.\n"
    assert people.cast("لم يكن بوسعهم، ومن باب الإنصاف، محمد علي", "", block, "", None) == []


def test_one_clause_in_a_long_list_is_left_out() -> None:
    listed = "سامي علي، كريم عادل، منى زكي، هند صبري، بين القاهرة"
    cast = people.cast(listed, "", listed, "", None)
    assert cast == ["سامي علي", "كريم عادل", "منى زكي", "هند صبري"]


def test_the_films_own_title_is_no_actor() -> None:
    block = "Sol de Mayo\n\nUna tarde de cine con Sol de Mayo en la sala grande.\n"
    assert people.cast("", "", block, "", None, "Sol de Mayo") == []
    assert people.cast("", "", block, "", None, "Otra Cosa") == ["Sol de Mayo"]


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Rated R", "word:Rated"),  # a rating's word, the page's furniture
        ("Nova Media", "word:Media"),  # the press's word
        ("Hauptdarstellerin Lena Berg", "word:Hauptdarstellerin"),  # the cast's noun
        ("Quando Eu Era", "word:Quando"),  # a word that opens a sentence
    ],
)
def test_a_word_of_the_pages_furniture_names_no_one(name: str, why: str) -> None:
    assert not_a_person(name) == why


@pytest.mark.parametrize(
    "name",
    [
        "Anni Berg",  # a rating's word ("anni", years) too short to tell from a given name
        "Said Taghmaoui",  # a speech verb is no furniture: a given name too
    ],
)
def test_short_furniture_words_stay_names(name: str) -> None:
    assert is_person_name(name)


def test_a_labelled_cast_keeps_no_rating() -> None:
    labelled = "Lily Berg, Sakura Ando, Maya Sato Rated"
    assert people.cast(labelled, "", labelled, "", None, "Nattfilm") == ["Lily Berg", "Sakura Ando"]


def test_a_critic_after_a_known_outlet_is_no_actor() -> None:
    block = "Reviews\nThe Guardian (Peter Bradshaw)\nThe Night Nurse (Tim Holm)\n"
    assert people.paired_with_characters(block) == ["Tim Holm"]


@pytest.mark.parametrize(
    "name",
    [
        "Grand Prize",  # an award's words
        "Storia di",  # a heading's words, cut before its name
        "All We Imagine",  # another film's title in common words
        "기사",  # a word of the data in a script without capitals
    ],
)
def test_a_run_of_the_datas_words_names_no_one(name: str) -> None:
    assert not_a_person(name) == "words"


@pytest.mark.parametrize(
    "name",
    [
        "Ben Blanco",  # a given name that is also a joining word, a colour as a surname
        "Joven Tan",  # a short capitalised last word may be a surname
        "Lisa Lu",
    ],
)
def test_names_with_words_of_the_data_stay(name: str) -> None:
    assert is_person_name(name)


def test_a_known_outlet_names_no_one() -> None:
    assert not_a_person("Radio Times") == "outlet"
    assert is_person_name("Peter Bradshaw")  # the critic, a person
