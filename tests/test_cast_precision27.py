"""Cast precision of session 27: a name in parentheses that is a heading's aside, a title in
capitals, a quote's source or a gloss of a script without capitals is no actor paired with a
character; a short cast cue counts only on a page in a language that writes it."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues, people, sentences


@pytest.mark.parametrize(
    ("text", "cast"),
    [
        # a pair alone on its line between paragraphs: a quote's source, a film and director
        ("Een sterke film.\n\nDe Krant (Piet Holm)\n\nHet scenario is zwak.", []),
        ("Een drama.\nA Chiara (Jonas Berg) 8,5\nClaudio en Carmela geven een feest.", []),
        # rows of pairs one under another: the cast
        ("Rollen:\nMaria (Anna Berg)\n\nJan (Piet Holm)\n", ["Anna Berg", "Piet Holm"]),
        # a name in capitals after a director: his film's title
        ("The Polish director Jerzy Skolimowski (LE DÉPART) presents his film.", []),
        ("Ma (Wu Renlin) and Cao (Christina Hai) meet.", ["Wu Renlin", "Christina Hai"]),
    ],
)
def test_which_pairs_in_parentheses_name_actors(text: str, cast: list[str]) -> None:
    assert sentences.character_cast(text) == cast


def test_a_latin_name_after_a_word_without_capitals_is_a_gloss_not_an_actor() -> None:
    text = (
        "평론가 라살레 (Mick Salle) 는 좋다고 했고 글레이버만 (Owen Glei) 은 싫다고 했으며 "
        "스콧 (Tony Scott) 은 말이 없었다."
    )
    assert sentences.character_cast(text) == []


def test_a_name_in_parentheses_beside_a_quotes_source_is_no_actor() -> None:
    text = "Een zware film over de oorlog.\nAlgemeen Dagblad (Ab Zagt) en Rosa (Eva Berg) lachen."
    found = people.paired_with_characters(text, [], ["Ab Zagt", "Algemeen Dagblad"])
    assert found == ["Eva Berg"]


_FRENCH = (
    "Le film raconte l'histoire d'une famille qui vit à Paris et qui cherche un nouveau "
    "départ après la guerre, dans une maison où les enfants grandissent avec leur mère.\n"
)


def test_a_short_cue_of_another_language_opens_no_cast() -> None:
    text = _FRENCH + "Retrouvez-nous sur cinema.com Jean Dupont, Marie Martin et Paul Leroy.\n"
    assert not [m for m in cues.cast_lists(text) if m.cue.lower() == "com"]


def test_a_short_cue_opens_the_cast_on_a_page_of_its_language() -> None:
    text = (
        "O filme conta a história de uma família que vive em Lisboa e procura um novo começo "
        "depois da guerra, numa casa onde os filhos crescem junto da mãe.\n"
        "Um drama com Jean Dupont, Marie Martin e Paul Leroy.\n"
    )
    found = [m.name for m in cues.cast_lists(text) if m.cue.lower() == "com"]
    assert found and found[0].startswith("Jean Dupont")
