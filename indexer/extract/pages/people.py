"""People: directors, writers and cast, each decided from evidence.

A labelled value ("Director:", "Regie", "감독") is the strongest evidence; then a prose cue of
any language ("directed by", "un film de", "режисьор", "윤종빈감독" — :mod:`.cues`), a name
alone under the title, a role noun or a possessive ("Name's new film"), and repeated
mentions. The winner and the candidates it beat are recorded for ``--explain``. Every
candidate is first read and tidied as a name (:mod:`.names`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from indexer import lang, recache
from indexer.extract.pages import (
    asiderows,
    castheads,
    castleads,
    castpairs,
    castrows,
    castruns,
    castwrap,
    colonrows,
    cues,
    directormodel,
    directorplaces,
    directorshapes,
    directorspans,
    familyfirst,
    headfinal,
    introduced,
    linelabels,
    possessive,
    roles,
    sentences,
    titlecredit,
    titlenear,
    titlevote,
)
from indexer.extract.pages import facts as fl
from indexer.extract.pages.evidence import Ballot, Candidate, Why
from indexer.extract.pages.facts import is_uncased_name
from indexer.extract.pages.featuremodel import Featured
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.names import (
    before_known_label,
    holds_non_name_word,
    in_page,
    is_generation,
    names,
    person,
    without_asides,
    writes_inverted,
)
from indexer.extract.pages.personname import (
    before_clause,
    is_clause,
    is_person_name,
    mostly_companies,
)
from indexer.extract.pages.quotes.who import listed_outlet
from indexer.extract.pages.scripts import DOTTED_KATAKANA, HAN, first_script_run
from indexer.extract.pages.text import CELL_GAP, is_noise
from indexer.extract.pages.textlang import text_language
from indexer.extract.pages.titleperson import given_names, opens_with_given_name, person_like
from indexer.extract.pages.titles import Title
from indexer.extract.pages.values import Found
from indexer.normalize import country_name, dedupe, is_language_name, key
from indexer.wordre import alternation, caseless, literal_starts, may_hold

__all__ = ["cast", "directors", "names", "writers"]


def bare_director(lines: tuple[str, ...], used: set[int], title_line: int | None) -> list[str]:
    """A name alone on a line just under the title, as festival pages write the director, or
    just above it when a line of facts is under it (a programme's "Claude Lelouch" /
    "Finalement" / "(Francia 2024, 127’, DCP)")."""
    if title_line is None:
        return []
    return _bare_below(lines, used, title_line) or _bare_above(lines, used, title_line)


def _bare_above(lines: tuple[str, ...], used: set[int], title_line: int) -> list[str]:
    """The name alone on the line above the title (one blank line between at most), when the
    next line under the title is a line of facts of two kinds or more."""
    above = next((j for j in (title_line - 1, title_line - 2) if j >= 0 and lines[j].strip()), None)
    below = next(
        (j for j in (title_line + 1, title_line + 2) if j < len(lines) and lines[j].strip()), None
    )
    if above is None or below is None or above in used:
        return []
    facts = fl.line_facts(lines[below].strip(), strict=False)
    kinds = sum(1 for k in ("years", "runtimes", "countries") if facts and getattr(facts, k))
    text = lines[above].strip()
    if kinds < 2 or not fl.is_name(text) or is_noise(text):
        return []
    return [text]


def _bare_below(lines: tuple[str, ...], used: set[int], title_line: int) -> list[str]:
    """A name alone on a line within the eight lines under the title."""
    seen = 0
    heading = key(lines[title_line])
    for i in range(title_line + 1, len(lines)):
        text = lines[i].strip()
        if not text:
            continue
        seen += 1
        if seen > 8 or len(text.split()) > 25:
            return []
        starts_with_word = _opens_with_cue(text)
        if key(text) in heading:  # the heading's series or venue repeated under it
            continue
        # "Y EL GANADOR ES…": a headline cut short is no name
        cut = text.endswith(("…", "...")) or text.count("(") != text.count(")")
        if i not in used and fl.is_name(text) and not (is_noise(text) or starts_with_word or cut):
            return [text]
        listed = _names_before_facts(lines, i)
        if i not in used and listed:
            return listed
    return []


@cache
def _line_cues() -> frozenset[str]:
    """The one-word cues that open a credit line ("by", "De", "Avec", "mit"): the names after
    them are credited, not standing alone."""
    words = (*lang.cues("by"), *lang.cues("starring"), "from", "with")
    return frozenset(w.casefold() for w in words if " " not in w)


def _opens_with_cue(text: str) -> bool:
    """True when ``text`` opens with a word that credits the names after it ("Avec Bastien
    Bouillon, Bouli Lanners": the cast; "De Kogonada": a director, but the line is no name)."""
    first = text.split(maxsplit=1)[0].rstrip(":：").casefold() if text.strip() else ""
    return first in _line_cues() and len(text.split()) > 1


def _titled_with_year(name: str, lines: tuple[str, ...]) -> bool:
    """True when a line is ``name`` and a year in parentheses alone ("On Chesil Beach
    (2017)"): a film's heading, not a person's credit."""
    return any(
        line.strip().startswith(name) and _YEAR_ALONE.fullmatch(line.strip(), len(name))
        for line in lines
    )


#: a year in parentheses ending a line after a name
_YEAR_ALONE = re.compile(r"\s*\((?:18|19|20)\d\d\)")


def names_above_cast(lines: tuple[str, ...]) -> list[list[str]]:
    """One to three names alone on the line above the cast (its label alone, "— CAST —", or
    a line listing three or more names), nothing labelled above them: a credit block without
    labels names the directors first ("Luc Dardenne, Jean-Pierre Dardenne" above "Pablo
    Schils, Joely Mbundu, Thomas Doret")."""
    found = []
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for n, i in enumerate(filled[2:], start=2):
        text = lines[i].strip()
        cast_label = len(text) <= 30 and field_of(text.strip(" —–-:*=|")) == ("cast",)
        if not cast_label and len(_NAME_CELLS.split(text)) < 3:
            continue
        if not cast_label and not name_lines(text):
            continue
        above, before = lines[filled[n - 1]].strip(), lines[filled[n - 2]].strip()
        parts = [p.strip() for p in _list_split().split(above)]
        if (
            _opens_with_cue(above)
            or not 1 <= len(parts) <= 3
            or not all(_full_name(p) for p in parts)
        ):
            continue
        if field_of(before.strip(" —–-:*=|")) or is_noise(above):
            continue  # "Music" above "John Williams": a crew credit's name
        found.append(parts)
    return found


#: the cells of a line that lists names: commas, semicolons, bars
_NAME_CELLS = re.compile(r"[,;|、،]")


#: a year at a line's end with one letter glued on (a flattened icon: "2022o")
_YEAR_GLUED = re.compile(r"(?<!\d)((?:19|20)\d\d)[a-z]$")


def names_before_facts(lines: tuple[str, ...], limit: int = 12) -> list[str]:
    """The name that opens one of the page's first lines, then a comma and the film's
    country and year, or year and runtime ("Alice Diop, France, 2022"; "Sarah Gavron / UK 2019 /
    93 min"; "Panah Panahi - 2021 93 mins"): a credit line, as film guides write the director.
    When the first such line opens with no name ("Two Days, One Night   Belgium / France 2014 |
    95 mins"), the page heads each entry with its title so: a name-shaped head further down is
    another film's title."""
    # a list's bullet opens the line ("• Annemarie Jacir / Palestina / 2017")
    for line in [line.strip().lstrip(_BULLETS) for line in lines if line.strip()][:limit]:
        head = _facts_head(line)
        if head is not None:
            if _full_name(head):
                return [head]
            listed = _co_names(head)
            head = _after_by(head) if not listed else ""
            return listed or ([head] if head else [])
    return []


#: the marks between co-directors at the head of a facts line ("A | B | Colombia | 2018")
_CO_CELLS = re.compile(r"\s*[|;/+&]\s*")
#: the most co-directors such a head lists
_MOST_CO = 3


def _co_names(head: str) -> list[str]:
    """Two or three full names that make up a facts line's head, parted as cells, by a plus,
    an ampersand or a word for "and" (not by a comma alone: "Two Days, One Night", a title);
    else none."""
    if "," in head:
        return []
    parts = [p.strip() for p in _list_split().split(_CO_CELLS.sub(", ", head))]
    if 2 <= len(parts) <= _MOST_CO and all(_full_name(p) for p in parts):
        return parts
    return []


def _after_own_title(name: str, title: Title) -> str:
    """``name`` without the film's own title and the word for "by" that open it, as a
    credit line writes them before the director ("PARADIS PERDU de Abel Gance")."""
    for own in (title.title, title.original, title.alt):
        own = (own or "").strip()
        if not own or not name.lower().startswith(own.lower() + " "):
            continue
        by, _, rest = name[len(own) :].strip(" ,").partition(" ")
        if by.lower() in lang.cue_set("by") and _full_name(rest.strip()):
            return rest.strip()
    return name


def _after_by(head: str) -> str:
    """The name after the last word for "by" of a credit line's head, when the title opens
    it ("PARADIS PERDU de Abel Gance, France, 1940"); "" when no full name follows one."""
    words = head.split()
    for i in range(len(words) - 2, 0, -1):
        if words[i].lower() in lang.cue_set("by"):
            name = " ".join(words[i + 1 :])
            return name if _full_name(name) else ""
    return ""


#: a list's bullets, and the marks that part a line of facts as a comma does ("Henrik
#: Schyffert • Sweden • 2021 • 78 mins")
_BULLETS = "•·▪◦*–— \t"
#: the most words before the facts of a line that :func:`names_before_facts` reads
_HEAD_WORDS = 8
#: a year, which every such line states
_A_YEAR = re.compile(r"(?:18|19|20)\d\d")


def _facts_head(line: str) -> str | None:
    """The words that open ``line`` before the film's year and its country or runtime, which
    the rest states alone ("Christian Petzold Deutschland, 2014": no comma needed), or None."""
    if not _A_YEAR.search(line):
        return None
    words = line.split()
    for size in range(1, min(len(words), _HEAD_WORDS + 1)):
        first = words[size].strip(",/|•·")
        # a row of cells opens with the name, any fact after it ("Maria Govan | Feature |
        # 90 mins | 2015 | …"); else the facts open with the country or the year
        cell = words[size] == "|" or words[size - 1].endswith("|")
        if not (cell or (first and (_A_YEAR.match(first) or country_name(first)))):
            continue  # a quick test first
        rest = " ".join(words[size:]).lstrip(",/|•· ")
        facts = fl.line_facts(_YEAR_GLUED.sub(r"\1", rest)) if rest else None
        if facts and facts.years and (facts.countries or facts.runtimes) and _bare(facts):
            return " ".join(words[:size]).rstrip(",/|•·–—- ")
    return None


def _bare(facts: fl.Facts) -> bool:
    """True when a line's facts are all it states: no word left over, no name."""
    return not facts.leftover and not facts.names


def _names_before_facts(lines: tuple[str, ...], i: int) -> list[str]:
    """Two or three names listed on line ``i`` when the next line states the film's country
    or year: the directors of a credit block without labels ("Giacomo Ciarrapico, Mattia
    Torre, Luca Vendruscolo" above "Italia")."""
    parts = [p.strip() for p in _list_split().split(lines[i].strip())]
    if not 2 <= len(parts) <= 3 or not all(_full_name(p) for p in parts):
        return []
    after = next((line.strip() for line in lines[i + 1 : i + 4] if line.strip()), "")
    if country_name(after) or re.fullmatch(r"(?:19|20)\d\d", after):
        return parts
    facts = fl.line_facts(after) if after else None
    if facts is None or not (facts.years or facts.countries) or facts.leftover or facts.names:
        return []
    return parts


#: a labelled value of two words parted by a comma: "Žbanić, Jasmila"
_TWO_WORDS = re.compile(r"\s*([^\W\d_][\w'’-]+),\s+([^\W\d_][\w'’-]+)[\s.]*")


def _turned_round(value: str, block: str) -> bool:
    """True when a labelled value is two words parted by a comma that the page writes turned
    round elsewhere ("Režija: Žbanić, Jasmila", "Scenarij: Jasmila Žbanić"): one name written
    "Surname, Given", as film databases list credits, not two people of one word each."""
    two = _TWO_WORDS.fullmatch(value)
    return two is not None and f"{two.group(2)} {two.group(1)}" in block


def directors(
    labels: tuple[str, str],
    found: Found,
    block: str,
    lines: tuple[str, ...],
    used: set[int],
    title: Title,
    why: Why | None,
    host: str = "",
) -> tuple[list[str], str]:
    """The film's directors and the credit sentence that named one (for other facts);
    ``labels`` are the labelled directors and cast as written. The labelled directors when the
    page labels them; else the candidate the model (:mod:`.directormodel`) scores best, with
    the partners its cue credited; when the "no director" candidate scores as much, the name
    a place without a cue word credits (:mod:`.directorshapes`), or none."""
    votes = collect_directors(labels, found, block, lines, used, title, host)
    scored = directormodel.MODEL.scored(votes.ballot)
    ranked = scored.ranked()
    nothing = _no_director()
    if why is not None:  # "no director" in its place: it wins a tie
        shown = ranked[:6]
        at = next((i for i, c in enumerate(shown) if c.score <= nothing.score), len(shown))
        why.fields["directors"] = [*shown[:at], nothing, *shown[at:]]
    titles = title.keys()
    if votes.labelled:  # a flattened line's next label may leave a word: "Nicolaescu Autorul"
        tidy = [_labelled_name(name, block, titles) for name in votes.labelled]
        tidy = [directorspans.wrapped_on(name, block) for name in tidy]  # "Michel" / "Franco"
        return dedupe(_completed(name, block, ranked) for name in tidy), votes.sentence
    if not ranked or ranked[0].score <= nothing.score:
        runner = _runner_directors(lines, block, title, host)
        if runner:  # "Aftersun de Charlotte Wells" when the headline "Les sorties" won
            return runner, votes.sentence
        # no cue named anyone: a name in a place every site credits its director
        own = [title.title, title.original, title.alt]
        placed = directorshapes.cue_free(lines, block, own, host)
        return placed[:1], votes.sentence
    supported = {key(c.value) for c in ranked if c.score > nothing.score}
    written = [t for t in (title.title, title.original, title.alt) if t]
    return given(votes, ranked[0].value, block, supported, written), votes.sentence


def _runner_directors(lines: tuple[str, ...], block: str, title: Title, host: str) -> list[str]:
    """When no cue credits anyone beside the chosen title, the directors a strong credit gives
    a runner-up of the title vote (:attr:`.titles.Title.runners`), best first: a page whose
    headline or section won the vote still writes the film's own name with its director on a
    line, "Aftersun de Charlotte Wells", "Song of the Sea (Tomm Moore, 2015)",
    "Toni Erdmann, Maren Ade, 2016". Only these shapes: a name the prose writes beside
    another film ("l'excellent Martyrs de Pascal Laugier", a genitive) is that film's. A
    section's word is no film ("Críticas de A": a byline), a runner-up's name no director, and
    a heading's name is one only when a known given name opens it or it is cited with a year
    ("(Tomm Moore, 2015)"; "รีวิว … - How To Ting" writes the film's own name after a dash)."""
    runners = {key(runner) for runner in title.runners}
    for runner in title.runners:
        if len(runner.strip()) < 2 or titlevote.section_label(runner):
            continue
        written = (introduced.line_title_by(line, runner) for line in lines)
        credits = [[name] for name in written if name]
        credits += titlecredit.credits_beside_title(lines, [runner], block, host)
        for credit in credits:
            if key(credit[0]) in runners or not is_person_name(credit[0]):
                continue
            if person_like(credit[0]) or _cited(lines, runner, credit[0]):
                return dedupe(credit)
    return []


#: a citation after a title: the name in parentheses, a comma and a year ("(Tomm Moore, 2015)")
_CITED = r"\s*\(\s*{name}\s*,\s*(?:18|19|20)\d\d\b"


def _cited(lines: tuple[str, ...], title: str, name: str) -> bool:
    """Whether a line writes ``name`` cited with a year right after ``title``: "Song of the Sea
    (Tomm Moore, 2015)"."""
    cited = re.compile(re.escape(title) + _CITED.format(name=re.escape(name)), re.IGNORECASE)
    return any(cited.search(line) for line in lines)


@dataclass
class DirectorVotes:
    """What the cues of a page say about its directors: the labelled names, the candidates
    with their features, the partners each cue credited with a name, the credit sentence."""

    labelled: list[str]
    ballot: directormodel.DirectorBallot
    partners: dict[str, list[str]]
    sentence: str
    #: the partners a later cue credited when the first credited none
    later: dict[str, list[str]] = field(default_factory=dict)


def given(
    votes: DirectorVotes,
    value: str,
    block: str,
    supported: frozenset[str] | set[str] = frozenset(),
    own: Sequence[str] = (),
) -> list[str]:
    """The directors the film gets when candidate ``value`` wins: the name as the page writes
    it in full, less the words of the film's titles (``own``) glued after it, then the partners
    its cue credited (or a later cue, those of them ``supported``: keys of names that are
    candidates of their own)."""
    credited = votes.partners.get(key(value)) or [
        name for name in votes.later.get(key(value), []) if key(name) in supported
    ]
    others = [name for name in map(person, credited) if name and is_person_name(name)]
    chosen = _initial_full(_katakana_full(value, block), block)
    chosen = directorspans.repeated_part(chosen, block, _given_word)  # "Ciro Guerra Speaks"
    chosen = directorspans.before_title(chosen, own)  # "Agnieszky Holland Šarlatán"
    if familyfirst.on_page(block):
        chosen = familyfirst.completed(chosen, block)  # "Nemes Jeles": "Nemes Jeles László"
    return dedupe([chosen, *others])


def _given_word(word: str) -> bool:
    """True for a known given name (:func:`.titleperson.given_names`), as written."""
    return key(word) in given_names()


def _no_director() -> Candidate:
    """The "no director" candidate of the explanation: its score is what a name must beat."""
    weight = directormodel.weights().get(directormodel.NONE, 0.0)
    what = directormodel.FEATURES[directormodel.NONE]
    return Candidate("(no director)", [(f"{directormodel.NONE} = 1: {what}", weight)])


def _credit(
    partners: dict[str, list[str]],
    later: dict[str, list[str]],
    credited: str,
    others: Sequence[str],
) -> None:
    """Record the names a role noun's cue credits beside ``credited`` (a key) with the word
    for "and" ("Directors A and B"): its partners when no earlier cue named it, else, when the
    earlier credited none ("Directed by A, B. South Africa", read as one name), ``later``
    ones, which join the winner only as names with support of their own."""
    if credited not in partners:
        partners[credited] = list(others)
    elif not partners[credited] and others:
        later.setdefault(credited, list(others))


def _joined(block: str, name: str) -> list[str]:
    """The name the word for "and" joins to ``name`` where the page first writes it."""
    at = block.find(name)
    joined = cues.partner(block, cues.Mention(name, "", at)) if at >= 0 else None
    return [joined] if joined else []


def _joined_before(block: str, name: str) -> str | None:
    """The full name a word for "and" joins before ``name`` where the page first writes it
    ("Dárday István és Szalai Györgyi filmszatírája": co-possessors of one film), or None."""
    at = block.find(name)
    head = block[max(0, at - 80) : at] if at > 0 else ""
    joined = _and_tail().search(head)
    before = headfinal.name_before(head[: joined.start()]) if joined else None
    return before if before and _full_name(before) else None


@cache
def _and_tail() -> re.Pattern[str]:
    """A word for "and" of any language between spaces at the end of a text."""
    return recache.compile(rf"[ \t]+(?:{lang.alternation('conjunctions')})[ \t]+$")


def collect_directors(
    labels: tuple[str, str],
    found: Found,
    block: str,
    lines: tuple[str, ...],
    used: set[int],
    title: Title,
    host: str = "",
) -> DirectorVotes:
    """Every name a cue of the page offers as a director, with the kind of each cue and the
    features :mod:`.directormodel` weighs."""
    value = _first_sentence(labels[0])
    inverted = writes_inverted(found.values) or _turned_round(value, block)
    labelled = names(value, inverted, "directors")
    cue_name, at = sentences.strong_director(block, title.title)
    sentence = sentences.credit_sentence(block, at, cue_name or "") if at >= 0 else ""
    ballot = directormodel.DirectorBallot()
    titles = title.keys()
    partners: dict[str, list[str]] = {}  # "un film de A et B", "กำกับโดย A, B, C": all direct
    later: dict[str, list[str]] = {}

    def vote(name: str, kind: str, cue: str = "", at: int | None = None) -> None:
        name = _after_own_title(name, title)  # "PARADIS PERDU de Abel Gance, France, 1940"
        name = first_script_run(name)  # "كاثرين هاردويك Catherine Hardwicke": one person
        name = past_role_label(name)  # "Co-Writer/Director Sebastián Lelio", "MachucaDir. A B"
        name = past_unknown_head(name, block)  # "Regjia Lukas Dhont": a label without a colon
        parts = [p.strip() for p in _list_split().split(name)]
        if 2 <= len(parts) <= 3 and all(_full_name(p) for p in parts):
            # "Luc Dardenne, Jean-Pierre Dardenne" read whole by a reader of lone names
            name = parts[0]
            partners.setdefault(key(in_page(name, block, titles) or ""), parts[1:])
        tidy = in_page(name, block, titles)
        if not tidy or not is_person_name(tidy):
            return  # "Malayalam Film Reviews", "Ethiopia": a heading or a place, no one
        if not roles.is_character(block, tidy):  # "话剧导演胡昆汀(大鹏饰)"
            # one cue whatever its case ("Režisors", "režisors"); the line of the first
            # mention orders the names one cue found
            # a name the page writes otherwise ("Jean-Pierre and Luc Dardenne"): the cue's line
            found = block.find(tidy) if at is None else at
            line = block.count("\n", 0, found) if found >= 0 else None
            ballot.vote(tidy, kind, cue.lower(), line)

    for name in labelled:
        vote(name, "labelled")
    if cue_name:
        vote(cue_name, "strong_cue")
    titled_by = [
        *((n, "quoted_title_by") for n in introduced.quoted_title_by(block, titles)),
        *((n, "bare_title_by") for n in introduced.bare_title_by(block, title.title.strip())),
    ]
    for name, kind in titled_by:
        vote(name, kind)
        partnered = _joined(block, name)  # "DC League of Super-Pets di A e B": both
        if partnered:
            partners.setdefault(key(in_page(name, block, titles) or ""), partnered)
    for name in introduced.headline_by(title.title.strip()):  # "Se fondre de Simon Lavoie"
        vote(name, "bare_title_by")
    # "Film belge de A et B": the nationality between the word for film and "by"
    for mention in [*cues.mentions(block, "directed_by"), *cues.directed_by_nationality(block)]:
        joint = mention.at if mention.partners else None
        vote(mention.name, "directed_by", mention.cue, joint)
        if cues.after_film_word(block, mention):  # "والفيلم من إخراج", "the film is directed by"
            vote(mention.name, "directed_by_film_word")
        credited = in_page(mention.name, block, titles) or ""
        partners.setdefault(key(credited), cues.co_credited(block, mention))
        family = [mention.name, *mention.partners]  # "Jean-Pierre and Luc Dardenne": one credit
        for i, name in enumerate(family[1:], start=1):
            vote(name, "directed_by", mention.cue, mention.at)
            partners.setdefault(
                key(in_page(name, block, titles) or ""), family[:i] + family[i + 1 :]
            )
    for citation, kind in _citations(block, titles):  # "Past Lives (Celine Song, 2023)"
        for name in citation.names:
            vote(name, kind, citation.title[:40])
        credited = in_page(citation.names[0], block, titles) or ""
        partners.setdefault(key(credited), list(citation.names[1:]))

    def listed(mention: cues.Mention, kind: str) -> None:
        """A label inside a line lists every director: "Regi: A og B" credits both."""
        listed = mention.name.split("; ")
        for name in listed:
            vote(name, kind, mention.cue)
        credited = in_page(listed[0], block, titles) or ""
        partners.setdefault(key(credited), listed[1:])

    for mention in linelabels.label_lists(block, "directors"):
        listed(mention, "label_in_line")
    # after a comma: a cue in prose too
    for comma, kind in ((False, "label_opens_part"), (True, "label_after_comma")):
        for mention in linelabels.segment_lists(block, "directors", after_comma=comma):
            listed(mention, kind)
    for mention in cues.genre_by(block):
        vote(mention.name, "genre_by", mention.cue)
    for named in described_in_parentheses(block, directors=True):  # "sus directores, … (A y B)"
        vote(named[0], "parenthesised_after_noun")
        partners.setdefault(key(in_page(named[0], block, titles) or ""), named[1:])
    for mention in cues.by_lines(block):
        # an article's byline has the same shape: the weight stays below a real cue, unless
        # the film's country or year follows (no byline states them)
        on_line = cues.states_facts(block, mention)
        if on_line:  # "di A, B — Italia, Francia, Belgio, 2022, 147'": every name directs
            vote(mention.name, "by_line_facts", mention.cue)
            partners.setdefault(key(in_page(mention.name, block, titles) or ""), on_line[1:])
        elif cues.beside_facts(block, mention):  # "De Aly Muritiba" under "Brasil, 2017"
            vote(mention.name, "by_beside_facts", mention.cue)
        elif mention.cue.lower() in lang.cue_set("quote_by") and cues.alone_on_line(block, mention):
            # "by James Colt Harrison" under a review's headline: the word that credits a
            # director also signs an article, and alone on its line it is most often the byline
            vote(mention.name, "by_line_byline", mention.cue)
        else:
            vote(mention.name, "by_line", mention.cue)
    for mention in cues.by_inside_lines(block):  # "Drari de Kamel Lazrak - Maroc - 2011"
        vote(mention.name, "by_inside_line", mention.cue)
    for mention in cues.year_then_d(block):  # "Sweden 1957 d. Ingmar Bergman with …"
        vote(mention.name, "year_then_d")
    for mention in cues.year_by_lines(block):  # "La Rose du crime (1947) de Gregory Ratoff"
        vote(mention.name, "year_by_line", mention.cue)
    bare = bare_director(lines, used, title.line)  # one name, or a list before the facts
    if bare:  # a list of names above the film's country or year: a credit block's directors
        vote(bare[0], "bare_name" if len(bare) == 1 else "bare_list")
        partners.setdefault(key(in_page(bare[0], block, titles) or ""), bare[1:])
    for mention in cues.mentions(block, "director_nouns"):
        # "the filmmakers Anna Keller and John Marsh"; in scripts without capitals a company
        # or a clause has a name's shape too
        joined = cues.partner(block, mention)
        if not (joined and fl.is_name(joined)):
            joined = cues.second_director(block, mention)  # "the director A and the director B"
        if not joined and cues.is_plural_director_noun(mention.cue):
            continue  # "les cinéastes Chantal Akerman, les frères Dardenne ou …": a class
        vote(mention.name, "role_noun", mention.cue)
        if joined:
            _credit(partners, later, key(in_page(mention.name, block, titles) or ""), [joined])
    for mention in cues.directors_apposed(block):  # "Pascal Payant leikstjóra og …"
        vote(mention.name, "apposed", mention.cue)
    for mention in cues.director_award_winners(block):  # "Mellor Dirección (Belén Funes)"
        vote(mention.name, "award_winner", mention.cue)
    for mention in cues.directors_after_comma(block):  # "Victor Erice, cinéaste espagnol"
        vote(mention.name, "before_comma_noun", mention.cue)
    for mention in cues.directors_before_nationality(block):  # "A. Kovács szerb rendező"
        vote(mention.name, "before_nationality", mention.cue)
    code = text_language(block)
    for mention in possessive.film_possessors(block, code):
        vote(mention.name, "possessor_cue", mention.cue)
        owner = _joined_before(block, mention.name)  # "A és B filmszatírája": both own it
        if owner:
            vote(owner, "possessor_cue", mention.cue)
            _credit(partners, later, key(in_page(owner, block, titles) or ""), [mention.name])
            _credit(partners, later, key(in_page(mention.name, block, titles) or ""), [owner])
    for mention in possessive.adjective_possessors(block, code):  # "Matanićev novi film"
        vote(mention.name, "possessor_cue", mention.cue)
    for name in introduced.possessors(block):  # "Pryce’s latest film": "Tom Pryce"
        vote(name, "possessor_adjectives")
    for name in introduced.surnames(block):  # "Ozu’s supreme masterpiece", no full name
        vote(name, "surname_possessor")
    for name in introduced.own_film_verbs(block):  # "A schildert dies in ihrem Film"
        vote(name, "own_film_verb")
    for name in introduced.own_film_subjects(block):  # "With his third feature, A delivers"
        vote(name, "own_film_subject")
    for subjects in introduced.own_film_subjects_before(block):  # "A y B, en su película …"
        vote(subjects[0], "before_own_film_clause")
        partners.setdefault(key(in_page(subjects[0], block, titles) or ""), subjects[1:])
    for name in introduced.particle_possessors(block, title.title.strip()):  # "周冠威的紀錄片《…》"
        vote(name, "particle_possessor")
    for mention in possessive.film_of(block):  # "la película de Tom Cruise" stars him
        vote(mention.name, "film_of", mention.cue)
    for mention in possessive.beside_title(block, title.title.strip(), code):
        vote(mention.name, "genitive_quoted_title")
        if mention.partners:  # "«Урок» на A и B": both direct
            partners.setdefault(
                key(in_page(mention.name, block, titles) or ""), [*mention.partners]
            )
    for mention in possessive.beside_bare_title(block, title.title.strip(), code):
        vote(mention.name, "genitive_bare_title")
    for mention in cues.director_before(block):
        vote(mention.name, "before_role_word", mention.cue)
        credited = in_page(mention.name, block, titles) or ""
        partners.setdefault(key(credited), cues.co_directors_before(block, mention))
    for mention in cues.lowercase_before(block):  # "…, murat şeker’in yönettiği"
        vote(mention.name, "lowercase_before_role", mention.cue)
    for name in introduced.filmography_asides(block):
        vote(name, "filmography_aside")
    weak = sentences.weak_director(block)
    if weak:
        vote(weak, "weak_cue")
    for name in found.names[:1]:
        if not _titled_with_year(name, lines):
            vote(name, "fact_line_name")
    before = names_before_facts(lines)  # "Alice Diop, France, 2022", "A | B | Colombia | 2018"
    if before:
        vote(before[0], "before_country_year")
        partners.setdefault(key(in_page(before[0], block, titles) or ""), before[1:])
    own = [t for t in (title.title, title.original, title.alt) if t]
    # "Whisky Galore! (G. Mackinnon)", "L'institutrice - Nadav Lapid"
    for credit in titlecredit.credits_beside_title(lines, own, block, host):
        vote(credit[0], "beside_title_tuple")  # "Bacurau (A, B, 2019)": both direct
        partners.setdefault(key(in_page(credit[0], block, titles) or ""), credit[1:])
    for name in found.lone_names:
        vote(name, "lone_in_credits")
    for above in names_above_cast(lines):  # "Sam Mendes" above "— CAST —"
        vote(above[0], "above_cast")
        partners.setdefault(key(in_page(above[0], block, titles) or ""), above[1:])
    for unlabelled in _names_under_unknown_label(found.unknown_values)[:1]:
        # "Pengarah: A" in a language the modules lack; a name no known given name opens
        # ("Alejandro Loayza Grisi", "Umbrella Entertainment") counts for less
        known = all(map(_credited_name, unlabelled))
        vote(unlabelled[0], "unknown_label" if known else "unknown_label_shape")
        partners.setdefault(key(in_page(unlabelled[0], block, titles) or ""), unlabelled[1:])
    for name in crew_in_parentheses(block, "directors"):
        vote(name, "parenthesised_label")
    for name in crew_in_parentheses_inline(block, "directors"):
        vote(name, "parenthesised_label_inline")
    for name in directorplaces.name_year_lines(block, titles):  # "NAME (2023) – FICTION – …"
        vote(name, "name_year_line")
    for name in directorplaces.name_country_year_heads(lines, titles, own):  # "A, Cameroun, 2023 …"
        vote(name, "name_country_year_head")
    for named in directorplaces.names_after_title(lines, own):  # "Cenicienta (Kenneth Branagh)"
        vote(named[0], "title_parenthesised")
        partners.setdefault(key(in_page(named[0], block, titles) or ""), named[1:])
    _weigh(ballot, block, labels[1], title)
    _beside_own_title(ballot, block, title)
    _after_other_title(ballot, block, title)
    _pool_initials(ballot)
    _first_of_each_cue_named(ballot)
    _measure(ballot, block, title)
    _places(ballot)
    return DirectorVotes(labelled, ballot, partners, sentence, later)


#: what parts the names of a label's value: a comma of any script, a slash, a semicolon, "&"
_VALUE_NAMES = re.compile(r"\s*[,、，;/&]\s*")


def _names_under_unknown_label(values: list[str]) -> list[list[str]]:
    """The values that are one to three names of a person's shape ("A", "A, B", "A y B"),
    their names; one line each, no digit or quotation mark: an unknown label's credit, its
    field not told by its label (a director's first among the credits, as film pages list
    them; :func:`_credited_name` tells the names more likely a person's)."""
    out = []
    for value in values:
        if len(value) > 80 or re.search(r"[\d\"“”«»()\[\]!?]", value):
            continue
        parts = [p.strip() for p in _VALUE_NAMES.split(value) for p in _list_split().split(p)]
        parts = [p for p in parts if p]
        if 1 <= len(parts) <= 3 and all(map(_person_shaped, parts)):
            out.append(parts)
    return out


#: the fewest names of a cast's list under an unknown label: two are as often a crew's
#: ("Dylunio: Jane Roberts, Martin Morley", design)
_CAST_LEAST = 3


def _lists_under_unknown_label(values: Sequence[str], directors: Sequence[str]) -> list[list[str]]:
    """The values of labels nothing says the field of (:func:`.scan.unknown_label_values`)
    that list three people's names or more, none of them a director's, half of them or more
    :func:`_credited_name`, longest first: the cast is the longest list of a block of credits
    ("Pelakon: A, B, C")."""
    credited = {key(name) for name in directors}
    lists = []
    for value in values:
        listed = names(value, field="cast")
        # one part of another shape ("吉行和子etc", "కె.విశ్వనాథ్") leaves the others a list
        shaped = [name for name in listed if _person_shaped(name)]
        if (
            len(shaped) >= _CAST_LEAST
            and len(listed) - len(shaped) <= _OTHER_SHAPES
            and not any(key(name) in credited for name in listed)
            and 2 * sum(map(_credited_name, shaped)) >= len(listed)
        ):
            lists.append(shaped)
    return sorted(lists, key=len, reverse=True)


def _pair_under_unknown_label(values: Sequence[str], directors: Sequence[str]) -> list[list[str]]:
    """The one value of labels nothing says the field of that names two people or more, when
    it names exactly two, neither a director, both of a person's shape and one of them
    :func:`_credited_name` ("Gasasa: A, B"): a short cast, as likely a crew's pair ("Dylunio:
    A, B", design), so it counts only where nothing else names the cast."""
    credited = {key(name) for name in directors}
    lists = [listed for listed in (names(v, field="cast") for v in values) if len(listed) >= 2]
    if len(lists) != 1 or len(lists[0]) != 2:
        return []
    pair = lists[0]
    if any(key(name) in credited for name in pair) or not all(map(_person_shaped, pair)):
        return []
    return [pair] if any(map(_credited_name, pair)) else []


#: the most parts of a list under an unknown label that may have no person's shape
_OTHER_SHAPES = 1


#: seven Han characters or more with no space nor dot between: no person's name
_HAN_CLAUSE = re.compile(rf"[{HAN}]{{7,}}")
#: a letter of the Latin script
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
#: a word of two capitals or fewer: an acronym ("TV", "ТВ"), no part of a person's name
_ACRONYM = re.compile(r"(?<!\S)[^\W\d_a-zß-ÿа-яё]{1,2}(?!\S)")


def _person_shaped(name: str) -> bool:
    """A person's name by its shape alone, no acronym in it (see :func:`_credited_name`)."""
    if fl.is_uncased_name(name):
        # "英国媒体纷纷给予了恶评": a clause of Han; a name in Han is of two to six characters
        return is_person_name(name) and not _HAN_CLAUSE.fullmatch(name)
    return fl.is_name(name) and is_person_name(name) and not _ACRONYM.search(name)


def _credited_name(name: str) -> bool:
    """Whether ``name``, a value alone under a label nothing says the field of, is a
    person's: a name of a script without capitals, or a person-shaped name (no acronym in it)
    that, in Latin letters, holds a known given name (:func:`.titleperson.given_names`):
    under such a label a company ("Umbrella Entertainment") or a platform is as likely."""
    if not _person_shaped(name):
        return False
    if _LATIN.search(name) and not fl.is_uncased_name(name):
        return any(word in given_names() for word in key(name).split())
    return True


def past_role_label(name: str) -> str:
    """``name`` without the director's label a line writes before it, read as its first word:
    "Co-Writer/Director Sebastián Lelio" (roles joined by a slash or a hyphen, the last the
    director's), "MachucaDir. Andrés Wood" (the label glued to the film's title before it).
    The rest must be a name of two words or more; else ``name`` is kept."""
    first, _, rest = name.partition(" ")
    if not rest or not fl.is_name(rest):
        return name
    last = re.split(r"[-/]", first)[-1]
    if field_of(last) == ("directors",) or field_of(_glued_tail(first)) == ("directors",):
        return rest
    return name


def past_unknown_head(name: str, block: str) -> str:
    """``name`` without a first word that is no one's: the label of a language the modules
    lack, written before the name with no colon and read as its first word ("Regjia Lukas
    Dhont", "Bujogo Olivia Wilde, US, 2022"). The word goes when it is no known given name, the
    next word is one, and the page writes the rest elsewhere on its own, not after that word
    (in the cast, in the prose); else ``name`` is kept ("Saif Ali Khan", "Nuri Bilge Ceylan",
    an initial: "K. Tyler Johnston")."""
    words = name.split()
    if (
        len(words) < 3
        or not (words[0].isalpha() and len(words[0]) > 2)
        or key(words[0]) in given_names()
        or key(words[1]) not in given_names()
    ):
        return name
    rest = " ".join(words[1:])
    for found in re.finditer(re.escape(rest), block):
        if not block[: found.start()].rstrip().endswith(words[0]):
            return rest
    return name


def _glued_tail(word: str) -> str:
    """The end of ``word`` from its last capital written after a lower-case letter
    ("MachucaDir." -> "Dir."), or nothing."""
    for i in range(len(word) - 1, 0, -1):
        if word[i].isupper() and word[i - 1].islower():
            return word[i:]
    return ""


#: a sentence's end inside a labelled value: a word of two letters or more and its full stop
#: (not an initial, "A. Ruiz"), then the next sentence's capital
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[^\W\d_])")


