"""Attribution lines joined to the quotation they belong to.

An attribution line belongs to the quote above it when it is led by a dash or when the quote
above has none yet; it heads the quote below it when it ends with a colon ("Peter Bradshaw:",
"Chicago Reader review:"), when it stands apart from the text above and close to the text below
(a blank line above, none below, or a verdict such as "Fresh" above), or when the quote above
already has its own ("20 Minutes par Caroline Vié" over each quote). Two half attributions
around one quote (an outlet before, a name after) are joined.
"""

from __future__ import annotations

import itertools
import re

from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.lang import ACCORDING, REVIEW_LINK_LEAD, phrase_pattern
from indexer.extract.pages.quotes.press import is_press_heading
from indexer.extract.pages.quotes.units import BODY, OTHER, QUOTE, WHO, Unit
from indexer.extract.pages.quotes.who import (
    Who,
    bylined,
    fact_line,
    is_person,
    known_outlet,
    outlet_evidence,
)


def pair(units: list[Unit], lines: tuple[str, ...]) -> None:
    """Give each quotation or paragraph the attribution line that belongs to it: first the
    sure ones (a colon heads what follows, a dash closes what precedes, a line set apart from
    the text above and close to the text below heads it), then a line after a quote, then a
    line before one."""
    _unlist(units)
    _verdicts(units)
    _join_halves(units, lines)
    used = _links(units, lines)
    used |= _over_linked(units, lines)
    used |= _heads(units, lines)
    # a linked review's headline signs only the quotations right above it (see _links)
    whos = [k for k, u in enumerate(units) if u.kind == WHO and u.who is not None and not u.link]
    used |= {
        k for k in whos if units[k].dash and _give(units[k - 1] if k else None, units[k], "dash")
    }
    for k in whos:
        unit, prev, nxt = _around(units, k)
        # a verdict line over the source starts a new review: "Fresh" / name / text
        apart = unit.verdict or _gap(lines, unit, nxt) < _gap(lines, prev, unit)
        before = _open(nxt) and apart and not _signs_quotation(prev, unit, nxt)
        if (
            not unit.dash
            and (unit.header or before)
            and _give(nxt, unit, "header" if unit.header else "before")
        ):
            used.add(k)
    used |= _over_run(units, whos, used)
    heading = _heads_the_page(units, whos)
    for k in whos:
        unit, prev, nxt = _around(units, k)
        if k in used or (heading and _open(nxt) and not _half(prev, unit)):
            continue  # a page whose sources head their texts: this one heads the next text
        if (_open(prev) or _half(prev, unit)) and _give(prev, unit, "after"):
            used.add(k)
            _share_up(units, k - 1, unit)
    for k in whos:
        unit, _, nxt = _around(units, k)
        if k not in used and not unit.dash and _open(nxt):
            _give(nxt, unit, "before")
        elif (
            k not in used and nxt is not None and nxt.who and (name := _headline_critic(unit, nxt))
        ):
            nxt.who = Who(name, nxt.who.outlet, True)


def _share_up(units: list[Unit], k: int, line: Unit) -> None:
    """One source line under several quotations set right one under another ("“…”" / "“…”" /
    "Outlet, Name"): the unsigned quotations on the lines right above the one it signs (``k``)
    are the same source's; not where a quotation signed on its own line ("“…” — Name") stands
    right above them: a page that signs each quotation beside it, and leaves some unsigned."""
    run: list[Unit] = []
    while k > 0:
        above, below = units[k - 1], units[k]
        if above.kind != QUOTE or above.who is not None or above.end + 1 != below.start:
            break
        run.append(above)
        k -= 1
    if k > 0 and units[k - 1].kind == QUOTE and units[k - 1].who is not None:
        return
    for quotation in run:
        _give(quotation, line, "after")


def _heads_the_page(units: list[Unit], whos: list[int]) -> bool:
    """True when the page's source lines head their texts: two or more that name a critic
    stand over a text with none above them to sign, and none stands under a text with none
    below it to head (nor after a dash). Then a source line between two texts ("Cinemania" /
    "por Irene Crespo" / "…" / "Fotogramas" / "por Pere Vall" / "…") heads the text below it,
    like the others."""
    heads = tails = 0
    for k in whos:
        unit, prev, nxt = _around(units, k)
        above = prev is not None and prev.kind in (QUOTE, BODY)
        below = nxt is not None and nxt.kind in (QUOTE, BODY)
        if unit.dash or (above and not below):
            tails += 1
        elif below and not above and unit.who is not None and unit.who.critic:
            heads += int(is_person(unit.who.critic))
    return heads >= 2 and not tails


