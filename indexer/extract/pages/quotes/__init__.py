"""Critics' quotes on a film page and who wrote them.

A quote has two parts that pages place in many ways: the *quotation* (a line or several
opened and closed by any national quotation marks, ``"…"``, ``“…”``, ``„…“``, ``«…»``,
``»…«``, ``‘…’``; an unquoted paragraph in a press block; a passage inside prose) and its
*attribution* (a critic, an outlet or both). The attribution may follow the closing mark on
the same line, stand on the line after (``— Name, Outlet``, ``(Outlet)``, the outlet alone,
``Name (Outlet)``) or end its paragraph (a person's name alone), head the quote (``20 Minutes
par Caroline Vié``, ``Peter Bradshaw:``), or be written into the prose (``Penelope Gilliat
observed, “…”``, ``The Guardian closes with this: "…"``, ``"…," said Name in Outlet``, the
review's later phrases in that paragraph given to the same critic). A quotation that the
page's last line opens and the cut of the page leaves open is closed there. Star ratings before a
quote are dropped; a line that counts the reviews ("4 recensioner") opens a press block like
a heading. The pieces: :mod:`.marks`
(quotation marks), :mod:`.who` (what a critic's and an outlet's name look like), :mod:`.units`
(the page as quotations, paragraphs and attribution lines), :mod:`.wrapped` (a quotation
wrapped over lines, signed under its last), :mod:`.tail` (the source
written after a closing mark), :mod:`.join` (which attribution
belongs to which quotation), :mod:`.press` (headings over press quotes), :mod:`.prose` (quotes
inside sentences), :mod:`.subject` (the subject of a verb-final sentence before a quotation,
"영화 전문 매체 CBR은 "…"고 극찬했다"), :mod:`.speech` (quotations handed to their sources
by "respectively" or a speech dash), :mod:`.kindlead` (a critic and outlet named through a
word for the outlet's kind in a script without capitals, "Name منتقد خبرگزاری Outlet نوشت:"),
:mod:`.shapes` (the general reader of a sentence's shapes, asked after the others: the
clause of a verb of saying, a role word or "according to" beside a quotation, read in any
order), :mod:`.blocks` (a press block vouches for the quotes that share the layout of its others),
:mod:`.slots` (a run of quotations in one repeated layout, each signed by its own period's
slots),
:mod:`.critics` (a critics' list of excerpts under their sources, with no heading),
:mod:`.dated` (a critics' list of excerpts each over its date), :mod:`.furniture` (a line
of page furniture under a paragraph, a quotation amid a news story's prose) and :mod:`.lang`
(the words of every language, from the language modules of :mod:`indexer.lang`, and the words
of outlets' names).

Not quotes: lists of names (a cast line), dialogue (``Name: line``), taglines (under a tagline
heading, or a quoted line of fewer than six words with no attribution), statements introduced
by "saying:" or spoken in the first person (a short first-person word read in the page's
language or the passage's: "je" is "is" in Croatian), an unsigned passage in prose with no
word for a critic or the press near it (a statement the news reports: "“…,” said the director"), a
heading over a paragraph, a paragraph over a line of the page's furniture ("Programme Type:
Film", "QUANDO", the page's own publication), three unsigned paragraphs in a row (an article,
under a press heading too), an unsigned quotation beside a paragraph of a news story's prose,
a title quoted in prose or on its own line, a short headline beside a label ("… - VIDEO"), and
visitors' comments (under a comments heading followed by a dated line, next to "Reply" or a
posting time).
"""

from __future__ import annotations

import re

from indexer import recache
from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.blocks import blurbs, followers, quote_blocks
from indexer.extract.pages.quotes.columns import (
    articled,
    critics_alone,
    outlets_alone,
    outlets_by_company,
    repeated_units,
    surnames_alone,
)
from indexer.extract.pages.quotes.critics import headed_excerpts
from indexer.extract.pages.quotes.dated import dated_excerpts
from indexer.extract.pages.quotes.furniture import amid_prose, unsign_furniture
from indexer.extract.pages.quotes.join import pair
from indexer.extract.pages.quotes.lang import (
    COMMENT_HEADINGS,
    COMMENT_MARKS,
    CRITIC_ROLES,
    FIRST_PERSON,
    OUTLET_ANAPHORA,
    OUTLET_ARTICLES,
    OUTLET_KINDS,
    OWN_CRITIC,
    PRESS_WORDS,
    SPEECH_VERBS,
    TAGLINE_HEADINGS,
    page_language,
    phrase_pattern,
    whole_phrases,
)
from indexer.extract.pages.quotes.marked import marked_outlets
from indexer.extract.pages.quotes.prose import (
    SPEECH_VERB,
    Found,
    announcing_source,
    filmmaker_titled,
    one_outlet,
    outlet_near,
    owned_role,
    prose_quotes,
)
from indexer.extract.pages.quotes.reported import colon_clause, reported_clause
from indexer.extract.pages.quotes.runs import whole_reviews
from indexer.extract.pages.quotes.slots import periodic_slots
from indexer.extract.pages.quotes.speech import dash_speech, interjected
from indexer.extract.pages.quotes.strips import press_strip
from indexer.extract.pages.quotes.uncased import name_lines
from indexer.extract.pages.quotes.units import BODY, QUOTE, Unit, cut, heading_text, untagged
from indexer.extract.pages.quotes.who import (
    DITTO,
    Who,
    bylined,
    is_person,
    known_outlet,
    names_outlet_before,
    outlet_evidence,
    outlet_name,
    page_outlets,
    parse,
    played,
)
from indexer.extract.pages.quotes.wrapped import wrapped
from indexer.extract.pages.scripts import CJK
from indexer.extract.pages.text import literal_then
from indexer.normalize import key

__all__ = ["QuoteFound", "complete_critic", "find_quotes"]