def _first_sentence(value: str) -> str:
    """A labelled directors' value up to its first sentence's end: a run-on credit line
    ("Guión y dirección: Lucrecia Martel. Con Mercedes Morán, …") goes on with the cast. The
    part before the stop must be a whole name: "Regie: Dr. George Miller" stays whole."""
    # a run of spaces parts a row's cells: "במאים: A, B    2011" (the year in the next cell)
    value = CELL_GAP.split(value, maxsplit=1)[0] if value else value
    head = _SENTENCE_STOP.split(value, maxsplit=1)[0] if value else value
    return head if head == value or _full_name(head) else value


def _labelled_name(name: str, block: str, titles: frozenset[str]) -> str:
    """A labelled director as :func:`in_page` tidies it, but whole where the page writes it at
    a line's end ("Pengarah: Dain Iskandar Said", though the prose says "Dain Iskandar"):
    no next label can have left a word there; in one script ("كاثرين هاردويك Catherine
    Hardwicke", the name and its Latin spelling, is one person)."""
    name = first_script_run(name)
    at = block.find(name)
    if at >= 0:  # "DIRECTOR: Barry Gonzalez LEAD CAST: …": the next label in capitals
        end = block.find("\n", at)
        name = before_known_label(block[at : end if end >= 0 else len(block)])[: len(name)]
    tidy = in_page(name, block, titles) or name
    if tidy != name and re.search(rf"(?m){re.escape(name)}[ \t.]*$", block):
        return name
    return tidy


