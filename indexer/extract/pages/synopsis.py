"""The synopsis by evidence: the page's descriptive block, kept verbatim.

Candidates are the labelled synopsis and every long paragraph. Each records *features* (see
:mod:`.synopsismodel`): its place (which long paragraph, how early, after a heading or a fact
line), its shape (length, sentences, shares of letters, digits, punctuation and capitals) and
what it looks like (a quotation, a critic's signed quote, a rating, a list, furniture,
showtimes, another script than the page's). Weights fitted on the dev pages
(``bench/fit_synopsis.py``) score them and the best wins. The winner is extended with the long
paragraphs that follow it directly, so that a blurb in two paragraphs is whole, and with a
short opening sentence before it. Text is never cleaned of markup-looking words
(``<a href=…>``, ``{{7*7}}``): escaping is the web layer's job.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from indexer import lang
from indexer.extract.pages import facts as fl
from indexer.extract.pages import synopsiscues
from indexer.extract.pages.evidence import Why
from indexer.extract.pages.scripts import CJK, UNSPACED
from indexer.extract.pages.synopsismodel import SynopsisBallot, SynopsisCandidate, scored
from indexer.extract.pages.text import (
    CAPTURE_DATE,
    CLOCK,
    TIME_OF_DAY,
    date_pattern,
    is_noise,
    is_schedule,
    letter_script,
    weekdays,
)
from indexer.normalize import key

_MAX_CHARS = 2_000
#: the marks that end a sentence: Latin, CJK, and those of other scripts ("।" Devanagari and
#: Bengali, "۔" Urdu, "؟" Arabic, "։" Armenian, "።" Ethiopic, "။" Myanmar, "។" Khmer, "།"
#: Tibetan)
_STOPS = ".!?。！？…।॥۔؟։።။។།"
#: letters of scripts that write a word in one character or two (Chinese, Japanese, Korean)
_DENSE = re.compile(rf"[{CJK}]")
#: letters of scripts written without spaces between words, whose words run to four
#: characters or so (Thai, Lao, Myanmar, Khmer: a space parts phrases, not words)
_UNSPACED = re.compile(rf"[{UNSPACED}]")
#: the most paragraphs of one text the synopsis keeps: a news article's lede about a screening
#: or a premiere is often followed by two or three paragraphs of news before the one that tells
#: the story (the fourth or fifth), which belongs to the synopsis as much as the lede
_MAX_PARAGRAPHS = 5
#: the shares of letters, digits, punctuation and capitals are read from the first characters
_SAMPLE = 600


def choose(
    labelled: str, lines: tuple[str, ...], used: set[int], title: str, why: Why | None
) -> str:
    """The synopsis: the best-scored candidate and the paragraphs that continue it (never
    the date the page's capture wrote before its first line)."""
    used = used - _under_free_heads(lines, used)
    ballot = collect(labelled, lines, used, title)
    evidence = scored(ballot)
    if why is not None:
        why.record("synopsis", evidence, limit=4)
    ranked = evidence.ranked()
    if not ranked:
        return labelled.strip()
    chosen = compose(ballot.candidates[key(ranked[0].value)], lines, used, title)
    return CAPTURE_DATE.sub("", chosen, count=1)


#: the most words of a section's heading that ends with a colon ("Il film:", "• Programmes:")
_FREE_HEAD_WORDS = 3
#: the most lines between such a heading and the paragraph under it
_FREE_HEAD_GAP = 3


def _under_free_heads(lines: tuple[str, ...], used: set[int]) -> set[int]:
    """Lines of prose that a label took only because they stand under a section's heading
    written with a colon on a line of its own ("Il film:" / "Nel 1919 Genina…", "• Programmes:"
    / "After the death of her newborn sister…"), when that heading is no label of any field of
    any language: the section's text is a paragraph of the page, as under a heading without a
    colon, not a fact's value."""
    found = set()
    for i in used:
        if i >= len(lines) or not _long(lines[i], i, set()):
            continue
        if not re.search(r"[.!?。！？…]\s*$", lines[i]):
            continue
        above = [j for j in range(i - 1, max(-1, i - 1 - _FREE_HEAD_GAP), -1) if lines[j].strip()]
        if not above or above[0] not in used:
            continue
        head = lines[above[0]].strip().lstrip("-–•*·▪●○■ ").strip()
        if not re.search(r"[:：]$", head) or len(head.split()) > _FREE_HEAD_WORDS:
            continue
        if key(head) not in _known_labels():
            found.add(i)
    return found


@lru_cache(maxsize=1)
def _known_labels() -> frozenset[str]:
    """Every label of every field of every language, as keys."""
    return frozenset(key(w) for words in lang.labels().values() for w in words)


#: the fewest characters of a labelled synopsis (a shorter value is a credit or a tagline)
_LABELLED_LEAST = 40


def labelled_synopsis(values: list[str]) -> str:
    """The first value labelled as the synopsis that is long enough to be one: a credit
    line read with the same label ("Story: <writer>" above "SYNOPSIS" / the blurb) gives way
    to the later blurb; the first value when none is."""
    given = [v for v in values if v.strip(" ,|")]
    return next((v for v in given if len(v.strip()) >= _LABELLED_LEAST), given[0] if given else "")


def collect(labelled: str, lines: tuple[str, ...], used: set[int], title: str) -> SynopsisBallot:
    """Every synopsis candidate of a page with its features."""
    ballot = SynopsisBallot()
    labelled = labelled.strip()
    if len(labelled) >= _LABELLED_LEAST:
        ballot.add(labelled).set("labelled")
        _describe(ballot.add(labelled), labelled, title)
    script = _main_script("\n".join(lines))
    longs = [i for i, line in enumerate(lines) if _long(line, i, used)]
    sections = _film_sections(lines, longs, title)
    for rank, i in enumerate(longs):
        candidate = ballot.add(lines[i].strip(), i)
        candidate.set("paragraph")
        candidate.set("later_paragraph", min(rank, 4.5))
        candidate.set("early", max(0.0, 1.0 - i / 80))
        _describe(candidate, lines[i].strip(), title)
        _context(candidate, lines, used, i, script)
        if i in sections:
            candidate.set("film_section")
        if _under_story_heading(lines, i, title):
            candidate.set("story_head")
    for i in _title_sentences(lines, used, longs, title):
        candidate = ballot.add(lines[i].strip(), i)
        candidate.set("paragraph")
        candidate.set("later_paragraph", min(sum(j < i for j in longs), 4.5))
        candidate.set("early", max(0.0, 1.0 - i / 80))
        _describe(candidate, lines[i].strip(), title)
        _context(candidate, lines, used, i, script)
    for i in _short_story_heads(lines, used, longs):
        candidate = ballot.add(lines[i].strip(), i)
        candidate.set("early", max(0.0, 1.0 - i / 80))
        _describe(candidate, lines[i].strip(), title)
        _context(candidate, lines, used, i, script)
    for i in (i for i in sorted(used) if i < len(lines) and _long(lines[i], i, set())):
        candidate = ballot.add(lines[i].strip(), i)
        candidate.set("label_value")
        candidate.set("early", max(0.0, 1.0 - i / 80))
        _describe(candidate, lines[i].strip(), title)
        _context(candidate, lines, used, i, script)
        if _under_story_heading(lines, i, title):
            candidate.set("story_head")
    for start, end in _blocks(lines, used, title):
        text = "\n".join(lines[j].strip() for j in range(start, end + 1))
        candidate = ballot.add(text, start)
        candidate.end = end
        candidate.set("block")
        short = sum(len(lines[j].split()) <= 3 for j in range(start, end + 1))
        candidate.set("short_lines", short / (end + 1 - start))
        candidate.set("early", max(0.0, 1.0 - start / 80))
        _describe(candidate, text, title)
        _context(candidate, lines, used, start, script)
        if start in sections:
            candidate.set("film_section")
        if _under_story_heading(lines, start, title):
            candidate.set("story_head")
    _most_story(ballot)
    _takes_in(ballot, lines, used, title)
    return ballot


#: the most other paragraphs a candidate's synopsis takes in that its feature counts
_TAKEN_PARAGRAPHS = 4


def _takes_in(ballot: SynopsisBallot, lines: tuple[str, ...], used: set[int], title: str) -> None:
    """Mark how many of the page's other long paragraphs the synopsis each candidate would give
    takes in (its lead-in, the paragraphs that continue it, the text above a heading over it):
    the body of a text of several paragraphs, an article's lede and its story together, rather
    than a paragraph that stands alone (a teaser, a note on a screening, a sidebar's blurb)."""
    paragraphs = [
        c for c in ballot.candidates.values() if c.line is not None and "paragraph" in c.features
    ]
    for candidate in ballot.candidates.values():
        given = compose(candidate, lines, used, title)
        taken = sum(other is not candidate and other.value in given for other in paragraphs)
        if taken:
            candidate.set("takes_in", min(taken, _TAKEN_PARAGRAPHS) / _TAKEN_PARAGRAPHS)


#: the fewest words of a short sentence that opens with the film's title
_TITLE_SENTENCE_WORDS = 6


def _title_sentences(
    lines: tuple[str, ...], used: set[int], longs: list[int], title: str
) -> list[int]:
    """Lines too short for a long paragraph that are whole sentences opening with the film's
    title and going on ("Stado je urnebesna satirična komedija o životu iza kamere.",
    "Pihalla on Toni Laineen ohjaama suomalainen elokuva vuodelta 2009."), in lower case
    after the title, a blank line above and below: a one-sentence description of the film, a
    paragraph of its own (not a headline in title case, not the title over its facts "X 2.
    Woche | FSK 12 | 107 Min.")."""
    name = key(title)
    if not name:
        return []
    taken = set(longs)
    return [
        i
        for i, line in enumerate(lines)
        if i not in taken
        and _alone(lines, i)
        and _sentence(line.strip(), i, used, _TITLE_SENTENCE_WORDS)
        and key(line).startswith(name + " ")
        and _words(line.strip()) >= _words(title) + _TITLE_SENTENCE_WORDS - 1
        and _prose_case(line.strip().split()[len(title.split()) :])
        and not _bad_shape(line.strip(), title)
    ]


def _alone(lines: tuple[str, ...], i: int) -> bool:
    """Line ``i`` is a paragraph of its own: no line of text right before or after it."""
    return all(not lines[j].strip() for j in (i - 1, i + 1) if 0 <= j < len(lines))


def _prose_case(words: list[str]) -> bool:
    """Most of ``words`` that open with a letter of a script with capitals are in lower case
    (prose, not a headline in title case or a line of facts); True in a script without
    capitals."""
    cased = [w[:1] for w in words if w[:1].isalpha() and w[:1].upper() != w[:1].lower()]
    return not cased or sum(c.islower() for c in cased) * 2 >= len(cased)


#: the fewest words of a short paragraph headed by its story ("در خلاصه داستان آمده است: …")
_SHORT_HEAD_WORDS = 8


def _short_story_heads(lines: tuple[str, ...], used: set[int], longs: list[int]) -> list[int]:
    """Lines too short for a long paragraph that open with a synopsis label or a story word
    and a colon and end a sentence: a one-sentence synopsis labelled inline."""
    taken = set(longs)
    return [
        i
        for i, line in enumerate(lines)
        if i not in taken
        and i not in used
        and _words(line.strip()) >= _SHORT_HEAD_WORDS
        and re.search(r"[.!?。！？…]\s*$", line) is not None
        and synopsiscues.opens_with_story_head(line.strip())
    ]


def _under_story_heading(lines: tuple[str, ...], i: int, title: str) -> bool:
    """Line ``i`` comes right after a short heading that holds a synopsis label with a word
    or a suffix more (:func:`.synopsiscues.story_heading`), only blank lines between."""
    before = next((j for j in range(i - 1, max(-1, i - 4), -1) if lines[j].strip()), None)
    return before is not None and synopsiscues.story_heading(lines[before], title)


#: the most lines between a heading of the film and the first long paragraph under it
_SECTION_GAP = 12
#: the most words a heading of the film adds to its title ("Saint Omer de Alice Diop",
#: "Lebanon - Sunday 26th September 5pm", "Вартові Різдва (Україна)")
_HEADING_EXTRA = 5


#: a sentence's end closing the text
_SENTENCE_END = re.compile(r"[.!?。！？]$")


def _film_sections(lines: tuple[str, ...], longs: list[int], title: str) -> set[int]:
    """The first long paragraph under each heading of the film that follows a long paragraph:
    a page that opens with other text (a news lede on the week's releases, an earlier post
    of a blog, an interview's introduction) and then gives the film a section of its own,
    under its title alone or heading a short line ("\"La peor persona del mundo\"", "Saint
    Omer de Alice Diop") or quoted in a short heading ("<「長嶺ヤス子 裸足のフラメンコ」とは
    こんな作品>", "About 'The Hunt'"). The film's own text is in that section."""
    name = key(title)
    if not name or not longs:
        return set()
    found: set[int] = set()
    size = _words(title)
    for h in range(longs[0] + 1, len(lines)):
        text = lines[h].strip()
        if not text or _SENTENCE_END.search(text) or not _heads_film(text, name, size):
            continue
        after = next((i for i in longs if i > h), None)
        if after is not None and after - h <= _SECTION_GAP:
            if any(_list_entry_like(text, lines[j].strip()) for j in range(h + 1, after)):
                continue  # "Hatching (Hanna Bergholm)" after "Three Minutes (Bianca Stigter)"
            found.add(after)
    return found


def _list_entry_like(heading: str, line: str) -> bool:
    """Whether ``line`` is another entry of the list ``heading`` opens: a short line of the
    same shape, a name and a credit in parentheses ("Hatching (Hanna Bergholm)" after "Three
    Minutes: A Lengthening (Bianca Stigter)"). The paragraph that follows is that entry's."""
    return (
        heading.endswith(")")
        and line.endswith(")")
        and "(" in line[1:]
        and _words(line) <= _words(heading) + _HEADING_EXTRA
    )


#: a name in quotation marks
_QUOTED = re.compile(r"[「『\"“„«‘]([^」』\"”“»’]{1,80})[」』\"”“»’]")


def _heads_film(text: str, name: str, size: float) -> bool:
    """``text`` is a short heading of the film whose title is ``name`` (a key) in ``size``
    words: the title, or a line that opens with it and adds a few words; or a line that
    quotes it and adds twice as many."""
    extra = _words(text) - size
    if extra > 2 * _HEADING_EXTRA:
        return False
    if (
        extra <= _HEADING_EXTRA
        and (head := key(text))
        and (head == name or head.startswith(name + " "))
    ):
        return True
    return any(key(m.group(1)) == name for m in _QUOTED.finditer(text))


def _most_story(ballot: SynopsisBallot) -> None:
    """Mark the candidates that tell the page's story most: the most story words of all (two
    or more), whatever the language's words are worth on their own."""
    counts = [c.features.get("story_words", 0.0) for c in ballot.candidates.values()]
    most = max(counts, default=0.0)
    if most >= 2 / 6:
        for candidate, count in zip(ballot.candidates.values(), counts, strict=True):
            if count == most:
                candidate.set("most_story_words")


def _blocks(lines: tuple[str, ...], used: set[int], title: str) -> list[tuple[int, int]]:
    """Runs of three or more consecutive lines (no blank line, none taken by a label) that hold
    twenty words or more together: prose wrapped at a fixed width, a post written in short
    lines, a blurb whose first sentence stands on a line of its own. A run ends at a line that
    stands apart from prose (the film's title alone, a critic's signature, furniture) and is
    cut where it would pass the synopsis's size."""
    runs, start, size = [], None, 0
    for i in range(len(lines) + 1):
        text = lines[i].strip() if i < len(lines) else ""
        short = bool(text) and i not in used and not _apart(text, title)
        if short and (start is None or size + len(text) <= _MAX_CHARS):
            start = i if start is None else start
            size += len(text)
            continue
        if start is not None and i - start >= 3 and _words("\n".join(lines[start:i])) >= 20:
            runs.append((start, i - 1))
        start, size = (i, len(text)) if short else (None, 0)
    return runs


#: a dash then a letter
_DASH_THEN_LETTER = re.compile(r"(?:--|[-–—~])\s*[^\W\d_]")


def _apart(text: str, title: str) -> bool:
    """A line that is no part of a block of prose: the film's title alone, a critic's
    signature ("-- Wendy Ide, Guardian"), a short line of page furniture."""
    return (
        (bool(title) and key(text) == key(title))
        or _DASH_THEN_LETTER.match(text) is not None
        or (len(text.split()) <= 12 and is_noise(text))  # furniture is short; spares time
    )


@lru_cache(maxsize=4096)
def _words(text: str) -> float:
    """Words, counting a character of Chinese, Japanese or Korean as two thirds of one, and
    a run of Thai (Lao, Myanmar, Khmer) letters as one word in four letters."""
    words = len(text.split()) + len(_DENSE.findall(text)) / 1.5
    unspaced = len(_UNSPACED.findall(text))
    if unspaced:
        phrases = sum(1 for token in text.split() if _UNSPACED.search(token))
        words += unspaced / 4 - phrases
    return words


def compose(
    candidate: SynopsisCandidate, lines: tuple[str, ...], used: set[int], title: str = ""
) -> str:
    """The synopsis the page gets when ``candidate`` wins: its lead-in, itself, and the long
    paragraphs that continue it."""
    if candidate.line is None:
        where = _line_of(candidate.value, lines)
        if where is None:
            return candidate.value
        above = [lines[i].strip() for i in _earlier_text(lines, used, where, title)]
        return "\n\n".join([*above, candidate.value])
    cut = _wrapped_from(lines, candidate.line)  # the sentence's start, on the line before
    body = candidate.value
    if candidate.end is None:
        body = _extend(candidate.value, lines, used, candidate.line, title)
    if cut:
        return "\n".join([*cut, body])
    opening = _opening(lines, used, candidate.line, title)
    earlier = _earlier_text(lines, used, opening[0] if opening else candidate.line, title)
    lead = [lines[i].strip() for i in [*earlier, *opening]]
    return "\n\n".join([*lead, body])


def _opening(lines: tuple[str, ...], used: set[int], start: int, title: str) -> list[int]:
    """The lines taken in before line ``start``: its lead-in, and the page's standfirst when
    a short aside parts it from them."""
    lead = _lead_in(lines, used, start, title)
    first = lead[0] if lead else start
    above = next((j for j in range(first - 1, -1, -1) if lines[j].strip()), None)
    if above is None or _body_line(lines, above, used, _CLOSING_WORDS, title):
        return lead  # the lead-in stopped at its size, not at an aside
    return [*_standfirst(lines, used, first, title), *lead]


def _wrapped_from(lines: tuple[str, ...], start: int) -> list[str]:
    """The line right before ``start`` when a hard wrap cut the opening sentence there: line
    ``start`` opens with a lower-case letter and the line before it, with no blank line
    between, ends no sentence ("Maelezo: Filamu ya The" / "sixth commandment au …")."""
    text = lines[start].lstrip()
    before = lines[start - 1].strip() if start > 0 else ""
    if not (text[:1].islower() and before) or re.search(r"[.!?。！？…:：]$", before):
        return []
    return [before] if len(before) <= 200 else []


def _long(line: str, i: int, used: set[int]) -> bool:
    text = line.strip()
    if i in used or not text:
        return False
    return _words(text) >= 20 or (len(text) >= 100 and not re.search(r"[A-Za-z]", text[:40]))


def _describe(candidate: SynopsisCandidate, text: str, title: str) -> None:
    """The features of the paragraph's own text."""
    shape = _shape(text, title)
    for cue in shape:
        candidate.set(cue)
    if "names_film" not in shape and synopsiscues.many_films(text):
        candidate.set("many_films")
    for name, value in _own_features(text):
        candidate.set(name, value)


@lru_cache(maxsize=1024)
def _own_features(text: str) -> tuple[tuple[str, float], ...]:
    """The features of a paragraph's text that do not depend on the film's title, in the order
    they are set: each paragraph is described twice per page (with no title for the title's
    vote, then with the title)."""
    features: list[tuple[str, float]] = [
        ("length", min(_words(text), 300) / 100),
        ("sentences", min(len(re.findall(r"[.!?。！？](?:\s|$)|[。！？]", text)), 10) / 5),
    ]
    features += _shares(text[:_SAMPLE])
    if len(_CLOCK.findall(text)) >= 2:
        features.append(("showtimes", 1.0))
    if re.search(r"https?://|www\.|\S@\S+\.\w", text):
        features.append(("address", 1.0))
    features += _lede(text)
    return tuple(features)


def _lede(text: str) -> list[tuple[str, float]]:
    """The features that tell a story told from a news or event lede and from a notice."""
    features: list[tuple[str, float]] = []
    if event := synopsiscues.event_words(text):
        features.append(("event_words", event))
    if story := synopsiscues.story_words(text):
        features.append(("story_words", story))
    elif event:
        features.append(("event_not_story", 1.0))
    if synopsiscues.is_notice(text):
        features.append(("notice", 1.0))
    if synopsiscues.opens_with_date(text):
        features.append(("opens_with_date", 1.0))
    if synopsiscues.opens_with_story_head(text):
        features.append(("story_head", 1.0))
    if synopsiscues.defines_film(text):
        features.append(("defines_film", 1.0))
    return features


def _shares(sample: str) -> list[tuple[str, float]]:
    """Shares of letters, digits, punctuation and capitalised words in ``sample``."""
    features: list[tuple[str, float]] = []
    chars = len(sample) - len(re.findall(r"\s", sample))
    if chars:
        features.append(("letters", len(re.findall(r"[^\W\d_]", sample)) / chars))
        features.append(("digits", len(re.findall(r"\d", sample)) / chars))
        marks = re.findall(r"[^\w\s]|_", sample)  # punctuation, symbols, combining marks
        punct = sum(unicodedata.category(c)[0] in "PS" for c in marks)
        features.append(("punctuation", punct / chars))
    cased = [w for w in sample.split() if w[:1].isalpha() and w[:1].upper() != w[:1].lower()]
    if cased:
        features.append(("capitals", sum(w[:1].isupper() for w in cased) / len(cased)))
    return features


_CLOCK = re.compile(rf"\b{CLOCK}\b|\b\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{2,4}})?\b")


def _context(
    candidate: SynopsisCandidate, lines: tuple[str, ...], used: set[int], i: int, script: str
) -> None:
    """The features of the paragraph's place: what stands before it, its script."""
    before = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    if before is not None:
        text = lines[before].strip()
        if before in used:
            candidate.set("after_facts")
        elif len(text.split()) <= 8 and not re.search(r"[.!?,;:。！？…]$", text):
            candidate.set("after_heading")
    if script and _main_script(lines[i][:400]) not in ("", script):
        candidate.set("other_script")
    if _in_bullet_list(lines, i):
        candidate.set("list_of_items")  # one of a list of links ("- Title of another post")
    if _under_credits(lines, used, i):
        candidate.set("under_credits")


#: the most lines between a paragraph and the credit lines above it
_CREDITS_GAP = 12


def _under_credits(lines: tuple[str, ...], used: set[int], i: int) -> bool:
    """Line ``i`` is the first long paragraph after lines of credits or facts (a label's
    line, "Comèdia. Noruega. 121 minuts", "BEL/HOL, 111', 2012, M/16"), only short lines
    between them: the film's own section, where its story is told, not the page's lede above
    the credits."""
    for j in range(i - 1, max(-1, i - 1 - _CREDITS_GAP), -1):
        text = lines[j].strip()
        if not text:
            continue
        if j in used or (len(text) <= 120 and fl.line_facts(text) is not None):
            return True
        if _long(lines[j], j, used):
            return False
    return False


_BULLET = re.compile(r"\s*([-–•*·▪])\s")
#: an item's number opening a line ("1. ", "2) ")
_NUMBERED = re.compile(r"\s*(\d{1,2})[.)]\s")


def _in_bullet_list(lines: tuple[str, ...], i: int) -> bool:
    """Line ``i`` opens with a bullet, and so does the line right before or after it; or it
    opens with an item's number, and the line right before or after it with the number
    before or after that ("1. Це легка музична комедія…" / "2. Красива картинка…")."""
    near = {j - i: lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)}
    bullet = _BULLET.match(lines[i])
    if bullet is not None:
        found = map(_BULLET.match, near.values())
        return any(m is not None and m.group(1) == bullet.group(1) for m in found)
    number = _NUMBERED.match(lines[i])
    if number is None:
        return False
    for step, line in near.items():
        other = _NUMBERED.match(line)
        if other is not None and int(other.group(1)) == int(number.group(1)) + step:
            return True
    return False


