"""Evidence, then a decision: candidates for one field, each with the cues that speak for it.

Every cue the page offers adds a candidate or strengthens one (a labelled value, a heading,
a quoted name that recurs, the address slug, a prose cue such as "directed by"); the field
takes the candidate with the highest score. Noise loses because its evidence is weak, not
because a list names it. The candidates a value beat, with their evidence, are what
``cinedex extract --explain`` shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar

from indexer.normalize import key


class _Lined(Protocol):
    line: int | None


L = TypeVar("L", bound=_Lined)


def by_key(table: dict[str, L], value: str, line: int | None, make: Callable[[str], L]) -> L:
    """The entry of ``value`` in ``table`` by matching key, made by ``make(value.strip())`` on
    first mention; it keeps the earliest line seen."""
    k = key(value)
    found = table.get(k)
    if found is None:
        found = table[k] = make(value.strip())
    elif line is not None and (found.line is None or line < found.line):
        found.line = line
    return found


@dataclass
class Candidate:
    """One possible value of a field and why: ``evidence`` lists (cue, weight) pairs."""

    value: str
    evidence: list[tuple[str, float]] = field(default_factory=list)
    line: int | None = None

    @property
    def score(self) -> float:
        """The sum of the weights of the evidence."""
        return round(sum(weight for _, weight in self.evidence), 2)

    def add(self, cue: str, weight: float) -> None:
        """Record one more piece of evidence (the same cue counts once)."""
        if all(cue != seen for seen, _ in self.evidence):
            self.evidence.append((cue, weight))


class Ballot:
    """The candidates of one field, merged by matching key (the same name from two cues is
    one candidate with both cues as evidence)."""

    def __init__(self) -> None:
        self.candidates: dict[str, Candidate] = {}

    def add(self, value: str, cue: str, weight: float, line: int | None = None) -> Candidate:
        """Add evidence for ``value`` (created on first mention)."""
        found = by_key(self.candidates, value, line, lambda v: Candidate(v, line=line))
        found.add(cue, weight)
        return found

    def ranked(self) -> list[Candidate]:
        """Candidates best first; ties go to the one that appears first on the page."""
        order = list(self.candidates.values())
        return sorted(order, key=lambda c: (-c.score, c.line if c.line is not None else 10**6))

    def best(self, minimum: float = 0.0) -> Candidate | None:
        """The winning candidate, or None when none reaches ``minimum``."""
        ranked = self.ranked()
        return ranked[0] if ranked and ranked[0].score > minimum else None


@dataclass
class Why:
    """Per field, the ranked candidates that the decision was made from."""

    fields: dict[str, list[Candidate]] = field(default_factory=dict)

    def record(self, name: str, ballot: Ballot, limit: int = 6) -> None:
        """Keep the best ``limit`` candidates of ``ballot`` under ``name``."""
        self.fields[name] = ballot.ranked()[:limit]

    def as_dict(self) -> dict[str, list[dict[str, object]]]:
        """Plain data for JSON: per field, value, score and evidence of each candidate."""
        return {
            name: [
                {
                    "value": c.value,
                    "score": c.score,
                    "evidence": [f"{cue} ({weight:+g})" for cue, weight in c.evidence],
                }
                for c in candidates
            ]
            for name, candidates in self.fields.items()
        }
