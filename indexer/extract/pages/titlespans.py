"""A name inside a longer candidate, found by the page writing it again elsewhere.

A heading often holds the film's name with other words around it: a verb phrase ("Sepet makes
me cry"), a section or a place ("Cine nueve reinas", "Grand Tour em Cannes"), the director
after it, a date or a rating. No list of phrases tells where the name ends in every language;
the page itself does: it writes the name again on other lines (the synopsis, a credit, a
quote), without the words around it. Each run of up to six words of a candidate line that
other lines write again, and that cannot grow by a word on either side without being written
again less often (a maximal repeat), becomes a candidate of its own (``span_repeated``), unless
it reads as a person's name, a country's or a date's word (what headlines hold beside a name
as often). How it is set apart inside the line it was cut from is a feature too
(``span_bounded``: half for each end at the line's edge, at a mark, or at a change between a
capital and a lower-case word), and so is how often the other lines set it apart at both ends
(``span_apart_again``). The fitted weights, with every other cue the candidate gets (mentions,
the address, its line), decide; no rule cuts the line.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable

from indexer.extract.pages.scripts import POINTS, UNCASED_SIGNS
from indexer.extract.pages.titleends import joining_words
from indexer.extract.pages.titlemodel import FeatureBallot, TitleCandidate
from indexer.extract.pages.titleperson import given_names, person_like
from indexer.extract.pages.titles import is_date_word
from indexer.normalize import country_name, key

#: a word: letters or digits (with the vowel signs ``\w`` leaves out), with the apostrophes
#: inside a word ("d’une", "don't")
_LETTER = rf"(?:[^\W_]|[{UNCASED_SIGNS}{POINTS}\u200c\u200d])"
_WORD = re.compile(rf"{_LETTER}+(?:['’]{_LETTER}+)*")
#: the most words of a run proposed, and of a candidate read for runs
_MOST_SPAN = 6
_MOST_HOLDER = 20
#: the fewest letters or digits of a run
_LEAST_CHARS = 2
#: marks that set a run apart from the words next to it
_MARKS = frozenset(",.;:!?()[]{}|/–—-\"'«»“”‘’„《》「」『』<>")


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


#: a run of words of a line, case folded -> where it is written: (line, first word's index)
Index = dict[tuple[str, ...], list[tuple[int, int]]]


def _index(lines: tuple[str, ...], wanted: Collection[str]) -> Index:
    """Every run of up to :data:`_MOST_SPAN` words of each line (case folded) whose words are
    all ``wanted`` (the words of the candidates read for runs: no other run is looked up) ->
    where it is written."""
    index: Index = defaultdict(list)
    for i, line in enumerate(lines):
        # the words as strings (no match objects): most lines hold no wanted word at all
        folded = [word.casefold() for word in _WORD.findall(line)]
        size = len(folded)
        for at, word in enumerate(folded):
            if word not in wanted:
                continue
            for end in range(at, min(size, at + _MOST_SPAN)):
                if folded[end] not in wanted:
                    break
                index[tuple(folded[at : end + 1])].append((i, at))
    return index


def spans_written_again(
    ballot: FeatureBallot, lines: tuple[str, ...], people: Collection[str] = ()
) -> None:
    """Add the maximal runs of each candidate line's words that other lines write again
    (``span_repeated``), with how the run is set apart in its line (``span_bounded``) and on
    the other lines (``span_apart_again``); not a run of the name of one of ``people`` (keys)
    nor a given name alone ("Yorgos" of "Yorgos Lanthimos")."""
    folded = [line.casefold() for line in lines]
    holding = []
    for candidate in list(ballot.candidates.values()):
        words = _tokens(candidate.value)
        if not 2 <= len(words) <= _MOST_HOLDER:
            continue
        whole = candidate.value.casefold()
        holders = {i for i, line in enumerate(folded) if whole in line}
        if holders:  # else not written as such (cleaned, or from the address)
            holding.append((candidate, words, holders))
    if not holding:
        return
    index = _index(lines, {w.group().casefold() for _, ws, _ in holding for w in ws})
    words_of: dict[int, list[re.Match[str]]] = {}  # the words of the lines a run is found on
    for candidate, words, holders in holding:
        line = min(holders) if candidate.line is None else candidate.line
        for start, end, others in _maximal_runs(words, index, holders):
            value = candidate.value[words[start].start() : words[end - 1].end()]
            if key(value) in ballot.candidates or _of_person(value, people):
                continue  # a candidate of another source already: its cues speak
            found = ballot.add(value, "span_repeated", 1.0, line)
            found.set("span_bounded", _bounded(candidate.value, words, start, end))
            apart = [
                _bounded(lines[i], _words_of(words_of, lines, i), at, at + end - start)
                for i, at in others
            ]
            found.set("span_apart_again", sum(a == 1.0 for a in apart) / len(apart))


def _words_of(
    words_of: dict[int, list[re.Match[str]]], lines: tuple[str, ...], i: int
) -> list[re.Match[str]]:
    """The words of line ``i`` (:func:`_tokens`), read once for the page."""
    if i not in words_of:
        words_of[i] = _tokens(lines[i])
    return words_of[i]


def is_span(candidate: TitleCandidate) -> bool:
    """Whether ``candidate`` is a run cut by :func:`spans_written_again` (no other source
    found it): the candidate it was cut from is not marked for holding it, nor it for being
    part of that one, so the runs change no other candidate's score."""
    return "span_repeated" in candidate.features


