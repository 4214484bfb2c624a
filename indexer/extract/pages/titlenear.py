"""Agreement between a credited name and the film's title: the name written in the same
sentence as the title, a few words from it.

A news item or a list of teasers names many directors (a jury's, another film's, the
director of last year's winner), each after the same role word; the one the film's own
sentence names is the film's: "otvoriti film "Djeca", sarajevske rediteljke Aide Begić",
"Bag dramadokumentaren HIND RAJABS STEMME står den tunesiske instruktør Kaouther Ben Hania",
"<벌새>의 김보라 감독".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from indexer.extract.pages.sentences import sentence_span
from indexer.wordre import word_spans

#: the most characters between the title and the name (a clause, not a paragraph)
NEAR = 60

#: the fewest characters of a title looked for: a shorter one is a word of any sentence
_SHORTEST = 2


#: a quoted name: a title, an award, a company ("…", «…», „…“, <…>, 《…》)
_QUOTED = re.compile(r"[\"“„«《〈<「『][^\"”“»》〉>」』\n]{1,80}[\"”“»》〉>」』]")


def _mentions(block: str, text: str) -> Iterator[tuple[int, int]]:
    """Where ``text`` is written in ``block`` as a whole (any case), as (start, end) spans."""
    if len(text) < _SHORTEST or (len(text) < 4 and text.isascii()):
        return
    yield from word_spans(block, text, ignorecase=True)


def beside_title(block: str, name: str, titles: Iterable[str]) -> bool:
    """True when ``name`` is written in the same sentence as one of the film's ``titles``,
    at most :data:`NEAR` characters from it, before or after."""
    spans = _title_spans(block, tuple(titles))
    if not spans:
        return False
    for at in _name_starts(block, name):
        start, end = sentence_span(block, at)
        stop = at + len(name)
        for t_start, t_end in spans:
            near = start <= t_start and t_end <= end and max(t_start - stop, at - t_end) <= NEAR
            if near and not _lists_films(block[start:end]):
                return True
    return False


@lru_cache(maxsize=8)  # one page's titles, looked for once for all its candidates
def _title_spans(block: str, titles: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """Where the film's ``titles`` are written in ``block``, without the punctuation around
    them ("<벌새>." as the page writes 벌새)."""
    bare = (re.sub(r"^\W+|\W+$", "", t) for t in titles)
    return tuple(span for t in bare if t for span in _mentions(block, t))


def _lists_films(sentence: str) -> bool:
    """True when a sentence quotes two names or more ("A" won …, "B" by …): a list of films,
    awards or works, where a name beside one says nothing of whose film it is."""
    return len(_QUOTED.findall(sentence)) >= 2


def _name_starts(block: str, name: str) -> Iterator[int]:
    """Where ``name`` is written in ``block``."""
    at = block.find(name)
    while at >= 0:
        yield at
        at = block.find(name, at + 1)
