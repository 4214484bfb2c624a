"""The directors chooser's model: each candidate described by the kinds of evidence it has and
a few general measures, scored by weights.

:func:`.people.directors` records, for every name a cue found, the *kind* of that cue (one kind
per place a cue votes, named in :data:`FEATURES`; the value of a kind counts the distinct cue
words of that kind that named it), the penalties a name earns (labelled as cast, the film's
title, page furniture) and general measures that need no cue (mentions on the page, how early
its first line, how many kinds of cue agree). A candidate's score is the sum of its features
times their weights; "no director" is one more candidate, scored by its own feature
(:data:`NONE`), and wins when no name beats it. The weights are :data:`HAND` (set by hand, cue
by cue) unless ``director_weights.json`` beside this module keeps weights fitted by
``bench/fit_directors.py`` (a regularised softmax ranking, :mod:`bench.ranking`);
``cinedex extract --explain`` shows each feature with its value and what it added.
"""

from __future__ import annotations

import json
from pathlib import Path

from indexer.extract.pages.featuremodel import Candidates, Featured, Model

WEIGHTS_FILE = Path(__file__).with_name("director_weights.json")

#: the feature of the "no director" candidate (its weight is the score a name must beat)
NONE = "none"

#: the kinds of cue that speak for a name (one per place a cue votes): kind -> what it says
VOTES: dict[str, str] = {
    "labelled": "a labelled value ('Director:', 'Regie')",
    "strong_cue": "after a 'directed by' cue in the credit sentence",
    "quoted_title_by": "after the film's title in quotes and the word for 'by'",
    "bare_title_by": "after the film's title and the word for 'by'",
    "directed_by": "after a 'directed by' cue (distinct cue words)",
    "directed_by_film_word": "after the word for film and a director's cue",
    "citation_own": "in parentheses with the year after the film's own title",
    "citation_heading": "in parentheses with the year after a heading's title",
    "citation_first_quoted": "the page's first citation '(Name, year)', after a quoted title",
    "citation_first": "the page's first citation '(Name, year)'",
    "citation_other": "a later citation '(Name, year)' (another film's)",
    "label_in_line": "after a director's label inside a line",
    "label_opens_part": "after a director's label opening a part of a line",
    "label_after_comma": "after a director's label after a comma",
    "genre_by": "after a genre's word and 'by' ('a thriller by')",
    "parenthesised_after_noun": "in parentheses a few words after a director's noun",
    "by_line_facts": "after 'by' on a line of the film's facts",
    "by_beside_facts": "after 'by' beside a line of the film's facts",
    "by_line_byline": "on a line of its own after a byline's word",
    "by_line": "on a line of its own after 'by'",
    "by_inside_line": "after 'by' inside a line that goes on with the film's facts or cast",
    "year_then_d": "after the film's year and 'd.' on a line of facts",
    "year_by_line": "after the title, its year and 'by' on a line",
    "bare_name": "a name alone under the title",
    "bare_list": "names listed under the title, above the film's facts",
    "role_noun": "after a director's role noun",
    "apposed": "before a director's role noun in apposition",
    "award_winner": "the winner after a director's award",
    "before_comma_noun": "before a comma and a director's role noun",
    "before_nationality": "before a nationality and a director's role noun",
    "possessor_cue": "the possessor of a word for film",
    "possessor_adjectives": "the possessor of a film, adjectives between",
    "surname_possessor": "a surname alone, the possessor of a film",
    "own_film_verb": "the subject of a sentence about their own film",
    "own_film_subject": "the subject of a sentence that opens with their own film",
    "before_own_film_clause": "named before a clause about their own film",
    "particle_possessor": "the possessor of the film's title after a possessive particle",
    "film_of": "after 'the film of'",
    "genitive_quoted_title": "in the genitive beside the film's title in quotes",
    "genitive_bare_title": "in the genitive beside the film's title",
    "before_role_word": "before a director's role word",
    "lowercase_before_role": "in lower case before a director's role word",
    "filmography_aside": "before an aside listing films",
    "weak_cue": "a possessive or a biography",
    "fact_line_name": "a name on a fact line",
    "before_country_year": "a name before the film's country and year on a line",
    "beside_title_tuple": "beside the film's title on a heading, the rest its facts",
    "lone_in_credits": "a name alone in a credit block",
    "above_cast": "names alone on the line above the cast",
    "parenthesised_label": "a name with a director's label in parentheses",
    "parenthesised_label_inline": "a name with a director's label in parentheses inside a line",
    "beside_own_title": "in the film's own sentence, beside its title",
    "first_of_cue": "the first of the names one cue found",
    "name_year_line": "a name opening a line with its year in parentheses, then more facts",
    "name_country_year_head": "a name opening a line, then the country and year or the year",
    "title_parenthesised": "names alone in parentheses after the film's title on a line",
    "unknown_label": "the first credit of people under a label no language knows",
    "unknown_label_shape": "that credit, a name no known given name opens (a company's too)",
}

#: what counts against a name
PENALTIES: dict[str, str] = {
    "labelled_cast": "labelled as cast",
    "furniture": "page furniture",
    "event_name": "an event's name",
    "fact_label": "opens with a fact's label",
    "film_title": "the film's title",
    "heading_dash": "the part of a heading after a dash",
    "before_other_title": "named before another film's title",
    "after_other_title": "named a few words after another film's title in quotes",
}

