"""Director readers of session 26, second round: Korean adverbs before the verb for directing,
patronymics in lower case, Hebrew cues, slash-joined co-directors in a citation, a headline's
"Title de Name", a possessive written with an opening quote, and the partners of a credit."""

from __future__ import annotations

import pytest

from indexer.extract.pages import cues, extract_page, introduced, possessive
from indexer.extract.pages.facts import is_name
from indexer.extract.pages.sentences import name_after


def _directors(text: str) -> list[str]:
    result = extract_page(text, "page.txt")
    return list(result.films[0].directors) if result.films else []


def test_korean_adverbs_before_the_verb_are_no_names() -> None:
    text = (
        '평론가들은 "아주 팽팽하고, 긴장되고, 간결하게 연출한다"고 김민수 감독의 연출을 칭찬했다.'
    )
    assert [m.name for m in cues.director_before(text)] == ["김민수"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("rejissyor Aziz Karim oʻgʻli, operator Diyor Sobirov", "Aziz Karim oʻgʻli"),
        ("rejissor Rasim Əli oğlu ilə", "Rasim Əli oğlu"),
    ],
)
def test_patronymic_ends_the_name(text: str, name: str) -> None:
    assert name_after(text, text.index(name[:3])) == name
    assert is_name(name)


def test_patronymic_alone_is_no_name() -> None:
    assert not is_name("Karim oʻgʻli")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('את הסרט ביימו דנה לוי, מי שזכתה בפרס על "הבית".', "דנה לוי"),
        ("זהו סרטו הראשון של יואב כהן, והוא מצליח.", "יואב כהן"),
    ],
)
def test_hebrew_cues(text: str, name: str) -> None:
    assert name in [m.name for m in cues.mentions(text, "directed_by")]


def test_citation_with_slash_joined_directors() -> None:
    found = cues.citations("Night Songs: Live in Leeds (Anna Berg/Tom Hale, 2016)")
    assert [c.names for c in found] == [("Anna Berg", "Tom Hale")]


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("[Critique] Le lac gelé de Simon Martin", ["Simon Martin"]),
        ("Quiet Harbour by Maria Olsen", ["Maria Olsen"]),
        # no given name opens it: a place, a thing
        ("Les jardins de Saint Germain", []),
        # the name alone: no title before it
        ("de Simon Martin", []),
    ],
)
def test_headline_by(title: str, found: list[str]) -> None:
    assert introduced.headline_by(title) == found


def test_possessive_written_with_an_opening_quote() -> None:
    text = "In Sorry Night, comedian and actor Eva Stone‘s feature writing and directing debut."
    assert "Eva Stone" in introduced.possessors(text)


def test_partner_after_a_name_read_without_its_initial_stop() -> None:
    page = (
        "Island Voices\n\nDocumentary. Directed by K. Tyler Moss & Anna Pérez. Bahamas/Haiti. "
        "55 minutes. Creole and English with English subtitles.\n\n"
        "Fishermen of two islands tell of the storms that changed their lives.\n"
    )
    assert _directors(page) == ["K Tyler Moss", "Anna Pérez"]


def test_partner_of_a_later_cue_when_the_first_credits_none() -> None:
    page = (
        "Bloedlyn\n\nBloedlyn [film]. 2013. Directed by Albert Smit, Louis Venter. "
        "South Africa: Moebius Films.\n\n"
        "Directors Albert Smit and Louis Venter (both from Pretoria) set the story on a farm.\n"
    )
    assert _directors(page) == ["Albert Smit", "Louis Venter"]


def test_partner_after_the_title_and_by() -> None:
    page = (
        "Il Cane Volante dei Mari\n\nIl Cane Volante dei Mari di Marco Neri e Sara Bruni – "
        "dal 1° settembre al cinema.\n\n"
        "Un cane e il suo padrone attraversano il mare su una zattera.\n"
    )
    assert _directors(page) == ["Marco Neri", "Sara Bruni"]


def test_listing_sentence_with_directs_after_an_aside() -> None:
    text = "A drifter falls for a nurse. Tom Hale (Night Songs) directs. Next week: a comedy."
    assert [m.name for m in cues.director_before(text)] == ["Tom Hale"]


def test_arabic_director_quoted_after_the_films_director() -> None:
    text = 'اشتهر مخرج الفيلم "سامي حداد" بأفلامه الهادئة.'
    assert [m.name for m in cues.mentions(text, "director_nouns")] == ["سامي حداد"]


def test_thai_name_ends_at_a_glued_role_noun() -> None:
    text = "ภาพยนตร์เรื่องนี้ กำกับโดย สมชาย ผู้กำกับลูกครึ่งลาว-อเมริกัน นำเสนอเรื่องราวสุดสะพรึงที่ผสมผสาน"
    assert cues.name_at(text, text.index("สมชาย"), single=False) == "สมชาย"
    assert cues.name_at(text, text.index("ลูกครึ่ง")) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Our next film is Min-ho Lee’s 2016 epic The Quiet Harbour. Set in Busan.", "Min-ho Lee"),
        (
            "Our film club shows Eric Martin’s acclaimed The Quiet Harbour in a new print.",
            "Eric Martin",
        ),
    ],
)
def test_possessive_with_a_year_or_adjectives_before_the_title(text: str, name: str) -> None:
    found = possessive.beside_bare_title(text, "The Quiet Harbour", "en")
    assert [m.name for m in found] == [name]