def _unlist(units: list[Unit]) -> None:
    """Dash lines one right under another ("- Filme" / "- Specials" / "- Live"): the items of
    a list (a menu), none of them a source."""
    dashed = [
        k
        for k in range(len(units) - 1)
        if units[k].kind == WHO == units[k + 1].kind
        and units[k].dash
        and units[k + 1].dash
        and units[k + 1].start == units[k].end + 1
    ]
    for k in {*dashed, *(k + 1 for k in dashed)}:
        units[k].kind, units[k].who = OTHER, None


def _verdicts(units: list[Unit]) -> None:
    """A verdict of a word or two that ends a sentence, signed on the line under it after a
    dash by an outlet beyond doubt ("Unbeschreiblich schön." / "– Hollywood Reporter"): a
    quotation, however short."""
    for k in range(1, len(units)):
        line, above = units[k], units[k - 1]
        if not (line.kind == WHO and line.dash and line.who and line.who.strong):
            continue
        text = above.text.strip()
        if (
            above.kind == OTHER
            and above.start == above.end == line.start - 1
            and 1 <= marks.words(text) <= 3
            and text[:1].isupper()
            and text[-1:] in ".!…"
            and ":" not in text
        ):
            above.kind = BODY


def _links(units: list[Unit], lines: tuple[str, ...]) -> set[int]:
    """The headline of a linked review that names its outlet ("‘Title’ Review: … - The New York
    Times") signs the open quotations right above it, with no blank line between them."""
    used = set()
    for k, unit in enumerate(units):
        if not unit.link:
            continue
        j, below = k - 1, unit
        while (
            j >= 0
            and units[j].kind == QUOTE
            and _open(units[j])
            and not _gap(lines, units[j], below)
        ):
            _give(units[j], unit, "after")
            used.add(k)
            j, below = j - 1, units[j]
    return used


def _over_linked(units: list[Unit], lines: tuple[str, ...]) -> set[int]:
    """A source line that names a critic and an outlet over a paragraph with a link to the
    whole review right under it ("Jane Doe" / "The Evening Star, 27 October 2024" / text /
    "Read the full review"): it heads that excerpt, however the lines are spaced, and signs
    no text above it."""
    used = set()
    for k, unit in enumerate(units):
        nxt = units[k + 1] if k + 1 < len(units) else None
        who = unit.who
        if unit.kind != WHO or unit.dash or who is None or not (who.critic and who.outlet):
            continue
        if nxt is None or not _open(nxt) or nxt.kind != BODY:
            continue
        below = next(
            (j for j in range(nxt.end + 1, min(len(lines), nxt.end + 3)) if lines[j].strip()),
            None,
        )
        if below is not None and REVIEW_LINK_LEAD.match(lines[below].strip()):
            _give(nxt, unit, "before")
            used.add(k)
    return used


def _signs_quotation(prev: Unit | None, unit: Unit, nxt: Unit | None) -> bool:
    """True for a source line under an open quotation in marks and over a paragraph in none
    ("'…'" / "" / "James Verniere, Boston Herald." / "Oh, and it won the Golden Lion."): it
    signs the quotation, however it is spaced, unless a verdict opens a new review with it."""
    return (
        not unit.verdict
        and _open(prev)
        and prev is not None
        and prev.kind == QUOTE
        and nxt is not None
        and nxt.kind == BODY
    )


