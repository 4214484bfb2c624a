"""The name a news headline opens or closes with, when the headline won the title vote.

A news or blog post's headline is often a sentence about the film: the name, then what
happened ("The Ugandan finally comes home", "Musta aukko tarjoaa puhdasta rakkausenergiaa…"),
or what happened, then the name ("Jó kritikákat kapott a Krugovi", "The miracle of Himala").
The heading cues of the vote read the whole line. What tells the name is the page itself: it
writes the same words again on their own (not as part of the headline), at least twice, and
the rest of the headline reads as a clause (words in lower case next to the name), not as
more of a name ("Empire of Light", "City Lights").

This runs after the vote, on its winner only: a part of every heading as a candidate of its
own was tried before and lost pages (see :mod:`.titlerepeats`).
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from indexer import lang
from indexer.extract.pages.evidence import Ballot, Candidate
from indexer.extract.pages.text import is_noise
from indexer.extract.pages.titlemodel import FeatureBallot, TitleCandidate
from indexer.extract.pages.titlerepeats import name_like, words
from indexer.normalize import key

#: the fewest words of a headline read this way, and the most of the name in it
_LEAST_WORDS, _MOST_NAME = 4, 4
#: how often the page writes the name apart from the headline: at least, and often enough
#: to take it whatever the rest of the headline is
_SEEN, _SEEN_OFTEN = 2, 4
#: the fewest words in lower case in the rest of the headline (a clause: a verb, an object),
#: and the fewest letters of a content word of it
_CLAUSE, _CONTENT = 2, 4
#: the content words of a full clause ("finally comes home"), which take a name the page
#: writes once more on its own ("The Ugandan finally comes home", "…, The Ugandan, is…")
_FULL_CLAUSE = 3

#: cues that the page writes the whole headline as a name
_AS_NAME = frozenset(
    {"quoted", "quoted_line", "title_marks", "angle_quoted", "labelled", "cell_labelled"}
)

CUE = "a name the headline opens or closes with, written again on its own"


def name_in(headline: str, body: str) -> str | None:
    """The name ``headline`` opens or closes with when the page writes it again on its own
    and the rest of the headline is a clause; else None. A headline the page writes again is
    a name ("Hermano Puli" in "Ang Hapis at Himagsik ni Hermano Puli", written twice)."""
    tokens = words(headline)
    if len(tokens) < _LEAST_WORDS or not any(c.isupper() for c in headline):
        return None
    if body.count(headline) > 1:
        return None
    for size in range(min(_MOST_NAME, len(tokens) - _CLAUSE), 0, -1):
        for name, rest, at_start in (
            (tokens[:size], tokens[size:], True),
            (tokens[-size:], tokens[:-size], False),
        ):
            clause = _clause(rest, at_start)
            if not clause or not name_like(tuple(name)) or _determiners(name):
                continue
            value = _as_written(headline, name)
            if not value or is_noise(value):
                continue
            seen = _apart(value, headline, body)
            # "Leila et ses frères": lower-case words of a name's own, unless the page writes
            # the name alone often ("The miracle of Himala", "Himala" eight times)
            if (
                seen >= _SEEN_OFTEN
                or (seen >= _SEEN and clause >= _CLAUSE)
                or (seen and clause >= _FULL_CLAUSE)
            ):
                return value
    return None


def _determiners(name: list[str]) -> bool:
    """Whether a run is articles and determiners only ("Een" of "Een emotioneel verhaal"):
    the head of a noun phrase, no name."""
    return all(w.casefold() in lang.cue_set("determiners") for w in name)


def _clause(rest: list[str], after_name: bool) -> int:
    """How much the rest of a headline reads as a clause: 0 unless the word next to the name
    and at least :data:`_CLAUSE` of its words are written in lower case, else the number of
    its lower-case words of :data:`_CONTENT` letters or more (a verb, a noun: not "of", "et")."""
    if not rest:
        return 0
    next_word = rest[0] if after_name else rest[-1]
    lower = [w for w in rest if w[:1].islower()]
    if not next_word[:1].islower() or len(lower) < _CLAUSE:
        return 0
    return max(1, sum(1 for w in lower if len(w) >= _CONTENT))


def _as_written(headline: str, name: list[str]) -> str | None:
    """The span of ``headline`` from the name's first word to its last."""
    first = headline.find(name[0])
    last = headline.rfind(name[-1])
    if first < 0 or last < first:
        return None
    return headline[first : last + len(name[-1])].strip()


