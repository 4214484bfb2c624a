"""A name in sentence case after the word for film, up to where its clause or phrase ends.

Many languages capitalise only a title's first word ("largometraje Los reyes del mundo, obra
…", "nový film Kronika večných snílkov. Alegorická …", "Film Jak se vaří dějiny je postavený
…"): the cues that read capitalised words after the word for film stop at the first word
("Los", "Kronika"). Where the name ends shows in the sentence: at a mark that closes a clause
(a comma, a stop, a dash, a bracket, a quote) or before a word that only links the name to
the rest of the sentence (a language's articles, conjunctions, prepositions, copulas,
pronouns: :func:`linking_words`, read from the language data), and never past a word that
opens a clause (a copula, a pronoun: :func:`clause_words`). The longest such run of two
to six words that the page writes again (in its text or in its address) is a candidate with
its own feature (``clause_run``, :data:`.titlemodel.FEATURES`), weighed by the fitted model.
"""

from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii

from indexer import lang
from indexer.extract.pages.text import is_link_line, is_noise
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titlerepeats import film_noun, film_word_clause
from indexer.normalize import country_name, key
from indexer.wordre import word_spans

#: the word lists whose words link a name to the rest of its sentence (each word of a
#: list's entry: "is a", "es una", "je to")
_LINKING_KINDS = (
    "determiners",
    "conjunctions",
    "relative_pronouns",
    "name_articles",
    "by",
    "film_of",
    "quote_in",
    "is_a",
    "film_openings",
    "this_words",
    "pronouns",
    "quote_pronouns",
    "year_from",
)
#: the word lists whose words open a clause (a copula's "is", a pronoun): a run holding one
#: after its first word is a sentence ("Parasite is a triumph"), no name
_CLAUSE_KINDS = ("is_a", "relative_pronouns", "pronouns", "quote_pronouns")
#: the fewest and the most words of a run
_LEAST, _MOST = 2, 6
#: a dash written as a word of its own ends a clause ("Conceição - autor …" reads no further)
_DASH = re.compile(r"[-–—]+")


@cache
def linking_words() -> frozenset[str]:
    """The words of every language that link a name to the rest of a sentence, folded."""
    return frozenset(
        word.casefold()
        for kind in _LINKING_KINDS
        for entry in lang.cues(kind)
        for word in entry.split()
        if not word.endswith(("'", "’"))
    )


@cache
def clause_words() -> frozenset[str]:
    """The words of every language that open a clause: the first word of a copula's phrase
    ("is a", "es una"), relative and personal pronouns; folded."""
    return frozenset(
        entry.split()[0].casefold() for kind in _CLAUSE_KINDS for entry in lang.cues(kind)
    )


@cache
def _by_words() -> frozenset[str]:
    """The words for "by" of every language, folded: a capital after one opens a person's
    name."""
    return frozenset(w.casefold() for w in lang.cues("by") if " " not in w.strip())


def clause_runs(ballot: FeatureBallot, lines: tuple[str, ...], url: str | None) -> None:
    """Add the longest run in sentence case after each word for film that ends where its
    clause ends or before a linking word, and that the page writes again."""
    body = "\n".join(lines)
    address = (url or "").casefold()
    for i, line in enumerate(lines):
        if is_link_line(line):
            continue
        for match in film_word_clause().finditer(line):
            if not film_noun(line, match.start()):
                continue
            closed = match.end() < len(line)  # the clause ends at a mark, not at the line's end
            run = _longest_run(match.group("rest").split(), closed, body, address)
            if run and not is_noise(run) and not country_name(run):
                ballot.add(run, "clause_run", 1.0, i)


def _longest_run(tokens: list[str], closed: bool, body: str, address: str) -> str | None:
    """The longest run of ``tokens`` in sentence case that ends before a linking word or a
    dash, or where the clause ends (``closed``), and that the page writes again."""
    cut = next((k for k, t in enumerate(tokens) if _DASH.fullmatch(t)), None)
    if cut is not None:
        tokens, closed = tokens[:cut], True
    if len(tokens) < _LEAST or not tokens[0][:1].isupper() or not tokens[1][:1].islower():
        return None  # capitalised words are read by the other cues; this reads sentence case
    found = None
    for k in range(_LEAST, min(_MOST, len(tokens)) + 1):
        last = tokens[k - 1].casefold()
        if last in clause_words():
            break  # "Parasite is a triumph": the sentence goes on, the name ended before
        if tokens[k - 1][:1].isupper() and tokens[k - 2].casefold() in _by_words():
            break  # "Roma città aperta di Roberto Rossellini": a credit follows the name
        if last in linking_words() or not re.search(r"[^\W\d_]", last):
            continue
        ends = tokens[k].casefold() in linking_words() if k < len(tokens) else closed
        run = " ".join(tokens[:k])
        if ends and _written_again(run, body, address):
            found = run
    return found


def _written_again(run: str, body: str, address: str) -> bool:
    """Whether the page writes ``run`` twice, or once and in its address (romanised)."""
    seen = len(word_spans(body, run))
    if seen >= 2:
        return True
    spelled = "-".join(key(anyascii(run)).split())
    return seen == 1 and bool(spelled) and spelled in address