@lru_cache(maxsize=2048)
def _main_script(text: str) -> str:
    """The script most of the letters of ``text`` are written in ("LATIN", "CYRILLIC", "CJK")."""
    counts: Counter[str] = Counter()
    for char, n in Counter(text[:3000]).items():  # each distinct character named once
        if char.isalpha():
            counts[letter_script(char)] += n
    counts.pop("", None)
    for kana in ("HIRAGANA", "KATAKANA"):  # Japanese mixes kana with kanji
        counts["CJK"] += counts.pop(kana, 0)
    return counts.most_common(1)[0][0] if counts else ""


@lru_cache(maxsize=2048)
def _shape(text: str, title: str) -> tuple[str, ...]:
    found = []
    if title and key(title) and key(title) in key(text):
        found.append("names_film")
    if re.search(rf"[{_STOPS}」”\"»]\s*$", text):
        found.append("ends_like_prose")
    if (
        text[0] in '"“„«‘(' and not _opens_with_a_quoted_name(text) and not _unclosed(text)
    ) or _HEADED_QUOTE.match(text):
        found.append("opens_like_quotation")
    if _ATTRIBUTED.search(text):
        found.append("signed_like_quote")
    if re.match(r"[★☆*]{2,}|\d(?:[.,]\d)?\s*/\s*(?:5|10)\b", text):
        found.append("opens_with_rating")
    if is_noise(text[:300]):
        found.append("furniture")
    if (
        len(re.findall(r"\s[|•·]\s", text)) >= 3
        or _mostly_short_tokens(text)
        or _spaced_menu(text)
        or _credit_sentences(text)
        or _listed_names(text)
    ):
        found.append("list_of_items")
    sentences = [s for s in re.split(r"[.!?。！？]\s+", text) if s.strip()]
    if len(sentences) >= 4 and len(text.split()) / len(sentences) < 5:
        found.append("short_fragments")
    return tuple(found)  # remembered: callers read it, none changes it


