"""A page cut into units: a quotation, a paragraph, an attribution line, anything else.

A quotation opens with any quotation mark and closes where what follows is empty or an
attribution, possibly lines later; an outlet led by its name ("Variety – “…”") or glued to the
next text ("NRC'Een …") is split off; a line of stars or "fresh:" marks the next paragraph as a
review; headings open press blocks (the source after a closing mark is read by :mod:`.tail`).
:mod:`.join` then joins attributions to quotations.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from indexer import recache
from indexer.extract.pages.quotes import marks, prose
from indexer.extract.pages.quotes.datelines import is_date_line
from indexer.extract.pages.quotes.lang import (
    ACCORDING,
    COMMENT_HEADINGS,
    FIRST_PERSON,
    REVIEW_LINK,
    REVIEW_LINK_LEAD,
    REVIEW_WORDS,
    phrase_pattern,
)
from indexer.extract.pages.quotes.press import is_press_heading, names_critics
from indexer.extract.pages.quotes.tail import caseless_source, ditto, source_says, tail_who
from indexer.extract.pages.quotes.who import (
    DITTO,
    Who,
    is_person,
    known_outlet,
    outlet_evidence,
    outlet_name,
    parse,
    written_as_name,
)
from indexer.extract.pages.text import is_link_line, is_noise

QUOTE, BODY, WHO, OTHER = "quote", "body", "who", "other"
_CITATION = re.compile(r"^\s*(?:\d+\.\s*)?\^|\bRetrieved \d")
_DASH = re.compile(r"^\s*(?:--|[–—―~]|-(?=\s))\s*\S")
_TRAILING = re.compile(
    r"^(?P<text>.{20,}?[^\s~–—-])\s*(?:\s~|--|\s[–—―-]|[–—―](?=\s?[A-ZÀ-Ý]))\s*(?P<who>[^–—~]{2,80})$"
)
_AFTER_SENTENCE = re.compile(
    r"^(?P<text>.{30,}(?<!\b[A-Z])[.!?…])\s+(?P<who>[^.!?]{4,80}|\(?[\w-]{2,40}\.[a-z]{2,4}\)?"
    r"|(?:[A-ZÀ-Ý]\.\s?){1,2}[A-ZÀ-Ý][^.!?]{2,60})$"
)
_GLUED_MARK = re.compile(r"^(?P<who>[^\s\"“„«»‘'].{0,38}?)(?=[\"“„«»‘'][A-ZÀ-Ý])")
_GLUED_CASE = re.compile(r"^(?P<who>\w[\w .'’-]{0,38}?[a-zà-ÿ])(?=[A-ZÀ-Ý][a-zà-ÿ])")
_LEAD = recache.compile(
    rf"^(?P<who>[^\"“„«»‘'\s][^\"“„«»‘:★☆]{{1,58}}?)(?:\s+[–—-]|\s*:|\s+[{marks.STAR_SIGNS}]+\s*[:–—-]?"
    rf"|(?P<rating>\s+\(\s*(?:[{marks.STAR_SIGNS}]+|\d(?:[.,]\d)?\s*/\s*(?:5|10))\s*\)\s*[:–—-]?)|(?P<bare>))"
    r"\s+(?=[\"“„«»‘]|'[^\W\d_])"
)
_DIGIT = re.compile(r"\d")
#: the fewest words of a quotation whose opening mark the page lost
_MIN_UNOPENED = 8
#: a word for "according to" or "from" before a source leading its quotation: the name after
#: it is the source, no speaker's name in a dialogue
_ACCORDING_LEAD = re.compile(rf"^(?i:{phrase_pattern(ACCORDING) or '(?!)'})\s+\S")
_COMMENT_HEADINGS = frozenset(COMMENT_HEADINGS)
_LEAD_STARS = re.compile(rf"\s*[{marks.STAR_SIGNS}]+(?=\s*[:–—-]?\s*$)")
#: a source glued to a closing mark and to the next opening mark: "”Name, Outlet“"
_GLUED_SOURCE = re.compile(r"(?P<who>[^\W\d_][^\"“”„«»‘’]{1,80}?)(?<=[\w.)])(?=[\"“„«»‘][^\W\d_])")
#: the same with a space before the source: "“…” Première - Name “…”", "“…” Outlet“…”"
_SPACED_SOURCE = re.compile(
    r"\s+(?P<who>[^\W_][^\"“”„«»‘’]{1,80}?)(?<=[\w.)])\s*(?=[\"“„«»‘][^\W\d_])"
)
#: a source glued to the opening mark of the quotation after it: "Peter Bradshaw“…”"
_GLUED_LEAD = re.compile(r"^(?P<who>[^\W\d_][^\"“”„«»‘’:]{1,60}?)(?<=[\w.)])(?=[\"“„«»‘][^\W\d_])")
#: a sentence's end, a dash, a source and an opening mark glued to it: "… rich.—The Detroit News“"
_DASH_GLUED = re.compile(
    r"(?<=[.!?…])\s*[—–―]\s*(?P<who>[^\W\d_][^\"“”„«»‘’.!?—–]{1,60}?)(?<=[\w.)])(?=[\"“„«][^\W\d_])"
)
#: the headline of a linked review, its outlet after a dash ("‘Drive My Car’ Review: A Director
#: Takes Your Heart for a Spin- The New York Times")
_REVIEW_HEADLINE = re.compile(
    rf"(?<!\w)(?i:{phrase_pattern(REVIEW_WORDS)})\b.{{3,}}?\S\s?[-–—|]\s+(?P<o>[^-–—|]{{2,40}})$"
)
#: a list bullet, or a list dash before a quotation mark ("- 'Sublieme shots.' (Humo)")
_BULLET = re.compile(r"^(?:[•·▪►◦]\s*|[-–—]\s+(?=[\"“„«»‘'][^\W\d_]))")
#: a source written in lower case after a dash, read only in a press block ("à voir à lire")
_LOWER_SOURCE = re.compile(r"\s*[^\W\d_A-ZÀ-Ý][^\W\d_]*(?:[ '’.-][^\W\d_]+){0,3}\s*")
_SENTENCE = re.compile(r"\w\s+[^\W\d_A-ZÀ-ÝА-ЯΑ-Ω]\w*[.!?…]$")

_LABELLED = re.compile(r"^[^\W\d][\w .'’/-]{0,24}:\s")
#: a paragraph led by a periodical and the issue it is quoted from: "film-dienst 3/2006: …"
_ISSUE_LABEL = re.compile(r"^(?P<o>[^\W\d][\w .'’&-]{1,30}?),?\s+\d{1,2}/(?:19|20)\d\d\s*:\s+")
#: a paragraph led by its source and a dash or colon: "Anupama Chopra (NDTV) – The end …"
_SOURCE_LED = re.compile(r"^(?P<who>[^\W\d_][^–—:\"“„«]{3,60}?)\s*(?:\s[–—-]|:)\s+(?=\S)")
#: a score ending a review's paragraph: "… yourself – 2.5/5"
#: a score under a label glued to or set after a source: "Name (Outlet)Nota: 4"
_LABELLED_SCORE = re.compile(
    r"^(?P<who>[^\W\d_][^:]{3,80}?[\w.)])\s*(?:[-–—|,]\s*)?[^\W\d_]{2,15}\s?:\s*"
    r"\d{1,2}(?:[.,]\d)?(?:\s*/\s*\d{1,3})?\s*$"
)
#: a source in brackets ending a paragraph after a sentence's end or an ellipsis, glued or
#: not: "… vom Publikum gefeiert...(DIE ZEIT)"; a closing mark may follow the sentence's end
#: where the page left the quotation's opening mark out ("… one of the best.” (Name – Outlet)")
#: a paragraph that opens with a quotation whose opening mark the page left out, closed and
#: signed in brackets before the prose goes on: "One of the miracles of the cinema” (Name,
#: Outlet), Tokyo Story is usually cited as …"
_UNOPENED_HEAD = re.compile(
    r"^(?P<text>[^\"“„«»‘]{12,}?[^\s\"“„«»‘])[”\"»]\s*\((?P<who>[^()]{3,60})\)"
)
_BRACKET_END = re.compile(r"^(?P<text>.{20,}?[.!?…][\"”“»«’']?)\s*\((?P<who>[^()]{2,60})\)\s*$")
#: stars inside a line after a source and before the next quotation: "– De Telegraaf★★★ ‘…’"
_INNER_STARS = re.compile(r"(?<=[\w.)])\s*(?=[★☆✩✪⭐✭✮]{2,}\s*[\"“„«»‘'])")
#: an inline formatting tag left in a page saved as text ("<p><strong>“…” - <em>Time Out</em>")
_INLINE_TAG = re.compile(
    r"</?(?:p|strong|em|b|i|u|span|br|cite|blockquote|q|small|font|div)\b[^<>]{0,300}>",
    re.IGNORECASE,
)
#: a bracket opened after a quotation and cut off with the line: "“…” (Alexi"
_CUT_SOURCE = re.compile(r"\(\s*[^\W\d_][^()]{0,40}")
#: a title of one to four words in quotation marks inside a quotation: "as “EO,” whose"
_NESTED_TITLE = re.compile(
    r"(?<=\s)[“‘«„\"']\w[^“”‘’«»„\"'\s]*(?:\s[^“”‘’«»„\"'\s]+){0,3}[”’»“\"']"
)
_QUOTE_MARKER = re.compile(r"^\s*(?:>\s?)+(?=\S)")
_SCORE_END = re.compile(r"\s*[–—-]?\s*\d(?:[.,]\d)?\s*/\s*(?:5|10)\s*$")


#: two curly single marks typed for one double mark ("‘’…’’", "‘‘…’’"): opening before a word,
#: closing after one; not two straight ones, a wiki's italics ("''Title'' is a 1957 film")
_DOUBLED_OPEN = re.compile(r"(?<![\w'’‘])(?:‘’|‘‘|’’)(?=[\w…\[(])")
_DOUBLED_CLOSE = re.compile(r"(?<=[\w.,!?…)\]])(?:’’|‘’)(?![\w'’‘])")


def untagged(line: str) -> str:
    """``line`` without the inline formatting tags and character entities that a page saved
    as text may keep around a quote and its source ("<p>“…&hellip;” - <em>Time Out</em></p>"),
    and without the ">" that marks a block quote in marked-up text."""
    line = _QUOTE_MARKER.sub("", line)  # "> “…”" / "> — Name, Outlet": a marked-up block quote
    if "’’" in line or "‘’" in line or "‘‘" in line:
        line = _DOUBLED_OPEN.sub("“", _DOUBLED_CLOSE.sub("”", line))
    if "<" not in line and "&" not in line:
        return line
    return html.unescape(_INLINE_TAG.sub("", line))


@dataclass
class Unit:
    """One piece of the page: lines ``start``-``end``, its kind, its text and attribution."""

    start: int
    end: int
    kind: str
    text: str = ""
    who: Who | None = None
    how: str = ""  # where ``who`` came from: inline, tail, dash, header, after, before
    header: bool = False
    dash: bool = False
    rated: bool = False
    #: a verdict in words alone on the line above ("Fresh", "Top critic"; not stars, which
    #: may follow the quotation they rate)
    verdict: bool = False
    press: bool = False
    labelled: bool = False
    #: a source that may be a speaker's name ("Filmstarts: „…“"): kept only when its block
    #: vouches for it
    unsure: bool = False
    #: a paragraph of the page's synopsis: no source line under it need sign it
    told: bool = False
    #: a paragraph led by its source ("Name (Outlet) – …"): every quotation inside is theirs
    led: bool = False
    #: the headline of a linked review naming its outlet: it signs the quotations right above
    link: bool = False
    #: a critic's name glued to the start of the next text ("Thomas BodmerVater …")
    glued: bool = False


def cut(lines: tuple[str, ...], skip: set[int], press: set[int]) -> list[Unit]:
    """The units of ``lines``: ``skip`` lines are never read, ``press`` lines are in a press
    block (a press heading found here opens one too)."""
    found: list[Unit] = []
    in_press = rated = verdict = visitors = False
    i = 0
    while i < len(lines):
        raw = lines[i].strip()
        if not raw:
            i += 1
            continue
        if i not in skip and heading_text(raw) in _COMMENT_HEADINGS:
            visitors, in_press = True, False  # "User reviews": visitors rate what follows
        elif visitors and is_press_heading(raw):
            visitors = False
        lone = _lone_mark(raw, lines, i, skip)
        if lone is not None:
            lone.press, lone.rated, lone.verdict = in_press or i in press, rated, verdict
            rated = verdict = False
            found.append(lone)
            i = lone.end + 1
            continue
        if _score_over_source(raw, lines, i, skip):
            rated, verdict = True, False  # "• 100" / "Variety" / text: the critic's score
            found.append(Unit(i, i, OTHER, raw))  # and the end of the review above
            i += 1
            continue
        if _score_under_source(raw, lines, i, skip, found):
            rated = True  # "Variety" / "90" / text: the critic's score, between nothing
            i += 1
            continue
        if found and found[-1].kind == WHO and found[-1].end == i - 1 and _tucked_date(lines, i):
            i += 1  # "Name" / "Outlet" / "2023-11-20" / text: the review's date, between nothing
            continue
        if _furniture(raw, i, skip):
            in_press = in_press or is_press_heading(raw)
            verdict = bool(marks.RATING_ONLY.match(raw))
            rated = verdict or bool(marks.RATING.fullmatch(raw))
            if not rated:  # a rating alone marks what follows and stands between nothing
                found.append(Unit(i, i, OTHER, raw))
            i += 1
            continue
        last, raw = _wrapped(raw, lines, i, skip)
        read = _read(raw, lines, i, skip, found)
        if last > i and len(read) == 1 and read[0].end == i:
            read[0].end = last  # a paragraph wrapped over lines by hand, read as one
        for unit in read:
            unit.press = in_press or i in press
            unit.rated = (unit.rated or rated) and not (visitors and unit.who is None)
            unit.verdict = verdict
            if unit.press and unit.kind == BODY and unit.who is None:
                _press_led(unit)
        rated = verdict = False
        found.extend(read)
        i = read[-1].end + 1
    _led_runs(found, lines)
    return found


def _tucked_date(lines: tuple[str, ...], i: int) -> bool:
    """True for a line that only dates a review, set with no blank line between the source line
    above it and the text below it ("Jane Doe" / "The Daily" / "2023-11-20" / "…"): a part of
    the source block over that text, which stands between nothing (the caller checks that the
    line above is a source)."""
    return (
        0 < i < len(lines) - 1
        and bool(lines[i - 1].strip())
        and bool(lines[i + 1].strip())
        and is_date_line(lines[i])
    )


#: a paragraph led by its source and a dash, the dash glued to a closing bracket or spaced
_RUN_LED = re.compile(
    r"^(?P<who>[^\W\d_][^–—:\"“„«]{2,60}?)(?:\s*\s[–—-]|(?<=\))\s*[–—-])\s+(?=\S)"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: a critic with the outlet in brackets: "Name (Outlet)"
_NAME_BRACKET = re.compile(r"^(?P<name>[^()\d]{3,40}?)\s*\((?P<outlet>[^()\d]{2,40})\)$")


#: a line broken inside a sentence: it ends with a letter or a comma, no sentence's end
_BROKEN_END = re.compile(r"[^\W\d_],?$")
#: a line that goes on with the sentence above: a word in lower case, no list's bullet
_GOES_ON = re.compile(r"^[^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω]")


def _wrapped(raw: str, lines: tuple[str, ...], i: int, skip: set[int]) -> tuple[int, str]:
    """A paragraph wrapped by hand over lines with no blank line between them (a page saved
    as text with a fixed width: "… about children in peril and" / "the plight of …"): each
    line a long one broken inside its sentence, the next going on in lower case; the last line
    and the text of all joined. Scripts with no capitals are never joined."""
    last, text = i, raw
    while last + 1 < len(lines) and last + 1 not in skip and last not in skip:
        nxt = lines[last + 1].strip()
        current = lines[last].strip()
        if len(current) < 40 or not nxt or not _BROKEN_END.search(current):
            break
        if not _GOES_ON.match(nxt):
            break
        last, text = last + 1, f"{text} {nxt}"
    return last, text


def _led_runs(units: list[Unit], lines: tuple[str, ...]) -> None:
    """Paragraphs each led by its source and a dash, two or more one right under another
    ("Bande à part - Louise Courvoisier filme …" / "Les Inrocks - Il y a ici …", "Name
    (Outlet) – …"): a press round-up written without a heading, each lead the source of its
    paragraph. A lead is an outlet's name (no person's alone, no title in capitals) or a
    critic with the outlet in brackets; eight words or more after it, with no year among the
    first (a list of films, "Title - Un film di …, 2024. …"). A paragraph already read as led
    by its source (an outlet the catalogues know) belongs to the run too."""
    k = 0
    while k < len(units):
        end = k
        leads: list[tuple[Who, str]] = []
        while end < len(units) and (led := _run_lead(units[end])) is not None:
            if leads and units[end].start != units[end - 1].end + 1:
                break
            leads.append(led)
            end += 1
        if len(leads) >= 2:
            for unit, (who, rest) in zip(units[k:end], leads, strict=True):
                unit.text, unit.who, unit.how, unit.led = rest, who, "inline", True
        k = max(end, k + 1)


def _run_lead(unit: Unit) -> tuple[Who, str] | None:
    if unit.led and unit.who is not None:
        return unit.who, unit.text  # "The Guardian – …": led by an outlet the catalogues know
    if unit.kind != BODY or unit.who is not None:
        return None
    match = _RUN_LED.match(unit.text)
    if match is None:
        return None
    lead = match.group("who").strip()
    rest = unit.text[match.end() :].strip()
    if len(lead.split()) > 6 or lead.isupper() or marks.words(rest) < 8:
        return None
    if _YEAR.search(rest[:100]):
        return None  # "Wolf Man - Un film di Leigh Whannell. Horror, USA, 2025. …": a film list
    bracket = _NAME_BRACKET.match(lead)
    if bracket:
        return Who(bracket.group("name").strip(), bracket.group("outlet").strip(), True), rest
    who = parse(lead)
    if who is None or who.critic or who.outlet != lead or is_person(lead):
        return None
    return Who(None, lead, True), rest


#: marks, digits and brackets that end a heading
_HEADING_TAIL = re.compile(r"[\s:.\-–—|*#()\d]+$")


def heading_text(raw: str) -> str:
    """A heading line as the heading lists write it: lower case, no end punctuation."""
    return _HEADING_TAIL.sub("", raw.lower()).strip(" #*")


def _scored_source(text: str, rated: bool) -> tuple[str, bool]:
    """A source line with the critic's score after it under a label of any language ("Name
    (Outlet)Nota: 4", "Name, Outlet – Note : 3/5"): the source alone, marked as rated."""
    match = _LABELLED_SCORE.match(text)
    if match is None:
        return text, rated
    who = parse(match.group("who"))
    if who is None or not (who.critic and who.outlet):
        return text, rated
    return match.group("who"), True


