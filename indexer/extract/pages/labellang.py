"""The page's own reading of a label word that languages write for different fields.

Folded, Romanian "Distribuție" (the cast) is Dutch "distributie" (the distribution), Spanish
"Distribución" (the distributor) is Occitan "distribucion" (the cast). Such a word
(:func:`~indexer.extract.pages.labels.ambiguous`) is read in the language of the page:

1. the languages of the page's other labels, when one field's languages write more of them
   ("Réalisation : … / Scénario : … / Distribution : …" is a French list of credits, even on
   a page whose prose is English);
2. else the language the detector names for the page, then the page's languages with their
   kin (:func:`~indexer.extract.pages.genrelang.page_languages`);
3. else the field of the first language that writes it (:func:`.labels.field_of`'s own).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from indexer.extract.pages.genrelang import page_languages
from indexer.extract.pages.labels import ambiguous, owners
from indexer.extract.pages.textlang import text_language
from indexer.normalize import key

#: a line's label: the words before a colon or a bar ("Regie: …", "Distribución | …"), or a
#: short line of its own ("Distribution")
_LABEL = re.compile(r"^\W*(?P<label>[^\W\d_][^:：|]{0,44}?)\s*(?:[:：|]|$)")
#: the most words of a line read whole as a label
_LABEL_WORDS = 3


def page_labels(lines: Sequence[str]) -> list[str]:
    """The keys of the label words a page writes before a colon or on a short line of their
    own, in page order (known label words only)."""
    table = owners()
    found = []
    for line in lines:
        match = _LABEL.match(line.strip())
        if not match:
            continue
        label = key(match.group("label"))
        if label in table and (line.strip() != match.group("label") or _short(label)):
            found.append(label)
    return found


def _short(label: str) -> bool:
    """True for a label few enough words to stand on a line of its own."""
    return len(label.split()) <= _LABEL_WORDS


def readings(lines: Sequence[str]) -> dict[str, str]:
    """Label key -> field for each ambiguous label word the page writes, read in the page's
    language (see the module's docstring); a word the page's language does not settle is
    left out (read as :func:`.labels.field_of` reads it on any page)."""
    labels = page_labels(lines)
    words = {k: ambiguous()[k] for k in labels if k in ambiguous()}
    if not words:
        return {}
    votes = _label_votes(labels)
    text = "\n".join(lines)
    told: list[frozenset[str]] = []
    found = {}
    for label, fields in words.items():
        field = _by_votes(fields, votes)
        if field is None:
            if not told:  # the detector runs once, only on a page with such a word
                told += [frozenset(filter(None, [text_language(text)])), page_languages(text)]
            field = next(filter(None, (_by_languages(fields, codes) for codes in told)), None)
        if field is not None:
            found[label] = field
    return found


def _label_votes(labels: Sequence[str]) -> Counter[str]:
    """Language code -> how many of the page's unambiguous labels it writes."""
    votes: Counter[str] = Counter()
    for label in dict.fromkeys(labels):
        if label not in ambiguous():
            votes.update({code for codes in owners()[label].values() for code in codes})
    return votes


def _by_votes(fields: Mapping[str, tuple[str, ...]], votes: Counter[str]) -> str | None:
    """The one field whose languages write the most of the page's other labels; None on a
    tie or when none writes any."""
    scores = {field: max(votes[code] for code in codes) for field, codes in fields.items()}
    best = max(scores.values())
    winners = [field for field, score in scores.items() if score == best]
    return winners[0] if best > 0 and len(winners) == 1 else None


def _by_languages(fields: Mapping[str, tuple[str, ...]], codes: frozenset[str]) -> str | None:
    """The one field that a language of ``codes`` writes the word for; None otherwise."""
    chosen = [field for field, listed in fields.items() if codes & set(listed)]
    return chosen[0] if len(chosen) == 1 else None
