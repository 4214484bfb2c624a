"""Shortcuts of session 45 give what the patterns they replace give: the end of a cast list's
line after its last name, and a name broken across a line, found without compiling a pattern
for each name (:mod:`indexer.extract.pages.castwrap`); the cues read with other endings or
with other roles joined (:mod:`indexer.extract.pages.cues`) looked for only where one of their
opening words is written."""

from __future__ import annotations

import random
import re

import pytest

from indexer import lang
from indexer.extract.pages import castwrap, cues, synopsiscues

_NAMES = ("Nabila Huda", "Boris Bokir Manullang", "Ilse", "Ana María de la Vega", "A. B")
#: pieces a block is made of: the names' words, the gaps a page leaves around a line break,
#: commas, and letters and digits that may run on from a word
_PIECES = (
    "Nabila",
    "Huda",
    "Huda",
    "Hudas",
    "Boris",
    "Bokir",
    "Manullang",
    "Ilse",
    "Ana",
    "María",
    "de",
    "la",
    "Vega",
    "A.",
    "B",
    "Bé",
    "B2",
    " ",
    " ",
    "\t",
    "\n",
    "\n",
    " \n ",
    ",",
    ", ",
    "x",
    "é",
    "1",
    "Nabila Huda",
    "Boris Bokir",
    "Bokir Manullang",
    "Ana María",
    "de la Vega",
    "Ana María de la",
    "A. B",
)


def _blocks() -> list[str]:
    """Blocks that write the names whole, broken across lines and run on, in many ways."""
    chosen = random.Random(45)
    made = [
        "Cast: Mara Velt, Ilse Doran, Boris Bokir\nManullang, Tessa Kaur, and Ron Ebel.\n",
        "dibintangi oleh beliau sendiri, Nabila\nHuda, Pekin Ibrahim, Sabrina Ali dan lain.\n",
        "with Nabila \t\n\t Hudas and Nabila\nHuda\n",
        "Ilse ,\nIlse\t,\t\nIlse\n\nIlse",
    ]
    made += [
        "".join(chosen.choice(_PIECES) for _ in range(chosen.randint(1, 40))) for _ in range(3000)
    ]
    return made


@pytest.mark.parametrize("name", _NAMES)
def test_the_line_ends_after_a_name_are_those_finditer_gives(name: str) -> None:
    pattern = re.compile(rf"{re.escape(name)}(?P<comma>[ \t]*,)?[ \t]*\n")
    for block in _blocks():
        expected = [(m.span(), m["comma"]) for m in pattern.finditer(block)]
        found = [(m.end(), m["comma"]) for m in castwrap._line_ends_after(block, name)]
        assert found == [(end, comma) for (_, end), comma in expected], block


@pytest.mark.parametrize("name", _NAMES)
def test_a_broken_name_is_found_where_the_pattern_finds_it(name: str) -> None:
    words = name.split()
    for block in _blocks():
        expected = None
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            match = re.search(
                rf"{re.escape(head)}[ \t]*\n[ \t]*{re.escape(tail)}(?![^\W\d_])", block
            )
            if match:
                expected = match.end()
                break
        assert castwrap._broken_name(block, name) == expected, block


def _cue_texts(kind: str) -> list[str]:
    """Every cue of ``kind`` in a sentence as written, with other endings of its first word,
    and with other roles joined to its first word ("directed, produced and written by")."""
    texts = []
    for cue in lang.cues(kind):
        first, _, rest = cue.partition(" ")
        variants = [cue, *(f"{first[:-1]}{end} {rest}" for end in ("", "a", "ée", "ami"))]
        variants += [f"{first}, {other} {rest}" for other in ("produced and", "y guion e", "и")]
        texts += [f"Le film, {v} Ana Ruiz, {v.upper()}: Jon Lee." for v in variants]
    return texts


@pytest.mark.parametrize("kind", ["directed_by", "written_by", "director_nouns", "starring"])
@pytest.mark.parametrize("build", ["_restemmed", "_coordinated"])
def test_the_look_ahead_at_the_groups_openings_turns_away_no_match(
    kind: str, build: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The restemmed and coordinated cues match the same with the look-ahead at every group's
    opening words as without it, in sentences that write every cue and its other forms."""
    words = lang.cues(kind)
    text = "\n".join(_cue_texts(kind))
    ahead = re.compile(getattr(cues, build)(words), re.IGNORECASE)
    monkeypatch.setattr(cues, "_opens_with", lambda openings: "")
    plain = re.compile(getattr(cues, build)(words), re.IGNORECASE)
    assert ahead.pattern != plain.pattern
    found = [m.span() for m in ahead.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    assert found  # the sentences were read


@pytest.mark.parametrize(
    "kind", ["event_words", "story_words", "notice_words", "film_plurals", "read_also"]
)
def test_the_look_ahead_at_the_words_openings_turns_away_no_match(
    kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The words of a kind of the synopsis cues match the same with the look-ahead at their
    opening characters as without it: every word as written, with endings, glued to another
    word, and after the particles of Hebrew and Arabic script."""
    words = [w.rstrip("*").lower() for w in lang.cues(kind)]
    text = "\n".join(
        f"a {w} b {w}s c x{w} d {p}{w}, {w}" for w in words for p in ("", "ו", "وال", "ال")
    )
    ahead = synopsiscues.words.__wrapped__(kind)
    monkeypatch.setattr(synopsiscues, "_opening", lambda groups, anywhere: "")
    plain = synopsiscues.words.__wrapped__(kind)
    assert ahead.pattern != plain.pattern
    found = [m.span() for m in ahead.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    assert found  # the words were read
