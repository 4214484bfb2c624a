"""A byline a blank line under a paragraph, or under a rated paragraph, signs the page's own
text, no critic's quote (quotes30b)."""

from __future__ import annotations

from page_support import quotes


def test_byline_a_blank_line_under_a_paragraph_signs_no_quote() -> None:
    body = (
        "Ein Bauer zieht mit seinen Kindern in die Berge und lernt dort, wie wenig er von\n"
        "seinem eigenen Leben verstanden hat, bis der Winter alles zudeckt.\n"
        "\n"
        "Von Petra Muster\n"
    )
    assert quotes(body) == []


def test_byline_under_a_rated_paragraph_signs_no_quote() -> None:
    body = (
        "★★★★ Una mujer vuelve al pueblo de su infancia y encuentra que nadie la recuerda,\n"
        "ni siquiera su hermano, que regenta el bar de la plaza desde hace veinte años.\n"
        "por Ana Ejemplo\n"
    )
    assert quotes(body) == []


def test_standfirst_over_review_by_line_is_no_quote() -> None:
    body = (
        "A retired lighthouse keeper takes in a runaway boy during the worst storm of the\n"
        "decade and teaches him to read the sea.\n"
        "\n"
        "Review by Sam Example\n"
        "\n"
        "Directed by: Jo Sample\n"
    )
    assert quotes(body) == []


def test_name_alone_under_a_paragraph_still_signs_a_quote() -> None:
    body = (
        "A rare and tender film that trusts its silences more than its words, and is all\n"
        "the stronger for it.\n"
        "Peter Example, The Daily Sample\n"
    )
    found = quotes(body)
    assert [(c, o) for _, c, o in found] == [("Peter Example", "The Daily Sample")]