def _lone_mark(raw: str, lines: tuple[str, ...], i: int, skip: set[int]) -> Unit | None:
    """A quotation whose opening mark stands alone on the line above it (a large decorative
    mark over a review: ``"`` / text): the text below, read as opened by that mark."""
    if len(raw) > 2 or raw[0] not in marks.OPENERS or i in skip:
        return None
    k = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k].strip()), None)
    if k is None or k in skip:
        return None
    text = lines[k].strip()
    if text[0] in marks.OPENERS or marks.words(text) < 6:
        return None
    unit = _quotation(raw[0] + text, lines, k, skip)
    if unit is None or unit.kind != QUOTE:
        return None
    unit.start = i
    return unit


def _score_under_source(
    raw: str, lines: tuple[str, ...], i: int, skip: set[int], before: list[Unit]
) -> bool:
    """True for a critic's score out of a hundred alone on a line right under a source line
    that names a critic or an outlet beyond doubt and right over a paragraph ("Variety" /
    "90" / text): a rating of that paragraph."""
    if i in skip or not marks.SCORE_ONLY.match(raw) or not before:
        return False
    above = before[-1]
    who = above.who
    if above.kind != WHO or above.end != i - 1 or who is None or not who.strong:
        return False
    if not (who.critic or outlet_evidence(who.outlet) >= 2):
        return False
    below = lines[i + 1].strip() if i + 1 < len(lines) else ""
    return i + 1 not in skip and marks.words(below) >= 6