QuoteFound = tuple[str, str | None, str | None]
_COMMENT_HEADINGS = frozenset(COMMENT_HEADINGS)
_TAGLINE_HEADINGS = frozenset(TAGLINE_HEADINGS)
_SAYING = re.compile(r"(?:saying|says|said|stated|declared|explained)\s*:\s*$", re.IGNORECASE)
_DATED = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\bago\b")
_PRESS_WORD = re.compile(r"\b(?:critics?|press|reviews?|reviewers?)\b", re.IGNORECASE)
#: a verb of reporting right before a quotation in a script written without spaces
#: ("被媒体称作“…”"), where no name can be told by its capitals
_CJK_VERBS = tuple(v for v in SPEECH_VERBS if re.search(r"[\u3040-\u9fff]", v))
_CJK_VERB = re.compile(rf"(?:{phrase_pattern(_CJK_VERBS) or '(?!)'})[\s:：，,]*$")
_SPEECH_DASH = re.compile(r"^[-–—]\s+")
_HOST = re.compile(r"^\w+://(?P<host>[^/\s:]+)")
_OWN_CRITIC = recache.compile(whole_phrases(OWN_CRITIC))
#: a critic's role word ("criticus", "reviewer"): a paragraph that speaks of critics
_CRITIC_WORD = recache.compile(whole_phrases(CRITIC_ROLES))
#: a word for a critic, a kind of publication or the press ("Kritiker", "magazine", "媒体"):
#: a word of its own in scripts that space words, anywhere in those that do not ("被媒体称作")
_PRESS_TERMS = (*CRITIC_ROLES, *OUTLET_KINDS, *OWN_CRITIC, *PRESS_WORDS)
_UNSPACED = re.compile(rf"[{CJK}]")
_SPACED_TERMS = whole_phrases(tuple(w for w in _PRESS_TERMS if not _UNSPACED.search(w)))
_UNSPACED_TERMS = phrase_pattern(tuple(w for w in _PRESS_TERMS if _UNSPACED.search(w)))
_PRESS_CONTEXT = recache.compile(rf"{_SPACED_TERMS}|{_UNSPACED_TERMS or '(?!)'}")
_SENTENCE_END = re.compile(r"[.!?。！？]\s|[.!?。！？]$|\n")
_CAPITAL_RUN = re.compile(r"(?:[A-ZÀ-Ý][\w.&’'-]*[ \t]?){1,6}")
#: a person's name written in capitals, an initial allowed: "BEATRIZ MARTÍNEZ", "Q. CASAS"
_CAPITALS_NAME = re.compile(r"(?:[A-ZÀ-Ý]\.\s?)?[A-ZÀ-ÝÑ'’-]{2,}(?:\s[A-ZÀ-ÝÑ'’-]{2,}){0,3}")
_QUOTED_NAME = re.compile(r"[\"“„«]((?:[A-ZÀ-Ý][\w.&’'-]*\s?){1,5})[\"”“»]")


def find_quotes(
    lines: tuple[str, ...],
    skip: set[int],
    press: set[int],
    url: str | None = None,
    synopsis: str = "",
    language: str | None = None,
) -> list[QuoteFound]:
    """Every critic's quote in ``lines`` as (text, critic, outlet); ``skip`` holds lines that
    carry labelled credits, ``press`` lines inside a press-quotes block; ``url`` is the page's
    address (its own critic's review is its publication's); ``synopsis`` is the page's
    synopsis, whose paragraphs are no critic's quotes unless signed on their own line;
    ``language`` is the page's (ISO 639-1), in which its first-person words are read."""
    with page_language(language), page_outlets(marked_outlets(lines)):
        return _find_quotes(lines, skip, press, url, synopsis)


def _find_quotes(
    lines: tuple[str, ...], skip: set[int], press: set[int], url: str | None, synopsis: str
) -> list[QuoteFound]:
    lines = _closed_at_cut(tuple(untagged(line) for line in lines))  # "<p><b>“…”</b></p>"
    units = name_lines(cut(lines, skip, press))
    _told(units, synopsis)
    pair(units, lines)
    units = wrapped(units)  # "16mmフィルムが切り取る、" / "光、音、小さな瞬間。" / "―Variety"
    unsign_furniture(units, lines, url)  # "…" / "Programme Type: Film"
    units = whole_reviews(units, lines)
    _headlines(units)
    _signed_in_capitals(units)
    _outlets_first(units, lines)
    outlets_alone(units)  # "…" / "The Guardian", "…" / "Mogiz Tahecenat": an outlet too
    critics_alone(units)  # "…" / "(Pablo Vázquez)", "…" / "(MariFG)": a critic too
    dated = dated_excerpts(units, lines)  # "…" / "| Original Score: 4/5 | May 15, 2024"
    dated |= periodic_slots(units, lines)  # "Outlet, date" / "„…”" / "Name", three or more
    vouched = dated | followers(units, lines, lambda unit: _accepted(unit, lines))
    listed = blurbs(units, lines, lambda unit: _accepted(unit, lines))
    vouched |= headed_excerpts(units)  # "• 100" / "Slant Magazine" / "…", three or more
    vouched |= repeated_units(units)  # "• 100" / "Mogiz Tahecenat" / "…", three or more
    article = _article(units)
    amid = amid_prose(units, lines)  # a news story's "…" between its paragraphs
    found: list[QuoteFound] = []
    marked = [i for i, line in enumerate(lines) if COMMENT_MARKS.search(line.strip())]
    comments = next(
        (i for i, line in enumerate(lines) if _comments_heading(line) and _posted_below(lines, i)),
        len(lines),
    )
    page = "\n".join(lines)
    # "Name from Outlet writes, …" read once beyond doubt vouches for the page's others
    round_up = any(u.kind == BODY and reported_clause(u.text, inside=False) for u in units)
    run = _DashRun()
    carried = _Carried()
    for n, unit in enumerate(units):
        if unit.start > comments:
            break
        if unit.kind in (QUOTE, BODY) and (strip := press_strip(unit.text)):
            found.extend(_as_found(text, who) for text, who in strip)  # "… ★★★★☆ - Outlet …"
            continue
        carried.give(unit, n, units, lines, len(found))
        if run.units and n != run.next:
            found.extend(run.flush(None))
        if run.takes(unit, n, units, found):
            continue
        if id(unit) in listed:
            found.append((unit.text.strip(), None, None))  # "Hugely rewarding." in a press run
            continue
        if unit.kind not in (QUOTE, BODY) or _comment(marked, unit) or _spoken(unit, lines, page):
            continue
        if unit.kind == QUOTE and unit.who in (None, DITTO):
            unit.who = _announced(units, n, lines) or unit.who  # "Berlingskes anmelder …" / "»…«"
        if unit.who == DITTO:
            unit.who = _last_named(found)  # "„…” - czytamy": the critic named before
        if unit.kind == QUOTE and unit.who is None and (inside := interjected(unit.text)):
            unit.who, unit.how = inside, "inline"  # "“… – scrive Name – …”"
        spoken = dash_speech(unit.text) if unit.kind == BODY and unit.who is None else None
        if spoken and not FIRST_PERSON.search(spoken[0]):
            text, who = spoken  # "– …, siger Name": the words as written, marks and all
            found.extend(run.flush(who, n))
            found.append((text, who.critic, run.outlet or who.outlet))
            continue
        spans = _signed_last(prose_quotes(unit.text), unit) if unit.kind == BODY else []
        told = reported_clause(unit.text, round_up) if unit.kind == BODY and not spans else None
        if told is None and unit.kind == BODY and not spans:
            told = colon_clause(unit.text)  # "… Name of Outlet wrote: This casual …"
        if told and unit.who is None:
            found.append(_as_found(*told))  # "Name from Outlet writes, the film is …"
            carried.note(unit, n, found)
            continue
        spans = [_own_review(span, lines, url, unit.text) for span in spans]
        if any(w == DITTO and not ld.strip() for _, w, ld in spans):
            opening = _announced(units, n, lines, ditto=True)  # "»…«, skriver anmelderen."
            spans = [
                (t, opening or w if w == DITTO and not ld.strip() else w, ld) for t, w, ld in spans
            ]
        spans = [(t, _last_named(found) if w == DITTO else w, ld) for t, w, ld in spans]
        colon = colon_clause(unit.text) if unit.kind == BODY and spans and not unit.who else None
        if colon is not None and not any(colon[0].startswith(t[:30]) for t, _, _ in spans):
            spans.append((colon[0], colon[1], ""))  # "… the 'gorgeous film', Name wrote: …"
        if unit.led:  # "Name of Outlet: A “…” and adds “…”": the leading source's words
            spans = [(text, who or unit.who, lead) for text, who, lead in spans]
        if unit.kind == BODY and any(who for _, who, _ in spans):
            found.extend(
                _as_found(text, who) for text, who, lead in spans if _kept(text, who, lead)
            )
        elif (
            _accepted(unit, lines)
            and id(unit) not in article
            and not (unit.who is None and id(unit) in amid)
        ) or id(unit) in vouched:
            found.append(_as_found(unit.text, unit.who))
        else:
            found.extend(
                _as_found(text, who)
                for text, who, lead in spans
                if _kept(text, who, lead, unit.text)
            )
        carried.note(unit, n, found)
    found.extend(run.flush(None))
    found = [(t, None, c) if not o and _outlet_as_critic(c) else (t, c, o) for t, c, o in found]
    found = [(t, None, a) if not o and (a := articled(c, page)) else (t, c, o) for t, c, o in found]
    found = [(t, *_possessed_outlet(c, o)) for t, c, o in found]
    found = [(t, None, c) if _outlet_led(c, o) else (t, c, o) for t, c, o in found]
    found = _with_outlets(_one_critic_per_outlet(_dedupe(found), lines), page)
    found = [(t, c, o or (_dated_heading(t, lines) if c else None)) for t, c, o in found]
    found = [(t, c, o) for t, c, o in found if not filmmaker_titled(c)]  # "Director Jane Doe"
    found = surnames_alone(found)  # "– Crowther" beside "Bosley Crowther, New York Times"
    found = outlets_by_company(found, page)  # "– Mogiz Tahecenat" beside "– The Guardian"
    return _one_critic_per_outlet(found, lines)  # the outlets found beside critics too


