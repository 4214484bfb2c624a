"""A director's name cut to size by what the page writes elsewhere: a labelled name the page's
layout wrapped onto the next line ("Diretor: Michel" / "Franco") is the two words the page
writes together in another place ("Michel Franco" in the credits)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from indexer.extract.pages.names import is_generation
from indexer.normalize import key

#: the first word of the next line after a value that ends its line
_NEXT_LINE_WORD = r"[ \t]*\n[ \t]*([^\W\d_][\w'’-]*)(?![\w'’-]*[ \t]*[:：])"


def wrapped_on(name: str, block: str) -> str:
    """``name`` (a labelled director of one word) with the word that opens the next line, when
    the value ends its line there and the page writes the two words together elsewhere: a
    name the layout wrapped ("Diretor: Michel" / "Franco" beside "…, Michel Franco, …");
    else ``name``. A label opening the next line ("Elenco:") is no part of it."""
    name = name.strip()
    if not name or " " in name:
        return name
    found = re.search(rf"(?<![\w'’-]){re.escape(name)}{_NEXT_LINE_WORD}", block)
    if found is None:
        return name
    whole = f"{name} {found.group(1)}"
    return whole if re.search(rf"(?<![\w'’-]){re.escape(whole)}(?![\w'’-])", block) else name


def _written(words: Sequence[str], block: str, before: str = "") -> int:
    """How often ``block`` writes ``words`` together as whole words (a case ending after an
    apostrophe may follow: "Ceylan'ın"), not followed by a word that opens like ``before``."""
    after = rf"(?![ \t]+{re.escape(before[:4])})" if before else ""
    found = re.findall(rf"(?<![\w-]){re.escape(' '.join(words))}(?![\w-]){after}", block)
    return len(found)


def _drops(
    words: Sequence[str], block: str, given: Callable[[str], bool]
) -> list[tuple[Sequence[str], str]]:
    """The runs of two words or more left when words are dropped from the end of ``words``
    (with the first word dropped), then from its start (longest first). Never an end word the
    page writes apart from the name (a surname: "Ceylan" of "Nuri Bilge Ceylan", though a line
    may end after "Nuri Bilge") or a generation ("Filho", "Jr."); a start only before a known
    given name and never a given name itself ("Kleber Mendonça Filho", which news pages cut to
    "Mendonça Filho", stays whole)."""
    whole = _written(words, block)
    ends: list[tuple[Sequence[str], str]] = []
    for k in range(len(words) - 1, 1, -1):
        if _written(words[k : k + 1], block) > whole or is_generation(words[k]):
            break
        ends.append((words[:k], words[k]))
    starts: list[tuple[Sequence[str], str]] = []
    for j in range(1, len(words) - 1):
        if given(words[j - 1]):
            break
        if given(words[j]):
            starts.append((words[j:], ""))
    return [*ends, *starts]


def repeated_part(name: str, block: str, given: Callable[[str], bool]) -> str:
    """``name`` cut to the run of its words the page writes without the rest elsewhere: a
    reader that took a word beside the name took the next sentence's word, a heading's or a
    title's ("Ciro Guerra Speaks About His"), or a word before it ("National Artist Ishmael
    Bernal"), while the page names the person alone in another place (not with the dropped
    word inflected after it: "Dag Johan Haugeruds"). Two words at least stay; ``given`` tells
    a known given name."""
    words = name.split()
    if len(words) < 3:
        return name
    whole = _written(words, block)
    if not whole:
        return name  # glued to the next word ("Rui Tavares NetoAssistente"): not read whole
    for part, dropped in _drops(words, block, given):
        alone = _written(part, block, dropped)  # a start's run: the whole name holds it
        if alone > (0 if dropped else whole):
            return " ".join(part)
    return name


def before_title(name: str, titles: Iterable[str]) -> str:
    """``name`` less the words at its end that open one of the film's ``titles``: a page that
    writes the title right after its director, unquoted ("režiserke Sonje Prosenc Odrešitev
    za začetnike", "Agnieszky Holland Šarlatán"), glues the title's first words to the name.
    Two words at least stay."""
    words = name.split()
    heads = [key(title) for title in titles if title and key(title)]
    for k in range(2, len(words)):
        tail = key(" ".join(words[k:]))
        if tail and any(head == tail or head.startswith(tail + " ") for head in heads):
            return " ".join(words[:k])
    return name