def _completed(name: str, block: str, ranked: list[Candidate]) -> str:
    """A labelled director the page's text cuts off at its end ("Director: Ha", the last
    line of a page stored in part) as another cue names the director in full ("directed by
    Hala Khalil"): the candidate that begins with the cut name."""
    if not block.rstrip().endswith(name):
        return name
    longer = [c.value for c in ranked if c.value.startswith(name) and c.value != name]
    return longer[0] if longer else name


#: a given name cut to its initial, glued to the surname or not: "K.Vildžiūnas", "A. Ruiz"
#: (a tidied name may have lost the stop: "Н Михалков")
_INITIAL_NAME = re.compile(r"([^\W\d_])(?:\.[ \t]?|[ \t]+)([^\W\d_][\w'’-]+)")


def _initial_full(name: str, block: str) -> str:
    """A director named by an initial and the surname ("režisierius K.Vildžiūnas") as the page
    writes the name in full once, a given name of that initial before the same surname
    ("Kristijonas Vildžiūnas"): news pages cut a name after its first mention."""
    cut = _INITIAL_NAME.fullmatch(name)
    if not cut:
        return name
    initial, surname = cut.groups()
    full = re.search(rf"(?<![\w.]){initial}[^\W\d_]+[ \t]+{re.escape(surname)}(?!\w)", block)
    return full.group(0) if full and fl.is_name(full.group(0)) else name