#: a capitalised article of three letters or more and two words after it ("The Filme
#: Stage", "Los Angeles Times"): an outlet's name, not a person's
_ARTICLE_LED = re.compile(
    rf"(?:{'|'.join(a.title() for a in OUTLET_ARTICLES if len(a) >= 3)})\s+\S+\s+\S"
)
#: a word of four letters or more: a name that is more than initials ("T.V.", "MMJ")
_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _outlet_as_critic(name: str | None) -> bool:
    """True for a source read as a critic alone whose name is an outlet's: led by a
    capitalised article ("The Filme Stage"), or written with an outlet's word, a web address
    or a cited outlet's name ("Franceinfo Culture", "Rolling Stone"), beyond initials."""
    if not name or _ARTICLE_LED.match(name):
        return bool(name)
    return bool(_LONG_WORD.search(name)) and outlet_evidence(name) >= 2


def _outlet_led(critic: str | None, outlet: str | None) -> bool:
    """True for a critic read as a longer name that opens with the outlet read beside it
    ("Time Out London" beside "Time Out"): the whole name is the outlet's, no person's."""
    if not critic or not outlet or len(outlet) < 4:
        return False
    return critic.startswith(outlet + " ") and not is_person(outlet)


#: a name in the genitive before another: "A.O. Scott’s New York Times"
_POSSESSED = re.compile(r"^(?P<critic>[^’']+?)[’']s\s+(?P<outlet>\S.*)$")
_INITIALS = re.compile(r"(?:[A-ZÀ-Ý]\.\s?){1,3}")


def _possessed_outlet(critic: str | None, outlet: str | None) -> tuple[str | None, str | None]:
    """The critic and outlet of a source read as an outlet that opens with a person's name in
    the genitive ("A.O. Scott’s New York Times": the critic, then the outlet), the critic read
    as that name's initials alone or as nobody."""
    owned = _POSSESSED.match(outlet or "")
    if owned is None or (critic and not _INITIALS.fullmatch(critic)):
        return critic, outlet
    name = f"{critic} {owned.group('critic')}" if critic else owned.group("critic")
    return (name, owned.group("outlet")) if is_person(name) else (critic, outlet)