#: "… dares to dream. - Roger Ebert": a paragraph signed like a critic's quote
_ATTRIBUTED = re.compile(
    r"[.!?…\"”»]\s*[-–—~]\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}\s*$"
)


#: "Kino als Wutmaschine: "Der …": a short headline and a colon over a quotation
_HEADED_QUOTE = re.compile(r"[^\W\d_][^.!?:\"“„«»]{0,60}:\s*[\"“„«»][^\W\d_]")
#: a label and a colon inside a line ("Spain. Direction: Álvaro Gago. Production: …",
#: "Narušitel, Česko 2019, drama, 90 min., režie: David Balda, hrají: …")
_INLINE_LABEL = re.compile(r"(?:^|[.;,•|]\s*)([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*:\s")
#: the credit fields whose labels written inline make a line of credits
_CREDIT_FIELDS = (
    "directors", "writers", "cast", "cinematography", "editing", "music", "producers",
    "companies", "countries", "runtime", "production design",
)  # fmt: skip


@lru_cache(maxsize=2048)
def _credit_sentences(text: str) -> bool:
    """Credits written as sentences ("Spain. Direction: Álvaro Gago. Production: Mireia
    Graell, …") or as one run of facts ("Narušitel, Česko 2019, drama, 90 min., režie: David
    Balda, hrají: …"): two credit labels or more, each after a sentence's end or a comma and
    before a colon."""
    heads = {m.group(1).lower() for m in _INLINE_LABEL.finditer(text[:_SAMPLE])}
    return len(heads & _credit_labels()) >= 2


