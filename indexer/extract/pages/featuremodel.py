"""Candidates described by named features and scored by fitted weights: what the title and
synopsis choosers (:mod:`.titlemodel`, :mod:`.synopsismodel`) share.

A chooser's cues record *features* of each candidate (names from its table of features, each
with what it says); a candidate's score is the sum of its features times their weights, which
``bench/ranking.py`` fits on the labelled development pages and a JSON file beside the chooser
keeps. :meth:`Model.scored` turns the candidates into an evidence :class:`~.evidence.Ballot`, so
``cinedex extract --explain`` shows each feature with its value and what it added.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from indexer.extract.pages.evidence import Ballot, Candidate, by_key


@dataclass
class Featured:
    """One candidate value, the first line it was seen on (None: from no line), the last line
    of a block of lines, and its features."""

    value: str
    names: Mapping[str, str] = field(repr=False, compare=False)
    line: int | None = None
    end: int | None = None
    features: dict[str, float] = field(default_factory=dict)

    def set(self, name: str, value: float = 1.0) -> None:
        """Record feature ``name``; a feature seen twice keeps its larger value."""
        assert name in self.names, name
        self.features[name] = max(value, self.features.get(name, value))


class Candidates:
    """Candidates merged by matching key, in the order they were found."""

    def __init__(self, names: Mapping[str, str]) -> None:
        self.names = names
        self.candidates: dict[str, Featured] = {}

    def candidate(self, value: str, line: int | None = None) -> Featured:
        """The candidate for ``value`` (created on first mention; the earliest line kept)."""
        return by_key(self.candidates, value, line, lambda v: Featured(v, self.names, line=line))


class Model:
    """A table of features and the weights fitted for them (read once, on first use)."""

    def __init__(self, features: Mapping[str, str], weights_file: Path) -> None:
        self.features = features
        self.weights_file = weights_file
        self._weights: dict[str, float] | None = None

    def weights(self) -> dict[str, float]:
        """The fitted weights, feature -> weight."""
        if self._weights is None:
            data = json.loads(self.weights_file.read_text(encoding="utf-8"))
            self._weights = {name: float(w) for name, w in data["weights"].items()}
        return self._weights

    def score(
        self, features: Mapping[str, float], given: Mapping[str, float] | None = None
    ) -> float:
        """A candidate's score: its features times their weights."""
        w = self.weights() if given is None else given
        return sum(w.get(name, 0.0) * value for name, value in features.items())

    def first(self, ballot: Candidates) -> Featured | None:
        """The candidate :meth:`scored` ranks first (the same rounding, ties to the earliest
        line), without writing out each feature's evidence; None for an empty ballot."""
        w = self.weights()
        return min(
            ballot.candidates.values(),
            key=lambda c: (
                -round(sum(round(w.get(n, 0.0) * v, 3) for n, v in c.features.items()), 2),
                c.line if c.line is not None else 10**6,
            ),
            default=None,
        )

    def scored(self, ballot: Candidates, given: Mapping[str, float] | None = None) -> Ballot:
        """The candidates as an evidence :class:`Ballot`: each feature is one piece of evidence
        ("feature = value: what it says") weighing what it adds to the score."""
        w = self.weights() if given is None else given
        out = Ballot()
        for k, candidate in ballot.candidates.items():
            evidence = [
                (
                    f"{name} = {value:.3g}: {self.features[name]}",
                    round(w.get(name, 0.0) * value, 3),
                )
                for name, value in candidate.features.items()
            ]
            out.candidates[k] = Candidate(candidate.value, evidence, candidate.line)
        return out
