"""Directors: after the film's title in quotes and the word for "by" ("«…» ساخته"), a name of
the Arabic script is a given name and a family name even when the sentence goes on after it
without a mark; a verb after the word for "by" is still no name."""

from __future__ import annotations

import pytest

from indexer.extract.pages import introduced


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "also" after the name
        ("فیلم «باغ انار» ساخته بهرام نوری نیز در سال ۱۳۹۰ دیده شد", ["بهرام نوری"]),
        # "until" after the name
        ("«باغ انار» ساخته بهرام نوری تا چند روز دیگر اکران میشود", ["بهرام نوری"]),
        # a noun after the name ("award"): the third word is the sentence going on
        ("فیلم «باغ انار» ساخته بهرام نوری جایزه بهترین فیلم را برد", ["بهرام نوری"]),
        # a comma closes the name, as before
        ("«باغ انار» ساخته بهرام نوری، فیلمی آرام است", ["بهرام نوری"]),
        # "was made": a verb, no name
        ("«باغ انار» ساخته شده است.", []),
        # another quoted title (a novel's) credits its author
        ("رمان «شب سرد» ساخته بهرام نوری نیز خوانده شد", []),
    ],
)
def test_a_name_after_the_title_and_by_runs_into_the_sentence(text: str, names: list[str]) -> None:
    assert introduced.quoted_title_by(text, frozenset({"باغ انار"})) == names


def test_a_name_of_another_script_still_needs_its_closing_mark() -> None:
    """Only the Arabic script's names are cut at two words: elsewhere a name the sentence runs
    on from is not read after the title and the word for "by"."""
    text = "«मेरा गांव» ساخته राम कुमार जी फिर"
    assert introduced.quoted_title_by(text, frozenset({"मेरा गांव"})) == []