def _over_run(units: list[Unit], whos: list[int], used: set[int]) -> set[int]:
    """Outlets that head the run of paragraphs below them ("The Guardian" over three
    paragraphs of its review): a line that names an outlet the quote catalogues know, under a
    line that is no quotation and ends no sentence (a fact line, a heading), over two
    paragraphs or more that no other source follows. Two such outlets or more one after
    another, each over its run, the last run ending the page or its block ("The Wrap" / "…" /
    "…" / "Variety" / "…" / "…"), head their runs under a paragraph that ends a sentence too
    (a press review's introduction): a source that signed the run above it would leave the
    last one unsigned."""
    heads: set[int] = set()
    for k in whos:
        prev = units[k - 1] if k else None
        if k in used or k in heads or (prev is not None and prev.kind == QUOTE):
            continue  # the source of the quotation above
        chain = _chain(units, k, used)
        if not chain or (len(chain) < 2 and prev is not None and _ends_sentence(prev.text)):
            continue  # the source of the paragraph above
        for head in chain:
            for paragraph in itertools.takewhile(_open, units[head + 1 :]):
                _give(paragraph, units[head], "header")
        heads.update(chain)
    return heads


def _chain(units: list[Unit], k: int, used: set[int]) -> list[int]:
    """The source lines from ``units[k]`` on that each name an outlet alone and stand over two
    paragraphs or more of twelve words or more, each run followed by the next such line, the
    last by nothing or a line of furniture; empty when a run breaks the pattern, or when the
    quote catalogues know none of the outlets (all of them, for a chain of one)."""
    chain: list[int] = []
    outlets: list[str] = []
    while True:
        unit = units[k]
        who = unit.who
        if (
            k in used
            or unit.kind != WHO
            or unit.dash
            or who is None
            or who.critic
            or not who.outlet
        ):
            return []
        run = list(itertools.takewhile(_open, units[k + 1 :]))
        if len(run) < 2 or any(marks.words(u.text) < 12 for u in run):
            return []
        chain.append(k)
        outlets.append(who.outlet)
        k += 1 + len(run)
        if k >= len(units) or units[k].kind == OTHER:
            break
    # one outlet the catalogues know vouches for the others of the chain ("The Wrap")
    known = [known_outlet(outlet) for outlet in outlets]
    return chain if all(known) or (len(chain) >= 2 and any(known)) else []


def _ends_sentence(text: str) -> bool:
    return text.rstrip(marks.CLOSING + " ")[-1:] in ".!?…"


def _heads(units: list[Unit], lines: tuple[str, ...]) -> set[int]:
    """Sources that head their quotes in turn ("Critiques" / "Télérama" / text / "Les
    Inrockuptibles" / text): a run of two pairs or more of an attribution line and an open
    quotation, each source no farther from its text than from the text above, whose first
    source has no open text above it to sign. The direction holds for the whole run: under
    a press heading a run of two pairs that ends with a text; under anything else that is no
    open text (a line that is no quote, a paragraph of the synopsis), one of three pairs or
    more (a source left over at its end, where the page was cut, signs nothing above it).
    The indices of the source lines given."""
    used: set[int] = set()
    k = 0
    while k < len(units):
        end = k
        while _heading_pair(units, lines, end):
            end += 2
        before = units[k - 1] if k else None
        after = units[end] if end < len(units) else None
        opens = before is not None and before.kind == OTHER and is_press_heading(before.text)
        closed = not (after and after.kind == WHO)
        shut = before is None or before.kind == OTHER or before.told
        if before is not None and before.kind != OTHER and before.told and _left_over(units, end):
            shut = not _dashed_run(units, k, end + 1)  # "…" / "Name – Blog" / … / "Name – Blog"
        if end - k >= 4 and ((opens and closed) or (shut and end - k >= 6)):
            for j in range(k, end, 2):
                _give(units[j + 1], units[j], "before")
                used.add(j)
        k = max(end, k + 1)
    return used


def _left_over(units: list[Unit], end: int) -> bool:
    """True when the run of pairs that ends before ``units[end]`` is followed by one more
    source with no open text under it: read as heads, the run would leave that source
    signing nothing, where read as signatures each signs the text above it, the paragraph
    taken for the synopsis over the run included."""
    after = units[end] if end < len(units) else None
    if after is None or after.kind != WHO or after.who is None:
        return False
    return not _open(units[end + 1] if end + 1 < len(units) else None)


#: a name, a spaced dash and an outlet: a line that signs in the way of a signature
_NAME_DASH_OUTLET = re.compile(r"^(?:(?!\s[-–—]\s).){2,40}\s[-–—]\s(?:(?!\s[-–—]\s).){2,50}$")


