"""A name after the word for film that the text writes again.

The word for film is often followed by the name and the rest of a sentence ("Myndin Festen
fjallar um…", "داستان فیلم مرثیه برف روایتگر…"), in scripts without capitals too, where nothing
shows where the name ends. What tells the name is that the text writes the same words again:
the longest run of the words after the word for film that the page repeats is a candidate with
its own feature (``film_word_repeated``, :data:`.titlemodel.FEATURES`), weighed by the fitted
model.

The same reading of a heading's words ("The miracle of Himala" -> "Himala") was tried and left
out: it brought the right name into the ballot of 3 more of the 527 look-at and dev pages
(oracle recall 461 -> 464), but its fitted weight was negative, and the parts it added
("Empire" of "Empire of Light 15", "Sarajevo Film Festival" of a news headline) changed the
relations of the other candidates (a heading holding a repeated part) and lost test pages.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from indexer import lang, recache
from indexer.extract.pages.text import is_noise
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.normalize import country_name

#: the most words of a repeated run
_MOST = 5
#: a word: anything between spaces and punctuation (marks of Indic scripts stay in the word)
_WORD = re.compile(r"[^\s.,;:!?()\[\]{}\"“”«»„‹›<>|/…]+")
#: what a word may open or close with and is not part of it
_EDGES = "'’‘-–—*#"
#: the fewest letters of a run's longest word: "I", "My", "في", "به" are no names
_LEAST_LETTERS = 3
#: the fewest words of a line of prose, where a capitalised word for film opens a sentence
_PROSE_WORDS = 8


def words(text: str) -> list[str]:
    """The words of ``text``, punctuation left out ("Soldaat van Oranje; Deel 3" -> five)."""
    found = (w.strip(_EDGES) for w in _WORD.findall(text))
    return [w for w in found if w]


def run_counts(
    lines: Iterable[str], vocabulary: set[str], firsts: set[str]
) -> Counter[tuple[str, ...]]:
    """How often each run of up to :data:`_MOST` words of ``vocabulary`` that opens with a
    word of ``firsts`` is written on ``lines`` (a line without one is not split in words)."""
    counts: Counter[tuple[str, ...]] = Counter()
    for line in lines:
        if not any(first in line for first in firsts):
            continue
        tokens = words(line)
        for i, word in enumerate(tokens):
            if word not in firsts:
                continue
            for j in range(i + 1, min(i + _MOST, len(tokens)) + 1):
                if tokens[j - 1] not in vocabulary:
                    break
                counts[tuple(tokens[i:j])] += 1
    return counts


def name_like(run: tuple[str, ...]) -> bool:
    """Whether a run may be a name: it opens and closes with a word not written in lower case
    (capitalised, or of a script without capitals) and holds a word of three letters or more;
    in a script without capitals, two words or more and no number (one word repeated is as
    often a common noun: "গল্প", story; "ישראלי", Israeli)."""
    first, last = run[0], run[-1]
    if first[:1].islower() or last[:1].islower():
        return False
    if not any(len(re.findall(r"[^\W\d_]", w)) >= _LEAST_LETTERS for w in run):
        return False
    if not any(c.isupper() for w in run for c in w):  # a script without capitals
        # "फिल्म को 4 स्टार": a rating, words around a number
        return len(run) > 1 and not any(w.isdigit() for w in run)
    return len(run) > 1 or first[:1].isupper()


@lru_cache(maxsize=1)
def film_word_clause() -> re.Pattern[str]:
    """The word for film with an ending ("Myndin", "Филмът", "فیلم"), then the rest of its
    clause (up to a stop, a bracket or a quote)."""
    film = lang.alternation("film_words")
    return recache.compile(
        rf"(?<!\w)(?i:{film})\w{{0,4}}\s+(?P<rest>[^.,;:!?()\[\]{{}}\"“”«»„<>|\n]+)"
    )


def film_word_runs(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """The longest run of the words right after the word for film that the text writes
    again ("Myndin Festen fjallar…" and "Festen er ein af…" -> "Festen")."""
    follows: list[tuple[int, list[str]]] = []
    for i, line in enumerate(lines):
        for match in film_word_clause().finditer(line):
            tokens = words(match.group("rest"))[:_MOST]
            if tokens and not tokens[0][:1].islower() and film_noun(line, match.start()):
                follows.append((i, tokens))
    if not follows:
        return
    vocabulary = {w for _, tokens in follows for w in tokens}
    counts = run_counts(lines, vocabulary, {tokens[0] for _, tokens in follows})
    films = lang.cue_set("film_words")
    for i, tokens in follows:
        runs = [tuple(tokens[:n]) for n in range(1, len(tokens) + 1)]
        named = [r for r in runs if counts[r] >= 2 and name_like(r)]
        if named and named[-1][0].casefold() not in films:
            name = " ".join(named[-1])
            # "film Indonesia": the film's nation after the noun (see titlecues.after_film_word)
            if not is_noise(name) and not country_name(name):
                ballot.add(name, "film_word_repeated", 1.0, i)


def film_noun(line: str, at: int) -> bool:
    """Whether the word for film at ``at`` is the noun of a sentence, not the head of a
    compound name ("Film Festival", "Film Title"): written in lower case, or in a script
    without capitals, or opening a sentence of a line of prose ("Myndin Festen fjallar…")."""
    if not line[at].isupper():
        return True
    opens = not line[:at].strip() or line[:at].rstrip().endswith((".", "!", "?"))
    return opens and len(line.split()) >= _PROSE_WORDS
