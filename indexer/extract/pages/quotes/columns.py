"""A block's sources read by their place: what its other sources are, a lone name is too.

A press block signs its quotes the same way one after another ("…" / "Outlet", "… – Outlet"):
a name alone in that place is an outlet where the block's other lone sources are outlets
("The Guardian", "Observer (UK)", an outlet word, a web address), even when the name, unknown
to the catalogues, has a person's shape ("Mogiz Tahecenat"). A name whose first word is a given
name the language data knows ("Peter Bradshaw") stays a critic, and a block that signs a quote
with such a critic alone is read as it is written.

The other way round, a page whose lone sources are critics ("…" / "(Pablo Vázquez)") reads as
a critic the name alone that only its shape made an outlet ("(MariFG)", "– Crowther"): an
unknown word that names no outlet by any word of outlets, where no quote of the page is signed
by an outlet alone that shows it is one. A critic's surname alone ("– Crowther") is that
critic's wherever the page names them in full.
"""

from __future__ import annotations

import re
from functools import partial

from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.blocks import quote_blocks
from indexer.extract.pages.quotes.lang import OUTLET_ARTICLES, phrase_pattern
from indexer.extract.pages.quotes.units import BODY, OTHER, QUOTE, WHO, Unit
from indexer.extract.pages.quotes.who import Who, outlet_evidence
from indexer.extract.pages.titleperson import opens_with_given_name, person_like
from indexer.normalize import key

#: the articles that stand before an outlet's name, not those that are prepositions as well
#: ("de", "a": "un film de Kleber Mendonça", "a Peter")
_ARTICLES = tuple(a for a in OUTLET_ARTICLES if a not in ("de", "a"))
#: an article first in a name alone ("The Vatoli", "Le Zemit"): an outlet's, not a person's
_ARTICLE_FIRST = (
    re.compile(rf"(?i:{phrase_pattern(_ARTICLES)})\s+\S") if _ARTICLES else re.compile(r"(?!)")
)

#: a quote's text, critic and outlet (:data:`indexer.extract.pages.quotes.QuoteFound`)
Found = tuple[str, str | None, str | None]

#: a block needs this many quotes signed by an outlet alone to tell its lone names' place
_OUTLETS = 2


def outlets_alone(units: list[Unit]) -> None:
    """Read as outlets the names alone that sign quotes as critics not known by a given name,
    in each block where two quotes or more are signed by an outlet alone and none by a critic
    alone whose name opens with a known given name."""
    for block in quote_blocks(units):
        lone = [u.who for u in block if u.kind in (QUOTE, BODY) and _alone(u.who)]
        outlets = sum(1 for who in lone if who and who.outlet)
        if outlets < _OUTLETS or any(
            who and who.critic and person_like(who.critic) for who in lone
        ):
            continue
        read = {
            id(who): Who(None, who.critic, who.strong)
            for who in lone
            if who is not None and who.critic
        }
        for unit in units:  # the source line keeps the attribution it gave its text
            if id(unit.who) in read:
                unit.who = read[id(unit.who)]


def critics_alone(units: list[Unit]) -> None:
    """Read as critics the weak names alone that sign quotes as outlets after their texts, on
    a page where two quotes or more are signed so by a critic alone and none by an outlet
    alone that an outlet's word, a web address, an acronym or a catalogue vouches for."""
    lone = [u.who for u in units if u.kind in (QUOTE, BODY) and _alone(u.who) and _signs(u)]
    critics = sum(1 for who in lone if who and who.critic)
    outlets = [who for who in lone if who and who.outlet]
    if critics < _OUTLETS or not outlets or any(_sure_outlet(who) for who in outlets):
        return
    read = {id(who): Who(who.outlet, None, False) for who in outlets}
    for unit in units:  # the source line keeps the attribution it gave its text
        if id(unit.who) in read:
            unit.who = read[id(unit.who)]


def surnames_alone(found: list[Found]) -> list[Found]:
    """The quotes signed by a weak outlet alone that is the surname of a critic signing another
    quote of the page ("– Crowther" beside "Bosley Crowther, New York Times") given to that
    critic as the page writes the name."""
    surnames = {key(c.split()[-1]) for _, c, _ in found if c and len(c.split()) > 1}
    return [
        (t, o, None) if not c and o and key(o) in surnames and outlet_evidence(o) < 2 else (t, c, o)
        for t, c, o in found
    ]


def outlets_by_company(found: list[Found], page: str) -> list[Found]:
    """The quotes signed by a critic alone whose name opens with no known given name given to
    an outlet of that name, on a page that signs another quote by an outlet alone that is surely
    one (:func:`_sure_outlet`) and no quote by a critic alone known by a given name: the
    page's attributions name outlets, and an unlisted outlet ("Mogiz Tahecenat") is one of them.
    A one-word name ("Vavobup") is an outlet so whatever the page's critics, unless the page
    writes it after a given name (the surname of "Owen Gleiberman")."""
    if not any(not c and o and _sure_outlet(Who(None, o, False)) for _, c, o in found):
        return found
    persons = any(c and not o and _given(c) for _, c, o in found)
    return [
        (t, None, c) if c and not o and _company_outlet(c, page, persons) else (t, c, o)
        for t, c, o in found
    ]


def _company_outlet(name: str, page: str, persons: bool) -> bool:
    """True for a critic alone that reads as an outlet beside the page's sure outlets
    (:func:`outlets_by_company`)."""
    if not name[:1].isupper() or _given(name) or _DIGITS.search(name):
        return False
    if " " not in name.strip():
        return not any(
            _given(m.group(1)) for m in re.finditer(rf"(\w+)\s+{re.escape(name)}(?!\w)", page)
        )
    return not persons