#: general measures that need no cue (their weights may go either way)
MEASURES: dict[str, str] = {
    "repeated": "mentions beyond the first (at most 4)",
    "mentions": "mentions on the page (log of 1 + count)",
    "early": "how early its first line (1 at the top, 0 from line 40)",
    "first_named": "the earliest name of the ballot",
    "kinds": "distinct kinds of cue that named it (log of 1 + count)",
    "one_word": "a single word (a surname alone)",
    "in_title": "a word of it is in the film's title",
    "after_dash": "after a dash opening a line (a quote's critic, a byline)",
    "pooled_initial": "also written cut to its initial (that name's hand score)",
    "sole": "the only name of the ballot",
    "inside_longer": "written inside a longer candidate ('Pedro C' in 'Pedro Costa')",
    "holds_shorter": "holds a shorter candidate",
    "completes_start": "the full name of a shorter candidate cut at its end ('Pedro C', 'アイダ')",
    "pooled_start": "also written cut at its end (that name's hand score)",
    "title_yet_cued": "taken for the film's title, yet named by a director's cue",
    NONE: "no director: the score a name must beat",
}

FEATURES: dict[str, str] = {**VOTES, **PENALTIES, **MEASURES}

#: the weights set by hand, cue by cue (what the fitted ones replace)
HAND: dict[str, float] = {
    "labelled": 6.0, "strong_cue": 3.0, "quoted_title_by": 2.5, "bare_title_by": 2.0,
    "directed_by": 2.5, "directed_by_film_word": 1.0, "citation_own": 3.0,
    "citation_heading": 2.0, "citation_first_quoted": 1.0, "citation_first": 0.75,
    "citation_other": 0.5, "label_in_line": 3.0, "label_opens_part": 2.5,
    "label_after_comma": 1.5, "genre_by": 2.5, "parenthesised_after_noun": 2.0,
    "by_line_facts": 2.75, "by_beside_facts": 2.75, "by_line_byline": 0.1, "by_line": 1.25,
    "by_inside_line": 2.5,
    "year_then_d": 2.5, "year_by_line": 2.5, "bare_name": 2.0, "bare_list": 3.0,
    "role_noun": 1.5, "apposed": 1.0, "award_winner": 1.5, "before_comma_noun": 1.0,
    "before_nationality": 1.5, "possessor_cue": 1.5, "possessor_adjectives": 1.5,
    "surname_possessor": 1.0, "own_film_verb": 1.5, "own_film_subject": 1.5,
    "before_own_film_clause": 1.5, "particle_possessor": 1.5, "film_of": 1.5,
    "genitive_quoted_title": 2.0, "genitive_bare_title": 2.0, "before_role_word": 2.0,
    "lowercase_before_role": 2.0, "filmography_aside": 1.0, "weak_cue": 1.0,
    "fact_line_name": 0.5, "before_country_year": 3.0, "beside_title_tuple": 2.5,
    "lone_in_credits": 2.0,
    "above_cast": 2.25, "parenthesised_label": 3.0, "parenthesised_label_inline": 2.0,
    "beside_own_title": 2.0, "first_of_cue": 0.5, "name_year_line": 1.5,
    "name_country_year_head": 1.0, "title_parenthesised": 2.0, "title_yet_cued": 3.0,
    "unknown_label": 2.5,
    "unknown_label_shape": 1.0,
    "labelled_cast": -3.0, "furniture": -2.0, "event_name": -2.0, "fact_label": -2.0,
    "film_title": -3.0, "heading_dash": -1.0, "before_other_title": -2.0,
    "after_other_title": -4.0,
    "repeated": 0.3, "pooled_initial": 1.0, "pooled_start": 1.0, "completes_start": 0.5, NONE: 0.4,
}  # fmt: skip


def _weights_file() -> Path | None:
    return WEIGHTS_FILE if WEIGHTS_FILE.exists() else None


class _DirectorModel(Model):
    """The fitted weights when ``director_weights.json`` exists, else :data:`HAND`."""

    def weights(self) -> dict[str, float]:
        if self._weights is None:
            if self.weights_file.exists():
                data = json.loads(self.weights_file.read_text(encoding="utf-8"))
                self._weights = {name: float(w) for name, w in data["weights"].items()}
            else:
                self._weights = dict(HAND)
        return self._weights


MODEL = _DirectorModel(FEATURES, WEIGHTS_FILE)
weights = MODEL.weights


def hand_score(candidate: Featured) -> float:
    """A candidate's score by the hand-set weights (what decides whether a name has evidence
    enough for the cues that only add to a supported name, whatever weights choose)."""
    return round(MODEL.score(candidate.features, HAND), 2)


#: the kinds of cue that credit the name right after the cue's word
_AFTER = frozenset({"directed_by", "genre_by", "film_of"})


class DirectorBallot(Candidates):
    """Director candidates merged by matching key, each with its features; a vote's kind
    counts the distinct cue words of that kind that named the candidate."""

    def __init__(self) -> None:
        super().__init__(FEATURES)
        self.cues: dict[str, set[tuple[str, str]]] = {}

    def vote(self, value: str, kind: str, cue: str, line: int | None = None) -> Featured:
        """Record that a cue of ``kind`` (``cue``: as written, with its word) named ``value``."""
        found = self.candidate(value, line)
        seen = self.cues.setdefault(found.value, set())
        # "after 'de'": one cue whether it credits a director, a genre's or a film's maker
        group = ("after", cue) if kind in _AFTER else (kind, cue)
        if group not in seen:
            seen.add(group)
            found.features[kind] = found.features.get(kind, 0.0) + 1.0
        return found

    def note(self, candidate: Featured, feature: str, value: float, cue: str = "") -> None:
        """Record a feature that adds to a supported name (mentions, beside the title) and
        count it among the cues whose first name speaks for the page's first film."""
        candidate.set(feature, value)
        self.cues.setdefault(candidate.value, set()).add((feature, cue))