def _score_over_source(raw: str, lines: tuple[str, ...], i: int, skip: set[int]) -> bool:
    """True for a critic's score out of a hundred alone on a line ("• 100") right over a
    source line that names a critic or an outlet beyond doubt ("The Hollywood Reporter"): a
    rating, like stars, of the review under that source; a number alone anywhere else is
    no rating."""
    if i in skip or not marks.SCORE_ONLY.match(raw):
        return False
    k = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k].strip()), None)
    if k is None or k in skip:
        return False
    text = lines[k].strip()
    if len(text.split()) > 8 or text[:1] in marks.OPENERS:
        return False
    who = parse(_continued(text, lines, k)[1])  # "• 80" / "Name" / "Outlet": one source
    return who is not None and who.strong and (bool(who.critic) or outlet_evidence(who.outlet) >= 2)


def _furniture(raw: str, i: int, skip: set[int]) -> bool:
    """True for a line no quote is read from: labelled credits, citations, page furniture
    (unless it is an attribution beyond doubt, "The Guardian August 2007"), headings, ratings
    alone, links to a whole review ("Eleştirinin tamamı için: Hurriyet")."""
    cited = raw[:1] in "^0123456789" or "Retrieved " in raw
    if i in skip or (cited and _CITATION.search(raw)) or is_press_heading(raw):
        return True
    if _critics_heading(raw):
        return True
    if marks.RATING_ONLY.match(raw) or marks.RATING.fullmatch(raw) or is_link_line(raw):
        return True
    if len(raw.split()) <= 12 and REVIEW_LINK_LEAD.match(raw) and raw[:1] not in marks.OPENERS:
        return True  # "A crítica completa está disponível no site A Tarde": a link
    if is_noise(raw):
        who = parse(raw)
        return not (who and who.strong and (who.critic or outlet_evidence(who.outlet) >= 2))
    return False