def _maximal_runs(
    words: list[re.Match[str]], index: Index, holders: set[int]
) -> Iterable[tuple[int, int, list[tuple[int, int]]]]:
    """The runs ``[start, end)`` of ``words`` written on lines other than ``holders`` whose
    count falls when the run grows by a word on either side, shaped like a name, with where
    the other lines write them."""
    folded = [w.group().casefold() for w in words]

    def others(start: int, end: int) -> list[tuple[int, int]]:
        if end - start > _MOST_SPAN:
            return []
        return [w for w in index.get(tuple(folded[start:end]), ()) if w[0] not in holders]

    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + _MOST_SPAN) + 1):
            if end - start == len(words):
                continue
            found = others(start, end)
            if not found:
                break  # a longer run from here is written again no more
            if start > 0 and len(others(start - 1, end)) >= len(found):
                continue
            if end < len(words) and len(others(start, end + 1)) >= len(found):
                continue
            if _name_shaped(folded[start:end], words[start].group()):
                yield start, end, found


def _of_person(value: str, people: Collection[str]) -> bool:
    """Whether ``value`` reads as a person's name, is a given name alone or words of one of
    ``people``'s names (keys), or names a country ("Singapore" of "Singapore Film Festival")."""
    name = key(value)
    if (" " not in name and name in given_names()) or person_like(value) or country_name(value):
        return True
    return any(f" {name} " in f" {person} " for person in people)


def _name_shaped(folded: list[str], first: str) -> bool:
    """Whether a run may be a name: no joining word at either end ("of", "de", "the"), not
    digits alone nor a month's or a weekday's name, a letter or two at least, and not opening
    in lower case."""
    joining = joining_words()
    if key(folded[0]) in joining or key(folded[-1]) in joining:
        return False
    text = "".join(folded)
    if text.isdigit() or len(text) < _LEAST_CHARS or is_date_word(" ".join(folded)):
        return False  # "May" of "Tuesday, May 19": a date's word
    return not first[:1].islower()


def _bounded(value: str, words: list[re.Match[str]], start: int, end: int) -> float:
    """Half for each end of the run ``[start, end)`` of ``words`` set apart in ``value`` (the
    text they were read from): at its edge, at a mark, or where capitals and lower case change
    between the run's word and the next."""
    left = start == 0 or _apart(
        value[words[start - 1].end() : words[start].start()],
        words[start - 1].group(),
        words[start].group(),
    )
    right = end == len(words) or _apart(
        value[words[end - 1].end() : words[end].start()],
        words[end - 1].group(),
        words[end].group(),
    )
    return 0.5 * left + 0.5 * right


def _apart(between: str, before: str, after: str) -> bool:
    """Whether two neighbouring words are set apart: a mark between them, or one opening with
    a capital and the other not (a name's word beside a sentence's)."""
    if any(c in _MARKS for c in between):
        return True
    return before[:1].isupper() != after[:1].isupper() and not before.isdigit()
