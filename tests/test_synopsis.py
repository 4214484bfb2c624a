"""Table tests for the synopsis: where the blurb's block begins (a short opening sentence
before the long paragraph is part of it; ratings, quotations and labels are not)."""

from __future__ import annotations

import pytest

from indexer.extract.pages import extract_page

_LONG = {
    "en": "A young nurse moves into the house of a dancer who is dying, and her faith turns "
    "into something darker as the winter closes in on the sea town and its empty hotels.",
    "de": "Eine junge Pflegerin zieht in das Haus einer sterbenden Tänzerin, und ihr Glaube wird "
    "zu etwas Dunklerem, als der Winter die Stadt am Meer und ihre leeren Hotels umschließt.",
    "pt": "Uma jovem enfermeira muda-se para a casa de uma bailarina que está a morrer, e a sua "
    "fé torna-se algo mais sombrio quando o inverno fecha a cidade à beira-mar e os hotéis.",
}


def _synopsis(text: str) -> str:
    films = extract_page(text, "test").films
    assert films
    return films[0].synopsis


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        ("en", "What would being possessed by God look like, in a town with no church at all?"),
        ("de", "Inmitten einer lauten Großstadt findet die Regisseurin die Schönheit im Kleinen."),
        ("pt", "Laura é uma enfermeira que chega à cidade numa noite de tempestade no inverno."),
    ],
)
def test_a_short_opening_paragraph_belongs_to_the_blurb(lang: str, lead: str) -> None:
    text = f"Quiet River\n\nDirector: Ana Lind\nRuntime: 90 min\n\n{lead}\n\n{_LONG[lang]}\n"
    assert _synopsis(text) == f"{lead}\n\n{_LONG[lang]}"


@pytest.mark.parametrize(
    "lead",
    [
        "Hanya kerana sekeping setem, habis semua!",  # a short first line of the same block
        "Tout commence par un timbre perdu.",
    ],
)
def test_a_short_first_line_of_the_same_block_is_kept(lead: str) -> None:
    text = f"Quiet River\n\nDirector: Ana Lind\n\n{lead}\n{_LONG['en']}\n"
    assert _synopsis(text).startswith(lead)


@pytest.mark.parametrize(
    "before",
    [
        "★★★★★ A towering, awful masterwork about the family next door to the camp.",
        "4/5 A towering, awful masterwork about the family next door to the camp.",
        "“A towering, awful masterwork about the family next door to the camp.”",
        "Genre: Drama, Horror, Mystery, Thriller",
        "Oscar nominations",
    ],
)
def test_ratings_quotes_labels_and_headings_are_not_taken_in(before: str) -> None:
    text = f"Quiet River\n\nDirector: Ana Lind\n\n{before}\n\n{_LONG['en']}\n"
    assert _synopsis(text) == _LONG["en"]


def test_at_most_two_lead_paragraphs() -> None:
    leads = [f"This is opening sentence number {n} of the long blurb below here." for n in range(4)]
    text = "Quiet River\n\nDirector: Ana Lind\n\n" + "\n\n".join([*leads, _LONG["en"]]) + "\n"
    assert _synopsis(text) == "\n\n".join([*leads[2:], _LONG["en"]])


@pytest.mark.parametrize(
    "signed",
    [
        "So many films about teenagers are mired in stupidity and noise; this one, like its "
        "heroine, dares to dream of the sea and the old ways. - Roger Ebert",
        "Ein stiller, genauer und zärtlicher Film über das Warten auf den Winter am Meer und "
        "über eine Familie, die nicht mehr spricht. — Anna Schmidt",
    ],
)
def test_a_paragraph_signed_like_a_critics_quote_is_not_the_synopsis(signed: str) -> None:
    text = f"Quiet River\n\nDirector: Ana Lind\n\n{signed}\n\n“Quiet River” {_LONG['en'][2:]}\n"
    assert _synopsis(text).startswith("“Quiet River” young nurse")


def test_a_paragraph_opening_with_a_quoted_name_is_prose() -> None:
    para = "“Quiet River” " + _LONG["en"][2:]
    assert _synopsis(f"Quiet River\n\nDirector: Ana Lind\n\n{para}\n") == para