def _closed_at_cut(lines: tuple[str, ...]) -> tuple[str, ...]:
    """``lines`` with the quotation that the page's last line opens and the cut of the page
    leaves open closed at the end of that line ("…, tweeted: “Joyland, the first Pakistani
    fea"): the words a source clause announces, however few the page kept."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), -1)
    if last < 0:
        return lines
    return (*lines[:last], marks.closed_at_cut(lines[last]), *lines[last + 1 :])


def _announced(
    units: list[Unit], n: int, lines: tuple[str, ...], ditto: bool = False
) -> Who | None:
    """The source that the paragraph right before a quotation opening its own paragraph
    announces, in a press round-up that names each outlet before quoting it ("Det mener Ekstra
    Bladets anmelder, som giver filmen fem stjerner." / "»…«"; "In Politiken the reviewer
    praises the cast." / "»…«, skriver anmelderen"): an outlet in the genitive before a critic's
    role, or the one outlet of a paragraph that speaks of a critic; None when that paragraph
    quotes anyone itself, or is far above. With ``ditto`` (the quotation's own clause says
    only that a critic wrote it: "»…«, skriver anmelderen"), a short paragraph's one outlet
    is enough ("Også Berlingske kvitterer med fem stjerner." / "»…«, skriver anmelderen")."""
    prev = units[n - 1] if n > 0 else None
    if prev is None or prev.kind != BODY or prev.who is not None:
        return None
    if sum(1 for k in range(prev.end + 1, units[n].start) if not lines[k].strip()) > 2:
        return None
    if any(w for _, w, _ in prose_quotes(prev.text)):
        return None
    if owned := owned_role(prev.text):
        return owned
    if _CRITIC_WORD.search(prev.text) and (outlet := one_outlet(prev.text)):
        return Who(None, outlet, True)
    short = marks.words(prev.text) <= _SHORT_ANNOUNCEMENT
    if ditto and short and not FIRST_PERSON.search(units[n].text) and (o := one_outlet(prev.text)):
        return Who(None, o, True)
    if FIRST_PERSON.search(units[n].text):
        return None  # "Juror Jane Doe presented the award, saying:" / "“We are …”": a statement
    above = units[n - 2] if n > 1 else None
    if above is not None and above.kind == BODY and above.end + 1 == prev.start:
        return announcing_source(f"{above.text}\n{prev.text}")  # the critic named just above
    return announcing_source(prev.text)  # "The Guardian's critic wrote:" / "“…”"


#: the most words of a paragraph whose one outlet a quotation signed "the reviewer writes"
#: under it is taken to be
_SHORT_ANNOUNCEMENT = 20

#: how many unsigned paragraphs in a row make an article rather than a press block's quotes
_ARTICLE_RUN = 3


def _article(units: list[Unit]) -> set[int]:
    """The ids of the paragraphs that stand in a run of three or more paragraphs with no
    source, no quotation, attribution line or heading between them: an article (the page's own
    review, a news story, a synopsis) that a press heading above it cannot make a set of
    critics' quotes, which a press block parts with their sources, dates or ratings."""
    out: set[int] = set()
    run: list[Unit] = []
    for unit in [*units, Unit(0, 0, QUOTE)]:
        if unit.kind == BODY and unit.who is None:
            run.append(unit)
            continue
        if len(run) >= _ARTICLE_RUN:
            out.update(id(u) for u in run)
        run = []
    return out


def _one_critic_per_outlet(found: list[QuoteFound], lines: tuple[str, ...]) -> list[QuoteFound]:
    """Quotes of an outlet with no critic, given the one critic that the same paragraph names
    for the same outlet ("Volgens Deadline is het een “…”. Recensent Jane Doe vindt het “…”"):
    a paragraph that reports one review names its critic once, and so does the paragraph
    right before it ("O autor, Jay Weissberg, definiu “…”" / "“…”, diz a “Variety”"). Two
    critics of the outlet named there, or none, leave them as they are."""
    where = [_line_of(text, lines) for text, _, _ in found]
    out: list[QuoteFound] = []
    for n, (text, critic, outlet) in enumerate(found):
        if outlet and not critic and where[n] >= 0:
            named = {
                c
                for m, (_, c, o) in enumerate(found)
                if m != n and c and o == outlet and 0 <= where[n] - where[m] <= 2
            }
            critic = named.pop() if len(named) == 1 else None
        out.append((text, critic, outlet))
    return out


def _dated_heading(text: str, lines: tuple[str, ...]) -> str | None:
    """The outlet that a dated line of its own names right above the paragraph holding
    ``text`` ("Polityka (Poľsko), 02.03.2009" over "Podľa Name … “…”"): a press review that
    heads each critic's paragraph with the outlet and the date."""
    at = _line_of(text, lines)
    before = [i for i in range(max(0, at - 3), at) if lines[i].strip()] if at > 0 else []
    line = lines[before[-1]].strip() if before else ""
    if not line or len(line) > 60 or not _DATED.search(line):
        return None
    who = parse(line)
    return who.outlet if who and who.outlet and not who.critic and who.strong else None


def _line_of(text: str, lines: tuple[str, ...]) -> int:
    """The index of the line that holds the start of ``text``; -1 when none does."""
    start = text[:40]
    return next((i for i, line in enumerate(lines) if start and start in line), -1)


class _Carried:
    """A quotation that stands alone as a paragraph right after a paragraph quoting a source
    ("Het magazine Slant is … kritischer … “…”" / "“Deze film is gefixeerd …”"): the words of
    that source going on, when the paragraph names no one else and speaks in no first person.
    Up to six blank lines may part them (what a picture left out of the text leaves).
    A paragraph of prose in between, a heading or a source line ends the carry, and so does a
    quote signed on its own ("“…” -Anthony Lane, The New Yorker" / "“…”": a list of quotes,
    some unsigned)."""

    def __init__(self) -> None:
        self.index = -1
        self.who: Who | None = None
        self.seen = 0
        self.prose = False  # the unit read last named its source in prose, or was carried

    def give(
        self, unit: Unit, n: int, units: list[Unit], lines: tuple[str, ...], seen: int
    ) -> None:
        """Give ``unit`` the source carried from the unit before it, where it goes on."""
        self.seen = seen
        self.prose = unit.who is None  # no source of its own: named in prose, if anywhere
        if self.who is None or self.index != n - 1 or unit.kind != QUOTE or unit.who is not None:
            return
        gap = sum(1 for k in range(units[n - 1].end + 1, unit.start) if not lines[k].strip())
        if gap > 6 or marks.words(unit.text) < 6 or FIRST_PERSON.search(unit.text):
            return
        unit.who, unit.how = Who(self.who.critic, self.who.outlet, True), "inline"
        self.prose = True

    def note(self, unit: Unit, n: int, found: list[QuoteFound]) -> None:
        """Note the source of the last quote ``unit`` gave, if any, for the unit after it."""
        made = found[self.seen :]
        signed = [q for q in made if q[1] or q[2]]
        self.index = n
        self.who = Who(signed[-1][1], signed[-1][2], True) if signed and self.prose else None


class _DashRun:
    """Paragraphs quoted with a speech dash, one after another, that name nobody ("- Filmen
    er et ekstremt … spektakel." / "- Hen mod slutningen …" / "- …, skriver anmelder Peter
    Bradshaw."): the speech of the source that signs the last of them, or else of the source
    of the quotation right before them ("“…”, skriver Hollywood Reporter." / "- En betydelig
    klipning …"). A paragraph that speaks as "I" is no critic's; the critic of a signed run
    writes for the one outlet the paragraph before it names ("Den britiske avis The Guardian
    giver filmen fire stjerner.")."""

    def __init__(self) -> None:
        self.units: list[Unit] = []
        self.next = -1
        self.before: Who | None = None
        self.outlet: str | None = None
        self.seen = 0  # how many quotes were found before the unit right before the run
        self.last = -1  # the index of the last unit read

    def takes(self, unit: Unit, n: int, units: list[Unit], found: list[QuoteFound]) -> bool:
        """Hold ``unit`` when it goes on a run (or starts one); note what came before."""
        if self.last != n - 1:
            self.seen = len(found)
        held = (
            unit.kind == BODY
            and unit.who is None
            and _SPEECH_DASH.match(unit.text) is not None
            and dash_speech(unit.text) is None
            and not prose_quotes(unit.text)
            and not FIRST_PERSON.search(unit.text)
            and marks.words(unit.text) >= 6
        )
        if held:
            if not self.units:
                made = found[self.seen :] if self.last == n - 1 else []
                signed = [q for q in made if q[1] or q[2]]
                self.before = Who(signed[-1][1], signed[-1][2], True) if signed else None
                prev = units[n - 1] if n else None
                self.outlet = one_outlet(prev.text) if prev and prev.kind == BODY else None
            self.units.append(unit)
            self.next = n + 1
        else:
            if not self.units:
                self.outlet = None
            self.seen = len(found)
        self.last = n
        return held

    def flush(self, who: Who | None, n: int = -1) -> list[QuoteFound]:
        """The run's paragraphs as quotes of ``who`` (the source signing the paragraph ``n``
        right after them) or of the source before them; none when neither."""
        source = who if who is not None and n == self.next else self.before
        held, self.units, self.before, self.next = self.units, [], None, -1
        if source is None:
            self.outlet = None
            return []
        outlet = source.outlet or (self.outlet if source is who else None)
        if source is not who:
            self.outlet = None
        return [(_SPEECH_DASH.sub("", u.text).strip(), source.critic, outlet) for u in held]


def _told(units: list[Unit], synopsis: str) -> None:
    """Mark the paragraphs that the page's synopsis is made of, unsigned on their line: a
    run of source lines and quotes under one may head its quotes ("Synopsis …" / "Name
    Outlet" / "…" / "Name Outlet" / "…"; see :mod:`.join`)."""
    told = key(synopsis)
    if len(told) < 40:
        return
    for unit in units:
        if unit.kind == BODY and unit.who is None and len(unit.text) >= 40:
            unit.told = key(unit.text) in told


def _headlines(units: list[Unit]) -> None:
    """The headline of a linked review that signs no quotation above it ("Review: Kore-eda’s
    audacious latest steals the heart – The Guardian"): the outlet's own words on the film, a
    quote of that outlet."""
    given = {id(u.who) for u in units if u.kind in (QUOTE, BODY) and u.who is not None}
    for unit in units:
        if not unit.link or unit.who is None or id(unit.who) in given:
            continue
        outlet = unit.who.outlet or ""
        text = re.sub(rf"\s?[-–—|]\s+{re.escape(outlet)}\s*$", "", unit.text).strip()
        if text != unit.text.strip() and marks.words(text) >= 4:
            unit.kind, unit.text, unit.how = BODY, text, "inline"


def _signed_in_capitals(units: list[Unit]) -> None:
    """Paragraphs that end with their critic's name in capitals after the last sentence ("…
    más recalcitrante. BEATRIZ MARTÍNEZ", "… entre géneros. Q. CASAS"), two or more on the
    page: a newspaper's bylines, each the critic of its paragraph (one alone may be a place
    or a heading run into the text)."""
    signed = [
        unit
        for unit in units
        if unit.kind == BODY
        and unit.how == "tail"
        and unit.who is not None
        and unit.who.critic
        and not unit.who.outlet
        and _CAPITALS_NAME.fullmatch(unit.who.critic)
    ]
    if len(signed) < 2:
        return
    for unit in signed:
        if unit.who is not None:
            unit.who = Who(unit.who.critic, None, True)


def _outlets_first(units: list[Unit], lines: tuple[str, ...]) -> None:
    """A name alone that could be a person's or an outlet's ("Avoir Alire"), read as the
    outlet in a block whose sources write the outlet first ("Première - Name", "20 minutes -
    Name"): two sources or more of the block name an outlet before a critic, none a critic
    before an outlet."""
    for block in quote_blocks(units):
        order = [_first_part(unit, lines) for unit in block]
        if order.count("outlet") < 2 or "critic" in order:
            continue
        for unit in block:
            who = unit.who
            if who and who.critic and not who.outlet and not who.strong:
                unit.who = Who(None, who.critic, False)


def _first_part(unit: Unit, lines: tuple[str, ...]) -> str:
    """Which part of its source ``unit`` writes first after its text: "outlet", "critic", or
    "" when it names one part or none."""
    who = unit.who
    if who is None or not who.critic or not who.outlet or not unit.text:
        return ""
    raw = " ".join(lines[unit.start : unit.end + 1])
    at = raw.find(unit.text[:40])
    after = raw[at + len(unit.text) :] if at >= 0 else ""
    critic, outlet = after.find(who.critic), after.find(who.outlet)
    if critic < 0 or outlet < 0:
        return ""
    return "outlet" if outlet < critic else "critic"


def _spoken(unit: Unit, lines: tuple[str, ...], page: str) -> bool:
    """True for a line of dialogue headed by a character's name in capitals ("NEIL: “…”"),
    which reads like an acronym's outlet: the name is no outlet the quote catalogues know, and
    it is written as a name elsewhere on the page ("Robert De Niro as Neil McCauley") or the
    line speaks in the first person; or headed
    by a character's name as written ("Neil McCauley: “…”") that the page gives an actor."""
    who = unit.who
    if who and who.critic and not who.outlet and unit.how == "inline" and played(who.critic, page):
        return re.match(rf"\W*{re.escape(who.critic)}\s*:", lines[unit.start].strip()) is not None
    if who is None or who.critic or not who.outlet or unit.how != "inline":
        return False
    name = who.outlet
    if not (name.isupper() and name.isalpha()) or known_outlet(name):
        return False
    if not re.match(rf"\W*{re.escape(name)}\s*:", lines[unit.start].strip()):
        return False
    if not unit.press and _first_person_turns(lines, unit.start):
        return True  # "MARIA: “I never wanted …”" / "JOHN: “…”": characters speak
    return re.search(rf"(?<!\w){re.escape(name.title())}(?!\w)", page) is not None


#: a line headed by a name in capitals that is no outlet the catalogues know, then a colon and a
#: quotation: "MARIA: “…”"
_TURN = re.compile(r"^\W*(?P<name>[^\W\d_a-zß-ÿ]{2,}(?:\s[^\W\d_a-zß-ÿ]{2,})?)\s*:\s*[\"“„«»‘']")


def _first_person_turns(lines: tuple[str, ...], i: int) -> bool:
    """True when line ``i`` is one of a run of lines headed by names in capitals and a colon
    ("MARIA: “…”" / "JOHN: “…”"), none an outlet the catalogues know, one of which speaks in
    the first person: a scene's dialogue."""
    run = []
    for step in (-1, 1):
        k = i if step == 1 else i - 1
        while 0 <= k < len(lines):
            if not lines[k].strip() and 0 <= k + step < len(lines) and lines[k + step].strip():
                k += step  # one blank line between two turns
            turn = _TURN.match(lines[k].strip())
            if turn is None:
                break
            if known_outlet(turn.group("name")):
                return False
            run.append(k)
            k += step
    return len(run) >= 2 and i in run and any(FIRST_PERSON.search(lines[k]) for k in run)


def _own_review(span: Found, lines: tuple[str, ...], url: str | None, body: str = "") -> Found:
    """A quotation that the page gives to its own critic ("Vier sterren had onze recensent …
    '…'", or after it: "« … », écrit notre journaliste Manon Dumais.") as the review of the
    publication whose page it is, by the critic the prose names ("Auch unser Kritiker Björn
    Schneider ist begeistert: „…“"); ``body`` is the paragraph the quotation is in."""
    text, who, lead = span
    sentence = re.split(r"(?<=[.!?])\s+", lead.strip())[-1]
    at = body.find(text) if text else -1
    after = re.split(r"(?<=[.!?])\s", body[at + len(text) :], maxsplit=1)[0] if at >= 0 else ""
    if not (_OWN_CRITIC.search(sentence) or (who and who.critic and _OWN_CRITIC.search(after))):
        return span
    outlet = site_outlet(lines, url)
    critic = who.critic if who and who.critic and is_person(who.critic) else None
    if critic:
        critic = _SENTENCE_STOP.sub("", critic)  # "…, écrit notre journaliste Manon Dumais."
    return (text, Who(critic, outlet, True), lead) if outlet else span


#: the full stop of the sentence a name ends, not an initial's ("Dumais.", not "A.O.")
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{2})\.$")


