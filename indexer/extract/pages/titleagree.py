"""Title evidence from how a candidate's cues agree with each other and with other candidates.

A film's name is spoken for by cues of different kinds at once: the address, a heading line,
quotation marks, the facts next to it, the word for film. Site furniture ("Latest", "Cinema",
a section's heading) is a heading and nothing else; a part of the name ("Anna" for "Dis ek,
Anna") is written inside a longer candidate that has cues of its own, in a script written
without spaces glued to its other characters ("药神" of "我不是药神"); a word of the site's host
name ("Cineteca" on cinetecabologna.it) is the site's. These features are read from the
candidates' other features, once all are set (:func:`.titlevote.collect`).
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from indexer import recache
from indexer.extract.pages.scripts import KANA_HAN, UNSPACED
from indexer.extract.pages.titlemodel import FeatureBallot, TitleCandidate
from indexer.extract.pages.titlespans import is_span

#: the kinds of cue that speak for a candidate independently of each other (a candidate's
#: features from one kind say one thing twice)
FAMILIES: dict[str, frozenset[str]] = {
    "address": frozenset(
        {
            "slug_in_text", "slug_spaced", "slug_written", "slug_only", "slug_whole",
            "slug_whole_long", "slug_part", "slug_run", "slug_head",
        }
    ),
    "heading": frozenset(
        {
            "heading", "heading_part", "review_name", "heading_after_film_word",
            "first_label_value", "label_head",
        }
    ),
    "quoted": frozenset({"quoted", "quoted_line", "title_marks", "quoted_in_heading"}),
    "facts": frozenset(
        {"above_facts", "before_facts", "above_credits", "before_year", "credited", "first_entry"}
    ),
    "film_word": frozenset(
        {
            "named_after_film_word", "quoted_after_film_word", "quoted_before_film_word",
            "defined_as_film", "named_titled", "labelled", "film_labelled",
        }
    ),
}  # fmt: skip

#: the cues that make a candidate a supported name for its parts and wholes
SUPPORT = frozenset(
    {
        "quoted", "heading", "heading_part", "above_facts", "slug_whole", "slug_written",
        "slug_in_text", "first_entry", "review_name", "named_after_film_word",
        "quoted_after_film_word",
    }
)  # fmt: skip

#: the fewest kinds of cue that agree on a name
_AGREE = 2
#: the fewest letters of a word of the host name compared with a candidate's words
_HOST_WORD = 4
_WORD = re.compile(r"[^\W_]+")
#: a character of a script written without spaces between words (Chinese, Japanese, Thai, Lao,
#: Myanmar, Khmer; not Hangul, which spaces its words)
_UNSPACED = recache.compile(f"[{KANA_HAN}{UNSPACED}]")
#: the most characters of a name a glued part is read inside (not a paragraph read as a
#: heading: "… 複身犯影評 …", the title glued to the word for review)
_NAME_MOST = 30


def agreement(ballot: FeatureBallot, url: str | None) -> None:
    """Mark, on every candidate, the agreement of cues of two kinds or more, its being part
    of a supported longer candidate or holding a supported part, and the host's words."""
    host = _host(url)
    keyed = [(k, c) for k, c in ballot.candidates.items() if k]
    for k, candidate in keyed:
        if families(candidate) >= _AGREE:
            candidate.set("cues_agree")
        own = set(candidate.features)
        for other_key, other in keyed:
            if other_key == k:
                continue
            if (
                len(other_key) <= _NAME_MOST
                and set(other.features) & SUPPORT
                and glued_part(k, other_key)
            ):
                candidate.set("part_unspaced")  # "药神" of "《我不是药神》", quoted both
            if not (set(other.features) & SUPPORT) - own:
                continue  # support the two share ("named after the word for film") is one cue
            if is_span(candidate) or is_span(other):
                continue  # a run cut from a line is neither the line's part nor its holder
            if len(other_key) > len(k) and f" {k} " in f" {other_key} ":
                candidate.set("part_of_supported")
            elif len(k) > len(other_key) and f" {other_key} " in f" {k} ":
                candidate.set("holds_supported_part")
        if host and "slug_whole" not in candidate.features and host_word(candidate.value, host):
            candidate.set("host_word")


def families(candidate: TitleCandidate) -> int:
    """How many kinds of cue (:data:`FAMILIES`) speak for a candidate."""
    features = set(candidate.features)
    return sum(1 for members in FAMILIES.values() if features & members)


def glued_part(part: str, whole: str) -> bool:
    """Whether ``part`` is written inside ``whole`` glued to its other characters in a script
    without spaces, where no space marks a word's end: "药神" of "我不是药神", "ซามูไร" of
    "สวยซามูไร" (not "Ann" of "Annabelle": a word of a spaced script)."""
    at = whole.find(part)
    while at >= 0:
        before, after = whole[at - 1 : at], whole[at + len(part) : at + len(part) + 1]
        if (before and _UNSPACED.match(before) and _UNSPACED.match(part[0])) or (
            after and _UNSPACED.match(after) and _UNSPACED.match(part[-1])
        ):
            return True
        at = whole.find(part, at + 1)
    return False


def host_word(value: str, host: str) -> bool:
    """Whether a word of four letters or more of ``value`` is written in ``host`` (the host
    name in lower case, without its hyphens): "Cineteca di Bologna" on "cinetecabologna.it"."""
    words = (w for w in _WORD.findall(value.lower()) if len(w) >= _HOST_WORD)
    return any(w in host for w in words)


def _host(url: str | None) -> str:
    """The address's host name in lower case without hyphens ("" when there is none)."""
    try:
        return (urlparse(url or "").hostname or "").lower().replace("-", "")
    except ValueError:
        return ""