#: katakana words joined by the middle dot, a foreign name in full ("アルフレッド・ヒッチコック")


def _katakana_full(name: str, block: str) -> str:
    """A foreign surname in katakana ("ヒッチコック監督") as the page writes it in full once,
    the given name before a middle dot ("巨匠アルフレッド・ヒッチコック")."""
    if not re.fullmatch(r"[\u30a1-\u30fa\u30fc]{2,}", name):
        return name
    full = [m.group(0) for m in DOTTED_KATAKANA.finditer(block) if m.group(0).endswith("・" + name)]
    return max(full, key=len) if full else name


_CLOSING_QUOTES = "\"”“»’'"


def _citations(block: str, titles: frozenset[str]) -> list[tuple[cues.Citation, str]]:
    """Films cited "Title (Director, Year)" and the kind of each: the film's own title is
    the strong case; the page's first citation, of a title between quotes, comes next (the
    title may not have been found); other films' directors count little."""
    kinds = []
    headed = False
    for i, citation in enumerate(cues.citations(block)):
        cited = key(citation.title)
        if cited and any(t and (cited == t or cited.endswith(" " + t)) for t in titles):
            kinds.append((citation, "citation_own"))
        elif not headed and _heading_citation(block, citation):
            headed = True  # "Lov u mutnom (Vlastimir Radovanović, 1981)" heads the first entry
            kinds.append((citation, "citation_heading"))
        else:
            before = block[max(0, citation.at - 2) : citation.at].strip()
            quoted = bool(before) and before[-1] in _CLOSING_QUOTES
            first = "citation_first_quoted" if quoted else "citation_first"
            kinds.append((citation, first if i == 0 else "citation_other"))
    return kinds


def _heading_citation(block: str, citation: cues.Citation) -> bool:
    """True when a citation is a line of its own, "Title (Director, Year)": a heading (a blog
    writes each post's so)."""
    start = block.rfind("\n", 0, citation.at) + 1
    end = block.find("\n", citation.at)
    line = block[start : end if end >= 0 else len(block)].strip()
    cited = key(citation.title)
    return bool(cited) and line.endswith(")") and key(line).startswith(cited)


def _weigh(
    ballot: directormodel.DirectorBallot, block: str, labelled_cast: str, title: Title
) -> None:
    """The features that count against a name (labelled as cast, the film's title, page
    furniture) and its mentions beyond the first."""
    cast = {key(n) for n in names(labelled_cast)}
    titles = title.keys()
    for candidate in ballot.candidates.values():
        count = block.count(candidate.value)
        if count > 1:
            ballot.note(candidate, "repeated", min(4.0, count - 1.0), str(count))
        if key(candidate.value) in cast:
            candidate.set("labelled_cast")
        if is_noise(candidate.value):
            candidate.set("furniture")
        if _event_name(candidate.value):
            candidate.set("event_name")  # "Festival Latino de Chicago"
        if _opens_with_fact_label(candidate.value):
            candidate.set("fact_label")  # "Language Per/Engl"
        if key(candidate.value) in titles - {key(title.original or "")}:
            candidate.set("film_title")
        elif key(candidate.value) in titles:
            # "Alageyik – Süreyya Duru (1969)": a heading's part after a dash, read as an
            # original title, may be the director's name that the prose credits too
            candidate.set("heading_dash")
        if possessive.before_other_title(block, candidate.value, titles):
            candidate.set("before_other_title")


def _pool_initials(ballot: directormodel.DirectorBallot) -> None:
    """A name cut to its initial ("K.Vildžiūnas", a caption's) and the name in full
    ("Kristijonas Vildžiūnas") are one person: the full name gains the cut one's evidence (its
    hand score), so a person credited both ways outweighs one credited once as much."""
    full = [c for c in ballot.candidates.values() if not _INITIAL_NAME.fullmatch(c.value)]
    for cut in list(ballot.candidates.values()):
        parts = _INITIAL_NAME.fullmatch(cut.value)
        weight = directormodel.hand_score(cut)
        if not parts or weight <= 0:
            continue
        initial, surname = parts.groups()
        for candidate in full:
            words = candidate.value.split()
            if len(words) >= 2 and words[-1] == surname and words[0].startswith(initial):
                pooled = candidate.features.get("pooled_initial", 0.0) + weight
                ballot.note(candidate, "pooled_initial", pooled, cut.value)


def _beside_own_title(ballot: directormodel.DirectorBallot, block: str, title: Title) -> None:
    """A candidate written in the film's own sentence, a few words from its title, is the
    film's director rather than another's the page names after the same cue."""
    titles = [t for t in (title.title, title.original, title.alt) if t]
    for candidate in ballot.candidates.values():
        if directormodel.hand_score(candidate) > 0 and titlenear.beside_title(
            block, candidate.value, titles
        ):
            ballot.note(candidate, "beside_own_title", 1.0)


#: the kinds of evidence that tie a name to the film's own title
_OWN_TITLE_KINDS = ("quoted_title_by", "genitive_quoted_title", "citation_own", "beside_own_title")


def _after_other_title(ballot: directormodel.DirectorBallot, block: str, title: Title) -> None:
    """When the page credits a name beside the film's own title, a name it writes only a few
    words after another film's title in quotes ("«A» de X et «B» de Y") directs that other
    film: it counts against the name. Without a name tied to the film's own title the title
    found may be another of the page's films, and nothing counts."""
    tied = {
        c.value
        for c in ballot.candidates.values()
        if any(k in c.features for k in _OWN_TITLE_KINDS)
    }
    if not tied:
        return
    titles = title.keys()
    for candidate in ballot.candidates.values():
        if candidate.value in tied:
            continue
        if possessive.after_other_title(block, candidate.value, titles):
            candidate.set("after_other_title")


#: the fields whose label opens a line of facts, never a person's name
_FACT_FIELDS = frozenset({"languages", "runtime", "countries", "year", "genres"})


def _opens_with_fact_label(value: str) -> bool:
    """True when a name's first word is the label of a film fact ("Language Per/Engl",
    "Runtime 93 mins" read whole): a label line under the title, not a person."""
    words = value.split()
    return len(words) >= 2 and bool(set(field_of(words[0]) or ()) & _FACT_FIELDS)


def _first_of_each_cue(ballot: Ballot, credits_only: bool = False) -> None:
    """The first name on the page of those one cue found speaks for the page's first film: a
    page of several entries credits each the same way ("Režisors A … Režisors B"), and the
    later entries are no less often named. With ``credits_only``, only the cues of a credit
    ("after 'Lomās'"), not a list's shape (names met in passing come before the cast)."""
    firsts: dict[str, Candidate] = {}
    named: dict[str, int] = {}
    for candidate in ballot.candidates.values():
        if candidate.line is None:
            continue
        for cue, weight in candidate.evidence:
            if weight <= 0 or (credits_only and not cue.startswith("after '")):
                continue
            named[cue] = named.get(cue, 0) + 1
            first = firsts.get(cue)
            if first is None or candidate.line < (first.line or 0):
                firsts[cue] = candidate
    for cue, candidate in firsts.items():
        if named[cue] >= 2:
            candidate.add("the first of the names one cue found", 0.5)


def _first_of_each_cue_named(ballot: directormodel.DirectorBallot) -> None:
    """The first name on the page of those one cue (a kind and its word) found speaks for the
    page's first film: a page of several entries credits each the same way ("Režisors A …
    Režisors B"), and the later entries are no less often named."""
    firsts: dict[tuple[str, str], Featured] = {}
    named: dict[tuple[str, str], int] = {}
    for candidate in ballot.candidates.values():
        if candidate.line is None:
            continue
        for cue in ballot.cues.get(candidate.value, ()):
            named[cue] = named.get(cue, 0) + 1
            first = firsts.get(cue)
            if first is None or candidate.line < (first.line or 0):
                firsts[cue] = candidate
    for cue, candidate in firsts.items():
        if named[cue] >= 2:
            candidate.set("first_of_cue")


#: a dash opening a line, then a name: a quote's critic ("— Ana Ruiz, El País"), a byline
_DASHED = recache.compile(r"(?m)^[ \t]*[-–—―][ \t]*([^\n]{1,80})")


def _measure(ballot: directormodel.DirectorBallot, block: str, title: Title) -> None:
    """The general measures of each name: mentions, how early, how many kinds of cue agree,
    one word, in the title, after a dash opening a line, the earliest of the ballot."""
    keys = title.keys()
    title_words = {w for t in keys for w in t.split() if len(w) > 2}
    lined = [c for c in ballot.candidates.values() if c.line is not None]
    earliest = min(lined, key=lambda c: c.line or 0) if lined else None
    dashed = _DASHED.findall(block)
    for candidate in ballot.candidates.values():
        value = candidate.value
        candidate.set("mentions", math.log1p(block.count(value)))
        if candidate.line is not None:
            candidate.set("early", max(0.0, 1.0 - candidate.line / 40))
        kinds = sum(1 for f in candidate.features if f in directormodel.VOTES)
        candidate.set("kinds", math.log1p(kinds))
        if len(value.split()) == 1:
            candidate.set("one_word")
        if title_words & set(key(value).split()):
            candidate.set("in_title")
        if any(d.startswith(value) for d in dashed):
            candidate.set("after_dash")
        if candidate is earliest:
            candidate.set("first_named")
        if len(ballot.candidates) == 1:
            candidate.set("sole")
    _parts(ballot)


#: the kinds of cue that name a director whatever the title chooser took for the title
_CREDITING = frozenset(
    {"labelled", "strong_cue", "directed_by", "role_noun", "before_role_word", "apposed"}
    | {"label_in_line", "label_opens_part", "label_after_comma"}
)


def _places(ballot: directormodel.DirectorBallot) -> None:
    """A name taken for the film's title that a director's cue names all the same: a page
    whose heading is the director's name, the film's title written in its text; not a name
    holding a function word ("Le cinéaste La Longue Route est un film": the title)."""
    for candidate in ballot.candidates.values():
        if "film_title" not in candidate.features or not _CREDITING & set(candidate.features):
            continue
        if not directorplaces.holds_function_word(candidate.value):
            candidate.set("title_yet_cued")


def _parts(ballot: directormodel.DirectorBallot) -> None:
    """A name written inside a longer candidate ("Pedro C" in "Pedro Costa", "アイダ" in
    "アイダ・パナハンデ"): a name cut short; the longer one holds it."""
    keys = {c.value: f" {key(c.value)} " for c in ballot.candidates.values()}
    for short in ballot.candidates.values():
        mine = keys[short.value]
        if len(mine.strip()) < 2:
            continue
        for long in ballot.candidates.values():
            theirs = keys[long.value]
            if long is short or len(theirs) <= len(mine):
                continue
            if mine in theirs or theirs.startswith(mine.rstrip()):
                short.set("inside_longer")
                long.set("holds_shorter")
                # "Pedro C", "アイダ" ("アイダ・パナハンデ"); not a particle glued on ("봉준호의")
                if long.value.startswith(short.value) and len(long.value) > len(short.value) + 1:
                    long.set("completes_start")
                    weight = directormodel.hand_score(short)
                    if weight > 0 and _cut_short(short.value, long.value):
                        pooled = long.features.get("pooled_start", 0.0) + weight
                        ballot.note(long, "pooled_start", pooled, short.value)


#: the letters a Chinese or Japanese name is written in (a given name after the family name)
_HAN_NAME = recache.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def _cut_short(short: str, long: str) -> bool:
    """True when ``short`` is ``long`` cut inside a word: at an initial ("Pedro C", "Pedro
    Costa"), in Chinese characters before the given name ("諏訪", "諏訪敦彦"), or before a
    generation ("Filho", "Jr."); not a name
    with an ending or a particle glued on ("Nehir Tuna’nın", "Peter Lindholmin")."""
    rest = long[len(short) :]
    if _HAN_NAME.fullmatch(short) and _HAN_NAME.fullmatch(rest):
        return True
    if len(short.split()) >= 2 and is_generation(rest.strip(" ,")):
        return True  # "Kleber Mendonça" and "Kleber Mendonça Filho": one name, its generation
    last = short.split()[-1]
    return len(short.split()) >= 2 and len(last) == 1 and last.isupper() and rest.isalpha()