def site_outlet(lines: tuple[str, ...], url: str | None) -> str | None:
    """The publication whose page this is: the name the page writes for its address's domain
    ("De Volkskrant" for volkskrant.nl), else the domain itself."""
    source = _HOST.match(url or "")
    if source is None:
        return None
    host = source.group("host").lower().removeprefix("www.")
    stem = host.split(".")[0]
    if not stem:
        return host
    article = r"(?:(?:the|de|het|le|la|les|der|die|das|el|il)\s+)?"
    named = re.compile(
        rf"(?<!\w)(?i:{article}){re.escape(stem[0].upper())}(?i:{re.escape(stem[1:])})(?!\w)"
    )
    for line in lines:
        match = named.search(line)
        if match:
            return match.group(0)
    return host


def _signed_last(spans: list[Found], unit: Unit) -> list[Found]:
    """``spans`` with the source signed after the paragraph ("… “Like the crime at its center,
    …”—Drew Gregory, Autostraddle.") given to the quotation that ends it, also when that one
    only took the source of the quotation before it ("“…”—Vox; “…”—The New Yorker")."""
    if not spans or unit.who is None or unit.how != "inline":
        return spans
    inherited = len(spans) > 1 and spans[-1][1] is spans[-2][1]
    if spans[-1][1] is not None and not inherited:
        return spans
    text, _, lead = spans[-1]
    if not unit.text.rstrip().rstrip(marks.CLOSING + " .,").endswith(text.rstrip(" .,")):
        return spans
    return [*spans[:-1], (text, unit.who, lead)]