@lru_cache(maxsize=1)
def _credit_labels() -> frozenset[str]:
    table = lang.labels()
    return frozenset(w.lower() for field in _CREDIT_FIELDS for w in table.get(field, ()))


def _listed_names(text: str) -> bool:
    """A list of names and titles cut by semicolons ("Los Angeles Film Critics Association
    Awards, Best Film …; Mar Del Plata Film Festival, …"): three items or more, most words
    written with a capital."""
    items = [item for item in text.split(";") if item.strip()]
    if len(items) < 3:
        return False
    cased = [w for w in text.split() if w[:1].isalpha() and w[:1].upper() != w[:1].lower()]
    return bool(cased) and sum(w[:1].isupper() for w in cased) >= 0.6 * len(cased)


#: an opening quotation mark -> the mark that closes it
_CLOSING = {"“": "”", "„": "“", "«": "»", "‘": "’"}


def _unclosed(text: str) -> bool:
    """The quotation mark that opens ``text`` is closed nowhere in it (more of its kind open
    than close: "“หนังมีความเป็น “ศิลปะ” สูงมาก …"): a stray mark, not a quotation."""
    mark = text[0]
    if mark == '"':
        return text.count('"') % 2 == 1
    if mark not in _CLOSING:
        return False
    return text.count(mark) > text.count(_CLOSING[mark])