#: a name that opens with a given name of the list, even one that is a word of some language too
#: ("Jane"): the person's name is the likelier reading of a critic alone
_given = partial(opens_with_given_name, listed=True)
#: a digit: no outlet's name alone among critics' ("Jane 2")
_DIGITS = re.compile(r"\d")


def _signs(unit: Unit) -> bool:
    """True for a source written after its text, as a signature is ("…" / "– Name", "… (Name)"),
    not a heading or a name that leads its text ("Sinopse" / "…", "Name: …")."""
    return unit.how in ("tail", "dash", "after") or (unit.how == "inline" and not unit.led)


def _sure_outlet(who: Who) -> bool:
    """True for an outlet alone that is surely one: led by an article ("The Vatoli"), a person's
    name never is, or named with an outlet's word, a web address, an acronym or a catalogued
    name (the shape of the source line alone does not tell)."""
    name = who.outlet or ""
    return bool(_ARTICLE_FIRST.match(name)) or outlet_evidence(name) >= 2


def _alone(who: Who | None) -> bool:
    """True for a source that names one part only: a critic or an outlet."""
    return who is not None and bool(who.critic) != bool(who.outlet)


def articled(name: str | None, page: str) -> str | None:
    """``name`` with the article the page writes right before it ("The Dirabak Zemit noted"),
    when ``name``, read as a critic alone, opens with no known given name: a person's name takes
    no article, an outlet's does; None when the page never writes it so."""
    if not name or person_like(name) or not _ARTICLES:
        return None
    found = re.search(
        rf"(?<!\w)({phrase_pattern(_ARTICLES)})\s+{re.escape(name)}(?!\w)", page, re.IGNORECASE
    )
    return f"{found.group(1)} {name}" if found else None


#: a run needs this many repetitions of its units' shapes to be a list of sources and texts
_REPEATS = 3
#: the most words of a short line between the units (a score, a date: "• 91", "★★★★")
_SHORT = 4
#: what a short line between the units holds: a score, a rating or a date ("• 91", "★★★★")
_SCORE = re.compile(r"[\d★☆✩✪⭐✭✮½]")
#: the words of an excerpt: a few sentences, never a whole article
_EXCERPT = (4, 120)


def repeated_units(units: list[Unit]) -> set[int]:
    """The ids of the texts of a run of three repetitions or more of the same three shapes (a
    short line of a score or a date, a source's line, a text: "• 100" / "Outlet" / "…"), each
    text signed by the source's line beside it in the repetition, however weak that source alone
    (a name nobody listed): the repetition is the evidence. The sources must differ from one
    another; the lone names of the run are read by their place as a block's are
    (:func:`outlets_alone`)."""
    shapes = [_shape(unit) for unit in units]
    found: set[int] = set()
    k = 0
    while k + 3 * _REPEATS <= len(units):
        pattern = shapes[k : k + 3]
        reps = 1
        while shapes[k + 3 * reps : k + 3 * reps + 3] == pattern:
            reps += 1
        if reps >= _REPEATS and _signing(pattern):
            run = [units[k + 3 * r : k + 3 * r + 3] for r in range(reps)]
            found |= _signed_run(run, pattern)
            k += 3 * reps
        else:
            k += 1
    return found


def _shape(unit: Unit) -> str:
    """One letter for the shape of ``unit``: S a short line of a score, a rating or a date, W a
    source's line, T a text (a list of films, "-" / "Title" / synopsis, has no score)."""
    if unit.kind == OTHER and marks.words(unit.text) <= _SHORT and _SCORE.search(unit.text):
        return "S"
    if unit.kind == WHO and unit.who is not None and (unit.who.critic or unit.who.outlet):
        return "W"
    if unit.kind in (QUOTE, BODY) and _EXCERPT[0] <= marks.words(unit.text) <= _EXCERPT[1]:
        return "T"
    return "X"


def _signing(pattern: list[str]) -> bool:
    """True for three shapes of one short line, one source's line and one text, the source
    right beside the text."""
    if sorted(pattern) != ["S", "T", "W"]:
        return False
    return abs(pattern.index("W") - pattern.index("T")) == 1


def _signed_run(run: list[list[Unit]], pattern: list[str]) -> set[int]:
    """Each repetition's text signed by its source's line; none when two repetitions name the
    same source (a link or a button repeated, no source)."""
    whos = [group[pattern.index("W")].who for group in run]
    names = {key((w.critic or "") + "|" + (w.outlet or "")) for w in whos if w}
    if len(names) < len(run):
        return set()
    texts = [group[pattern.index("T")] for group in run]
    for text, who in zip(texts, whos, strict=True):
        if who is not None:
            text.who = Who(who.critic, who.outlet, True)
            text.how = "before" if pattern.index("W") < pattern.index("T") else "after"
    _by_place(texts)
    return {id(text) for text in texts}


def _by_place(texts: list[Unit]) -> None:
    """The lone names of a run read as its other lone sources are (:func:`outlets_alone`)."""
    lone = [t.who for t in texts if _alone(t.who)]
    outlets = sum(1 for who in lone if who and who.outlet)
    if outlets < _OUTLETS or any(who and who.critic and person_like(who.critic) for who in lone):
        return
    for text in texts:
        who = text.who
        if who is not None and _alone(who) and who.critic:
            text.who = Who(None, who.critic, who.strong)