def _last_named(found: list[QuoteFound]) -> Who | None:
    """The attribution of the last quote found that names its critic or outlet."""
    for _, critic, outlet in reversed(found):
        if critic or outlet:
            return Who(critic, outlet, True)
    return None


def _with_outlets(found: list[QuoteFound], page: str) -> list[QuoteFound]:
    """Quotes whose critic has no outlet, given the one the page names beside the critic
    elsewhere ("Peter Bradshaw:" over a quote; "Writing in The Guardian, Peter Bradshaw …"),
    or else the one outlet a news page names in quotation marks ("pisze „The Washington
    Post”"); first of all the one outlet another of the critic's quotes names ("“…” said Steve
    Newall from Flicks NZ" after "“…” said Steve Newall")."""
    out: list[QuoteFound] = []
    full = [c for _, c, _ in found if c and " " in c.strip()]
    theirs: dict[str, set[str]] = {}
    for _, critic, outlet in found:
        if critic and outlet:
            theirs.setdefault(critic, set()).add(outlet)
    for text, critic, outlet in found:
        if outlet and names_outlet_before(outlet):
            outlet = _outlet_before(page, text, out)  # "framhåller tidningen", "이 신문은"
        outlet = _whole_outlet(outlet, page)
        if critic and " " not in critic.strip():  # "Muñoz señaló": a critic quoted before
            critic = next((c for c in full if c.endswith(" " + critic.strip())), critic)
        if critic and not outlet and len(own := theirs.get(critic, set())) == 1:
            outlet = next(iter(own))
        critic = complete_critic(critic, page)
        if critic and not outlet and _critic_of_anaphora(critic, page):
            outlet = _outlet_before(page, text, out)  # "Name, the newspaper’s film critic"
        if critic and not outlet:
            outlet = outlet_near(critic, page) or _only_quoted_outlet(page)
            if outlet and critic in outlet:
                outlet = None  # "영화 칼럼니스트 달시 파켓": the critic's own words, no outlet
        out.append((text, _own_name(critic, page), outlet))
    return out


#: the rest of an outlet's name after a joining word: "… and Mail", "… & Sound", "… of India"
_JOINED_REST = r"\s+(?:and|&|of|de|du|des|di|del|der|für|för|og|och|und|e|y|et)\s+"
_CAPITALISED = r"[A-ZÀ-Ý][\w.’'-]*"
#: how the rest of an outlet's name begins: what :func:`_whole_outlet` looks for first
_REST_OPENING = re.compile(rf"{_JOINED_REST}{_CAPITALISED}")


def _whole_outlet(outlet: str | None, page: str) -> str | None:
    """``outlet`` with the rest of its name that the page writes after it, when the whole is
    an outlet known by name and the part is not: a name read up to a joining word ("The Globe"
    of "The Globe and Mail believes …", "Sight" of "Sight & Sound")."""
    if not outlet or known_outlet(outlet) or not _rest_begins(outlet, page):
        return outlet
    rest = rf"(?:{_JOINED_REST}{_CAPITALISED}(?:\s{_CAPITALISED}){{0,2}})"
    for match in re.finditer(rf"(?<!\w){re.escape(outlet)}{rest}", page):
        words = match.group().split()
        for end in range(len(words), len(outlet.split()), -1):
            if known_outlet(whole := " ".join(words[:end]).rstrip(".,")):
                return whole
    return outlet


def _rest_begins(outlet: str, page: str) -> bool:
    """Whether a joining word and a capital follow a mention of ``outlet`` somewhere (what
    :func:`_whole_outlet`'s pattern, compiled for each outlet, needs first)."""
    return literal_then(page, outlet, _REST_OPENING)


#: a word, a name particle and a name of two capitalised words or more: "Complimenten van
#: Martin Scorsese"
_HEAD_BEFORE_PARTICLE = re.compile(
    r"^(?P<head>[^\W\d_][\w’'-]*)\s+(?:van|von|de|da|di|du|del|der)\s+"
    r"(?P<name>[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)+)$"
)


def _own_name(critic: str | None, page: str) -> str | None:
    """``critic`` without a word that opened the sentence before a name particle ("Complimenten
    van Martin Scorsese" -> "Martin Scorsese"), when the page also writes the name after the
    particle with no particle before it: a name read with a word and "van"/"de" before it."""
    match = _HEAD_BEFORE_PARTICLE.match(critic or "")
    if match is None:
        return critic
    name = match.group("name")
    alone = re.search(rf"(?<!van )(?<!von )(?<!de )(?<!da )(?<![\w-]){re.escape(name)}", page)
    return name if alone and is_person(name) else critic


_ANAPHORA_WORDS = phrase_pattern(OUTLET_ANAPHORA) or "(?!)"


def _critic_of_anaphora(critic: str, page: str) -> bool:
    """True when the page sets a word for "the newspaper" in the genitive beside the critic's
    name ("Peter Bradshaw, the newspaper’s film critic", "the paper's critic Jane Doe"): the
    critic writes for the outlet named before."""
    name = re.escape(critic)
    return (
        re.search(
            rf"{name},?\s+(?i:{_ANAPHORA_WORDS})['’]s\s"
            rf"|(?i:{_ANAPHORA_WORDS})['’]s\s+(?:\w+\s+){{0,2}}{name}",
            page,
        )
        is not None
    )


def _outlet_before(page: str, text: str, found: list[QuoteFound]) -> str | None:
    """The outlet that a word for "the newspaper" signing ``text`` names again: the last
    outlet's name written before the quotation on the page (a run of capitalised words that
    surely names one), else the last outlet of the quotes found before it; None when the page
    names none."""
    at = page.find(text[:40])
    if at > 0:
        runs = [outlet_name(m.group(0)) for m in _CAPITAL_RUN.finditer(page, 0, at)]
        named = [n for n in runs if n and outlet_evidence(n) >= 2]
        if named:
            return named[-1]
    return next((o for _, _, o in reversed(found) if o and not names_outlet_before(o)), None)


