"""Names written family name first: Hungarian "Nemes Jeles László", Vietnamese "Trần Anh Hùng".

The readers of people's names take a known given name (``given_names.txt``) for a name's
first word: "Peter Bogdanovich" opens with one, "Saul fia" does not. A language whose data
says it writes the family name first (``family_name_first``) puts the given name last, where
it closes the name: "Csákvári Géza" is a person's name though its first word is no given name,
and a name the page shortens to the family name ("Nemes Jeles filmjének", Nemes Jeles's film)
is the one it writes in full elsewhere with the given name after it ("Nemes Jeles László").
Which language a page is in is :func:`.textlang.text_language`'s to say; the code never names
a language.
"""

from __future__ import annotations

import re
from functools import cache

from indexer import lang
from indexer.extract.pages.textlang import text_language
from indexer.extract.pages.titleperson import given_names
from indexer.normalize import key

__all__ = ["closes_with_given_name", "completed", "on_page", "writes_family_first"]

#: a capitalised word of a name written after a space ("László", "Hùng", "Jeles-Nagy")
_NEXT_WORD = r"[ \t]+([^\W\d_][\w'’-]*)(?![\w'’-])"


@cache
def _codes() -> frozenset[str]:
    """The codes of the languages whose data says they write the family name first."""
    return frozenset(data.code for data in lang.languages() if data.family_name_first)


def writes_family_first(code: str | None) -> bool:
    """Whether the language of ``code`` writes a person's family name first."""
    return code in _codes()


def on_page(text: str) -> bool:
    """Whether the language of the page ``text`` (:func:`.textlang.text_language`) writes a
    person's family name first: what every reader of names asks of the page it reads."""
    return writes_family_first(text_language(text))


def closes_with_given_name(name: str) -> bool:
    """Whether ``name``, of two words or more, ends with a known given name written with a
    capital ("Csákvári Géza", "Nemes Jeles László"): a family-name-first person's name."""
    words = name.split()
    return len(words) >= 2 and words[-1][:1].isupper() and key(words[-1]) in given_names()


def completed(name: str, block: str) -> str:
    """``name`` as the page writes it in full with a known given name after it ("Nemes Jeles"
    -> "Nemes Jeles László", where the page writes both), the given name the page writes
    there most often; ``name`` itself when it closes with a given name already or the page
    writes none after it."""
    if not name.strip() or closes_with_given_name(name):
        return name
    found = [
        word
        for word in re.findall(rf"(?<![\w'’-]){re.escape(name)}{_NEXT_WORD}", block)
        if word[:1].isupper() and key(word) in given_names()
    ]
    return f"{name} {max(dict.fromkeys(found), key=found.count)}" if found else name