def _event_name(value: str) -> bool:
    """True when a word of ``value`` is a word for an event ("Festival Latino de Chicago")."""
    return any(w.lower().startswith(cues.event_stems()) for w in value.split())


def writers(labelled: str, block: str, why: Why | None) -> list[str]:
    """Writers: the labelled value, else names after a "written by" cue."""
    found = names(labelled)
    if found:
        return found
    ballot = Ballot()
    for mention in cues.mentions(block, "written_by", limit=4):
        ballot.add(mention.name, f"after '{mention.cue}'", 2.0)
    if why is not None and ballot.candidates:
        why.record("writers", ballot)
    best = ballot.best()
    return [best.value] if best else []


#: what separates the names of a list on one line ("A, B, C", "A / B / C", "A · B · C")
_NAME_LIST_SPLIT = re.compile(r"[,|、،]|\s[/·•]\s")


def name_lines(block: str) -> list[list[str]]:
    """Lines, or the ";"-separated segments or the part after a colon of a line, that hold
    nothing but three or more people's names ("Michael Ward, Olivia Colman, Colin Firth",
    "… wr. Celine Song; Greta Lee, Teo Yoo, John Magaro", "… з'являться: Жанна Озірна, …")."""
    return [list(parts) for parts in _name_lines(block)]


@lru_cache(maxsize=2)  # the cast's readers ask for the same page
def _name_lines(block: str) -> tuple[tuple[str, ...], ...]:
    found: list[tuple[str, ...]] = []
    for line in block.splitlines():
        line = without_asides(line) if "(" in line else line  # "Colin Firth (The King’s Speech), …"
        segments = (
            [*line.split(";"), line.rsplit(":", 1)[-1]] if ";" in line or ":" in line else [line]
        )
        for segment in segments:
            parts = [p.strip(" .") for p in _NAME_LIST_SPLIT.split(segment)]  # "A / B / C"
            parts = [p for p in parts if p]
            if len(parts) >= 3 and all(fl.is_name(p) or fl.is_uncased_name(p) for p in parts):
                found.append(tuple(parts))
                break
    return tuple(found)


def _crew_labelled(block: str, listed: list[str]) -> bool:
    """True when the first name of ``listed`` follows the label of another field and its colon
    ("プロデューサー:A、B、C", "… | Sceneggiatura: A, B, C | …"): that crew's, no actors."""
    at = block.find(listed[0])
    while at >= 0:
        # where the list is: its second name a separator after the first
        end = at + len(listed[0])
        follows = len(listed) < 2 or listed[1] in block[end : end + len(listed[1]) + 6]
        head = _LABEL_BEFORE.search(block, max(0, at - 60), at) if follows else None
        if head is not None:
            fields = set(field_of(head.group(1).strip()))
            return bool(fields) and "cast" not in fields
        at = block.find(listed[0], at + 1)
    return False


#: a label and its colon right before a name, at a line's start or after a cell's bar
_LABEL_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=[|•]))\s*([^\W\d_][^:：|•\n]{0,40}?)\s*[:：]\s*$")


def name_runs(block: str) -> list[list[str]]:
    """Three or more names listed in a sentence, the first after other words and the last
    before them: "Filmis teevad kaasa veel Maria Peterson, Hilje Murel, Ivo Uukkivi …",
    "účinkujú Dominika Morávková, Peter Bebjak, Roman Polák a ďalšie známe tváre"."""
    return [list(run) for run in _name_runs(block)]


@lru_cache(maxsize=4)  # read by two readers of the cast of each page
def _name_runs(block: str) -> tuple[tuple[str, ...], ...]:
    found = []
    # "cajilo A, B," / "C, D,": a list's line broken after a comma goes on on the next line
    for line in _AFTER_COMMA_BREAK.sub(", ", block).splitlines():
        commas = line.count(", ") + line.count("، ")
        if not commas:
            continue  # fewer than two parts
        if "(" in line:  # "Beto Kusyairy (Wahid), Khir Rahman (Usup)": the characters go
            line = _PART_ASIDE.sub("", line)
        parts = [_conjunction().sub("", p.strip()) for p in re.split(r"[,،]\s*", line)]
        run: list[str] = []
        for i, part in enumerate([*parts, ""]):
            whole = _run_name(part.strip(" ."), run, line)
            if run and whole:
                run.append(part.strip(" ."))
                continue
            last = cues.name_at(part, 0) if run else None
            if last:
                run.extend(cues.names_from(part, 0, limit=2))
            run = [name for name in run if not _hangul_unlike_name(name)]
            # "A, B and C" (one comma): three names, unless a crew's cue is right before them
            if len(run) >= 3 and (commas > 1 or not _after_crew_cue(line, run[0])):
                found.append(run)
            run = [part.strip(" .")] if whole else []
            # a nickname in quotes after the first name goes: "Yvonne Cherryl ‘Monalisa’"
            first = None if whole else headfinal.name_before(_NICKNAME.sub("", part))
            run = [first] if first and i < len(parts) - 1 else run
    return tuple(map(tuple, found))


#: a line's break right after a comma (a blank line at most between), the next line not blank
_AFTER_COMMA_BREAK = re.compile(r",[ \t]*\n(?:[ \t]*\n)?(?=[ \t]*\S)")


def _facts_cut(run: list[str]) -> list[str]:
    """``run`` without the parts after its names that name no one: "A, B, C, Fiction, France,
    1995" (a line of credits and facts) lists A, B and C."""
    end = len(run)
    while end and person(run[end - 1]) is None:
        end -= 1
    return run[:end]


def _after_crew_cue(line: str, first: str) -> bool:
    """True when a cue of another credit stands right before ``first`` in ``line`` ("une
    pièce écrite par A, B et C", "directed by A, B and C"): the crew, no actors."""
    before = line[: max(0, line.find(first))].rstrip(" :：,")
    return _crew_cue_end().search(before[-_CREW_CUE_REACH:]) is not None


#: the characters before a list's first name searched for a crew's cue
_CREW_CUE_REACH = 40


@cache
def _crew_cue_end() -> re.Pattern[str]:
    """A crew's cue of any language ending a text: "directed by", "écrit par", "par"."""
    words = (*lang.cues("directed_by"), *lang.cues("written_by"), *lang.cues("by"))
    return recache.compile(rf"(?<![^\W\d_])(?:{alternation(words)})\Z", re.I)


def _hangul_unlike_name(part: str) -> bool:
    """True for a part of a list in Hangul that no Korean name is like: a name is one word of
    two to four syllables that ends in no modifier's ending (``non_name_endings``: "다양한",
    "간결하게"); "실시간 속보, 문화생활 및 다양한 분야의" lists no one."""
    if not _HANGUL.search(part):
        return False
    return not _HANGUL_NAME.fullmatch(part) or part.endswith(lang.cues("non_name_endings"))


_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HANGUL_NAME = re.compile(r"[\uac00-\ud7a3]{2,4}")


#: a short aside in parentheses that closes a part of a list: "Khir Rahman (Usup),"; not one
#: that holds a separator itself ("Mike van Diem (o.a. Karakter, De Surprise)" stays whole)
_PART_ASIDE = re.compile(r"\s*\([^()\n,،;]{1,40}\)(?=\s*(?:[,،]|$))")


#: a nickname in quotes written after a name: "Yvonne Cherryl ‘Monalisa’"
_NICKNAME = re.compile(r"\s+[‘'\"“«][^\W\d_][^‘’'\"”»\n]{0,20}[’'\"”»]\s*$")


@cache
def _conjunction() -> re.Pattern[str]:
    """ "and" opening a list's last part ("A, B, and C", "A, B y C")."""
    return recache.compile(rf"^(?:{'|'.join(map(re.escape, lang.cues('conjunctions')))})\s+")


def _run_name(part: str, run: list[str], line: str) -> bool:
    """A name in a list of names: capitalised words, not in capitals in lower-case prose
    (there they are titles: "THE SOUND OF MUSIC, MIDNIGHT COWBOY"); after two names, one
    capitalised word too ("Afdlin Shauki, Rashidi Ishak, Sathia, Indi")."""
    if part.isupper() and len(re.findall(r"[^\W\d_]", line)) > 2 * sum(map(str.isupper, line)):
        return False
    if fl.is_name(part):
        return True
    return (
        len(run) >= 2
        and re.fullmatch(r"[^\W\d_][\w'’-]+", part) is not None
        and part[0].isupper()
        and not part.isupper()
        and country_name(part) is None
    )


_AS_ROLE = re.compile(
    r"^\s*(?:[-•*·▪]\s*)?(.+?)(?:\s+(?:-(?=as-))?(?:as|als|comme|como|nel ruolo di)"
    r"(?:(?<=-as)-)?\s+\S.*"
    r"|\s*(?:\.{3}|…)\s*(.*))$"
)


#: a line that is a name and its role in parentheses: "Esti Yerushalmi (Simone)",
#: "חנה אזולאי הספרי (בימוי)"
_IN_PARENTHESES = re.compile(r"^\s*(?:[-•*·▪]\s*)?([^()\d]{3,60}?)\s*\(([^()\d]{1,40})\)\s*$")


#: an aside in square brackets inside a role: "Nihad [5 years]"
_BRACKETED = re.compile(r"\s*\[[^\[\]\n]{0,30}\]")


@lru_cache(maxsize=4096)  # the director, writer and cast readers go over the same lines
def _role_line(line: str) -> tuple[str, str] | None:
    """The name and the role of a cast row "Name as Character", "Name ... Character" or
    "Name (Character)" (an aside in brackets dropped from the role: "Nihad [5 years]"), or None."""
    line = _BRACKETED.sub("", line) if "[" in line else line
    match = _AS_ROLE.match(line)
    if match and fl.is_name(match.group(1).strip()):
        return match.group(1).strip(), (match.group(2) or "").strip(" ()")
    match = _IN_PARENTHESES.match(line)
    if match is None:
        return None
    name, role = match.group(1).strip(), match.group(2).strip()
    shaped = fl.is_name(name) or is_uncased_name(name)
    if not shaped or len(role.split()) > 4 or country_name(role) is not None:
        return None
    return name, role


def crew_in_parentheses(block: str, field: str) -> list[str]:
    """People written "Name (label)" on a line of their own, the label one of ``field``'s
    ("Michael Mann (regia)"; in a credit list: "חנה אזולאי הספרי (בימוי)" above "אסתי ירושלמי
    (סימון)")."""
    rows = [row for row in map(_role_line, block.splitlines()) if row]
    return [name for name, role in rows if field in field_of(role)]


#: a short label in parentheses inside a line, after a name
_LABEL_IN_PARENTHESES = re.compile(r"(?<=[^\W\d_])\s*\(([^()\d\n]{3,30})\)")


def crew_in_parentheses_inline(block: str, field: str) -> list[str]:
    """People written "Name (label)" inside a line, the label one of ``field``'s alone:
    "Hernán Guerschuny (director) y Pablo Udenio (productor)"."""
    found = []
    for match in _LABEL_IN_PARENTHESES.finditer(block):
        if field_of(match.group(1).strip()) != (field,):
            continue
        start = block.rfind("\n", 0, match.start()) + 1
        head = block[start : match.start()]
        inverted = _INVERTED_END.search(head)  # "Roustayi, Saeed (Réalisateur de film)"
        if inverted and fl.is_name(f"{inverted.group(2)} {inverted.group(1)}"):
            found.append(inverted.group(0).strip())
            continue
        name = headfinal.name_before(head)
        if name and fl.is_name(name):
            found.append(name)
    return found


#: a name written surname first, a comma, then the given names, ending a text: "Roustayi,
#: Saeed", as library catalogues write their authors (the name is kept as written)
_INVERTED_END = re.compile(
    r"(?:^|(?<=[\s)]))([A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+)?),[ \t]+"
    r"([A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+)?)$"
)


def role_lists(block: str) -> list[list[str]]:
    """Runs of two or more lines "Name as Character", "Name ... Character" or "Name
    (Character)" (a cast list written out); a line whose role is a crew label ("…
    (Director)") is no actor's."""
    runs: list[list[str]] = []
    current: list[str] = []
    for line in [*block.splitlines(), "."]:  # a last line that ends the last run
        row = _role_line(line)
        crew = row is not None and bool(row[1]) and bool(set(field_of(row[1])) - {"cast"})
        if row and crew:
            continue  # the director among the cast rows: the list goes on
        if row:
            current.append(row[0])
            continue
        if line.strip() or not current:
            if len(current) >= 2:
                runs.append(current)
            current = [] if line.strip() else current
    return runs


def role_rows_under_label(block: str) -> list[list[str]]:
    """The actors of two or more rows "Name as Character" or "Name -as- Character" right
    under a line that is the cast's label alone ("CAST"): the whole list, of which a label
    reader takes the first row only."""
    lines = [line.strip() for line in block.splitlines()]
    found = []
    for i, line in enumerate(lines[:-2]):
        if not line or len(line) > 30 or field_of(line.rstrip(":：")) != ("cast",):
            continue
        rows = []
        for text in lines[i + 1 : i + 60]:
            row = _role_line(text)
            if row is None or not _AS_ROLE.match(text):
                break
            rows.append(row[0])
        if len(rows) >= 2:
            found.append(rows)
    return found


#: two or more names in parentheses after a lower-case word: "två unga tjejer (Linda Molin,
#: Fanny Ketter)", the actors of the characters described
_DESCRIBED = re.compile(r"(?<![^\W\d_])([^\W\d_]*[a-zà-ÿ])\s+\(\s*([^()\d\n]{5,120}?)\s*\)")


