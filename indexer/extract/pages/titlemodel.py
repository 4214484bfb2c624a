"""The title chooser's model: candidates described by features, scored by fitted weights.

The cues of :mod:`.titlevote` and :mod:`.titlecues` do not weigh anything: each records a
*feature* of a candidate (a cue that spoke for it, or a raw measure such as its first line,
its length, how often the page repeats it), named in :data:`FEATURES`. A candidate's score is
the sum of its features times their weights, and the best score wins. The weights are fitted on
the labelled development pages by ``bench/fit_title.py`` (a regularised softmax ranking) and
kept in ``title_weights.json`` beside this module; ``cinedex extract --explain`` shows each
feature with its value and what it added to the score.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from indexer.extract.pages.evidence import Ballot, Candidate
from indexer.normalize import key

WEIGHTS_FILE = Path(__file__).with_name("title_weights.json")

#: feature -> what it says about a candidate (the explanation shows it)
FEATURES: dict[str, str] = {
    "labelled": "labelled as the title ('Title:')",
    "film_labelled": "labelled with the word for film ('Film: X')",
    "heading": "a heading-like line near the top",
    "heading_rank": "how early among the heading-like lines (1 first, less further down)",
    "first_heading": "the first heading-like line",
    "menu": "one of a list of short lines (a menu)",
    "heading_part": "part of a heading line (before a colon, dash or parenthesis)",
    "heading_after_film_word": "a heading after the word for film",
    "film_word_heading": "a heading that opens with the word for film (its name follows)",
    "review_name": "the name a review's headline gives",
    "review_headline": "a review's headline, not a name",
    "credited": "before '(Director, year)' on its line",
    "quoted_line": "a line that is only a quoted name",
    "quoted_sentence_line": "a line that is only a quoted sentence (a pull quote)",
    "quoted": "a quoted name (five words or fewer)",
    "quoted_phrase": "a quoted phrase (more than five words)",
    "quoted_again": "quoted more than once (repeats, at most 3)",
    "title_marks": "in title marks 《》『』",
    "quoted_in_heading": "quoted in a heading near the top",
    "quoted_in_parens": "quoted in parentheses (another work)",
    "quoted_late": "first quoted after line 25",
    "quoted_before_film_word": "quoted before the word for film",
    "quoted_after_film_word": "quoted after the word for film",
    "named_after_film_word": "named after the word for film",
    "named_titled": "named after the words for film and 'titled'",
    "late_line": "a short line standing alone further down, repeated in the text",
    "first_label_value": "the value of the page's first 'label: value' line",
    "defined_as_film": "a sentence defines it as a film ('X is a 2009 film')",
    "slug_in_text": "the address words found in the text (transliterated)",
    "slug_spaced": "the address words with their spaces restored",
    "slug_written": "address words as the page writes them (capitalised)",
    "slug_only": "address words not written as a name on the page",
    "slug_whole": "matches the address (six words or fewer)",
    "slug_whole_long": "matches the address (a long line: a news headline)",
    "slug_part": "part of the address",
    "mentions": "mentions on the page (log of 1 + count)",
    "mentioned_twice": "mentioned twice",
    "mentioned_often": "mentioned three times or more",
    "long": "words beyond seven",
    "lower_case": "starts with a lower-case letter",
    "slug_single": "the address has one word only (and it speaks for this candidate)",
    "only_inside_longer": "only ever written inside a longer candidate",
    "holds_repeated_part": "holds a shorter candidate that the page repeats more often",
    "site_name": "the site's own name",
    "country_or_language": "a country or language name",
    "furniture": "reads like page furniture or a sentence end",
    "early": "how early its first line (1 at the top, 0 from line 40)",
    "no_line": "from no particular line (address, repeats)",
    "one_word": "a single word",
    "all_caps": "written in capitals",
    "has_colon": "contains a colon or bar (a compound heading)",
    "digits": "contains digits",
    "cues": "how many cues spoke for it (log of 1 + count)",
}


@dataclass
class TitleCandidate:
    """One possible title, the first line it was seen on and its features."""

    value: str
    line: int | None = None
    features: dict[str, float] = field(default_factory=dict)

    def set(self, name: str, value: float = 1.0) -> None:
        """Record feature ``name``; a feature seen twice keeps its larger value."""
        assert name in FEATURES, name
        self.features[name] = max(value, self.features.get(name, value))


class FeatureBallot:
    """Title candidates merged by matching key, each with its features."""

    def __init__(self) -> None:
        self.candidates: dict[str, TitleCandidate] = {}

    def add(
        self, value: str, feature: str, amount: float = 1.0, line: int | None = None
    ) -> TitleCandidate:
        """Record ``feature`` for ``value`` (the candidate is created on first mention)."""
        k = key(value)
        found = self.candidates.get(k)
        if found is None:
            found = self.candidates[k] = TitleCandidate(value.strip(), line=line)
        elif line is not None and (found.line is None or line < found.line):
            found.line = line
        found.set(feature, amount)
        return found


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """The fitted weights (``title_weights.json``), feature -> weight."""
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return {name: float(w) for name, w in data["weights"].items()}


def score(features: dict[str, float], given: dict[str, float] | None = None) -> float:
    """The candidate's score: its features times their weights."""
    w = weights() if given is None else given
    return sum(w.get(name, 0.0) * value for name, value in features.items())


def scored(ballot: FeatureBallot, given: dict[str, float] | None = None) -> Ballot:
    """The candidates as an evidence :class:`Ballot`: each feature is one piece of evidence
    ("feature = value: what it says") weighing what it adds to the score."""
    w = weights() if given is None else given
    out = Ballot()
    for k, candidate in ballot.candidates.items():
        evidence = [
            (f"{name} = {value:.3g}: {FEATURES[name]}", round(w.get(name, 0.0) * value, 3))
            for name, value in candidate.features.items()
        ]
        out.candidates[k] = Candidate(candidate.value, evidence, candidate.line)
    return out