def _opens_with_a_quoted_name(text: str) -> bool:
    """ "“Whale Rider” is a New Zealand film…", '"Do not assume for anything", ang linyang
    binitawan ni…': a short quoted name or line opening a sentence that goes on; the comma or
    colon after it may stand after a space, as French typography sets it, and the sentence may
    go on with another quoted name ("« Ainsi parla la mer » : “Men sa Lanmè di” se yon fim…")."""
    match = re.match(r"[\"“„«‘]([^\"”“«»‘’]{1,60})[\"”“»’](?:\s?,?\s+\w|\s?:\s+[\w\"“„«‘])", text)
    return match is not None and len(match.group(1).split()) <= 6


#: letters of Chinese and Japanese, scripts that part no words with spaces
_HAN_KANA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
#: the fewest items of a menu written in such a script, and the most letters of one item
_MENU_ITEMS = 5
_MENU_ITEM_CHARS = 6


def _spaced_menu(text: str) -> bool:
    """ "首頁 序言 電影節目 放映時間 購票須知 …": five or more short items of Chinese or Japanese
    parted by spaces, with no punctuation. Prose in these scripts parts no words with spaces
    and ends its sentences with a mark; a line of short spaced items is a site's menu."""
    items = text.split()
    return (
        len(items) >= _MENU_ITEMS
        and all(_HAN_KANA.search(item) and len(item) <= _MENU_ITEM_CHARS for item in items)
        and not re.search(r"[^\w\s]", text)
    )


def _mostly_short_tokens(text: str) -> bool:
    """ "Browse all reviews by letter A B C D E …": an index, not a sentence."""
    words = text.split()
    return len(words) >= 10 and sum(1 for w in words if len(w) == 1) > 0.4 * len(words)


#: the most paragraphs taken in before the winner, the most lines looked back over, the most
#: blank lines between two paragraphs of one text, and the most characters taken in
_LEAD_PARAGRAPHS = 3
_LEAD_LINES = 12
_LEAD_GAP = 2
_LEAD_CHARS = 1_200


def _lead_in(lines: tuple[str, ...], used: set[int], start: int, title: str = "") -> list[int]:
    """Where the text that line ``start`` belongs to begins. A blurb often opens with a short
    sentence ("Possession by the devil is a familiar sight…") before its long paragraph, and a
    review's body with a paragraph that sets the scene before the one that tells the story
    most: the paragraphs of prose right before ``start`` (a blank line or two between them)
    are taken in, up to three. Each is whole sentences or a long paragraph, not a heading, a
    line of facts, a quotation, a list or furniture; a line a label took is taken when it is
    such prose too (the text under "Review:", a blurb read as the last of a list of
    companies). A heading, a line of facts or a wider gap ends the text."""
    found: list[int] = []
    size, gap, paragraphs = 0, 0, 0
    for i in range(start - 1, max(-1, start - 1 - _LEAD_LINES), -1):
        text = lines[i].strip()
        if not re.search(r"[^\W_]", text):  # a blank line, a rule or a row of signs ("* * *")
            gap += not text  # a rule between two paragraphs is no wider gap
            if gap > _LEAD_GAP:
                break
            continue
        # a line of the same block (no blank line between) may be a short opening sentence
        joined = gap == 0
        paragraphs += not joined or not found
        single = gap == 1
        gap = 0
        if paragraphs > _LEAD_PARAGRAPHS or size + len(text) > _LEAD_CHARS:
            break
        if synopsiscues.story_heading(text, title):
            break  # the heading of its story ("What is it about?"): the text starts under it
        if _body_line(lines, i, used, 4 if joined else 8, title):
            found.insert(0, i)
            size += len(text)
            continue
        if single and _opens_text(lines, i, lines[found[0] if found else start].strip(), used):
            found.insert(0, i)  # the text's first words: nothing above them belongs to it
        break
    return found