def _critics_heading(raw: str) -> bool:
    """True for a short line that speaks of the critics instead of naming one ("Passende
    Kritiken", "Selected reviews"): a heading over the quotes, no outlet of any of them."""
    text = raw.strip()
    if len(text.split()) > 4 or "://" in text or text[-1:] in ".!?…" or known_outlet(text):
        return False
    return names_critics(text)


def _read(
    text: str, lines: tuple[str, ...], i: int, skip: set[int], before: list[Unit]
) -> list[Unit]:
    text = _BULLET.sub("", text)
    glued = _glued(text, i, before)
    if glued:
        return [glued, *_read(text[len(glued.text) :].strip(), lines, i, skip, [*before, glued])]
    text, rated = marks.strip_rating(text)
    text, rated = _scored_source(text, rated)
    inner = _INNER_STARS.search(text)
    if inner:  # "‘…’ – De Telegraaf★★★ ‘…’ – NRC": a rating opens the next quote on the line
        head = _read(text[: inner.start()], lines, i, skip, before)
        for unit in head:
            unit.rated = unit.rated or rated
        return [*head, *_read(text[inner.start() :].strip(), lines, i, skip, [*before, *head])]
    signed = _signed_then_run(text, i) if "—" in text or "–" in text or "―" in text else None
    if signed:
        first, rest = signed
        return [first, *_read(rest, lines, i, skip, [*before, first])]
    run = _glued_run(text, i, _in_run(before, i))
    if run:
        first, rest = run
        first.rated = rated
        return [first, *_read(rest, lines, i, skip, [*before, first])]
    unit = (
        _glued_lead(text, lines, i, skip)
        or _led(text, lines, i, skip)
        or _quotation(text, lines, i, skip)
        or _unopened(text, lines, i, skip)
        or _attribution(text, lines, i)
        or _body(text, i)
    )
    unit.rated = rated
    return [unit]