@lru_cache(maxsize=2)  # the directors' reader and the cast's ask for the same page
def _described(block: str) -> tuple[re.Match[str], ...]:
    return tuple(_DESCRIBED.finditer(block))


def described_in_parentheses(block: str, directors: bool = False) -> list[list[str]]:
    """The names listed in parentheses after a description of the characters they play, each
    a full name ("two young girls (Linda Molin, Fanny Ketter)", "les personnages secondaires
    (superbes Louis-Do de Lencquesaing et Guka Han)"); not after a crew's role word
    ("European directors (François Truffaut, Bernardo Bertolucci)"), nor a few words after a
    director's ("sus directores, los hermanos Salazar (Juanpedro Salazar y Francisco
    Salazar)"): those lists alone with ``directors``."""
    found = []
    for match in _described(block):
        if set(field_of(match.group(1))) - {"cast"} or cues.is_director_noun(match.group(1)):
            continue
        if match.group(1)[0].isupper() and not directors:
            continue  # "Hlynur Pálmason (A White, White Day)": a name's aside, its films
        before = block[max(0, match.start() - 40) : match.start()].split()[-4:]
        if any(cues.is_director_noun(w.strip(",;:")) for w in before) != directors:
            continue
        listed = [n.strip() for n in _list_split().split(match.group(2))]
        # lower-case words before the first name describe them all: "(superbes A et B)"
        words = listed[0].split()
        while len(words) > 2 and words[0].islower():
            words.pop(0)
        listed[0] = " ".join(words)
        if len(listed) >= 2 and all(_full_name(n) for n in listed):
            found.append(listed)
    return found


def apposed_cast(block: str) -> list[list[str]]:
    """Two or more actors listed on a line each with the word for actor after the name, in
    apposition: "Guðmundur Ingi aðalleikari og framleiðandi myndarinnar, Oliwia Drozdzyk
    aðalleikona, Þóra Karítas leikkona og Birgir Hilmarsson tónskáld"."""
    found = []
    for line in block.splitlines():
        if line.count(",") + line.count(" ") < 6:
            continue
        actors = []
        for part in _list_split().split(line):
            words = part.strip(" .").split()
            if len(words) < 3 or field_of(words[-1]) != ("cast",):
                continue
            name = headfinal.name_before(" ".join(words[:-1]))
            if name and fl.is_name(name):
                actors.append(name)
        if len(actors) >= 2:
            found.append(actors)
    return found


@cache
def _caption_in() -> str:
    """The words for "in" before a film's name, of any language ("A & B in Title", "A et B
    dans Title")."""
    return lang.alternation("quote_in")


def captions(block: str, title: str) -> list[str]:
    """The actors of photo captions, in page order: a line that opens with two or more names
    joined by commas and "&" or "and", then the word for "in" and the film's title
    ("Nkem Owoh & Genevieve Nnaji in Lionheart - image courtesy of …"). An aside after a name
    is read as blank ("A og B (til høyre)"); up to three lower-case words may stand between
    the word for "in" and the title ("i en scene fra «Title»", "ve filmu Title (1965)") when
    the title ends the caption."""
    if len(title.strip()) < 2 or not _caption_place(block, title.strip()):
        return []
    quote = _QUOTE
    pattern = re.compile(
        rf"(?im)^[ \t]*(?P<names>[^\n]{{5,160}}?)\s+(?:{_caption_in()})\s+"
        rf"(?P<gap>(?:[^\W\d_]+[ \t]+){{0,3}}?)(?:{quote} ?)?"
        rf"{re.escape(title.strip())}(?: ?{quote})?(?P<end>[ \t]*$|[ \t]*[-–—|(,:.])"
    )
    found: list[str] = []
    for match in pattern.finditer(block):
        if match.group("gap") and not _caption_gap(match.group("gap"), block, match.end("end")):
            continue
        names = _CAPTION_ASIDE.sub("", match.group("names"))
        parts = [p.strip(" .") for p in _list_split().split(names)]
        parts = [p.strip() for part in parts for p in part.split(" & ")]
        if len(parts) >= 2 and all(_full_name(p) for p in parts):
            found.extend(parts)
    return dedupe(found)


_QUOTE = "[\"“”'‘’«»]"
#: an aside in parentheses after a caption's name: "(til høyre)", "(left)"
_CAPTION_ASIDE = re.compile(r"[ \t]*\([^()\n]{1,30}\)")
#: what may follow the title that ends a caption: its year, a full stop, a photo credit
_CAPTION_END = re.compile(r"[ \t]*(?:\((?:18|19|20)\d\d\))?[ \t.]*(?:$|\|)", re.MULTILINE)


def _caption_gap(gap: str, block: str, end: int) -> bool:
    """Whether the words between the word for "in" and the title are a caption's ("a scene
    from", "filmu"): lower-case words on the caption's line, the title ending the caption."""
    if not gap.islower():
        return False
    tail = block[end - 1 : end] if end and block[end - 1 : end] == "(" else ""
    return _CAPTION_END.match(block, end - len(tail)) is not None


def _caption_place(block: str, title: str) -> bool:
    """Whether the title is written after the word for "in" somewhere (what every caption
    needs): checked before the caption pattern, which holds the title, is compiled."""
    if not may_hold(caseless(block), title):
        return False  # nor the pattern of the title's places
    before = _caption_in_before()
    return any(
        before.search(block, max(0, at - 120), at)
        # the caption's end after the title, and its names from a line's start before it
        and _caption_end_after().match(block, at + len(title))
        and _caption_head().search(block, 0, at)
        for at in literal_starts(block, title, ignorecase=True)
    )


@cache
def _caption_head() -> re.Pattern[str]:
    """A caption's names and the word for "in" up to the title (:func:`captions`'s pattern
    before the title, ending where the title begins)."""
    return recache.compile(
        rf"(?im)^[ \t]*[^\n]{{5,160}}?\s+(?:{_caption_in()})\s+"
        rf"(?:[^\W\d_]+[ \t]+){{0,3}}?(?:{_QUOTE} ?)?\Z"
    )


@cache
def _caption_end_after() -> re.Pattern[str]:
    """What follows the title that ends a caption (:func:`captions`'s pattern after it)."""
    return recache.compile(rf"(?im)(?: ?{_QUOTE})?(?:[ \t]*$|[ \t]*[-–—|(,:.])")


@cache
def _caption_in_before() -> re.Pattern[str]:
    """The word for "in" (then up to three words and an opening quote) just before a
    position."""
    gap = r"(?:[^\W\d_]+[ \t]+){0,3}"
    return recache.compile(rf"(?i)\s(?:{_caption_in()})\s+{gap}(?:{_QUOTE} ?)?\Z")


def _full_name(text: str) -> bool:
    """A name of two words or more, not in capitals (a title: "MIDNIGHT COWBOY"), without a
    possessive or a comma inside (titles: "God's Pocket", "Two Days, One Night")."""
    return (
        len(text.split()) >= 2
        and not text.isupper()
        and "," not in text
        and not _POSSESSIVE_WORD.search(text)
        and fl.is_name(text)
    )


#: a word in the English possessive: no word of a person's name ("God's Pocket", a title)
_POSSESSIVE_WORD = re.compile(r"[^\W\d_][’']s\b")


@cache
def _list_split() -> re.Pattern[str]:
    """A comma or the word for "and" of any language between names."""
    return recache.compile(rf",\s*|\s+(?:{lang.alternation('conjunctions')})\s+")


def paired_with_characters(
    block: str,
    before: list[cues.Mention] | None = None,
    attributions: Sequence[str] = (),
    code: str | None = None,
) -> list[str]:
    """Actors named with the character they play, in page order: in parentheses after the
    character ("Ma (Wu Renlin)", "همسرش (برنیس بژو)") and beside a role cue ("Ario Bayu,
    sebagai Ardi", "城戸役の妻夫木聡さん"), or alone before a role word ("Jessica Chastain in
    der Hauptrolle"; ``before``: :func:`.cues.cast_before` of the block, if read already);
    each pair names one actor, the pairs make the list. A name in parentheses after a name of a
    list ("A (Orked), B (Mak Inom), C (Pak Atan)") or of a run of rows "Name (Character)" is
    that actor's character, no actor; nor is a name in parentheses that hold a quote's critic
    or outlet (``attributions``: "Algemeen Dagblad (Ab Zagt)", "(Mick LaSalle, Variety)").
    Surnames alone in parentheses count where the page pairs two or more so ("Gail (Posey),
    son-in-law Alan (Gregg)": :func:`.roles.cased_word_pairs`). ``code``: the page's language,
    whose own words for "as" pair too ("Alan Rickman som Reagan")."""
    rows = [*name_lines(block), *name_runs(block), *(r for r in role_lists(block) if len(r) >= 3)]
    listed = {key(n) for line in rows for n in line}
    found = [(block.find(name), name) for name in sentences.character_cast(block)]
    found = [(at, name) for at, name in found if not _attribution(block, at, attributions)]
    if listed:  # "Colin Firth (The King’s Speech), Nicole Kidman (…)": the names listed act
        found = [(at, name) for at, name in found if not _aside_of_listed(block, at, listed)]
    found.extend((m.at, m.name) for m in roles.role_pairs(block, code))
    before = cues.cast_before(block) if before is None else before
    found.extend((m.at, m.name) for m in before if "; " not in m.name)
    found.extend((m.at, m.name) for m in roles.uncased_in_parentheses(block))
    found.extend((m.at, m.name) for m in roles.marked_in_parentheses(block))
    found.extend((m.at, m.name) for m in roles.glued_in_parentheses(block))
    found.extend((m.at, m.name) for m in roles.capitals_in_parentheses(block))
    found.extend((m.at, m.name) for m in roles.cjk_in_parentheses(block))
    found.extend((m.at, m.name) for m in roles.hangul_pairs(block))
    found.extend((m.at, m.name) for m in roles.cased_word_pairs(block))
    return dedupe(name for _, name in sorted(found, key=lambda pair: pair[0]))


#: the most characters inside the parentheses of a pair
_LONGEST_ASIDE = 120


def _attribution(block: str, at: int, attributions: Sequence[str]) -> bool:
    """True when the parentheses around ``at`` hold one of ``attributions`` (a quote's critic
    or outlet), or the name before them is one, or an outlet the quote catalogues know ("The
    Guardian (Peter Bradshaw)"): the source of a quote, not a pairing."""
    start = block.rfind("(", 0, at) + 1
    end = block.find(")", at)
    inside = block[start:end] if start and end >= 0 else ""
    if "\n" in inside or len(inside) > _LONGEST_ASIDE:
        return False  # the name stands outside parentheses there
    before = block[max(0, start - 80) : max(0, start - 1)].rstrip()
    if _known_outlet_before(before):
        return True
    return any(
        len(source) >= 3 and (source in inside or before.endswith(source))
        for source in attributions
    )


#: the most words of an outlet's name read before a pair's parentheses
_OUTLET_WORDS = 4


def _known_outlet_before(before: str) -> bool:
    """True when ``before`` ends with a line that holds only an outlet the quote catalogues
    know ("The Guardian (Peter Bradshaw)", "Sight and Sound (…)"): a critic in parentheses
    follows an outlet, an actor a character."""
    line = before.rsplit("\n", 1)[-1].strip()
    return len(line.split()) <= _OUTLET_WORDS and listed_outlet(line)


def _aside_of_listed(block: str, at: int, listed: set[str]) -> bool:
    """True when the name at ``at`` is in parentheses after a name of a line that lists only
    names (with asides): the aside of a credit list, not an actor."""
    before = block[max(0, at - 60) : at].rstrip(" (")
    words = before.split()[-3:]
    return any(key(" ".join(words[i:])) in listed for i in range(len(words) - 1))


