"""Director candidates told by their place and shape alone, when no cue word names one.

A site in a language whose cue words the language data lacks still writes its director in the
places every site uses. :func:`cue_free` reads them, and :func:`.people.directors` takes the
best only when no cue reader gave a director:

- the film's own title opening a line, then a mark, a word or two and a name ending it
  ("« La nuit du 12 », fumovo Dominik Moll"), :func:`after_title_lines`;
- the film's title in quotes or before a comma, then one or two words the language data does
  not know and a name ("« Yjet e se ardhmes » moluma Edmond Topi"; not a list of names, a
  cast's), :func:`title_then_names`;
- a compact line of the film's facts that names one person among its year and its country or
  runtime ("France, 2021, 98 min, Alice Diop"), :func:`facts_line_names`;
- a short line (or its first sentence) of one or two unknown words, perhaps a dash or a bar,
  then a name that opens with a known given name ("Regjia Andrew Haigh", "Regia | Marco
  Tullio Giordana |"), :func:`head_word_lines`.

A name the page writes again elsewhere (whole, or its last word) counts for more. The first
name after the title in the film's own sentence was tried as a place too and left out: on the
read pages with the prose cues made up it named an actor as often as the director.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from indexer.extract.pages import facts as fl
from indexer.extract.pages.personname import is_data_word, is_person_name, not_a_person
from indexer.extract.pages.titleperson import listed_given_names, opens_with_given_name
from indexer.normalize import country_name, key

#: the most lines from the top of the page a head-word line or a facts line may stand on
HEAD_LINES = 40
#: a word of a name: an initial, or letters with inner hyphens or apostrophes
_CASED_WORD = re.compile(r"[^\W\d_]\.|[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*")
#: a year
_YEAR = re.compile(r"(?:18|19|20)\d\d")
#: the end of a line's first sentence: a full stop after a word of two letters or more
_FIRST_SENTENCE = re.compile(r"(?<=[^\W\d_]{2})\.\s")
#: a cell's mark or a dash standing alone between a head word and the name
_CELL_MARKS = frozenset({"|", "-", "–", "—", "−", "/"})
#: more names listed after a name, parted by commas ("A, B C, D E"): a cast's list
_LIST_AFTER = re.compile(r"(?:\s*,\s*[^\W\d_][^\W\d_'’-]*(?:\s+[^\W\d_][^\W\d_'’-]*)?){2}")
_DASHES = "-–—―"
_QUOTES = "\"“”„«»‘’'「」『』《》"


def cue_free(
    lines: Sequence[str], block: str, titles: Sequence[str | None], host: str = ""
) -> list[str]:
    """The director candidates of the page's places, best first: each place's trust, plus
    one when the page names the person again elsewhere; the head-word lines, which many other
    names share, ask for a known given name. Never a name the site's address writes (the
    site's author: "imranjunior.com")."""
    own = [t for t in titles if t and t.strip()]
    keys = frozenset(key(t) for t in own)

    places: tuple[tuple[float, list[str], Callable[[str], bool]], ...] = (
        (3.0, after_title_lines(lines, own), _anyone),
        (2.0, title_then_names(block, own), _anyone),
        (2.0, facts_line_names(lines, keys), _anyone),
        (2.0, head_word_lines(lines, keys), opens_with_given_name),
    )
    scored: dict[str, float] = {}
    for trust, found, needs in places:
        for name in found:
            if key(name) in keys or not is_person_name(name) or not needs(name):
                continue
            if host and key(name).replace(" ", "") in host.replace("-", "").casefold():
                continue
            score = trust + (1.0 if _named_again(name, block) else 0.0)
            scored[name] = max(scored.get(name, 0.0), score)
    return sorted(scored, key=lambda n: -scored[n])


def _anyone(_: str) -> bool:
    return True


def _named_again(name: str, block: str) -> bool:
    """True when the page writes ``name`` twice or more, or its last word alone again."""
    if block.count(name) > 1:
        return True
    last = name.split()[-1]
    return len(last) > 2 and block.count(last) > block.count(name)


def unknown_word(word: str) -> bool:
    """True for a word of letters the language data lacks and no given name: the head of a
    credit written in a language the modules do not know."""
    bare = word.strip(".:,;")
    if not bare or not bare.replace("-", "").replace("/", "").isalpha():
        return False
    folded = bare.casefold()
    return not is_data_word(folded) and key(bare) not in listed_given_names()


def _name_words(words: Sequence[str]) -> bool:
    """True when ``words`` are two to four words shaped as a person's name in a script with
    capitals: each capitalised (or all in capitals) but a name's particles ("de la", "van")."""
    if not 2 <= len(words) <= 4 or not all(_CASED_WORD.fullmatch(w) for w in words):
        return False
    if any(w[0].lower() == w[0].upper() for w in words):
        return False  # a script without capitals: any clause has this shape
    inner = words[1:-1]
    return (
        words[0][0].isupper()
        and words[-1][0].isupper()
        and all(w[0].isupper() or w.casefold() in fl.PARTICLES for w in inner)
    )