def _signed_then_run(text: str, i: int) -> tuple[Unit, str] | None:
    """A paragraph signed after a dash and glued to the quotation that opens a run of them,
    where a page flattened its press block into one line ("… the rich.—The Detroit News“It's
    a nearly perfect film …” Arizona Republic“…”"): the paragraph with its source (one beyond
    doubt), and the rest of the line from the opening mark."""
    match = _DASH_GLUED.search(text)
    if match is None or marks.words(text[: match.start()]) < 8:
        return None
    who = parse(match.group("who"))
    if who is None or not (who.critic or who.strong):
        return None
    unit = Unit(i, i, BODY, text[: match.start()].strip(), who, "inline")
    return unit, text[match.end() :]


def _in_run(before: list[Unit], i: int) -> bool:
    """True when the unit read last is a quotation of line ``i`` signed between marks: what
    follows on the line goes on with the run."""
    last = before[-1] if before else None
    return last is not None and last.kind == QUOTE and last.start == i and last.how == "inline"


def _glued_run(text: str, i: int, chained: bool = False) -> tuple[Unit, str] | None:
    """The first of quotations run together on one line with their sources between them,
    where a page flattened its elements ("“…”Peter Bradshaw, The Guardian“…”Manohla Dargis,
    …", "“…” Première - Name “…” Outlet “…”"): the quotation with the source after its close,
    and the rest of the line from the next opening mark. A source set between spaces is a
    critic's name or an outlet beyond doubt, or any source once the run has begun
    (``chained``)."""
    mark = marks.opener(text)
    if mark is None:
        return None
    for k in marks.closes_at(text, mark):
        glued = _GLUED_SOURCE.match(text, k + 1)
        match = glued or _SPACED_SOURCE.match(text, k + 1)
        if match is None or marks.words(text[1:k]) < (2 if glued else 3):
            continue
        who = parse(match.group("who"))
        if who and (who.critic or who.strong or (chained and not glued)):
            unit = Unit(i, i, QUOTE, text[1:k].strip(), who, "inline")
            return unit, text[match.end() :]
    return None


def _glued_lead(text: str, lines: tuple[str, ...], i: int, skip: set[int]) -> Unit | None:
    """A quotation with its source glued before its opening mark ("Peter Bradshaw“…”",
    "The Guardian«…»"): a critic's name or an outlet beyond doubt."""
    match = _GLUED_LEAD.match(text)
    if match is None:
        return None
    who = parse(match.group("who"))
    if who is None or not (who.critic or who.strong):
        return None
    unit = _quotation(text[match.end() :], lines, i, skip)
    if unit is None or unit.kind != QUOTE or unit.who is not None:
        return None
    unit.who, unit.how = who, "inline"
    return unit


def _glued(text: str, i: int, before: list[Unit]) -> Unit | None:
    """An outlet glued to the start of the next text ("NRC'Een …", "de VolkskrantMartin …")
    after a quote that has no attribution yet."""
    if not before or before[-1].who is not None:
        return None
    if before[-1].kind == BODY:
        return _glued_critic(text, i, before[-1], any(u.glued for u in before[-6:]))
    if before[-1].kind != QUOTE:
        return None
    for pattern in (_GLUED_MARK, _GLUED_CASE):
        match = pattern.match(text)
        if match and len(match.group("who").split()) <= 4:
            who = parse(match.group("who"))
            if who and who.outlet and not who.critic:
                return Unit(i, i, WHO, match.group("who"), who)
    return None


def _glued_critic(text: str, i: int, above: Unit, run: bool = False) -> Unit | None:
    """A critic's name glued to the start of the next paragraph ("Thomas BodmerVater besucht
    …"), where a page flattened a review's signature and the next review into one line: it
    signs the paragraph above when that one is a finished review (twelve words or more, a
    sentence's end) and the rest of the line reads as text (three words or more; one will do
    after a name glued so signed a review above: ``run``). The name's last word has four
    letters or more: "Mac", "Di", "De" join inside names (MacDonald, DiCaprio)."""
    if marks.words(above.text) < 12 or above.text.rstrip(marks.CLOSING + " ")[-1:] not in ".!?…":
        return None
    match = _GLUED_CASE.match(text)
    if match is None:
        return None
    name = match.group("who")
    words = name.split()
    if len(words) > 4 or len(words[-1]) < 4 or not is_person(name):
        return None
    if marks.words(text[match.end() :]) < (1 if run else 3):
        return None  # after a name glued so before, any word: "Thomas BaurezGalleryo"
    return Unit(i, i, WHO, name, Who(name, None, True), dash=True, glued=True)  # as "– Name"