def _dashed_run(units: list[Unit], start: int, end: int) -> bool:
    """True when every source line of ``units[start:end]`` (step two) is written "Name – Outlet",
    the dash of a signature: such a run whose last line is left over, under a paragraph taken
    for the synopsis, signs the texts above its lines ("…" / "Bogdan – Blogul cu filme" / … /
    "…" / "Simona – FilmeTari"), the "synopsis" its first quote; a run of bare "Name Outlet"
    lines heads its texts, the last line where the page was cut."""
    return all(_NAME_DASH_OUTLET.match(units[j].text.strip()) for j in range(start, end, 2))


def _heading_pair(units: list[Unit], lines: tuple[str, ...], k: int) -> bool:
    if k + 1 >= len(units):
        return False
    line, text = units[k], units[k + 1]
    if line.kind != WHO or line.who is None or line.dash or not _open(text):
        return False
    above = units[k - 1] if k else None
    return (
        above is None
        or above.kind not in (QUOTE, BODY)
        or _gap(lines, line, text) <= _gap(lines, above, line)
    )


def _join_halves(units: list[Unit], lines: tuple[str, ...]) -> None:
    """A critic's line and an outlet's line one under the other become one attribution
    ("Peter Bradshaw" / "The Guardian"), a blank line between them when the outlet is one
    beyond doubt."""
    k = 0
    while k + 1 < len(units):
        first, second = units[k], units[k + 1]
        halves = first.kind == WHO == second.kind and not first.dash and not second.dash
        # a label with nothing after its colon ("Dodano:") heads what follows, no half
        halves = halves and not (second.header and not first.header and _bare_label(second))
        if halves and _gap(lines, first, second) <= 1 and _byline_under(first, second):
            assert first.who is not None and second.who is not None
            first.who = Who(second.who.critic, first.who.critic or first.who.outlet, True)
            first.end, first.header = second.end, second.header
            del units[k + 1]
        elif (
            halves
            and _gap(lines, first, second) <= _spacing(first, second)
            and _half(first, second)
        ):
            assert first.who is not None and second.who is not None
            below = lines[second.end + 1] if second.end + 1 < len(lines) else ""
            sure = _gap(lines, first, second) == 0 and _stacked(first.who, second.who, below)
            first.who, first.end = first.who.merged(second.who), second.end
            if sure:
                first.who = Who(first.who.critic, first.who.outlet, True)
            first.header = second.header
            del units[k + 1]
        k += 1


_DIGIT = re.compile(r"\d")


def _stacked(first: Who, second: Who, below: str) -> bool:
    """True for a person's name and an outlet's alone on the line right under it, or the
    reverse ("Guy Lodge" / "KOBEZU"): the two lines of a signature, a source by their shape
    and place, whether or not the catalogues know the outlet. The outlet holds no digit (a
    date: "Aug 04") and no line of a film's facts follows ("Name" / "Title" / "(France 2024,
    127’)": a programme's director and film)."""
    critic = first.critic or second.critic
    outlet = first.outlet or second.outlet
    if not critic or not outlet or (first.critic and first.outlet):
        return False
    if (second.critic and second.outlet) or _DIGIT.search(outlet) or fact_line(below):
        return False
    words = outlet.split()
    if len(words) > 5 or not all(w[:1].isupper() or w in _JOINERS for w in words):
        return False  # "Rueda de prensa": a caption in lower case, no publication's name
    return is_person(critic) and not is_person(outlet)


#: the small words inside a publication's name written in lower case
_JOINERS = frozenset(("of", "the", "de", "du", "des", "del", "di", "da", "&", "and", "et", "y"))


def _bare_label(unit: Unit) -> bool:
    """True for a single word ending with a colon ("Dodano:", "Tags:"): a label."""
    return len(unit.text.split()) == 1 and unit.text.rstrip().endswith(":")


def _byline_under(first: Unit, second: Unit) -> bool:
    """True for a name alone over a line that names a critic after a word for "by" ("Diário de
    Pernambuco" / "por Júlio Cavani", "Hurriyet" / "" / "Yazar: Uğur Vardan"): the name above
    is the outlet the critic writes for, whatever it looks like."""
    assert first.who is not None and second.who is not None
    above, by = first.who, second.who
    if not (by.critic and not by.outlet and bylined(second.text)):
        return False
    name = above.critic or above.outlet
    return name is not None and not (above.critic and above.outlet) and len(name.split()) <= 5


