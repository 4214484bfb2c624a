"""The title by evidence: every cue of the page votes, the best-supported candidate wins.

Cues, with their weights: a labelled ``Title:`` (6); a heading-like line near the top (1,
less further down); a line that is only a quoted name or in title marks ``《》『』`` (+1.5);
a quoted name in the text (1, +0.5 for each repeat, +1 inside a heading); the address slug,
compared after transliteration so that ``/rozhden-den`` supports "Рожден ден" (+4 whole,
+1.5 part); the slug words as the page writes them (2); repeated mentions (+0.75, +1.25).
Long sentences, the site's own name and lines ending like a sentence lose weight.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlparse

from anyascii import anyascii

from indexer.extract.pages import titlecues, titles
from indexer.extract.pages.evidence import Ballot, Candidate
from indexer.extract.pages.text import in_a_list, is_noise
from indexer.normalize import country_name, is_language_name, key

_MAX = 200


def vote(
    lines: tuple[str, ...],
    used: set[int],
    stop: int,
    people: set[str],
    url: str | None,
    labelled: str | None = None,
) -> tuple[Ballot, dict[str, titles.Title]]:
    """The title ballot of a page and, for candidates from heading lines, the cleaned
    heading (original title, pull quote, line) to keep with the winner."""
    ballot = Ballot()
    headings: dict[str, titles.Title] = {}
    body = "\n".join(lines)
    if labelled:
        heading = titles.clean_heading(labelled)
        headings[key(heading.title)] = heading
        ballot.add(heading.title, "labelled title", 6.0)
    _headings(ballot, headings, lines, used, stop, people)
    titlecues.quoted(ballot, lines)
    titlecues.after_film_word(ballot, lines)
    titlecues.defined_as_film(ballot, lines, people)
    titlecues.film_labelled(ballot, lines)
    slug = titles.slug_words(url)
    found_in_text = titlecues.slug_in_text(slug, body)
    if found_in_text:
        ballot.add(found_in_text, "the address words found in the text", 0.5)
    _weigh(ballot, slug, url, body)
    titlecues.slug_spaced(ballot, slug, body)
    written = titles.from_slug(slug, body)
    if written is not None:  # weighed apart: the slug words always "match the address"
        # found, and written as a name (capitalised, or in a script without case): a common
        # word of the address ("detail", "kino") is found in lower case too
        found = _count_word(body.casefold(), written.title.casefold()) > 0 and (
            written.title != written.title.lower() or written.title == written.title.upper()
        )
        cue = "address words as the page writes them" if found else "address words"
        ballot.add(written.title, cue, 2.0 if found else 0.6)
    return ballot, headings


def _headings(
    ballot: Ballot,
    headings: dict[str, titles.Title],
    lines: tuple[str, ...],
    used: set[int],
    stop: int,
    people: set[str],
) -> None:
    for rank, i in enumerate(titles.candidates(lines, used, stop, people)):
        heading = titles.clean_heading(lines[i])
        if not heading.title or len(heading.title) > _MAX:
            continue
        headings.setdefault(key(heading.title), replace(heading, line=i))
        candidate = ballot.add(
            heading.title, f"heading-like line {i + 1}", max(0.3, 1.0 - 0.1 * rank), i
        )
        if rank == 0:
            candidate.add("the first heading", 0.5)
        if in_a_list(lines, i):
            candidate.add("one of a list of short lines (a menu)", -1.0)
        after_film_word = bool(titlecues.film_lead().match(heading.title))
        for part in _parts(heading.title):
            if after_film_word:
                ballot.add(part, "a heading after the word for film", 1.0, i)
            else:
                ballot.add(part, f"part of heading line {i + 1}", 0.4, i)
        name = titlecues.reviewed(heading.title)
        if name:
            ballot.add(name, "the name a review's headline gives", 1.5, i)
            candidate.add("a review's headline, not a name", -1.5)
        credit = _CREDITED.match(lines[i].strip())
        if credit:
            ballot.add(credit.group(1), "before '(Director, year)'", 1.5, i)
        stripped = lines[i].strip().strip("•*#").strip()
        if stripped[:1] in titlecues.PAIRS and stripped[-1:] in "".join(titlecues.PAIRS.values()):
            candidate.add("a line that is only a quoted name", 1.5)


#: "Kes (Loach, 1969): Cinema Museum": a title credited with its director and year
_CREDITED = re.compile(r"^[\W_]*(.{1,80}?)\s*\((?:[^()]{1,40},\s*)?(?:18[89]|19\d|20\d)\d\)")
_PART_SPLIT = re.compile(r"\s*(?:\(|\)|:\s|\s[/|–—-]\s|,\s|\s[/|]|[/|]\s)\s*")
_SCRIPT_RUNS = re.compile(r"[A-Za-zÀ-ɏ0-9][A-Za-zÀ-ɏ0-9'’ .!?&-]*|[^\sA-Za-zÀ-ɏ0-9][^A-Za-zÀ-ɏ]*")


def _parts(heading: str) -> list[str]:
    """Pieces of a heading that may be the title alone: "Kes (Loach, 1969): Cinema Museum"
    -> "Kes", "▶ 벌새 House of Hummingbird" -> "벌새", "House of Hummingbird"."""
    text = heading.lstrip("▶►▷•*#-–— ").strip()
    lead = titlecues.film_lead().match(text)
    if lead:  # "فيلم العزيمة", "Film: Kes"
        return [lead.group(1)]
    pieces = [p for p in _PART_SPLIT.split(text) if p and p.strip()]
    if len(pieces) == 1 and re.search(r"[A-Za-z]", text) and re.search(r"[^\W\dA-Za-zÀ-ɏ_]", text):
        pieces = [m.group(0) for m in _SCRIPT_RUNS.finditer(text)]
    parts = [p.strip(" .,;") for p in pieces]
    return [
        p for p in parts if p and p != heading and re.search(r"[^\W\d_]", p) and len(p.split()) <= 8
    ]


def _weigh(ballot: Ballot, slug: list[str], url: str | None, body: str) -> None:
    """Evidence that holds for any candidate: the slug, repeats, length, the site name."""
    slug_key = " ".join(slug)
    site = _site_words(url)
    for candidate in ballot.candidates.values():
        roman = key(anyascii(candidate.value))
        if slug_key and (
            roman == slug_key
            or roman.replace(" ", "") == slug_key.replace(" ", "")
            or _no_article(roman) == slug_key
        ):
            # a news address spells the headline: a whole match means less for a long line
            long_line = len(candidate.value.split()) > 6
            candidate.add("matches the address", 1.0 if long_line else 4.0)
        elif slug_key and len(roman) >= 6 and (roman in slug_key or slug_key in roman):
            candidate.add("part of the address", 1.5)
        _repeats(candidate, body)
        words = len(candidate.value.split())
        if words > 7:
            candidate.add(f"{words} words long", -0.3 * (words - 7))
        if any(_same_site(key(candidate.value).replace(" ", ""), s) for s in site):
            candidate.add("the site's own name", -2.5)
        if country_name(candidate.value) or is_language_name(candidate.value):
            candidate.add("a country or language name", -1.5)
        if is_noise(candidate.value) or candidate.value.rstrip().endswith((".", "!", ":", ",")):
            candidate.add("reads like page furniture or a sentence", -1.0)


def _repeats(candidate: Candidate, body: str) -> None:
    if len(candidate.value) < 2:
        return
    count = _count_word(body.casefold(), candidate.value.casefold())
    if count >= 3:
        candidate.add(f"mentioned {count} times", 1.25)
    elif count == 2:
        candidate.add("mentioned twice", 0.75)


def _count_word(text: str, word: str) -> int:
    """Occurrences of ``word`` in ``text`` that do not run into other letters."""
    count, at = 0, text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            count += 1
        at = text.find(word, at + 1)
    return count


def _site_words(url: str | None) -> set[str]:
    if not url:
        return set()
    try:
        host = urlparse(url).hostname or ""
    except ValueError:
        return set()
    return {part for part in host.lower().split(".") if len(part) > 3}


def _same_site(value: str, site: str) -> bool:
    return len(value) > 3 and (value in site or value.startswith(site))


def _no_article(text: str) -> str:
    return re.sub(r"^(?:the|a|an|la|le|les|el|il|der|die|das) ", "", text)


def decide(
    ballot: Ballot, headings: dict[str, titles.Title], lines: tuple[str, ...]
) -> titles.Title | None:
    """The winning title with what its heading line said (original title, pull quote); the
    best candidate even when its evidence is poor, since a page without a title is lost."""
    ranked = [c for c in ballot.ranked() if 0 < len(c.value.strip()) <= _MAX]
    if not ranked:
        return None
    best = ranked[0]
    heading = headings.get(key(best.value))
    if heading is not None:
        return heading
    line = best.line if best.line is not None and _alone(best.value, lines, best.line) else None
    title, alt = titles.two_titles(best.value)
    return titles.Title(title, alt=alt, line=line)


def _alone(value: str, lines: tuple[str, ...], i: int) -> bool:
    """True when line ``i`` holds nothing but ``value`` (quoted or not)."""
    return key(lines[i]) == key(value)