def _led(text: str, lines: tuple[str, ...], i: int, skip: set[int]) -> Unit | None:
    """A quotation led by its outlet on the same line ("Variety – “…”"); a rating in brackets
    may stand between them ("VPRO Cinema (★★★★) '…'"), or nothing but a space when the
    quotation runs to the line's end and the source is an outlet beyond doubt ("Variety
    '…'")."""
    match = _LEAD.match(text)
    if match is not None and match.group("rating"):
        lead = match.group("who").strip()  # "VPRO Cinema (★★★★)": the rating says it rates
        who = parse(lead)
        who = Who(who.critic, who.outlet, True) if who else None
    else:
        lead = _LEAD_STARS.sub("", match.group(0)).strip() if match else ""  # "Empire ★★★★★:"
        who = (prose.lead_in(lead.rstrip(" :")) if lead.endswith(":") else None) or (
            parse(lead) if match else None
        )
    if match is None or who is None:
        return None
    if match.group("bare") is not None and not _bare_lead(who, lead, text[match.end() :]):
        return None
    if _ACCORDING_LEAD.match(lead) and who.outlet and not who.critic:
        who = Who(None, who.outlet, True)  # "From The Movie Guide: “…”", "Selon X : «…»"
    unsure = ":" in match.group(0) and not (who.critic or who.strong)
    outlet = who.outlet or ""
    bare = bool(outlet) and outlet == lead.rstrip(" :")
    if unsure and (not bare or outlet.isupper() or is_person(outlet)):
        return None  # "NEIL: “…”", "Maria Rossi: “…”": dialogue; "Chris says:": read in prose
    unit = _quotation(text[match.end() :], lines, i, skip)
    if unit is None or unit.kind != QUOTE:
        return None
    if unit.who is not None:  # "Télérama : "…" [Louis Guichard]": an outlet before, a name after
        if unit.who is DITTO or not _halves(who, unit.who):
            return None
        who, unsure = who.merged(unit.who), False
    unit.who, unit.how, unit.unsure = who, "inline", unsure
    return unit


def _bare_lead(who: Who, lead: str, quoted: str) -> bool:
    """True when a source set before a quotation with no dash or colon between them ("Variety
    '…'") is one: the lead is an outlet beyond doubt and nothing else (not "Il Corriere
    parla di «…»", prose), and the quotation closes at the line's end (a film's title before
    its tagline names no outlet)."""
    mark = marks.opener(quoted)
    if mark is None or quoted.rstrip(" .")[-1:] not in marks.CLOSERS[mark]:
        return False
    last = lead.split()[-1]
    if who.critic or who.outlet != lead or not (last[:1].isupper() or "." in last):
        return False  # a name ends with a capitalised word or a domain, not "parla di"
    return outlet_evidence(who.outlet) >= 2


def _halves(lead: Who, after: Who) -> bool:
    """True when ``lead`` names only an outlet and ``after`` only a person, or the reverse."""
    if lead.outlet and not lead.critic:
        return bool(after.critic and not after.outlet and is_person(after.critic))
    return bool(lead.critic and not lead.outlet and after.outlet and not after.critic)


def _quotation(text: str, lines: tuple[str, ...], i: int, skip: set[int]) -> Unit | None:
    mark = marks.opener(text)
    if mark is None:
        return None
    closed = marks.close_in(text, mark, _tail_ok)
    if closed and _several(text, mark, closed):
        return None  # prose around quotations: '"…," said X in Y. … "…"'
    if closed:
        return _quote_unit(i, i, closed)
    if marks.closes_at(text, mark):
        return None  # a quoted title opening a sentence: «Un monde», tourné en …
    if _signed(text):
        return None  # "“… – Name, Outlet": the page left the quotation open, the line is signed
    parts = [text]
    blanks = 0
    for k in range(i + 1, min(len(lines), i + 12)):
        line = lines[k].strip()
        blanks = blanks + 1 if not line else 0
        if blanks > 2 or k in skip or (line and (line[0] in marks.OPENERS or _DASH.match(line))):
            break
        if not line:
            continue
        parts.append(line)
        closed = marks.close_in(" ".join(parts), mark, lambda tail: tail_who(tail) is not None)
        if closed and marks.closes_at(line, mark):
            return _quote_unit(i, k, closed)
    if marks.words(text) < 8:
        return None
    unit = _body(text, i)
    return Unit(i, i, QUOTE, marks.unquote(unit.text), unit.who, unit.how)


#: the marks whose closing one, left without its opening one, ends a quotation the page opened
#: nowhere: the closing mark and the opening one it closes
_UNOPENED = {"”": "“", "»": "«"}
#: the longest source read after such a close
_UNOPENED_TAIL = 80


def _unopened(text: str, lines: tuple[str, ...], i: int, skip: set[int]) -> Unit | None:
    """A quotation whose opening mark the page lost: a paragraph opening with no mark, whose
    last closing mark closes no opening one before it, and a source after that mark to the
    end of the line ("It is a movie made up of … intelligent film.”  The Guardian", "… of all
    American films…” Roger Ebert (24 November 1996)"). Read as if the paragraph opened it."""
    if not text or text[0] in marks.OPENERS or marks.words(text) < _MIN_UNOPENED:
        return None
    for close, open_ in _UNOPENED.items():
        at = text.rfind(close)
        tail = text[at + 1 :].strip() if at > 0 else ""
        if not tail or len(tail) > _UNOPENED_TAIL or any(c in marks.CLOSING for c in tail):
            continue  # "” Title “": a page that opens with the closing mark
        body = text[:at]
        if body.count(open_) != body.count(close) or any(
            mark in body
            for mark, closes in marks.CLOSERS.items()
            if close in closes and mark not in (open_, close)
        ):
            continue  # the close ends a quotation opened in the line ("„…“", "‘…”", "“…”")
        if tail_who(tail) is None:
            continue
        unit = _quotation(open_ + text, lines, i, skip)
        who = unit.who if unit is not None and unit.kind == QUOTE else None
        if who is None or not (who.critic or who.strong):
            return None
        if any(part and not part[0].isalnum() for part in (who.critic, who.outlet)):
            return None  # "(Name – Outlet)": read as the paragraph's signature instead
        return unit
    return None


