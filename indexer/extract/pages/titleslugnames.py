"""A name inside a news address, which the page writes on its own as a name.

A news page's address spells its headline ("l-estrena-l-esperada-alcarras", "shereviews-film-
godland", "malam-gala-amal-kayangan-penuh-meriah", "saltburn-fantazija-o-ubijanju-…"): the
film's name is a run of its words, often one word, at its head, in its middle or at its end.
The head after the word for film is read by :func:`.titlecues.slug_head`; here every other run
of one to four address words is a candidate when the page writes it on its own as a name
(capitalised, or in a script without case; no capitalised word running on), at least twice
and at least as often as otherwise, and the run is not the address's only words, nor a name
another cue found (read last). Such a run names a person or a place as often as a film: it
gets a feature of its own (``slug_name``, :data:`.titlemodel.FEATURES`), and the fitted
weights, with the other cues (mentions, a person's shape, a credit), choose among the
candidates.
"""

from __future__ import annotations

from indexer.extract.pages import titles
from indexer.extract.pages.titlecues import (
    TOKEN,
    name_alone,
    plain,
    romanised_text,
)
from indexer.extract.pages.titlemodel import FeatureBallot
from indexer.normalize import key

#: the most words of a run read as a name
_MOST_WORDS = 4
#: how often the page writes the run on its own as a name
_SEEN = 2
#: the fewest letters of a run of one word ("Los", "Gala" are words of any headline)
_LEAST_LETTERS = 5
#: the most characters of the page read
_READ = 12_000


def slug_names(ballot: FeatureBallot, slug: list[str], body: str) -> None:
    """Add each run of the address's words that the page writes on its own as a name
    (``slug_name``); the address must hold at least two words besides the run."""
    slug = titles.without_number(slug)
    if len(slug) < 3:
        return
    text = romanised_text(body[:_READ])
    tokens = [(m.start(), m.end(), plain(m.group(0))) for m in TOKEN.finditer(text.joined)]
    wanted = [plain(w) for w in slug]
    where: dict[str, list[int]] = {}
    for t, token in enumerate(tokens):
        where.setdefault(token[2], []).append(t)
    film = titles.film_word_keys()
    for s0 in range(len(wanted)):
        for size in range(1, min(_MOST_WORDS, len(wanted) - 2) + 1):
            run = wanted[s0 : s0 + size]
            if len(run) < size or not _meaningful(run, film):
                continue
            spans = [
                (text.starts[s], text.starts[e - 1] + 1)
                for s, e in _spans(tokens, where, run, wanted, s0)
            ]
            named = [(s, e) for s, e in spans if name_alone(text.text, s, e)]
            if len(named) >= _SEEN and 2 * len(named) >= len(spans):
                start, end = named[0]
                value = text.text[start:end]
                if key(value) not in ballot.candidates:  # another cue's candidate keeps its own
                    ballot.add(value, "slug_name", 1.0, body.count("\n", 0, start))


def _meaningful(run: list[str], film: frozenset[str]) -> bool:
    """A run that may be a name: no word for film, no short word at either end, one word
    of letters long enough alone."""
    if any(w in film for w in run) or len(run[0]) <= 3 or len(run[-1]) <= 3:
        return False  # "of-dust": a run opening or ending on a short word is part of a name
    return len(run) > 1 or (run[0].isalpha() and len(run[0]) >= _LEAST_LETTERS)


def _spans(
    tokens: list[tuple[int, int, str]],
    where: dict[str, list[int]],
    run: list[str],
    wanted: list[str],
    s0: int,
) -> list[tuple[int, int]]:
    """Where the romanised text writes ``run`` (start and end), not as part of the headline
    the address spells (the address's word before or after it beside it)."""
    size = len(run)
    # a short word before the run ("de", "of") is written before the name too
    before = wanted[s0 - 1] if s0 and len(wanted[s0 - 1]) > 3 else ""
    after = wanted[s0 + size] if s0 + size < len(wanted) else ""
    spans = []
    for t in where.get(run[0], []):
        if [tok[2] for tok in tokens[t : t + size]] != run:
            continue
        next_word = tokens[t + size][2] if t + size < len(tokens) else ""
        last_word = tokens[t - 1][2] if t else ""
        if (after and next_word[:4] == after[:4]) or (before and last_word[:4] == before[:4]):
            continue
        spans.append((tokens[t][0], tokens[t + size - 1][1]))
    return spans