def _only_quoted_outlet(page: str) -> str | None:
    names = {m.group(1).strip() for m in _QUOTED_NAME.finditer(page)}
    outlets = {n for n in names if outlet_evidence(n) >= 2 and outlet_name(n) == n}
    return outlets.pop() if len(outlets) == 1 else None


def _as_found(text: str, who: Who | None) -> QuoteFound:
    return marks.unquote(text), who.critic if who else None, who.outlet if who else None


def _kept(text: str, who: Who | None, lead: str, body: str | None = None) -> bool:
    """A quoted passage in prose is a critic's quote when the prose names who wrote it, or when
    it is long, is reported (a verb of saying or writing in the words before it or right after
    its closing mark: "被媒体称作“…”", "“…,” tā žūrija raksturo") and speaks neither in the
    first person (a statement) nor as a character's line ("FORREST: “…”"). A passage that no
    verb reports is a phrase the writer quotes in passing: a title, a line, a slogan. Without
    ``body`` (the paragraph quotes others by name), no verb is needed. A passage written as
    titles are is a title in either case ("like “Gerak Khas: The Movie”")."""
    if _title_shaped(text):
        return False
    if who is not None:
        return True
    if re.fullmatch(r"\s*[^\W\d][\w'’.-]*\s*:\s*", lead):
        return False
    if FIRST_PERSON.search(text):
        return False
    if marks.words(text) < (4 if _CJK_VERB.search(lead) else 10):
        return False
    return body is None or _reported(text, lead, body)


#: a content word of a title: four letters or more
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _title_shaped(text: str) -> bool:
    """True for a short quoted passage written as a title: up to six words, no sentence's
    end, and every content word capitalised, two of them at least ("The Last King of
    Scotland", "Kingsman: The Golden Circle"); a critic's phrase has words in lower case."""
    words = marks.unquote(text).strip()
    if not words or len(words.split()) > 6 or words[-1] in ".!?…,;":
        return False
    content = _CONTENT_WORD.findall(words)
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _reported(text: str, lead: str, body: str) -> bool:
    """True when the paragraph before ``text`` names a critic's role, or when the prose around
    it speaks of the press (:func:`_press_context`) and ``text`` opens its paragraph (a blurb:
    "“…” Now Playing"), a colon introduces it ("one of these new critics: “…”"), or a verb of
    saying stands in the clause before it or among the first words after its closing mark in
    ``body``. Without a word for the press a reported passage is a statement the news quotes
    ("“…,” said the director"), not a review."""
    if _CRITIC_WORD.search(lead):
        return True  # "Criticus Anna de Wit twijfelde. „…“": a paragraph about critics
    at = body.find(text[:40])
    after = body[at + len(text) : at + len(text) + 80] if at >= 0 else ""
    if not _press_context(lead, after):
        return False  # "“…”, – sako režisierė": a statement the news reports, no review
    clause = re.split(r"[.!?。！？]\s", lead)[-1][-60:]
    if not lead.strip() or clause.rstrip().endswith((":", "：")) or SPEECH_VERB.search(clause):
        return True
    return bool(SPEECH_VERB.search(" ".join(after.split()[:5])))


def _press_context(lead: str, after: str) -> bool:
    """True when the prose around an unsigned quoted passage speaks of the press: a word for a
    critic, for a kind of publication or for the press in the paragraph before it or in the
    rest of its sentence after it."""
    sentence = _SENTENCE_END.split(after, maxsplit=1)[0]
    return any(_PRESS_CONTEXT.search(part) for part in (lead, sentence))


def _accepted(unit: Unit, lines: tuple[str, ...]) -> bool:
    if unit.unsure:
        return False  # "Filmstarts: „…“": only as one of a block led the same way
    if unit.kind == QUOTE and _title_shaped(unit.text):
        return False  # "“Can You Feel the Love Tonight”": a title on its line, a song's too
    words = marks.words(unit.text)
    if unit.who and unit.who.outlet and unit.who.outlet.lower() in _TAGLINE_HEADINGS:
        return False  # the film's tagline under its heading
    weak = unit.who is not None and not (unit.who.critic or unit.who.strong)
    if (
        unit.kind == BODY
        and (unit.how == "before" or (unit.how == "header" and not unit.press))
        and weak
    ):
        unit.who, unit.how = None, ""  # a heading over a paragraph ("Synopsis:", "QUANDO")
    if unit.who is not None:
        if unit.kind == QUOTE and unit.who.strong and _closed_sentence(unit.text):
            return words >= 1  # "“Shattering.” - The New York Times": a verdict in a word
        if unit.kind == QUOTE:
            return words >= 6 or (words >= 2 and unit.who.strong)
        if unit.labelled or _headline_signed(unit, words):
            return False
        if unit.how == "after" and not unit.who.outlet and _bylined_under(unit, lines):
            return False  # "★★★★ …" / "Por Name": the page's own article, rated or not
        if unit.how == "dash" and unit.who.strong and unit.text.rstrip()[-1:] in ".!…":
            return words >= 1  # "Unbeschreiblich schön." / "– Hollywood Reporter"
        if unit.how == "inline" and unit.who.critic and unit.who.outlet and unit.start == unit.end:
            return words >= (2 if unit.text.rstrip()[-1:] in ".!…" else 4)  # "Priča. – Name, X"
        if unit.how in ("inline", "dash", "header") or unit.press or unit.rated:
            return words >= 4
        if unit.how == "after" and unit.who.strong and unit.who.critic and unit.who.outlet:
            ends = unit.text.rstrip(marks.CLOSING + " ")[-1:] in ".!?…"  # "… complex.”"
            return words >= 3 and ends  # "Absurd and playful."
        if unit.how == "after" and _signed_right_under(unit, lines):
            return True
        if unit.how == "before" and _under_byline(unit, words):
            return True
        return words >= 6 and unit.who.strong and unit.how in ("after", "tail")
    if _introduced(lines, unit.start):
        return False  # a statement being reported ("…, saying:"), not a critic's quote
    if unit.kind == QUOTE and not (unit.press or unit.rated) and _speaks_first(unit.text):
        return False  # "“I am not even looking at profits …”": a statement, signed by no one
    if unit.kind == QUOTE:
        return words >= (3 if unit.press or unit.rated else 6)
    return not unit.labelled and words >= 8 and (unit.press or unit.rated)


#: how many words a paragraph signed by one part of a source alone needs to be a quote
_SIGNED_WORDS = 12


def _headline_signed(unit: Unit, words: int) -> bool:
    """True for a short paragraph outside a press block, with no sentence's end, whose source
    names a critic alone or an outlet alone, no catalogued outlet ("VIDEO | Headline of the
    day", "Friday, 4 November 2022" / "Venue"): a headline, a date or a caption beside a
    label, not a critic's verdict, which ends its sentence ("Unbeschreiblich schön." / "–
    Outlet"), names both parts, sits in a press block or runs longer."""
    who = unit.who
    if who is None or unit.press or unit.rated or unit.link or words >= _SIGNED_WORDS:
        return False
    if bool(who.critic) == bool(who.outlet) or known_outlet(who.outlet or who.critic or ""):
        return False
    return unit.text.rstrip(marks.CLOSING + " *_")[-1:] not in ".!?…"