def _tail_ok(tail: str) -> bool:
    """True for what may follow a quotation's close on its line: a source, a word saying the
    critic named before goes on, or a link to the whole review."""
    if _CUT_SOURCE.fullmatch(tail):
        return True  # "“…” (Alexi": a source in brackets that the page cuts off
    return ditto(tail) or bool(REVIEW_LINK.match(tail)) or tail_who(tail) is not None


def _signed(text: str) -> bool:
    """True when ``text`` ends with a source after a dash ("… – Name, Outlet", "… – سارة فاين ،
    ديلي ميل"): a quotation the page left open ends on its signed line."""
    match = _TRAILING.match(text)
    who = _dashed(match.group("who")) if match else None
    return bool(who and (who.critic or who.strong))


def _dashed(text: str) -> Who | None:
    """The source written after a dash at the end of a line; in a script without capitals,
    only a critic and an outlet around a comma ("سارة فاين ، ديلي ميل"): a dash inside a title
    or a sentence is no source."""
    who = parse(text)
    if who is None and (caseless := caseless_source(text)) and caseless.critic:
        return caseless
    return who


def _name_list(text: str) -> bool:
    """True for a list of names (a cast line: "Merlin Rose, Joel Basman, Ruby O. Fee"): three
    items or more, most of them names written in capitals."""
    items = [t.strip() for t in re.split(r"[,;/•·|]| and | und | et | y | e ", text) if t.strip()]
    named = [t for t in items if is_person(t) or all(w[:1].isupper() for w in t.split())]
    return len(items) >= 3 and 3 * len(named) >= 2 * len(items)


def _several(text: str, mark: str, closed: marks.Closed) -> bool:
    """True when what reads as one quotation holds several, with prose between them that
    names who wrote one of them ("“…” The New Yorker calls it “…”"), or one and a quoted
    source after it ("“…”, avalia o “Hollywood Reporter”.")."""
    if not any(c in closed.text for c in marks.CLOSERS[mark]):
        return False
    bare = _NESTED_TITLE.sub(" ", closed.text)
    if not any(c in bare for c in marks.CLOSERS[mark]):
        return False  # "“No movie … as “EO,” whose …” – Name": a title quoted inside
    spans = prose.prose_quotes(text)
    if not any(who for _, who, _ in spans):
        return False
    # '"…", avalia o "Hollywood Reporter".': one quotation long enough, then its source quoted
    return len(spans) > 1 or len(spans[0][0]) < len(closed.text) - 1


def _quote_unit(start: int, end: int, closed: marks.Closed) -> Unit:
    who = tail_who(closed.tail) if closed.tail.strip(" .,;:!?…") else None
    if who and _first_person(closed.text) and who == source_says(closed.tail):
        who = None  # "“I did this movie with anger,” Diwan said": a person's own statement
    if who is None and ditto(closed.tail):
        who = DITTO
    if who and re.match(r"^\s*(?:--|[–—―~(-])", closed.tail):
        who = Who(who.critic, who.outlet, True)  # a dash or bracket after the close is sure
    return Unit(start, end, QUOTE, closed.text, who, "inline" if who else "")


def _first_person(text: str) -> bool:
    """True when a quotation opens in the first person (among its first four words)."""
    return bool(FIRST_PERSON.search(" ".join(marks.unquote(text).split()[:4])))


def _attribution(text: str, lines: tuple[str, ...], i: int) -> Unit | None:
    if _DASH.match(text):
        end, joined = _continued(text, lines, i)
        who = parse(joined) or caseless_source(joined)
        return Unit(i, end, WHO, joined, who, dash=True) if who else None
    if len(text.split()) > 9 or marks.words(text) > 12:
        return _long_lead(text, i)
    who = parse(text)
    if who is None and text.endswith(":"):
        who = prose.lead_in(text.rstrip(" :"))  # "The NYT concludes with this:"
    if who is None or (not who.strong and _SENTENCE.search(text)):
        return None  # "Absurd and playful.": a short quote, not a source
    return Unit(i, i, WHO, text, who, header=text.rstrip().endswith(":"))


def _long_lead(text: str, i: int) -> Unit | None:
    """A longer sentence that introduces the quotation below it after a colon and names both
    the critic and the outlet ("I GP 21/9 skriver recensenten Hynek Pallas som ger filmen en
    4:", "In The Guardian, Mark Kermode gives it five stars and writes:"), or the critic alone
    when it calls the person a critic and a verb of writing or saying ends it ("After the
    premiere the critic Jane Doe wrote:")."""
    if not text.endswith(":") or len(text.split()) > 16:
        return None
    who = prose.lead_in(text.rstrip(" :"))
    if who is None or not who.critic:
        return None
    if not who.outlet and not prose.critic_says(text.rstrip(" :")):
        return None
    return Unit(i, i, WHO, text, who, header=True)


def _continued(text: str, lines: tuple[str, ...], i: int) -> tuple[int, str]:
    """A dash attribution that runs on over lines ending with a comma ("– Name," / "Outlet,"
    / "24 Mar 2006"), or a name then its outlet on the next line, joined."""
    end = i
    first, nxt = parse(text), lines[i + 1].strip() if i + 1 < len(lines) else ""
    second = parse(nxt) if nxt and not _DASH.match(nxt) and len(nxt.split()) <= 6 else None
    if (
        first
        and first.critic
        and not first.outlet
        and second
        and second.outlet
        and not second.critic
    ):
        return i + 1, f"{text.rstrip(',')}, {nxt}"
    while text.rstrip().endswith(",") and end + 1 < len(lines):
        nxt = lines[end + 1].strip()
        if not nxt or len(nxt.split()) > 6 or nxt[0] in marks.OPENERS:
            break
        text, end = f"{text} {nxt}", end + 1
    return end, text