#: the fewest words of a short opening sentence a blank line parts from its paragraph
_OPENING_WORDS = 3


def _opens_text(lines: tuple[str, ...], i: int, after: str, used: set[int]) -> bool:
    """Line ``i`` opens the text that goes on at ``after``, one blank line below it: a short
    sentence of three words or more ("Iceland, Christmas time." / "As everyone prepares…"),
    or the first part of a sentence that a blank line cuts after a comma ("ზუსტად სამოცი
    წელი გავიდა მას შემდეგ," / "რაც ქართველმა…"). It opens a sentence (no lower-case letter
    first where the text writes capitals), and no sentence stands right above it (a short
    line between a standfirst and its body is an aside); not a line a label took, furniture,
    a heading in capitals, a line of names, a date, a credit or an event's line (no digits,
    no word of an event), a signature or an item (it opens with a letter)."""
    text = lines[i].strip()
    if i in used or not text[:1].isalpha():
        return False
    if text[:1].islower() and any(c.isupper() for c in text + after):
        return False  # the middle of a sentence, in a script that writes capitals
    if re.search(r"\d", text) or is_noise(text[:300]):
        return False
    above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    if above is not None and _sentence(lines[above].strip(), above, set(), _OPENING_WORDS):
        return False
    if _words(text) < _OPENING_WORDS or synopsiscues.event_words(text):
        return False
    cased = [w for w in text.split() if w[:1].isalpha() and w[:1].upper() != w[:1].lower()]
    if cased and all(w[:1].isupper() for w in cased):
        return False  # "Antonio Banderas, Penelope Cruz.", "À PARTIR DU …"
    if re.search(r"[.。…]$", text):
        return True
    going_on = after[:1].islower() or after[:1].upper() == after[:1].lower()
    return re.search(r"[,，、]$", text) is not None and going_on


#: the most lines of a caption, a credit or an event line between a standfirst and its body
_ASIDE_LINES = 3
#: the most words of one line of such an aside
_ASIDE_WORDS = 14


def _lines_above(lines: tuple[str, ...], first: int, stop: int) -> Iterator[int]:
    """The lines from ``first`` up the page to ``stop`` (not included) that hold text, the
    blank ones skipped; none past a gap wider than two blank lines (the end of a text)."""
    gap = 0
    for i in range(first, stop, -1):
        if not lines[i].strip():
            gap += 1
            if gap > _LEAD_GAP:
                return
            continue
        gap = 0
        yield i


def _standfirst(lines: tuple[str, ...], used: set[int], start: int, title: str) -> list[int]:
    """The page's standfirst when a short aside parts it from the paragraph at ``start``: the
    first prose of the page, whole sentences, then up to three short lines that are no prose
    of the text (a photo's caption and credit "… (1965). | Foto: …", "Fotó:" / "<credit>",
    the screening's place, day and hours, a button, a line of credits) and then the paragraph
    ("Mrazivý snímek dramatizující …" / caption / "Snímek je dodnes …"), a blank line or two
    between them. The standfirst opens the text; the aside is left out."""
    above = _lines_above(lines, start - 1, max(-1, start - 1 - _LEAD_LINES))
    for aside, i in enumerate(above):  # ``aside``: the short lines passed so far
        text = lines[i].strip()
        if aside and _standfirst_line(lines, used, i, title):
            return [i]
        if aside >= _ASIDE_LINES or not _aside(text, title):
            return []
    return []


#: an hour of the day ("7:30pm", "19.00", "20h30", "8 pm")
_HOUR = re.compile(rf"(?<!\d){TIME_OF_DAY}", re.IGNORECASE)
#: the most words of a button between a standfirst and its body ("Book Tickets")
_TICKET_WORDS = 3


def _screening_day(text: str) -> bool:
    """A line of a screening's weekday, date and hour and no more ("Tuesday 28th November 2023 |
    7:30pm"); not a news item's time stamp ("8. apr 2016 o 11:57", "2020-08-30 21:10"), which
    names no weekday."""
    return (
        _HOUR.search(text) is not None and weekdays().search(text) is not None and is_schedule(text)
    )


@lru_cache(maxsize=2048)
def _aside(text: str, title: str) -> bool:
    """A short line between a standfirst and its body: a caption or a credit ("… (1965). |
    Foto: …", "Fotó:", "<agency>/<archive> <photo>"), a line of facts, an event's place and
    day and hours, a short button ("Book Tickets"); not a heading of the film or of its story
    (they start there), a dateline, an item's number, a name or a word alone (a byline)."""
    if (title and _heads_film(text, key(title), _words(title))) or synopsiscues.story_heading(
        text, title
    ):
        return False  # the film's section or its story starts under it
    if len(_CLOCK.findall(text)) >= 2 or _screening_day(text):
        return True  # the screening's day and hour ("Tuesday 28th November 2023 | 7:30pm")
    if is_noise(text) and _words(text) <= _TICKET_WORDS and not re.search(r"\d", text):
        return True  # a button between them ("Book Tickets")
    if re.match(r"\W*\d", text) or is_noise(text[:300]) or date_pattern().search(text):
        return False
    if fl.line_facts(text) is not None or _credit_sentences(text):
        return True
    return _words(text) <= _ASIDE_WORDS and (
        re.search(r"[\d|:：/©()]", text) is not None or re.search(r"[.!?。！？]$", text) is not None
    )


def _standfirst_line(lines: tuple[str, ...], used: set[int], i: int, title: str) -> bool:
    """Line ``i`` is whole sentences of prose and the first prose of the page: no line of
    facts, notice or furniture."""
    text = lines[i].strip()
    return (
        i not in used
        and _sentence(text, i, used, _CLOSING_WORDS)
        and not _bad_shape(text, title)
        and fl.line_facts(text) is None
        and not synopsiscues.is_notice(text)
        and not any(_long(lines[j], j, set()) for j in range(i))
    )


def _body_line(lines: tuple[str, ...], i: int, used: set[int], least: int, title: str) -> bool:
    """Line ``i`` is prose of a text's body: whole sentences of ``least`` words or more or a
    long paragraph, no heading, fact, quotation, rating, list, furniture or item of a list; a
    line a label took only when it is such prose and no label's line itself."""
    text = lines[i].strip()
    if _in_bullet_list(lines, i):
        return False  # an item of a list ("5. …" after "4. …")
    if i in used and (
        fl.line_facts(text) is not None
        or (_HEAD_LABEL.match(text) is not None and not synopsiscues.opens_with_story_head(text))
    ):
        return False
    if (
        _sentence(text, i, set(), least)
        or _leads_to(text, i, used)
        or (least < _CLOSING_WORDS and _opening_phrase(text, i, used, title))
    ):
        return i not in used or not _bad_shape(text, title)
    return _long(text, i, set()) and not _bad_shape(text, title) and not is_noise(text[:300])


