"""A name set in capitals inside a line of prose: how many sites write a film's title in a
text that is otherwise in mixed case ("… o último filme do realizador turco Nuri Bilge Ceylan,
ABOUT THE DRY GRASSES, um drama …", "Maximilian Schell präsentiert MARLENE").

A run of two or more words in capitals on an early line whose letters are mostly in lower
case is a candidate (``caps_in_prose``); one word in capitals (``USA``, ``NZIFF``, a
surname) is a name as often as a title, and a run before a colon is a notice's label.
"""

from __future__ import annotations

import re

from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.extract.pages.titleperson import person_like

#: the lines read, and the least share of a line's letters in lower case that makes it prose
_LINES, _PROSE_SHARE = 40, 0.6
#: the fewest letters of a line of prose and of a run
_LINE_LETTERS, _RUN_LETTERS = 40, 6
#: the most words of a run
_RUN_MOST = 14
#: what a word of a run may carry around it (a comma or a colon ends the run after it)
#: a word its stop belongs to: an initial's ("U.S.") or a title of address ("MR.", "ST.")
_ABBREVIATION = re.compile(r"(?:[^\W\d_]\.)+|(?:MR|MRS|DR|ST|JR)\.")
_EDGES = "*•\"“”„«»‘’'()[],:;.!?"


def caps_in_prose(ballot: FeatureBallot, lines: tuple[str, ...]) -> None:
    """Every run of words in capitals inside an early line of prose (see the module)."""
    for i, line in enumerate(lines[:_LINES]):
        if len(line) < _LINE_LETTERS:
            continue  # too few characters for letters enough
        lower = sum(map(str.islower, line))
        upper = sum(map(str.isupper, line))
        if lower + upper < _LINE_LETTERS or lower < _PROSE_SHARE * (lower + upper):
            continue
        for run in _runs(line):
            letters = sum(map(str.isalpha, run))
            if _kept(run, letters):
                ballot.add(run, "caps_in_prose", 1.0, i)


def _runs(line: str) -> list[str]:
    """The runs of words in capitals of ``line`` (a number may stand among them), each ended
    by a word in lower case or by a comma, colon or stop after a word; none right after a
    notice's stars ("*****CHANGE TO THE DATE*****") or a quote's attribution ("…” - IL
    FATTO QUOTIDIANO": an outlet)."""
    runs: list[list[str]] = [[]]
    dropped: set[int] = set()
    previous = ""
    for token in line.split():
        word = token.strip(_EDGES)
        capital = word.isupper() or (word.isdigit() and runs[-1])
        if token[:1] in "*•#" or (token in "-–—" and previous[-1:] in '"”»'):
            runs.append([])
            dropped.add(len(runs) - 1)  # the run that follows is the notice's, the outlet
            previous = token
            continue
        previous = token
        if not word or not capital or token[:1] in '(["“«„':
            if runs[-1] or len(runs) - 1 not in dropped or not (word and capital):
                runs.append([])
            if not (word and capital):
                continue
        if _ABBREVIATION.fullmatch(token):
            runs[-1].append(token)  # "MR.", "U.S.": the stop is the word's
            continue
        runs[-1].append(word)
        if token[-1:] == ":":  # "CHANGE TO THE SHOWING:": a notice's label, no name
            runs[-1] = []
        if token[-1:] in ',:;.!?)"”»':
            runs.append([])
    return [
        " ".join(r) for i, r in enumerate(runs) if r and i not in dropped and len(r) <= _RUN_MOST
    ]


def _kept(run: str, letters: int) -> bool:
    """Whether a run of capitals may be a name: several words, opening with a letter, with
    letters enough."""
    words = run.split()
    if re.fullmatch(r"[^\W\d_]\.", words[0]) or person_like(run):
        return False  # "Q. CASAS", "BEATRIZ MARTÍNEZ": a person's name
    if len(words) < 2 or not words[0][:1].isalpha():
        return False  # one word in capitals is a name as often as a title ("MIMPI", "NZIFF")
    if words[-1].isdigit():
        return False  # "MAIN HALL 2017, 5′": a venue or a programme's section and its year
    return letters >= _RUN_LETTERS and any(len(w) >= 3 for w in words)