def _body(text: str, i: int) -> Unit:
    if marks.words(text) < 3 or _name_list(text):
        return Unit(i, i, OTHER, text)
    led = _source_led(text, i)
    if led:
        return led
    headline = _REVIEW_HEADLINE.search(text) if len(text) <= 160 else None
    named = headline.group("o").strip() if headline else ""
    if named and outlet_name(named) == named and outlet_evidence(named) >= 2:
        return Unit(i, i, WHO, text, Who(None, named, True), link=True)
    issue = _ISSUE_LABEL.match(text)
    if issue and marks.words(text[issue.end() :]) >= 6:
        return Unit(i, i, BODY, text[issue.end() :], Who(None, issue.group("o"), True), "inline")
    match = _UNOPENED_HEAD.match(text)
    who = parse(match.group("who")) if match else None
    if match and who and ((who.critic and who.outlet) or _sure(who.outlet)):
        return Unit(i, i, BODY, match.group("text"), who, "inline")
    match = _BRACKET_END.match(text)  # before a dash inside the brackets is read as one
    who = parse(match.group("who")) if match else None
    if match and who and who.outlet and (who.critic or outlet_evidence(who.outlet) >= 2):
        said = marks.unquote(match.group("text"))  # "… the best.” (Name – Outlet)"
        return Unit(i, i, BODY, said, who, "inline")  # "… gefeiert...(DIE ZEIT)"
    match = _TRAILING.match(text)
    if match:
        who = _dashed(match.group("who"))
        if who and marks.words(match.group("text")) >= (
            2 if _verdict(match.group("text"), who) else 4
        ):
            return Unit(i, i, BODY, match.group("text"), who, "inline")
        if _LOWER_SOURCE.fullmatch(match.group("who")) and match.group("text")[-1] in ".!?…":
            who = Who(None, match.group("who").strip(), False)  # "… de cinéma. - à voir à lire"
            return Unit(i, i, BODY, match.group("text"), who, "tail")
    match = _AFTER_SENTENCE.match(text)
    if match and REVIEW_LINK.match(match.group("who")):
        return Unit(i, i, BODY, match.group("text"))  # "… sublime. Leer más…": a link, no source
    if match:
        who = parse(match.group("who"))
        if who and who.critic and who.outlet:
            return Unit(i, i, BODY, match.group("text"), who, "inline")
        if who and who.critic and match.group("who").endswith(",") and is_person(who.critic):
            who = Who(who.critic, None, True)  # "… this year. Leonard Maltin,": a signature
            return Unit(i, i, BODY, match.group("text"), who, "inline")
        if who and len(match.group("who").split()) <= 4 and written_as_name(match.group("who")):
            return Unit(i, i, BODY, match.group("text"), who, "tail")  # "… schön. Die Zeit"
    label = _LABELLED.match(text)
    who = parse(label.group(0)) if label and not _DIGIT.search(label.group(0)) else None
    rest = text[label.end() :] if label else ""
    prose_like = marks.words(rest) >= 6 or rest.rstrip(marks.CLOSING + " ")[-1:] in ".!?…"
    if label and who and (who.critic or outlet_evidence(who.outlet) >= 2) and prose_like:
        return Unit(i, i, BODY, rest, who, "inline")  # "The Guardian: An …"
    return Unit(i, i, BODY, text, labelled=bool(label))


def _sure(outlet: str | None) -> bool:
    """True for an outlet beyond doubt that is no person's name."""
    return bool(outlet) and outlet_evidence(outlet) >= 2 and not is_person(outlet or "")


def _verdict(text: str, who: Who) -> bool:
    """True for a short verdict signed by a critic and an outlet after a dash on its line
    ("Predivno zaokružena priča. – Jay Weissberg, Variety"): a sentence, however short."""
    return bool(who.critic and who.outlet) and text.rstrip(marks.CLOSING + " ")[-1:] in ".!…"


def _press_led(unit: Unit) -> None:
    """A paragraph of a press block led by an outlet's name and a dash or colon ("Quinlan.it -
    Tratto dal romanzo omonimo …"): under a press heading, any name of up to four words that
    reads as an outlet's, not a person's, leads its review; eight words or more after."""
    match = _SOURCE_LED.match(unit.text)
    if match is None or len(match.group("who").split()) > 4:
        return
    lead = match.group("who").strip()
    who = parse(lead)
    if who is None or who.critic or who.outlet != lead or lead.isupper():
        return
    rest = _SCORE_END.sub("", unit.text[match.end() :])
    if marks.words(rest) < 8 or is_person(lead):
        return
    unit.text, unit.who, unit.how, unit.led = rest, Who(None, lead, True), "inline", True


def _source_led(text: str, i: int) -> Unit | None:
    """A review's paragraph led by its critic and outlet after a dash or colon ("Anupama Chopra
    (NDTV) – The end result is …", "Name, Indian Express: …"): both named, the outlet beyond
    doubt (not "Tom Hanks (Forrest) – …", an actor and his part), or an outlet alone that the
    quote catalogues know ("The Guardian – …"); eight words or more after."""
    match = _SOURCE_LED.match(text)
    if match is None:
        return None
    who = parse(match.group("who"))
    if who is None or outlet_evidence(who.outlet) < 2:
        return None
    if not who.critic and not (known_outlet(who.outlet or "") and match.group("who") == who.outlet):
        return None  # "The Guardian – A gripping …": an outlet the catalogues know, alone
    if match.group("who").isupper():
        return None  # "THAT'S A WRAP - Poster…": a title in capitals
    rest = _SCORE_END.sub("", text[match.end() :])
    if marks.words(rest) < 8:
        return None
    return Unit(i, i, BODY, rest, Who(who.critic, who.outlet, True), "inline", led=True)