#: the fewest words of a sentence that ends with a colon to lead to what follows
_LEADS_WORDS = 5


def _leads_to(text: str, i: int, used: set[int]) -> bool:
    """A sentence that ends with a colon, leading to the paragraph after it ("So let's get
    down to it:", "… kritikas Audronis Liuga „Kino“ žurnale rašė:"): five words or more, no
    label's line (a label is a word or two)."""
    return (
        i not in used
        and re.search(r"[:：]\s*$", text) is not None
        and _words(text) >= _LEADS_WORDS
        and not is_noise(text[:300])
    )


#: the fewest words of an opening phrase with no end, right above the paragraph
_PHRASE_WORDS = 6


def _opening_phrase(text: str, i: int, used: set[int], title: str) -> bool:
    """A phrase with no end on the line right above the paragraph, no blank line between
    ("Знаменитая анимационная пародия … о муках творчества" / "Остроумный мультфильм …"):
    six words or more, not the film's title, not a line a label took, no list."""
    return (
        i not in used
        and _words(text) >= _PHRASE_WORDS
        and not re.search(r"[:：,;]\s*$", text)
        and not (title and key(title) in key(text))
        and not is_noise(text[:300])
        and not _bad_shape(text, title)
    )


#: a label and its colon opening a line ("Production Company: …", "Review: …")
_HEAD_LABEL = re.compile(r"[^\W\d_][^:：.!?\n]{0,30}[:：]")
#: what a paragraph of a text's body is not
_NOT_BODY = frozenset(
    {"opens_like_quotation", "signed_like_quote", "opens_with_rating", "furniture",
     "list_of_items", "short_fragments"}
)  # fmt: skip


def _bad_shape(text: str, title: str) -> bool:
    return bool(_NOT_BODY.intersection(_shape(text, title)))


def _sentence(text: str, i: int, used: set[int], least: int) -> bool:
    """A line of prose: a few words that end a sentence, neither used by a label nor
    furniture nor a quotation."""
    words = _words(text)
    return (
        i not in used
        and words >= least
        and re.search(rf"[{_STOPS}]\s*$", text) is not None
        and not is_noise(text[:300])
        and (text[0] not in '"“„«‘(★☆*' or _opens_with_a_quoted_name(text))
        and not re.match(r"\d(?:[.,]\d)?\s*/\s*(?:5|10)\b", text)
    )


#: the most short lines of a heading between a text and the film's own section under it (the
#: film's title, a line of its credits or its screening, a heading of its story)
_SECTION_LINES = 3


def _section_under(lines: tuple[str, ...], used: set[int], i: int, title: str) -> int | None:
    """The long paragraph under a heading that opens at line ``i``: up to three short lines or
    lines of facts, no sentence of prose among them, one of them the film's title (alone,
    quoted or with a few words: :func:`_heads_film`) or a heading of its story ("DE QUOI ÇA
    PARLE ?", "قصة الفيلم"), the others a line of its credits, its date or its screening. A
    news lede, a programme's introduction or a standfirst goes on there with the film's own
    section, which tells its story; the heading is left out. A heading written again further
    down the page heads every entry of a list ("Filed under …"), not the film's section."""
    size = _words(title) if title else 0.0
    heads, named = 0, False
    for j in range(i, len(lines)):
        text = lines[j].strip()
        if not text:
            continue
        facts = j in used or fl.line_facts(text) is not None
        if _long(lines[j], j, used) and not facts:
            return j if named and _film_own(text, title) else None
        heads += 1
        if heads > _SECTION_LINES or _sentence(text, j, set(), _CLOSING_WORDS):
            return None
        if _words(text) > _ASIDE_WORDS and not facts:
            return None
        if (title and _heads_film(text, key(title), size)) or synopsiscues.story_heading(
            text, title
        ):
            named = named or not any(line.strip() == text for line in lines[j + 1 :])
    return None


#: what the paragraph under a heading of the film is not (it may open with a parenthesis or
#: a quotation mark: "(«Hamnet») Ρομαντικό δράμα εποχής…")
_NOT_SECTION = frozenset(
    {"signed_like_quote", "opens_with_rating", "furniture", "list_of_items", "short_fragments"}
)


def _film_own(text: str, title: str) -> bool:
    """The paragraph under a heading of the film is its own: prose (no list, rating, signed
    quote or furniture), and no text on films in the plural that leaves the film unnamed (a
    notice on the programme's films, "… information about content … for specific films")."""
    shape = _shape(text, title)
    if _NOT_SECTION.intersection(shape):
        return False
    return "names_film" in shape or not synopsiscues.many_films(text)


@lru_cache(maxsize=1)
def _read_more() -> re.Pattern[str]:
    """A link to the rest of a text or to another one at its end, with the linked title after
    it or not ("… Continue reading", "… Read More »९६; तुमची प्रेमकथा!"), in any language
    module's words."""
    words = "|".join([lang.alternation("read_also"), "continue reading"])
    return re.compile(rf"(?<!\w)(?:{words})(?:\W.{{0,30}})?$", re.IGNORECASE)


#: the fewest words of a short sentence that closes the paragraph on the line after it
_CLOSING_WORDS = 8


def _extend(first: str, lines: tuple[str, ...], used: set[int], start: int, title: str = "") -> str:
    """``first`` and the long paragraphs right after it (blank lines between them only), and
    on past a heading of the film or of its story to the paragraph under it
    (:func:`_section_under`)."""
    parts = [first]
    size = len(first)
    last = start
    i = start
    while i + 1 < len(lines):
        i += 1
        text = lines[i].strip()
        if not text:
            continue
        quoted = text[0] in '"“„«' and not _opens_with_a_quoted_name(text)
        # a short closing sentence on the next line, no blank line between, is the
        # paragraph's own last sentence ("…yeni filmi “Gelincik”, … ödülünü getirmişti." /
        # "Film, 90'lı yılların … hikâyesini anlatıyor.")
        closing = i == last + 1 and _sentence(text, i, used, _CLOSING_WORDS) and not quoted
        if not (_long(lines[i], i, used) or closing) or is_noise(text[:300]) or quoted:
            cut = _read_more().search(parts[-1][-60:]) is not None
            under = None if cut else _section_under(lines, used, i, title)
            if under is None and not cut and (passed := _past_aside(lines, used, i, title)):
                *kept, under = passed
                parts.extend(lines[k].strip() for k in kept)
                size += sum(len(lines[k].strip()) for k in kept)
            if under is None:
                break
            i = under
            text = lines[i].strip()
        last = i
        if len(parts) >= _MAX_PARAGRAPHS or size + len(text) > _MAX_CHARS:
            break
        parts.append(text)
        size += len(text)
    return "\n\n".join(parts)


