"""The head of an early line that the page writes again inside a sentence.

A headline often opens with the film's name and goes on with what it did ("Noem my Skollie
vertel een van ons stories", "Incendies a clôturé la 14e édition", "Drive My Car. Reviews and
Quotes"): nothing marks where the name ends. What tells it is the rest of the page: the same
words written again inside a sentence (where a capital is a name's, not a sentence's),
followed by other words ("… nie, Noem my Skollie ongelooflik …", "Pour adapter Incendies, la
pièce …"). The longest such head of each early line of three to fifteen words is a candidate
with its own feature (``head_written_again``, :data:`.titlemodel.FEATURES`), weighed by the
fitted model like any other cue; the names of people and countries are removed from the
ballot afterwards as for every source (:func:`.titlevote.collect`). A script without capitals
shows no name by them, and is left out.
"""

from __future__ import annotations

import re

from indexer.extract.pages.text import is_noise
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titleperson import given_names, person_like
from indexer.normalize import country_name, key
from indexer.wordre import word_spans

#: the lines read: the first ones of the page (the Source line is line 0)
_FIRST_LINES = 16
#: the most words of a head
_MOST_WORDS = 6
#: the fewest words of a line whose head is read (a shorter line is a heading whole)
_LEAST_LINE_WORDS = 3
#: the most words of a line whose head is read: a headline, not a paragraph of prose (which
#: opens with a person, a prize or another film as often as with the page's film)
_MOST_LINE_WORDS = 15
#: the fewest letters of a head of one word ("Los", "The" open sentences, no names)
_LEAST_LETTERS = 4
#: what ends a sentence or opens a line's item: a capital after it may be a sentence's
_SENTENCE_END = ".!?:•*#-–—|"
#: punctuation a head's last word may carry ("Drive My Car.", "Incendies,")
_TRAILING = ".,:;!?"
#: the most words of a line whose head may be one word: a longer line is prose, which opens
#: with a person or a place as often as with a film ("Chris arrives in Lagos…")
_MOST_WORDS_ONE = 12
#: the fewest letters of a word before a full stop that ends a name ("Car."), not an initial
_LEAST_ABBREVIATION = 3
#: the fewest letters of a lower-case word that shows the rest of a line is a sentence ("a
#: clôturé", "vertel"), not the rest of a name ("Empire of Light", "Central do Brasil")
_LEAST_VERB_LETTERS = 4


def heads_written_again(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """Add the longest head of each early line of three to fifteen words that the page writes
    again inside a sentence of another line, followed by other words."""
    body = "\n".join(lines)
    for i, line in enumerate(lines[:_FIRST_LINES]):
        head = _longest_head(line.split(), i, lines, body)
        if head and not is_noise(head) and not country_name(head) and not person_like(head):
            ballot.add(head, "head_written_again", 1.0, i)


def _longest_head(words: list[str], at: int, lines: tuple[str, ...], body: str) -> str | None:
    """The longest head of ``words`` (line ``at``) shaped like a name and written again."""
    if not _LEAST_LINE_WORDS <= len(words) <= _MOST_LINE_WORDS or not _opens_name(words[0]):
        return None
    found = None
    for k in range(1, min(_MOST_WORDS, len(words) - 1) + 1):
        last = words[k - 1]
        if last.endswith(":"):
            break  # "Regia: …", "DAG 24: …": a label and its value
        head = " ".join(words[:k]).rstrip(_TRAILING)
        if _abbreviation(last):
            continue  # "Ingvar E. Sigurðsson", "Mr. Smith": an initial ends no name
        ends = last[-1:] in _TRAILING
        if k == 1 and (len(words) > _MOST_WORDS_ONE or key(head) in given_names()):
            continue
        sentence = ends or _sentence_follows(words[k:])
        if (
            sentence
            and _name_shaped(head, last, body)
            and _written_again(head, words[k], at, lines)
        ):
            found = head
        if ends:
            break
    return found


def _abbreviation(word: str) -> bool:
    """Whether ``word`` is an initial or a short abbreviation with its full stop ("E.",
    "Mr.", "St.")."""
    return word.endswith(".") and len(re.findall(r"[^\W\d_]", word)) < _LEAST_ABBREVIATION


def _sentence_follows(rest: list[str]) -> bool:
    """Whether the rest of a line after a head reads as a sentence's: its first word in lower
    case (not a capital, "Nuri Bilge Ceylan", nor a dash before a subtitle, "Sophie Scholl –
    Die letzten Tage") and a lower-case word of four letters or more among its words."""
    if not rest[0][:1].islower():
        return False
    return any(
        w[:1].islower() and len(re.findall(r"[^\W\d_]", w)) >= _LEAST_VERB_LETTERS for w in rest
    )


def _opens_name(word: str) -> bool:
    """Whether a line's first word may open a name: a capital (a script without capitals shows
    no name by its capitals, and a digit opens a date or a count as often)."""
    return word[:1].isupper()


def _name_shaped(head: str, last: str, body: str) -> bool:
    """Whether ``head`` may be a name: its last word not in lower case, and one word alone long
    and never written in lower case on the page (``body``: "Film" is also "film")."""
    if last[:1].islower():
        return False
    if " " in head:
        return True
    if len(re.findall(r"[^\W\d_]", head)) < _LEAST_LETTERS:
        return False
    return not word_spans(body, head.lower())


def _written_again(head: str, follows: str, at: int, lines: tuple[str, ...]) -> bool:
    """Whether another line writes ``head`` inside a sentence (after a word, not a sentence's
    end) as a whole, followed by something other than ``follows``."""
    for j, other in enumerate(lines):
        if j == at or head not in other:
            continue
        for start, end in word_spans(other, head):
            before = other[:start].rstrip()
            if not before or before[-1] in _SENTENCE_END:
                continue
            after = other[end:].split()
            if not after or after[0] != follows:
                return True
    return False