def cast(
    labelled: str,
    sentence: str,
    block: str,
    synopsis: str,
    why: Why | None,
    title: str = "",
    directors: Sequence[str] = (),
    all_labelled: Sequence[str] = (),
    attributions: Sequence[str] = (),
    unknown: Sequence[str] = (),
) -> list[str]:
    """The cast: the labelled list, else the best list after a cast cue, else actors named
    in parentheses after their characters or beside a word of acting (never ``directors``
    nor the ``title`` there). ``all_labelled``: every value of a cast label, in page order
    (the leads' label, then the other actors': see :func:`_labelled_in_turn`);
    ``attributions``: the critics and outlets of the page's quotes, no actors' pairs."""
    ballot = Ballot()
    joined = _labelled_in_turn(all_labelled, block)
    if joined:
        _list_vote(ballot, joined, "labelled, the leads' label then the others' right below", 6.5)
    captioned = captions(block, title)
    if captioned:
        _list_vote(ballot, captioned, "named in photo captions 'A & B in Title'", 1.75)
    prose = cues.cast_lists(block)
    # "Temuera MorrisonRena Owen…", "張震和楊靜怡": a page's list items glued, parted again
    labelled = castrows.parted_as_read(labelled, [m.name.split("; ") for m in prose])
    # "A (Bruno) B (Tina) C (Poeta)": pairs of a name and its role with nothing between
    labelled = castrows.paired_apart(labelled)
    # "Yalitza Aparicio Marina de Tavira": names parted by spaces only, cut at given names
    labelled = castrows.spaced_apart(labelled, familyfirst.on_page(block))
    _list_vote(ballot, names(castrows.unglued(labelled), field="cast"), "labelled", 6.0)
    for listed in _lists_under_unknown_label(unknown, directors)[:1]:
        # "Pelakon: A, B, C" in a language the modules lack: the longest list of the credits
        weight = 3.0 + min(1.0, 0.25 * len(listed))
        _list_vote(ballot, listed, "names listed under a label no language knows", weight)
    for pair in _pair_under_unknown_label(unknown, directors):
        # below any other cue of the cast: two names under an unknown label may be a crew's
        _list_vote(ballot, pair, "two names, the only pair under a label no language knows", 1.0)
    _list_vote(
        ballot, sentences.prose_cast(sentence), "after a cast cue in the credit sentence", 3.0
    )
    inline = linelabels.label_lists(block, "cast")
    read: dict[tuple[int, str], tuple[float, str]] = {}
    for mention in [*prose, *inline, *linelabels.segment_lists(block, "cast")]:
        listed = mention.name.split("; ")
        # a label and a colon inside a line is a credit, as it is for the director
        weight = 1.0 + min(2.0, 0.5 * len(listed)) + (0.5 if mention in inline else 0.0)
        if castpairs.credit_line(block, mention.at, mention.cue, listed):
            weight += 1.0  # "com A e B" alone on its line: a credit, as a label's value is
        elif _short_preposition(mention.cue):
            weight -= 0.75  # "with", "con", "amb": any company follows them, not only a cast
        # one list read by two readers ("DIE STARS: A", the cue "Stars" and a label) is one vote
        at = (block.find(listed[0], mention.at), mention.name)
        read[at] = max(read.get(at, (0.0, "")), (weight, mention.cue))
    for (_, name), (weight, cue) in read.items():
        _list_vote(ballot, name.split("; "), f"after '{cue}'", weight)
    for joined in _paragraph_lists(block, prose):
        # the lists of each cue joined: above each of them, whose weight may be as high
        weight = 1.25 + min(2.0, 0.5 * len(joined))
        _list_vote(ballot, joined, "after cast cues of one paragraph", weight)
    before = cues.cast_before(block)
    for mention in before:
        listed = mention.name.split("; ")
        if len(listed) == 1:
            continue  # one actor: among those paired with their roles
        _list_vote(ballot, listed, f"before '{mention.cue}'", 1.0 + min(2.0, 0.5 * len(listed)))
    for listed in described_in_parentheses(block):
        _list_vote(ballot, listed, "in parentheses after the characters described", 1.75)
    acting = acting_names(block, [*directors, title])
    characters = paired_with_characters(block, before, attributions, text_language(block))
    # "Elliot Crossett Hove (Winter Brothers) mesmerises as …": the aside of an actor, his films
    characters = [n for n in characters if not any(f"{a} ({n}" in block for a in acting)]
    # each pair is read on its own: a word read as one ("女優主演賞") drops no other pair
    characters = [n for n in characters if not holds_non_name_word(n)]
    weight = 1.0 + min(2.0, 0.5 * len(characters))
    _list_vote(ballot, characters, "paired with their characters", weight)
    _list_vote(ballot, acting, "beside a word of acting", 1.0 + min(2.0, 0.5 * len(acting)))
    if acting and characters:  # each names actors one by one: together, in page order
        both = sorted(dedupe([*characters, *acting]), key=lambda n: block.find(n))
        weight = 1.0 + min(2.0, 0.5 * len(both))
        _list_vote(ballot, both, "paired with characters or beside a word of acting", weight)
    runs = [
        run
        for run in (castheads.headless(_facts_cut(run), block) for run in name_runs(block))
        if len(run) >= 3 and all(map(person, run)) and not _crew_labelled(block, run)
    ]  # not "Sceneggiatura: A, B, C"
    others = [*prose, *(m for m in before if "; " in m.name)]
    others.extend(cues.Mention("; ".join(run), "", block.find(run[0])) for run in runs)
    # one lead told twice (paired with the character and beside a word of acting) leads too
    leads = characters if len(characters) >= 2 else [n for n in characters if n in acting]
    for joined in _leads_and_others(block, leads, others):
        _list_vote(ballot, joined, "paired with characters, then others listed later", 2.75)
    for listed_line in (castheads.headless(listed, block) for listed in name_lines(block)):
        if not _crew_labelled(block, listed_line):
            _list_vote(ballot, listed_line, "a line that only lists names", 2.5)
    for run in runs:  # each a name: where a part is none, the commas part clauses
        # in scripts without capitals any clauses between commas have a name's shape: such a
        # list counts on a line that holds a word of the cast, or says the list goes on, only
        caseless = any(is_uncased_name(name) for name in run)
        if caseless and not castruns.on_cast_line(block, run):
            continue
        weight = 1.5 if caseless else 2.0
        # a long run is likelier the cast than a few names met in passing
        weight += min(1.0, 0.2 * max(0, len(run) - 4))
        if not caseless and castpairs.in_cast_sentence(block, run[0]):
            weight += 1.0  # its sentence says whom it lists
        elif castheads.fills_line(block, run):
            weight += 0.5  # "Jupudi A, B, C, D et al.": a credit line, its cue unknown
        _list_vote(ballot, run, "three or more names listed in a sentence", weight)
    for listed in castheads.headed_lines(block, [*directors, title]):
        # "pahota A e B" below "de Jonathan Glazer": a credit whose cue no language knows
        weight = 2.0 + min(1.0, 0.25 * len(listed))
        _list_vote(ballot, listed, "names alone on a line near the credits, after a word", weight)
    for run in castruns.uncased_runs(block):
        cue = "names of a script without capitals between commas, a word of the cast beside"
        _list_vote(ballot, run, cue, 2.5)
    for run in castruns.before_list_end(block):
        cue = "names of a script without capitals before a list's end, the cast said after it"
        _list_vote(ballot, run, cue, 2.0 + min(2.0, 0.5 * len(run)))
    for run in castruns.joined_runs(block):
        cue = "names of a script without capitals joined by 'and', a word of the cast beside"
        _list_vote(ballot, run, cue, 2.5)
    for run in role_lists(block):
        _list_vote(ballot, run, "lines of 'Name as Character'", 2.5)
    for run in role_rows_under_label(block):  # above the label's first row read alone
        _list_vote(ballot, run, "rows 'Name as Character' under the cast's label", 6.5)
    for run in asiderows.aside_rows_under_label(block):  # above the label's first row
        _list_vote(ballot, run, "rows 'Name (aside)' under the cast's label", 6.5)
    for run in colonrows.colon_rows_under_heading(block):  # above the first pair read alone
        _list_vote(ballot, run, "pairs 'Actor: Character' under the cast's heading", 6.5)
    for run in colonrows.colon_pairs_after_label(block):  # above the label's first cell
        _list_vote(ballot, run, "pairs 'Character: Actor' after the cast's label on its line", 6.5)
    for run in castrows.dash_role_lists(block):
        # a long list of rows is likelier the cast than a name met in a sentence
        weight = 2.5 + min(1.0, 0.2 * max(0, len(run) - 3))
        _list_vote(ballot, run, "rows 'Actor – Character' without a heading", weight)
    for run in apposed_cast(block):
        _list_vote(ballot, run, "names each with the word for actor after it", 2.0)
    for run in roles.flattened_roles(block):
        # above the actors paired one by one, who take the character's words with them
        _list_vote(ballot, run, "rows of 'Name as Character' flattened into a line", 3.25)
    for rows in castrows.cast_rows(block):
        _list_vote(ballot, rows, "rows of a cast table", 2.5)
    for rows in castrows.dash_rows(block):  # the labelled value read as its rows
        _list_vote(ballot, rows, "rows 'Character - Actor' under the cast's label", 6.5)
    for rows in castrows.actor_noun_asides(block):
        _list_vote(ballot, rows, "names each with the word for actor in parentheses", 3.0)
    for rows in castrows.column_under_header(block):
        _list_vote(ballot, rows, "a table's column headed by the word for actor", 3.0)
    for column, under_label in castrows.name_columns(block, [title, *directors]):
        if not under_label and not any(map(opens_with_given_name, column)):
            continue  # "Blog Archive" / "Search This Blog": a sidebar's headings, no one's
        # a column under the cast's label is that label's value; a bare one, weak evidence
        weight = 4.0 if under_label else 1.25
        _list_vote(ballot, column, "names alone on their lines, one under another", weight)
    for rows in castrows.below_director(block, directors):
        _list_vote(ballot, rows, "names alone on the lines below the director's", 3.0)
    for listed in castrows.credits_between(block, directors):
        if (between := ballot.candidates.get(key("; ".join(listed)))) is not None:
            between.add("between the director's line and the names below (the writers)", -2.0)
    _held_lists(ballot)
    _characters_listed(ballot, block, characters)
    directed = {key(name) for name in directors}  # no prose fallback below names them
    # "Þeir A og B leika bræðurna": where nothing else names any (the title aside)
    if _nothing_read(ballot, title):
        for run in castpairs.joined_lists(block):
            if not directed & {key(name) for name in run}:
                cue = "full names joined by 'and' in a sentence of the cast"
                _list_vote(ballot, run, cue, 1.0 + min(2.0, 0.25 * len(run)))
    # "la película X, con A y B": the pair the film is named with
    if _nothing_read(ballot, title):
        runs = [r for r in castpairs.titled_lists(block, title) if not directed & set(map(key, r))]
        for run in runs[:1]:  # the first such pair: a page's later ones name other films
            cue = "full names joined by 'and' in the sentence that names the film"
            _list_vote(ballot, run, cue, 1.0)
    # "Ralph Fiennes is glorious as Monsieur Gustave": the lead
    if _nothing_read(ballot, title):
        gapped = [m.name for m in roles.gapped_role_pairs(block, text_language(block))]
        gapped = [name for name in gapped if key(name) not in directed]
        _list_vote(ballot, gapped, "before a few words and the word for 'as' a character", 1.0)
    # "la protagonista del film Barbara Ronchi": the lead said so
    if _nothing_read(ballot, title):
        leads = castleads.leads(block, text_language(block), directors, [title, *attributions])
        _list_vote(ballot, leads, "beside a word for the film's lead", 1.0)
    # the leads a synopsis names: only where nothing else names any
    if _nothing_read(ballot, title):
        hangul = [m.name for m in roles.hangul_in_parentheses(block)]
        _list_vote(ballot, hangul, "Korean names in parentheses after their characters", 1.0)
        uncased = [m.name for m in roles.uncased_word_pairs(block)]
        _list_vote(ballot, uncased, "one-word names in parentheses after their characters", 1.0)
    for candidate in ballot.candidates.values():  # where its first name is first written
        first = block.find(candidate.value.split("; ")[0])
        candidate.line = block.count("\n", 0, first) if first >= 0 else None
    _beside_director(ballot, block, directors)
    _nearest_below_title(ballot, block, title, directors)
    _first_of_each_cue(ballot, credits_only=True)
    _own_title(ballot, title)
    _only_directors(ballot, directors)
    _wrapped(ballot, block)
    if why is not None:
        why.record("cast", ballot)
    best = ballot.best()
    return dedupe(_dotted_full(name, block) for name in best.value.split("; ")) if best else []


#: katakana words, the parts of a foreign name in Japanese ("ティルダ・スウィントン")
_KANA_PART = "[\u30a1-\u30fa\u30fc]+"
#: what joins the parts of a foreign name in katakana or in Han ("ジャン=ピエール・レオー",
#: "瑞恩·高斯林")
_NAME_DOT = "[・･＝=·‧]"


def _dotted_full(name: str, block: str) -> str:
    """A foreign name in katakana or Han cut at the dot between its parts, as the page writes
    it in full: "ティルダ" of "ティルダ・スウィントン", "高斯林" of "瑞恩·高斯林" (the given
    name before the surname: Han is glued to the words around it, so one to four characters
    of it). ``name`` as it is when the page writes no longer form."""
    if not any(name + dot in block or dot + name in block for dot in _NAME_DOT[1:-1]):
        return name  # no dot beside the name anywhere: the page writes it so in full
    if re.fullmatch(_KANA_PART, name):
        part = re.escape(name)
        dotted = rf"(?<![\u30a1-\u30fa\u30fc{_NAME_DOT[1:-1]}])(?:{_KANA_PART}{_NAME_DOT})*{part}"
        dotted += rf"(?:{_NAME_DOT}{_KANA_PART})*(?![\u30a1-\u30fa\u30fc])"
    elif re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        dotted = rf"[\u4e00-\u9fff]{{1,4}}[·‧]{re.escape(name)}"
    else:
        return name
    found = [m.group(0) for m in re.finditer(dotted, block) if m.group(0) != name]
    return max(found, key=found.count) if found else name


#: the most characters between two cast labels' values for the second to go on the first
#: (the second label and its colon, a blank line: "주연:A, B" / "출연:C, D")
_NEXT_LABEL_GAP = 30


def _labelled_in_turn(values: Sequence[str], block: str) -> list[str]:
    """The names of two or more cast labels' values that follow each other with only the next
    label between them: a page credits the leads under one label and the others under the
    next ("주연:송강호, 김상경" / "출연:김뢰하, 송재호", "Starring: A, B" / "Also starring: C").
    [] when there is one such value or they stand apart."""
    values = [v for v in values if v.strip(" ,|")]
    joined: list[str] = []
    end = -1
    for value in values:
        at = block.find(value, max(end, 0))
        if at < 0 or (end >= 0 and len(block[end:at].strip()) > _NEXT_LABEL_GAP):
            break
        if end >= 0 and not joined:
            break
        listed = names(castrows.unglued(castrows.paired_apart(value)), field="cast")
        if not listed:
            break
        joined.extend(listed)
        end = at + len(value)
    return dedupe(joined) if len(values) >= 2 and len(joined) > len(names(values[0])) else []