#: the most short lines of an aside within a text (an intertitle, a one-sentence paragraph, a
#: photo's caption) that the synopsis passes to the paragraph after it
_ASIDE_STEPS = 2
#: the most lines looked at from the aside's first line to that paragraph
_ASIDE_REACH = 8
#: the fewest words of a short sentence of the text that the synopsis keeps
_ASIDE_SENTENCE = 3


def _past_aside(lines: tuple[str, ...], used: set[int], i: int, title: str) -> list[int]:
    """The lines of the text that go on past a short aside at line ``i``: an article's
    intertitle ("Išskirtinė premjera", "Parçalı yıllar, parçalanan insanlar"), a paragraph of
    one short sentence ("Про це повідомляється на сайті фестивалю."), a photo's caption, up
    to two such lines and then a long paragraph of prose. The short sentences are kept, the
    intertitle and the caption left out, and the long paragraph ends the list; empty when no
    such paragraph follows, or when a line between is a label's or a fact's, furniture, an
    item of a numbered list ("2. ”Moonage daydream”"), a heading of films in the plural
    ("Other films this week") or one written again below (a list's), or the paragraph is a
    quotation, a notice, a list or furniture."""
    kept: list[int] = []
    steps = 0
    for j in range(i, min(len(lines), i + _ASIDE_REACH)):
        text = lines[j].strip()
        if not text:
            continue
        if _long(lines[j], j, used):
            return [*kept, j] if _goes_on(text, title) else []
        steps += 1
        if steps > _ASIDE_STEPS or not _aside_line(text, j, used):
            return []
        if any(line.strip() == text for line in lines[j + 1 :]):
            return []  # a heading written again below heads every entry of a list
        if _sentence(text, j, used, _ASIDE_SENTENCE):
            kept.append(j)
    return []


def _aside_line(text: str, j: int, used: set[int]) -> bool:
    """A short line a text may go on past: no label's or fact's line, furniture, numbered
    item, heading of another section or item ("Other news from the parish", "Related",
    "Lire aussi") or heading of films in the plural."""
    if j in used or fl.line_facts(text) is not None or is_noise(text[:300]):
        return False
    if re.match(r"\W*\d", text) or synopsiscues.other_heading(text):
        return False
    # a heading of films in the plural ("Other films this week") opens a list of others; a
    # sentence of the text may speak of films ("The club shows films from abroad.")
    return _sentence(text, j, used, _ASIDE_SENTENCE) or not synopsiscues.many_films(text)


def _goes_on(text: str, title: str) -> bool:
    """A long paragraph after an aside is the text's own: prose, no quotation, notice, list
    or furniture."""
    quoted = text[0] in '"“„«' and not _opens_with_a_quoted_name(text)
    return not (
        quoted or _bad_shape(text, title) or is_noise(text[:300]) or synopsiscues.is_notice(text)
    )


#: the most characters of the text above a heading or an aside that the synopsis opens with
_EARLIER_CHARS = 1_500
#: the most lines looked back over from the paragraph to that text (a block of credits between)
_EARLIER_LINES = 24


def _earlier_text(lines: tuple[str, ...], used: set[int], start: int, title: str) -> list[int]:
    """The paragraphs about the film that open the text above a short heading or aside over
    line ``start`` ("Godland the movie is a stunning …" / "The Story" / "An idealistic
    but naive young priest …", "X ist ein Spielfilm von …" / "Handlung" / "Die beiden …"): up
    to three short lines (the heading of the story or of the film, a line of its facts, a
    caption), and above them a text of prose from its first line, one of its paragraphs
    naming the film. The synopsis opens there and goes on past the heading (left out)."""
    aside, facts, top = 0, 0, None
    for i in _lines_above(lines, start - 1, max(-1, start - 1 - _EARLIER_LINES)):
        text = lines[i].strip()
        if (i in used and not _long(lines[i], i, set())) or fl.line_facts(text) is not None:
            facts += 1
            continue  # a line of the film's credits between its lede and its story
        if _long(lines[i], i, set()) or _sentence(text, i, set(), _CLOSING_WORDS):
            top = i
            break
        aside += 1
        if aside > _ASIDE_LINES or _words(text) > _ASIDE_WORDS or not _earlier_aside(text, title):
            return []
    if top is None or not (aside or facts):
        return []
    found = _text_above(lines, used, top, title)
    if not found or not _ends_sentence(lines[found[-1]]):
        return []  # a headline over the text, not a paragraph of it
    named = key(title) and any(key(title) in key(lines[i]) for i in found)
    return found if named else []


#: the marks that end a sentence in the scripts that write one ("।" Devanagari and Bengali,
#: "۔" Urdu, "։" Armenian, "።" Ethiopic, "။" Myanmar, "។" Khmer, "།" Tibetan), and the
#: closing quotation marks and brackets that may follow them
_SENTENCE_END = re.compile(rf"[{_STOPS}][\"”’»)\]」』]*\s*$")


def _ends_sentence(line: str) -> bool:
    """``line`` ends a sentence, or is written in a script that marks no end to its
    sentences (Thai, Lao): a text's paragraph, not a headline ("Premiere of X at the
    festival: guests on the show VIDEO")."""
    text = line.rstrip()
    return _SENTENCE_END.search(text) is not None or _UNSPACED.match(text[-1:]) is not None


def _line_of(value: str, lines: tuple[str, ...]) -> int | None:
    """The line a labelled synopsis opens on: the first line whose text opens its value (the
    label's own line when the value follows the label on it)."""
    head = value.strip().split("\n", 1)[0].strip()
    if not head:
        return None
    return next((i for i, line in enumerate(lines) if line.strip().startswith(head)), None)


def _earlier_aside(text: str, title: str) -> bool:
    """A short line between a text and the paragraph under it: no heading of another section
    or item, no furniture, no item of a numbered list."""
    return not (
        synopsiscues.other_heading(text) or is_noise(text[:300]) or re.match(r"\W*\d+[.)]", text)
    )


def _text_above(lines: tuple[str, ...], used: set[int], last: int, title: str) -> list[int]:
    """The paragraphs of prose that end at line ``last``, from the text's first line (a blank
    line or two between them); empty when they pass the size the synopsis opens with."""
    found: list[int] = []
    size = 0
    for i in _lines_above(lines, last, -1):
        text = lines[i].strip()
        if not _body_line(lines, i, used, _CLOSING_WORDS, title):
            break
        size += len(text)
        if size > _EARLIER_CHARS:
            return []
        found.insert(0, i)
    return found