def _apart(name: str, headline: str, body: str) -> int:
    """How often ``body`` writes ``name`` as a word run outside a copy of the headline."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    spans = [m.span() for m in re.finditer(re.escape(headline), body)]
    return sum(
        1
        for m in pattern.finditer(body)
        if not any(start <= m.start() < end for start, end in spans)
    )


def _plain_winner(
    ballot: Ballot, featured: FeatureBallot
) -> tuple[Candidate, TitleCandidate] | None:
    """The vote's winner and its features, unless the page quotes, labels or sets it in
    title marks (then it is a name as it stands); None for an empty ballot."""
    ranked = ballot.ranked()
    if not ranked:
        return None
    cues = featured.candidates.get(key(ranked[0].value))
    if cues is None or _AS_NAME.intersection(cues.features):
        return None
    return ranked[0], cues


def _lift(ballot: Ballot, value: str, cue: str, best: Candidate) -> None:
    """``value`` just above the winner ``best`` on ``cue``'s evidence (its earlier weight on
    that cue replaced)."""
    candidate = ballot.add(value, cue, 0.0, best.line)
    candidate.evidence = [(c, w) for c, w in candidate.evidence if c != cue]
    candidate.add(cue, round(best.score - candidate.score + 0.01, 3))


def prefer_name(ballot: Ballot, featured: FeatureBallot, body: str) -> None:
    """Raise the name a winning headline holds just above the headline (see module); a
    headline the page quotes, labels or sets in title marks is a name ("I am from Chile")."""
    winner = _plain_winner(ballot, featured)
    if winner is None:
        return
    best = winner[0]
    name = name_in(best.value.strip(), body)
    if name is None:
        return
    _lift(ballot, name, CUE, best)


def after_film_word(ballot: Ballot, featured: FeatureBallot) -> None:
    """Raise the name a winning run after the word for film holds just above it: the winner
    opens with the word for film and the rest is a candidate of its own ("فیلم مرثیه برف",
    "the film Snow Elegy", from an address "/فیلم-مرثیه-برف"), or the winner is the run
    after the word for film, written once, and holds the shorter run the page repeats
    ("Myndin Tyrannosaur í Bíó Paradís" and "Tyrannosaur" again: "Tyrannosaur") and its
    other words name something else."""
    winner = _plain_winner(ballot, featured)
    if winner is None:
        return
    best, cues = winner
    tokens = best.value.split()
    rest = None
    if len(tokens) >= 2 and tokens[0].casefold() in lang.cue_set("film_words"):
        rest = featured.candidates.get(key(" ".join(tokens[1:])))
    elif "named_after_film_word" in cues.features and cues.features.get("mentions", 0) <= _ONCE:
        inside = [
            c
            for c in featured.candidates.values()
            if "film_word_repeated" in c.features
            and key(c.value) != key(best.value)
            and re.search(rf"(?<!\w){re.escape(key(c.value))}(?!\w)", key(best.value))
        ]
        rest = inside[0] if len(inside) == 1 and _names_more(best.value, inside[0].value) else None
    if rest is None:
        return
    _lift(ballot, rest.value, FILM_CUE, best)


def _names_more(run: str, name: str) -> bool:
    """Whether the words of ``run`` besides ``name`` name something else (a capitalised word:
    "í Bíó Paradís", a cinema), not the rest of a name in sentence case ("Kdor poje zlo ne
    misli")."""
    rest = run.replace(name, " ", 1)
    return any(w[:1].isupper() for w in words(rest))


#: a mention count's feature value for a name written once (log of 2)
_ONCE = 0.7

FILM_CUE = "the name after the word for film in the winner, a candidate of its own"


#: what parts a heading from the site's name written beside it
_SITE_SEPARATOR = re.compile(r"\s*(?::|\|)\s+|\s+[-–—]\s+")


def without_site(ballot: Ballot, featured: FeatureBallot, url: str | None) -> None:
    """Raise the other part of a winning heading one of whose parts is the site's own name
    ("Nairobi Half Life: KenyaBuzz" on kenyabuzz.com) just above it, when that part is a
    candidate of its own."""
    ranked = ballot.ranked()
    host = _host_labels(url)
    if not ranked or not host:
        return
    best = ranked[0]
    parts = _SITE_SEPARATOR.split(best.value.strip())
    if len(parts) != 2:
        return
    for site, other in (parts, parts[::-1]):
        if re.sub(r"\W+", "", site.casefold()) in host and (
            rest := featured.candidates.get(key(other))
        ):
            candidate = ballot.add(rest.value, SITE_CUE, 0.0, best.line)
            candidate.evidence = [(c, w) for c, w in candidate.evidence if c != SITE_CUE]
            candidate.add(SITE_CUE, round(best.score - candidate.score + 0.01, 3))
            return


def _host_labels(url: str | None) -> frozenset[str]:
    """The labels of the address's host name of four letters or more, without hyphens
    ("www.kenyabuzz.com" -> "kenyabuzz")."""
    try:
        host = (urlparse(url or "").hostname or "").lower()
    except ValueError:
        return frozenset()
    return frozenset(p.replace("-", "") for p in host.split(".") if len(p) >= 4)


SITE_CUE = "the heading without the site's own name written beside it"