def _bylined_under(unit: Unit, lines: tuple[str, ...]) -> bool:
    """True for a paragraph of prose with the next line under it a byline ("Por Name",
    "By Name"), at most one blank line between: the page's own text signed by its writer."""
    if unit.kind != BODY:
        return False
    below = next(
        (k for k in range(unit.end + 1, unit.end + 3) if k < len(lines) and lines[k].strip()), None
    )
    return below is not None and bylined(lines[below].strip())


#: a signature with an initial for the first name: "P.Szygalski", "J. Doe"
_INITIAL_SIGNATURE = re.compile(r"^[^\W\d_]\.\s?[^\W\d_]{3,}$")


def _signed_right_under(unit: Unit, lines: tuple[str, ...]) -> bool:
    """True for a paragraph of prose signed by a person's name on the line right under it, no
    blank line between, in the form of a signature: after a label and a colon ("…" /
    "Кіно дивилася: Name") or with an initial for the first name ("…" / "P.Szygalski")."""
    who = unit.who
    if unit.kind != BODY or who is None or not who.critic or who.outlet:
        return False
    if marks.words(unit.text) < 12 or unit.text.rstrip(marks.CLOSING + " ")[-1:] not in ".!?…":
        return False
    below = lines[unit.end + 1].strip() if unit.end + 1 < len(lines) else ""
    if not below or len(below.split()) > 6 or not is_person(who.critic):
        return False
    label, colon, name = below.rpartition(":")
    if colon and label.strip() and key(name) == key(who.critic):
        return True  # "Кіно дивилася: Вікторія Хоменко": a label, then the name
    return bool(_INITIAL_SIGNATURE.match(below)) and key(below) == key(who.critic)


#: an aside in brackets after an outlet's name: "The Guardian (excerpted)"
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def _under_byline(unit: Unit, words: int) -> bool:
    """True for a paragraph of prose headed by a line of its own that names a person and an
    outlet the quote catalogues cite ("Peter Bradshaw, The Guardian (excerpted)" / "" / text):
    a review's excerpt under its byline; a sentence of eight words or more that does not open
    in the first person. Not a line of a film's title and its director, nor a name and an
    acronym or an address ("Name, BE", "Name, name@site.com"): a page's own credits."""
    who = unit.who
    if unit.kind != BODY or who is None or not (who.critic and who.outlet and who.strong):
        return False
    if not is_person(who.critic) or not known_outlet(_ASIDE.sub("", who.outlet)):
        return False  # "Jojo Rabbit, Taika Waititi": a film and its director over a synopsis
    ends = unit.text.rstrip(marks.CLOSING + " ")[-1:] in ".!?…"
    return words >= 8 and ends and not _speaks_first(unit.text)


def _speaks_first(text: str) -> bool:
    """True when ``text`` opens in the first person (among its first four words: "J’ai étudié
    …", "Saba, me …"): a statement; a review's "nous" further on ("la femme qui nous est
    présentée") is the audience's."""
    return bool(FIRST_PERSON.search(" ".join(marks.unquote(text).split()[:4])))


def _introduced(lines: tuple[str, ...], i: int) -> bool:
    """True after a sentence that reports a statement ("The juror presented the award,
    saying:"), unless it speaks of critics or the press."""
    prev = next(
        (lines[k].strip() for k in range(i - 1, max(i - 3, -1), -1) if lines[k].strip()), ""
    )
    return bool(_SAYING.search(prev)) and not _PRESS_WORD.search(prev)


def _comments_heading(line: str) -> bool:
    return heading_text(line.strip()) in _COMMENT_HEADINGS


def _posted_below(lines: tuple[str, ...], i: int) -> bool:
    """True when a dated line (a comment's author and date) follows within four lines."""
    return any(_DATED.search(line) for line in lines[i + 1 : i + 5])


def _comment(marked: list[int], unit: Unit) -> bool:
    """True for a visitor's comment: a reply button or a posting time (``marked`` lines)
    within two lines of it."""
    return any(unit.start - 2 <= i <= unit.end + 2 for i in marked)


def complete_critic(critic: str | None, block: str) -> str | None:
    """A critic named by one word ("Chris says:", "uważa Hornaday") completed from the full
    name the page gives elsewhere (a byline "By Chris Knight", "Ann Hornaday podkreśla", "A.O.
    Scott")."""
    if not critic or " " in critic.strip():
        return critic
    name = re.escape(critic.strip())
    cap = r"[A-ZÀ-Ý][\w’'-]+"
    given = rf"(?:{cap}[ \t]+|(?:[A-ZÀ-Ý]\.[ \t]?){{1,3}})"  # "Peter ", "A.O. "
    for pattern in (rf"{name}(?:[ \t]+{cap}){{1,2}}", rf"{given}{{1,2}}{name}"):
        for match in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", block):
            if is_person(match.group(0)):
                return match.group(0)
    return critic


def _verdict_word(text: str, critic: str | None, outlet: str | None) -> bool:
    """True when a one-word quote is a critic's verdict: an outlet's word in lower case
    ("'ontroerend'"), or a signed word closed as a sentence ("“Shattering.” - Outlet",
    "„Grandios!“ – Name"), which no heading or menu item is."""
    if outlet and not critic and text[:1].islower():
        return True
    return bool(critic or outlet) and _closed_sentence(text)


def _closed_sentence(text: str) -> bool:
    """True when ``text`` ends as a sentence does (a full stop, "!" or an ellipsis) before
    any closing quotation mark."""
    return text.rstrip(marks.CLOSING + " ")[-1:] in ".!…"


def _dedupe(found: list[QuoteFound]) -> list[QuoteFound]:
    """``found`` without repeats, and without an unattributed quotation that only opens
    another one (a headline that repeats the start of the quote under it: "C'est une drôle de
    palme" over "Eric Neuhoff : "C'est une drôle de palme, d'abord, …""), or that repeats a
    signed one whole (a headline over "'…', schrijft The Telegraph")."""
    seen: dict[str, int] = {}
    out: list[QuoteFound] = []
    keys = [key(text) for text, _, _ in found]
    for n, (text, critic, outlet) in enumerate(found):
        k = keys[n][:80]
        if k in seen and critic and not out[seen[k]][1]:
            out[seen[k]] = (out[seen[k]][0], critic, outlet)  # a teaser above the signed review
        if not k or k in seen:
            continue
        if marks.words(text) < 2 and not _verdict_word(text, critic, outlet):
            continue  # one word: a label or a name, not a critic's verdict
        if not (critic or outlet) and any(
            m != n
            and (len(other) > len(keys[n]) or found[m][1] or found[m][2])
            and other.startswith(keys[n])
            for m, other in enumerate(keys)
        ):
            continue
        seen[k] = len(out)
        out.append((text, critic, outlet))
    return out
