"""Cast lists whose cue word is none the language data knows: "Sa pelikula: A, B, C", "Met A,
B en C", "Jupudi Elsie Fisher, Josh Hamilton, Emily Robinson, Jake Ryan et al.".

A site in a language the modules lack writes its cast after a word the tables do not hold; the
list's shape and place must then tell it. Three readings here:

- :func:`without_head_word`: a capitalised word that opens a line or a sentence reads as a
  first name's first word ("Jupudi Elsie Fisher"): where the words after it open with a known
  given name and it does not, it is the list's cue, no part of the name;
- :func:`fills_line`: a list that is all its line holds, apart from a word or two before it and
  a short closing word after it ("et al.", "m.fl."), is a credit, as a label's value is;
- :func:`headed_lines`: two or more names after one or two words, alone on a line near the
  credits (the director's line, the film's title): "pahota Scarlett Johansson e Jeremy
  McWilliams" below "de Jonathan Glazer".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from indexer import lang
from indexer.extract.pages import familyfirst
from indexer.extract.pages.cues import names_from
from indexer.extract.pages.facts import is_name
from indexer.extract.pages.familyfirst import closes_with_given_name
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.titleperson import given_names
from indexer.normalize import key

#: the most words before a list that may be its cue
_HEAD_WORDS = 2
#: a closing word of a list: "et al.", "m.fl.", "u.a.", "etc." (short, dotted or lower case)
_CLOSING = re.compile(r"(?:[^\W\d_]{1,4}\.?\s*){0,2}")
#: what may stand between the names of a list on its line
_BETWEEN = re.compile(r"[\s,;&/.·•]*")
#: a word of the line before a list
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: the bullets and marks that open a line
_BULLETS = " \t*•·▪-–—|"
#: the most lines between a list and a line that names the director or the film
_NEAR = 3


def without_head_word(name: str, block: str, others: Sequence[str] = ()) -> str:
    """``name`` without its first word where that word opens a line or a sentence of ``block``,
    is no known given name, and the words after it open with one, or ``name`` (a list's first)
    has a word more than each of the two names or more that follow it (``others``): "Jupudi
    Elsie Fisher", "Zikile Nahéma Ricci, Nour Belkhiria, Rachida Oussaada" hold a cue no
    language has, capitalised by its place. A name that closes with a known given name on a
    page in a language that writes the family name first is whole ("Nemes Jeles László")."""
    words = name.split()
    longer = len(others) >= 2 and all(len(words) > len(n.split()) for n in others)
    # a cue is capitalised by its place in a script with capitals only ("كريم عبد العزيز" is
    # one name of three words)
    if len(words) < 3 or not words[0][:1].isupper() or key(words[0]) in given_names():
        return name
    if familyfirst.on_page(block) and closes_with_given_name(name):
        return name  # "Nemes Jeles László": written family name first, the given name last
    if key(words[1]) not in given_names() and not longer:
        return name
    at = block.find(name)
    before = block[max(0, at - 3) : at].rstrip(_BULLETS)
    if at < 0 or not (before == "" or before.endswith(("\n", ".", "!", "?"))):
        return name
    return " ".join(words[1:])


def headless(listed: list[str], block: str) -> list[str]:
    """``listed`` with its first name :func:`without_head_word`."""
    return [without_head_word(listed[0], block, listed[1:]), *listed[1:]] if listed else listed


def _line_of(block: str, at: int) -> str:
    """The line of ``block`` that holds offset ``at``."""
    end = block.find("\n", at)
    return block[block.rfind("\n", 0, at) + 1 : end if end >= 0 else len(block)]


def fills_line(block: str, listed: Sequence[str]) -> bool:
    """True when the line where ``listed`` (two names or more) is first written holds nothing
    else but one or two words before its first name and a short closing word after its last:
    a credit line ("Jupudi A, B, C, D et al."), not a list met in a sentence."""
    at = block.find(listed[0]) if len(listed) >= 2 else -1
    if at < 0:
        return False
    line = _line_of(block, at).strip(_BULLETS)
    head, found, rest = line.partition(listed[0])
    if not found or len(_WORD.findall(head)) > _HEAD_WORDS:
        return False
    for name in listed[1:]:
        between, found, rest = rest.partition(name)
        if not found or not _joins_only(between):
            return False
    return _CLOSING.fullmatch(rest.strip(" .,;:")) is not None


def _joins_only(text: str) -> bool:
    """True when ``text`` holds only separators and the words for "and"."""
    conjunctions = lang.cue_set("conjunctions")
    return all(w.casefold() in conjunctions for w in _BETWEEN.sub(" ", text).split())


def headed_lines(block: str, anchors: Sequence[str]) -> list[list[str]]:
    """Lists of two names or more, each the whole of its line but for one or two words before
    it (:func:`fills_line`), within a few lines of a line that names one of ``anchors`` (the
    directors, the title): a credit whose cue no language knows. A head word that is another
    field's label or cue ("Regie", "Music") says whose credit it is."""
    lines = block.split("\n")
    wanted = [key(a) for a in anchors if len(key(a)) >= 3]
    anchored = {i for i, line in enumerate(lines) if any(w in key(line) for w in wanted)}
    near = {j for i in anchored for j in range(i - _NEAR, i + _NEAR + 1)}
    found = []
    for i, line in enumerate(lines):
        if i not in near or i in anchored:
            continue
        listed = _after_head(line.strip(_BULLETS))
        if listed and fills_line(block, listed):
            found.append(listed)
    return found


def _after_head(line: str) -> list[str]:
    """The names after the first one or two words of ``line`` (lower case, or not of another
    field), two or more, else none."""
    at = 0
    for _ in range(_HEAD_WORDS):
        word = _WORD.match(line, at)
        if word is None or _other_field(word.group(0)):
            return []
        at = word.end() + len(line[word.end() :]) - len(line[word.end() :].lstrip(" \t"))
        listed = names_from(line, at)
        if len(listed) >= 2 and all(map(_full_name, listed)):
            return listed
    return []


def _full_name(name: str) -> bool:
    """A person's name of two words or more ("Grid.ID", a site, is none)."""
    return len(name.split()) >= 2 and is_name(name) and not re.search(r"\w\.\w", name)


def _other_field(word: str) -> bool:
    """True when ``word`` is the label of a field other than the cast's."""
    fields = set(field_of(word.strip(".:")))
    return bool(fields) and "cast" not in fields


def crew_first(listed: Sequence[str], directors: set[str]) -> bool:
    """True when ``listed``, three names or more, opens with one of ``directors`` (keys): the
    credits' line of the crew ("Regie · Buch · Kamera" with their labels gone), no cast."""
    return len(listed) >= 3 and key(listed[0]) in directors