def _beside_director(ballot: Ballot, block: str, directors: Sequence[str]) -> None:
    """A list of two or more actors in the sentence that names the film's director agrees
    with the director's cue: "… režisierius K, prodiuserė U, aktoriai A, B, C" over the guests
    listed earlier ("aktorius D, E, F"), "film diretto da X e interpretato da A, B" over another
    film's "con C, D"; the credits of one film are given together. In the director's paragraph
    but another sentence, the list gains half as much."""
    # by the surname: a caption's "K.Vildžiūnas" is the credit's "Kristijonas Vildžiūnas"
    wanted = {re.split(r"[\s.]+", name.strip(" ."))[-1] for name in directors}
    wanted = {surname for surname in wanted if len(surname) > 3}
    if not wanted:
        return
    for candidate in ballot.candidates.values():
        listed = candidate.value.split("; ")
        first = block.find(listed[0])
        if len(listed) < 2 or first < 0:
            continue
        # the director named among the list itself is no credit beside it ("Barry Hines, Tony
        # Garnett, Ken Loach": the writers' line)
        outside = wanted - {w for name in listed for w in re.findall(r"\w+", name)}
        if outside & set(re.findall(r"\w+", sentences.sentence_at(block, first))):
            candidate.add("in the sentence that names the director", 1.0)
        elif outside & set(re.findall(r"\w+", _line_at(block, first))):
            candidate.add("in the paragraph that names the director", 0.5)


def _nearest_below_title(
    ballot: Ballot, block: str, title: str, directors: Sequence[str] = ()
) -> None:
    """Of two or more lists after the same cue ("amb: A, B i C" … "amb: D, E i F": a page of
    several films, each with its credits), the one nearest below a line that names the film
    is its cast; the others are the other films'. A list on a line that credits another
    director ("Regie: B, mit …") is another film's, however near."""
    wanted = key(title)
    if len(wanted) < 3:
        return
    lines = block.splitlines()
    titled = [i for i, line in enumerate(lines) if wanted in key(line)]
    by_cue: dict[str, list[Candidate]] = {}
    for candidate in ballot.candidates.values():
        for cue, _ in candidate.evidence:
            listed = "; " in candidate.value  # one name met after a cue is no list
            if cue.startswith("after '") and listed and candidate.line is not None:
                by_cue.setdefault(cue, []).append(candidate)
    ours = {key(name) for name in directors}
    for cue, found in list(by_cue.items()):
        if any(_beside_director_cue(c) for c in found):
            del by_cue[cue]  # the director's credit beside a list tells the film's already
            continue
        for candidate in list(found):
            line = lines[candidate.line] if candidate.line is not None else ""
            if any(key(m.name) not in ours for m in cues.mentions(line, "directed_by")):
                found.remove(candidate)
    for cue, found in by_cue.items():
        gaps = [(_below(candidate.line, titled), candidate) for candidate in found]
        near = [(gap, candidate) for gap, candidate in gaps if gap is not None]
        if len(found) < 2 or not near:
            continue
        nearest = min(near, key=lambda pair: pair[0])[1]
        for candidate in found:
            if candidate is nearest:
                candidate.add(f"the list after {cue[6:]} nearest below the film's title", 1.0)
            else:
                candidate.add(f"a list after {cue[6:]} further from the film's title", -1.0)


def _nothing_read(ballot: Ballot, title: str) -> bool:
    """True when the ballot holds no candidate but the film's own title ("med Gummi Tarzan":
    the film after a preposition that also opens a cast), which names no actor: the readers
    of prose may still find the cast."""
    wanted = key(title)
    return all(wanted and key(c.value) == wanted for c in ballot.candidates.values())


def _own_title(ballot: Ballot, title: str) -> None:
    """A candidate that is the film's own title alone names no actor ("con Carmina y Amén":
    the film a page speaks of, after a preposition that also opens a cast)."""
    wanted = key(title)
    for candidate in ballot.candidates.values():
        if wanted and key(candidate.value) == wanted:
            candidate.add("the film's own title", -_NO_VOTE)


#: a penalty no sum of evidence outweighs
_NO_VOTE = 100.0
#: what a list that only names the film's directors loses when no label gives it
_ONLY_DIRECTORS = 1.0


def _only_directors(ballot: Ballot, directors: Sequence[str]) -> None:
    """A list of the film's directors alone, read from prose ("the actor and director X",
    "감독;X"), names who made the film rather than who plays in it: it loses a point, so
    another list of actors the page names wins; a label's list keeps its weight."""
    made = {key(name) for name in directors}
    for candidate in ballot.candidates.values():
        listed = {key(name) for name in candidate.value.split("; ")}
        labelled = any(cue.startswith("labelled") for cue, _ in candidate.evidence)
        if made and listed <= made and not labelled:
            candidate.add("only the film's directors", -_ONLY_DIRECTORS)
        elif castheads.crew_first(candidate.value.split("; "), made) and not labelled:
            # "Gábor Altorjay · János Marton · Randi Hoffman": a crew's line opens with the
            # director, as a cast's list seldom does
            candidate.add("a list of names that opens with the film's director", -0.5)


def _beside_director_cue(candidate: Candidate) -> bool:
    """True when ``candidate`` was found in the sentence of the director's credit
    (:func:`_beside_director`)."""
    return any(cue == "in the sentence that names the director" for cue, _ in candidate.evidence)


def _below(line: int | None, titled: list[int]) -> int | None:
    """How many lines ``line`` is below the last of the ``titled`` lines above it (None when
    none is above it)."""
    above = [i for i in titled if line is not None and i <= line]
    return None if line is None or not above else line - above[-1]


def _line_at(block: str, at: int) -> str:
    """The line of ``block`` around offset ``at``."""
    return block[block.rfind("\n", 0, at) + 1 : block.find("\n", at) % (len(block) + 1)]


def acting_names(block: str, others: Sequence[str] = ()) -> list[str]:
    """The actors named in prose beside a word of acting (:func:`.cues.acting_subjects`), in
    page order, none of ``others`` (the directors, the title)."""
    unwanted = {key(name) for name in others if name}
    return dedupe(m.name for m in cues.acting_subjects(block) if key(m.name) not in unwanted)


def _short_preposition(cue: str) -> bool:
    """True for a cue of the cast that is one short word in lower case ("with", "avec", "con",
    "amb", "med"): a preposition, which opens any company (a Q&A's guests, a film's partners)
    as well as a cast; not the word for actor ("actor", "aktor") nor a label ("Cast:")."""
    return " " not in cue and len(cue) <= 4 and cue.islower()


def _held_lists(ballot: Ballot) -> None:
    """A list that holds every name of a shorter candidate takes part of that candidate's
    evidence: the cues that found one or two of the actors ("after 'lakonan'", "paired with
    their characters") speak for the sentence that lists them all ("seperti A, B, C, D dan
    E"); a name held by its initial and surname too ("V. Sjöström" by "Victor Sjöström").
    So does a list that goes on where a shorter one stops inside its last name (a teaser cut
    at so many characters, "Uloge: A, B, Judita Franković", the full list further down)."""
    found = list(ballot.candidates.values())
    keys = [frozenset(map(_initial_surname, c.value.split("; "))) for c in found]
    names = [[key(n) for n in c.value.split("; ")] for c in found]
    scores = [c.score for c in found]
    for i, longer in enumerate(found):
        held = [
            j
            for j in range(len(found))
            if j != i and (keys[j] < keys[i] or _cut_list(names[j], names[i]))
        ]
        if held:
            j = max(held, key=lambda n: scores[n])
            longer.add(f"holds the names of '{found[j].value[:40]}'", round(0.75 * scores[j], 2))


def _wrapped(ballot: Ballot, block: str) -> None:
    """The winning list goes on where the page wrapped it onto the next line ("A, B, Boris
    Bokir" / "Manullang, C, dan D."): the whole list wins, with the evidence of its start."""
    best = ballot.best()
    if best is None:
        return
    whole = castwrap.continued(block, best.value.split("; "))
    if whole:
        cue = f"'{best.value[:40]}' wrapped onto the next line"
        _list_vote(ballot, whole, cue, best.score + _WRAPPED_MORE)


#: what a wrapped list gains over its start (the first line of it)
_WRAPPED_MORE = 0.25


def _cut_list(short: list[str], long: list[str]) -> bool:
    """True when the names ``short`` (keys) open the longer list ``long``, the last of them cut
    after a word: "A; B; Judita Franković" of "A; B; Judita Franković Brdar; C"."""
    last = len(short) - 1
    if last < 1 or len(long) <= len(short) or short[:last] != long[:last]:
        return False
    cut, whole = short[last].split(), long[last].split()
    return len(cut) < len(whole) and whole[: len(cut)] == cut


def _initial_surname(name: str) -> tuple[str, str]:
    """The first letter and the last word of ``name``: "V. Sjöström" and "Victor Sjöström" are
    one person of a page."""
    words = key(name).split() or [""]
    return words[0][:1], words[-1]


def _characters_listed(ballot: Ballot, block: str, actors: Sequence[str]) -> None:
    """A list half or more of whose names are written each right before an actor paired in
    parentheses ("mit Larry Levy (Peter Gallagher)": the character, then the actor who plays
    it) lists the characters, no actors."""
    if not actors:
        return
    for candidate in ballot.candidates.values():
        listed = candidate.value.split("; ")
        played = _played(block, listed, actors)
        if played and len(played) * 2 >= len(listed):
            candidate.add("names the characters of actors paired in parentheses", -2.0)


def _played(block: str, listed: Sequence[str], actors: Sequence[str]) -> list[str]:
    """The names of ``listed`` written right before one of ``actors`` in parentheses: the
    characters those actors play."""
    return [n for n in listed if any(f"{n} ({a}" in block for a in actors if a != n)]


def _leads_and_others(
    block: str, characters: list[str], others: list[cues.Mention]
) -> list[list[str]]:
    """The actors paired with their characters, then the others listed later (after a cast
    cue, before one, or names alone in a sentence), when the lists share no name: a review
    names the leads beside their parts and ends "With A, B and C" (the supporting cast), or
    one lead told twice and then "El elenco secundario: A, B y C"."""
    if not characters:
        return []
    paired = {key(name) for name in characters}
    first = min(block.find(name) for name in characters)
    found = []
    for mention in sorted(others, key=lambda m: m.at):
        listed = mention.name.split("; ")
        if len(listed) < 2 or mention.at <= first or paired & {key(n) for n in listed}:
            continue
        if not _played(block, listed, characters):  # "mit A (Actor) und B (Actor)": characters
            found.append([*characters, *listed])
    return found[:1]


def _paragraph_lists(block: str, mentions: list[cues.Mention]) -> list[list[str]]:
    """The names after two or more cast cues of one paragraph (a line), in page order: a
    review names the leads after one cue and the others after the next ("V rolích sester … A a
    B. Otce hraje herec C, …")."""
    lines: dict[int, list[str]] = {}
    for mention in sorted(mentions, key=lambda m: m.at):
        line = block.count("\n", 0, mention.at)
        lines.setdefault(line, []).append(mention.name)
    return [dedupe("; ".join(found).split("; ")) for found in lines.values() if len(found) >= 2]


def _list_vote(ballot: Ballot, listed: list[str], cue: str, weight: float) -> None:
    """A vote for a list of names, each tidied by :func:`person`; none if none is left, nor
    when one of them holds a word that no name of Han or kana holds (a breadcrumb "首页 / 电影新闻
    / 正文", a table's headings "男優, 女優"), nor when half of them or more are the names of
    countries or languages (the facts below the credits: "Finnish, Arabic" / "Finland")."""
    if any(map(holds_non_name_word, listed)):
        return
    places = [name for name in listed if _places_or_tongues(name)]
    if places and len(places) * 2 >= len(listed):
        return
    listed = [name for name in listed if name not in places]
    read = [name for name in map(person, map(_without_cast_word, listed)) if name]
    if mostly_companies(read):
        return  # "Engine Film, Sputnik Productions, TV Man Union": the producers, all of them
    if read:  # "A, B மற்றும் பலர்" (and others): the list's end is no part of its last name
        read[-1] = before_clause(read[-1])
    clauses = sum(map(is_clause, read))
    if len(read) >= 2 and clauses * _CLAUSES_IN >= len(read):
        return  # "لم يكن بوسعهم, ومن باب الإنصاف": commas between clauses, not names
    tidy = dedupe(name for name in read if name and is_person_name(name))
    if tidy:
        ballot.add("; ".join(tidy), cue, weight)


#: a list one in so many of whose parts is a clause (:func:`.personname.is_clause`) parts
#: clauses; in a longer one, a clause is a sentence's end read with the last names
_CLAUSES_IN = 4


def _places_or_tongues(name: str) -> bool:
    """True when each part of ``name`` between commas is a country's or a language's name
    ("Finnish, Arabic", "Finland, Germany"): a line of facts, no actor. One name alone may be
    a person's too ("Suriya")."""
    parts = [part.strip() for part in name.split(",")]
    return len(parts) >= 2 and all(
        part and (country_name(part) or is_language_name(part)) for part in parts
    )


def _without_cast_word(name: str) -> str:
    """``name`` of a script without capitals without a word of the cast read before it
    ("நடித்திருக்கும் பிரபுதேவா", "who acted, Prabhu Deva"): a verb or noun of acting, whose
    endings these languages glue on, is no part of a name."""
    words = name.split()
    if len(words) < 2 or not is_uncased_name(name):
        return name
    while len(words) > 1 and castruns.starts_with_cast_word(words[0]):
        words.pop(0)
    return " ".join(words)
