"""Cast cues as language data: a cue that another language writes for a story's character
opens a cast only on a page in a language that lists it; Hungarian cast words."""

from __future__ import annotations

from indexer.extract.pages import cues

_ITALIAN = (
    "Il regista torna al cinema con un film sulla musica pop. Il suo protagonista Marco Bellini "
    "racconta la sua vita e la sua carriera, tra successi e cadute, in una storia che il "
    "pubblico conosce bene."
)
_ROMANIAN = (
    "Filmul urmărește o familie din București. Alături de protagonista Ioana Pop joacă și alți "
    "actori cunoscuți din teatrul românesc, într-o poveste despre copilărie și despre mamă."
)


def test_the_romanian_word_for_the_lead_is_a_character_on_an_italian_page() -> None:
    assert cues.own_page_cues()["protagonista"] == frozenset({"ro"})
    # read as Romanian the cue opens the name; on the Italian page it names a character
    assert [m.name for m in cues.cast_lists(_ITALIAN, code="ro")] == ["Marco Bellini"]
    assert [m.name for m in cues.cast_lists(_ITALIAN)] == []


def test_the_romanian_word_for_the_lead_opens_a_cast_on_a_romanian_page() -> None:
    assert [m.name for m in cues.cast_lists(_ROMANIAN)] == ["Ioana Pop"]


def test_cues_no_other_language_writes_for_a_character_count_everywhere() -> None:
    assert "starring" not in cues.own_page_cues()
    # a cue of three letters or fewer counts only on a page of a language that lists it
    # (castprec27: Vietnamese "các con", ".COM" in a banner)
    assert {"it", "es"} <= cues.own_page_cues()["con"]


def test_hungarian_cast_words_before_and_after_the_names() -> None:
    text = "A film szereplői: Kovács Anna, Nagy Péter és Szabó Éva."
    assert [m.name for m in cues.cast_lists(text)] == ["Kovács Anna; Nagy Péter; Szabó Éva"]
    text = "A történet Kovács Anna, Nagy Péter szereplésével készült el tavaly."
    assert [m.name for m in cues.cast_before(text)] == ["Kovács Anna; Nagy Péter"]


def test_a_list_goes_on_after_an_aside_between_commas_that_says_who_a_name_is() -> None:
    text = 'por Ana Souto ("Outono"), a protagonista principal, Xián Prego e Sara Lois, que debuta.'
    assert cues.names_from(text, 4) == ["Ana Souto", "Xián Prego", "Sara Lois"]
    # a clause after the comma, no name after it, ends the list
    text = "Starring Anna Berg, who plays the mother, and a dog."
    assert [m.name for m in cues.cast_lists(text)] == ["Anna Berg"]


def test_the_languages_that_list_a_word_whole_or_after_a_stem() -> None:
    listers = cues._Listers(
        [("ro", ("Protagonista", "rol*")), ("it", ("protagonist*",)), ("es", ("con",))]
    )
    assert listers.codes("protagonista") == frozenset({"ro", "it"})  # whole, and a stem
    assert listers.codes("rolurile") == frozenset({"ro"})
    assert listers.codes("rol") == frozenset({"ro"})  # a stem is its own word too
    assert listers.codes("ro") == frozenset()  # a word shorter than the stem
    assert listers.codes("con") == frozenset({"es"})
    assert listers.codes("contra") == frozenset()