def head_word_lines(lines: Sequence[str], titles: frozenset[str]) -> list[str]:
    """The names that end a short line (or its first sentence) of one or two unknown words,
    perhaps a dash or a bar, then a person-shaped name ("Regjia Andrew Haigh", "Regia | Marco
    Tullio Giordana |"), among the first :data:`HEAD_LINES` lines."""
    out = []
    for line in lines[1:HEAD_LINES]:
        if line.lstrip()[:1] in _DASHES or lines.count(line) > 1:
            continue  # "— Name": a quote's critic, a byline; a line repeated: the site's own
        first = _FIRST_SENTENCE.split(line.strip(" \t•·*|"), maxsplit=1)[0]
        words = [w for w in first.rstrip(" .|").split() if w not in _CELL_MARKS]
        found = [
            " ".join(words[head:])
            for head in (1, 2)
            if len(words) > head + 1
            and all(unknown_word(w) for w in words[:head])
            and not words[head - 1].endswith((":", ","))  # a label: the unknown-label reader's
            and _name_words(words[head:])
        ]
        if found and not _in_title(" ".join(words), titles):
            out.append(_given_first(found))
    return out


def _given_first(found: list[str]) -> str:
    """The first of ``found`` that opens with a known given name, else the first: "Tuvuka
    Andrew Haigh" and "Andrew Haigh" after a head word, the second the name."""
    return next((name for name in found if opens_with_given_name(name)), found[0])


def title_then_names(block: str, titles: Sequence[str]) -> list[str]:
    """The names written right after the film's title in quotes or a comma, past one or two
    words the language data does not know ("« Yjet e se ardhmes » moluma Edmond Topit",
    "Filmul „4 luni“, sudide Cristian Mungiu si …"): the title's credit in any language."""
    out = []
    for title in (t.strip() for t in titles):
        if len(title) < 2:
            continue
        for found in re.finditer(re.escape(title), block, re.IGNORECASE):
            after = block[found.end() : found.end() + 100].split("\n")[0]
            marked = after.lstrip(_QUOTES + " ")
            if marked == after.lstrip(" ") and not marked.startswith(","):
                continue  # neither quoted nor followed by a comma: the title read in prose
            name = _name_after_head(marked.lstrip(", ").split())
            if not name or _LIST_AFTER.match(marked[marked.find(name) + len(name) :]):
                continue
            if marked != after.lstrip(" ") or opens_with_given_name(name):
                out.append(name)  # a bare title before a comma may be cut short: a known name
    return out


def _name_after_head(words: Sequence[str]) -> str | None:
    """The name of two to four words after one or two unknown words that open ``words``."""
    found = []
    for head in (1, 2):
        if len(words) <= head or not all(unknown_word(w) for w in words[:head]):
            break
        if words[head - 1].endswith((",", ":", ".", ";")):
            break
        run: list[str] = []
        ended = False
        for word in words[head : head + 4]:
            bare = word.rstrip(",.;:!?)»”\"'")
            run.append(bare)
            if bare != word:
                ended = True
                break
        while len(run) >= 2 and not _name_words(run):
            run.pop()
            ended = False
        following = words[head + len(run) : head + len(run) + 2]
        if not ended and any(w[:1].isupper() for w in following):
            continue  # a headline in title case runs on: "Charm It’s Way Into Your Heart"
        if len(run) >= 2:
            found.append(" ".join(run))
    return _given_first(found) if found else None


def _in_title(text: str, titles: frozenset[str]) -> bool:
    """True when ``text`` is the film's title or a part of it ("Beni Geri Çağır")."""
    mine = f" {key(text)} "
    return any(mine in f" {t} " or f" {t} " in mine for t in titles if t)


def after_title_lines(lines: Sequence[str], titles: Sequence[str]) -> list[str]:
    """The names that end a line opening with the film's own title, after a mark and a word or
    two ("« La nuit du 12 », fumovo Dominik Moll", "Title – Name")."""
    out = []
    for line in lines[1:HEAD_LINES]:
        rest = _past_title(line.strip(), titles)
        if rest is None:
            continue
        words = rest.rstrip(".").split()
        for head in (0, 1, 2):
            tail = words[head:]
            if head and not all(unknown_word(w) for w in words[:head]):
                break
            if _name_words(tail) and (head or opens_with_given_name(" ".join(tail))):
                out.append(" ".join(tail))
                break
    return out


def _past_title(line: str, titles: Sequence[str]) -> str | None:
    """What a line says after the film's own title that opens it and a mark after the title
    (a comma, a dash, a colon), or None."""
    bare = line.lstrip(_QUOTES + " ")
    for title in titles:
        if bare.casefold().startswith(title.casefold()):
            rest = bare[len(title) :]
            marked = rest.lstrip(_QUOTES + " ")
            if marked[:1] in {",", "–", "—", "-", ":", "|", "/"}:
                return marked[1:].strip()
    return None


def facts_line_names(lines: Sequence[str], titles: frozenset[str]) -> list[str]:
    """The name a compact line of facts writes beside the film's year and its country or
    runtime ("France, 2021, 98 min, Alice Diop"), among the first :data:`HEAD_LINES` lines."""
    out = []
    for line in lines[1:HEAD_LINES]:
        members = [m for m in fl.MEMBER_PARTS.split(line.strip(" \t•·*")) if m]
        if not 3 <= len(members) <= 7 or len(line) > 120:
            continue
        facts = [_fact(m) for m in members]
        if "year" not in facts or not {"country", "runtime"} & set(facts):
            continue
        named = [m for m, f in zip(members, facts, strict=True) if f == "name"]
        others = [f for f in facts if f not in {"name", "year", "country", "runtime"}]
        if len(named) == 1 and not others and key(named[0]) not in titles:
            out.append(named[0])
    return out


def _fact(member: str) -> str:
    """What a member of a facts line is: a year, a country, a runtime, a name or other."""
    if _YEAR.fullmatch(member):
        return "year"
    if fl.RUNTIME_MEMBER.fullmatch(member):
        return "runtime"
    if country_name(member):
        return "country"
    if _name_words(member.split()) and not_a_person(member) is None:
        return "name"
    return "other"