def _spacing(first: Unit, second: Unit) -> int:
    """How many blank lines may stand between two halves: one between a person's name and an
    outlet beyond doubt under it ("Sandra Hall" / "" / "Sydney Morning Herald"), else none."""
    assert first.who is not None and second.who is not None
    person = first.who.critic is not None and is_person(first.who.critic)
    return int(person and outlet_evidence(second.who.outlet) >= 2)


def _around(units: list[Unit], k: int) -> tuple[Unit, Unit | None, Unit | None]:
    return units[k], units[k - 1] if k else None, units[k + 1] if k + 1 < len(units) else None


def _gap(lines: tuple[str, ...], first: Unit | None, second: Unit | None) -> int:
    """How many blank lines stand between two units (none when one is missing)."""
    if first is None or second is None:
        return 0
    return sum(1 for k in range(first.end + 1, second.start) if not lines[k].strip())


def _open(unit: Unit | None) -> bool:
    return unit is not None and unit.kind in (QUOTE, BODY) and unit.who is None


def _half(unit: Unit | None, line: Unit) -> bool:
    """True when ``unit`` has only an outlet and ``line`` only a critic (or the reverse)."""
    if unit is None or unit.who is None or line.who is None or unit.kind == OTHER:
        return False
    have, who = unit.who, line.who
    return bool(
        (have.critic is None and who.critic and not who.outlet)
        or (have.outlet is None and who.outlet and not who.critic)
    )


#: a line led by a name and a dash, like the review it follows: "Sentieri Selvaggi - Le …"
_LEADS = re.compile(r"^[^\W\d_][^–—:]{1,60}?\s[–—-]\s+\S")
#: a heading that says whose the quotation under it is: "Selon Marie Claire :", "Laut X:"
_ACCORDING_HEAD = re.compile(rf"^\W*(?i:{phrase_pattern(ACCORDING) or '(?!)'})\s")


def _give(unit: Unit | None, line: Unit, how: str) -> bool:
    if unit is None or line.who is None or unit.kind not in (QUOTE, BODY):
        return False
    if unit.who is None:
        unit.who, unit.how = line.who, how
        unit.rated = unit.rated or line.rated  # "Top Critic" / name / outlet over the review
        return True
    if how == "header" and _outranks(line.who, unit.who):
        unit.who, unit.how = line.who, how  # "… the critic Jane Doe wrote:" over "“…” word"
        return True
    if _half(unit, line) and not (unit.led and _LEADS.match(line.text)):
        unit.who = unit.who.merged(line.who)  # not the lead of the next review: "X - …"
        return True
    if how == "header" and (where := _according_outlet(unit.who, line)):
        unit.who = Who(unit.who.critic, where, True)
        return True
    return False


def _headline_critic(line: Unit, unit: Unit | None) -> str | None:
    """The critic a rated heading names ("5.0/5Title, por Name") over a review that the source
    line under it signs with an outlet alone ("Outlet, 7/Abr/2012"): the heading is the
    review's headline, and its critic the review's."""
    if unit is None or unit.who is None or line.who is None or unit.how != "after":
        return None
    if not line.rated or not line.who.critic or unit.who.critic or not unit.who.outlet:
        return None
    return line.who.critic


def _outranks(heading: Who, signed: Who) -> bool:
    """True when a heading that closes with a colon names the critic and the outlet for sure,
    and the quotation under it has only an unsure outlet of its own (a word in lower case
    after a mark inside it): the heading says whose the words are."""
    return (
        bool(heading.strong and heading.critic and heading.outlet and not signed.strong)
        and not signed.critic
    )


def _according_outlet(signed: Who, line: Unit) -> str | None:
    """The outlet a heading names after "according to" over a quotation signed by a person
    ("Selon Marie Claire :" / "“…” (Emily Barnett)"): a name that reads as a person's, but the
    quotation names its writer, so the heading names where it was written."""
    heading = line.who
    if heading is None or heading.outlet or not heading.critic or heading.strong:
        return None
    if not signed.critic or signed.outlet or signed.critic == heading.critic:
        return None
    return heading.critic if _ACCORDING_HEAD.match(line.text) else None
