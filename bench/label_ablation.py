"""How much the page extractor leans on the label words its language data knows.

A page from a site in a language whose labels the modules lack ("Pengarah: …", "Pelakon: …")
reads to the extractor as a block of lines "Unknown: value". This measures that case on the
labelled pages one may look at, without new pages: every label the language data knows that
opens a line "Label: value" (one to three words before a colon) is replaced by a made-up word
that no language has ("Kobezu"), and the pages are scored with the official rules
(:mod:`bench.pages_score`) beside the same pages as they are. The difference per field is what a
page loses when none of its labels is known: the values must then be told by their shape and
place alone.

With ``--made-up cues`` the labels stay and the prose cues of the credits are made up instead:
every phrase of the language data's fields of :data:`CUE_KINDS` ("directed by", "un film de",
"réalisateur", "avec", "主演") written outside a labelled line, so that a page reads as one in a
language whose cue words the modules lack; ``--made-up both`` makes up both.

With ``--made-up outlets`` every outlet name the quote readers know (the catalogue
``outlets.txt`` and the names in other scripts of ``outlets_scripts.txt``, without a leading
"The" or a trailing "Magazine") written outside the address line is made up, each word to a
made-up word of its length and case ("IndieWire" -> "KobezuWako"; a word of a script without
spaces to characters of its own script, one of another script to its own letters shuffled),
and the labels are mapped the same way, so that a quote is scored against the made-up outlet:
a page then reads as one from a site that quotes outlets nobody listed.

Run: ``.venv/bin/python -m bench.label_ablation [--sets dev,look,held,…] [--made-up
labels|cues|both|outlets]`` (default: the dev pages one may read, number not 3 mod 5, and
every folder of :data:`bench.ranking.LOOK_SETS`: :func:`bench.ranking.look_sets`; labels).
Deterministic: a label's or a cue's made-up word depends on it only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path

from bench import pages_score
from bench.ranking import DEV, LabelledSet, look_sets
from indexer import lang
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.quotes.scripts import script_names
from indexer.extract.pages.quotes.who import listed_outlets, ordinary_words
from indexer.extract.pages.scripts import CJK, HAN, UNSPACED

#: a line "Label: value": one to three words of at most 30 characters, then a colon
_LABELLED = re.compile(r"^(\s*)([^\W\d_][^:：\n]{0,29}?)(\s*[:：]\s*)(\S.*)$")
_CONSONANTS = "bcdfghjklmnprstvz"
#: a Han ideograph: a made-up CJK cue is written in rare ones
_HAN_CHAR = re.compile(f"[{HAN}]")
_VOWELS = "aeiou"


def made_up(label: str) -> str:
    """A word of three syllables that no language has, the same for the same label."""
    digest = hashlib.sha256(label.encode("utf-8")).digest()
    letters = [
        _CONSONANTS[digest[2 * i] % len(_CONSONANTS)] + _VOWELS[digest[2 * i + 1] % len(_VOWELS)]
        for i in range(3)
    ]
    return "".join(letters).capitalize()


def ablate(text: str) -> str:
    """``text`` with the label of every line "Label: value" that the language data knows
    (:func:`~indexer.extract.pages.labels.field_of`) made up; the address line, and heads no
    module reads as a label ("Venus: Jaume Balagueró se inspira …"), kept."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        found = _labelled(line)
        if i == 0 or not found:
            continue
        lines[i] = found.group(1) + made_up(found.group(2)) + found.group(3) + found.group(4)
    return "\n".join(lines)


def made_up_like(cue: str) -> str:
    """A made-up word standing for ``cue`` as written: lower case where the cue is ("avec"),
    capitalised where it is ("Directed by"); for a cue of a script without spaces, two
    characters of its own script that no cue is (rare ideographs for CJK)."""
    digest = hashlib.sha256(cue.casefold().encode("utf-8")).digest()
    if not _spaced(cue[0]):
        start = 0x3400 if _HAN_CHAR.match(cue[0]) else ord(cue[0]) & ~0x7F
        return "".join(chr(start + digest[i] % 0x80) for i in range(2))
    word = made_up(cue.casefold())
    return word if cue[0].isupper() else word.lower()


#: the language data's fields of prose cues to the credits that ``--made-up cues`` makes up
CUE_KINDS = (
    "directed_by",
    "directed_after",
    "directed_framed",
    "director_nouns",
    "written_by",
    "starring",
    "starring_after",
)


#: a character of a script that writes no spaces between words (and Tibetan's, parted by its
#: syllable mark): a cue of it is made up wherever it stands
_UNSPACED_CHAR = re.compile(rf"[{CJK}{UNSPACED}\u0f00-\u0fff]")


def _spaced(char: str) -> bool:
    """Whether ``char`` is of a script that writes spaces between words (a cue of such a script
    is made up only as a whole word)."""
    return not _UNSPACED_CHAR.match(char)


@cache
def _cue_pattern() -> re.Pattern[str]:
    """Every cue of :data:`CUE_KINDS` in every language, longest first; a cue of a spaced
    script only between non-word characters."""
    phrases = sorted(
        {c.casefold() for kind in CUE_KINDS for c in lang.cues(kind) if len(c.strip(".")) >= 2},
        key=len,
        reverse=True,
    )
    alternatives = [
        (r"(?<!\w)" if _spaced(p[0]) else "") + re.escape(p) + (r"(?!\w)" if _spaced(p[-1]) else "")
        for p in phrases
    ]
    return re.compile("|".join(alternatives), re.IGNORECASE)


def _labelled(line: str) -> re.Match[str] | None:
    """A line "Label: value" whose label the language data knows."""
    found = _LABELLED.match(line)
    if not found or len(found.group(2).split()) > 3 or not field_of(found.group(2)):
        return None
    return found


def ablate_cues(text: str) -> str:
    """``text`` with every prose cue of :data:`CUE_KINDS` made up, outside the address line and
    the lines "Label: value" of a known label (which :func:`ablate` is for)."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i and not _labelled(line):
            lines[i] = _cue_pattern().sub(lambda m: made_up_like(m.group(0)), line)
    return "\n".join(lines)


#: a leading article or a trailing "Magazine" of a listed outlet, which a page may leave out
_OUTLET_ENDS = re.compile(r"^(?i:the)\s+|\s+(?i:magazine)$")
#: a run of letters: a word of an outlet's name, made up as a whole
_NON_WORDS = re.compile(r"\W+")
_LETTERS = re.compile(r"[^\W\d_]+")


@cache
def _outlet_pattern() -> re.Pattern[str]:
    """Every outlet name the quote readers know, as listed, in capitals and in title case,
    longest first, between non-word characters (a name of a script without spaces anywhere)."""
    latin = {v for n in listed_outlets() for v in (n, _OUTLET_ENDS.sub("", n))}
    latin |= {_OUTLET_ENDS.sub("", latin_name) for latin_name, _ in script_names().values()}
    names = {v for n in latin for v in (n, n.upper(), n.title()) if len(n) >= 2}
    names |= set(script_names())
    alternatives = [
        (r"(?<!\w)" if _spaced(n[0]) else "") + re.escape(n) + (r"(?!\w)" if _spaced(n[-1]) else "")
        for n in sorted(names, key=len, reverse=True)
    ]
    return re.compile("|".join(alternatives))


def made_up_word(word: str) -> str:
    """A made-up word of ``word``'s length and case in each place ("IndieWire" ->
    "KobezuWako"); for a word of a script without spaces, characters of its own block; for one
    of another script than Latin, its own letters in another order."""
    digest = hashlib.sha256(word.encode("utf-8")).digest()
    if not _spaced(word[0]):
        start = 0x3400 if _HAN_CHAR.match(word[0]) else ord(word[0]) & ~0x7F
        return "".join(chr(start + digest[i % 32] % 0x80) for i in range(len(word)))
    if not word.isascii():
        order = sorted(range(len(word)), key=lambda i: (digest[i % 32], i))
        shuffled = "".join(word[i].lower() for i in order)
        return shuffled[:1].upper() + shuffled[1:] if word[0].isupper() else shuffled
    letters = (_VOWELS if i % 2 else _CONSONANTS for i in range(len(word)))
    made = [chars[digest[i % 32] % len(chars)] for i, chars in enumerate(letters)]
    return "".join(m.upper() if c.isupper() else m for m, c in zip(made, word, strict=True))


def made_up_outlets(text: str) -> str:
    """``text`` with every word of every known outlet name made up (:func:`made_up_word`); a
    name that is also a word of some language ("Time", "Premiere") only where no capitalised
    word stands beside it ("Running Time" is a label)."""
    return _outlet_pattern().sub(lambda m: _made_up_name(m, text), text)


#: a capitalised word right before or after a name
_CAPITAL_BEFORE = re.compile(r"[^\W\d_]*[A-Z][^\W\d_]*\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _made_up_name(found: re.Match[str], text: str) -> str:
    name = found.group(0)
    if _NON_WORDS.sub(" ", name.lower()).strip() in ordinary_words() and (
        _CAPITAL_BEFORE.search(text, max(0, found.start() - 30), found.start())
        or _CAPITAL_AFTER.match(text, found.end())
    ):
        return name
    return _LETTERS.sub(_made_up_match, name)


def _made_up_match(found: re.Match[str]) -> str:
    return made_up_word(found.group(0))


def ablate_outlets(text: str) -> str:
    """``text`` with the known outlets' names made up (:func:`made_up_outlets`), outside the
    address line."""
    address, newline, rest = text.partition("\n")
    return address + newline + made_up_outlets(rest)


def _mapped(labels: object) -> object:
    """Every string of a page's labels with the known outlets' names made up, as on the page."""
    if isinstance(labels, str):
        return made_up_outlets(labels)
    if isinstance(labels, list):
        return [_mapped(v) for v in labels]
    if isinstance(labels, dict):
        return {k: _mapped(v) for k, v in labels.items()}
    return labels


#: what ``--made-up`` makes up
ABLATIONS: dict[str, Callable[[str], str]] = {
    "labels": ablate,
    "cues": ablate_cues,
    "both": lambda text: ablate(ablate_cues(text)),
    "outlets": ablate_outlets,
}
#: how each ablation maps the labels (none but ``outlets`` changes them)
LABEL_MAPS: dict[str, Callable[[object], object]] = {"outlets": _mapped}


def measure(chosen: LabelledSet, made_up_: str = "labels") -> tuple[dict, dict]:
    """The set's figures (per field, right and scored) as its pages are and with every known
    label (or cue, or both: :data:`ABLATIONS`) made up."""
    labels = json.loads(chosen.labels.read_text(encoding="utf-8"))
    names = chosen.names()
    with tempfile.TemporaryDirectory() as tmp:
        kept, made = Path(tmp) / "kept", Path(tmp) / "made"
        kept.mkdir()
        made.mkdir()
        for page in names:
            text = (chosen.pages / page).read_text(encoding="utf-8")
            (kept / page).write_text(text, encoding="utf-8")
            (made / page).write_text(ABLATIONS[made_up_](text), encoding="utf-8")
        listed, mapped = Path(tmp) / "expected.json", Path(tmp) / "mapped.json"
        listed.write_text(json.dumps({n: labels[n] for n in names}, ensure_ascii=False))
        relabel = LABEL_MAPS.get(made_up_, lambda v: v)
        mapped.write_text(json.dumps({n: relabel(labels[n]) for n in names}, ensure_ascii=False))
        return pages_score.measure("all", kept, listed), pages_score.measure("all", made, mapped)


def main() -> None:
    """Command line: the sets to measure; prints each field as read and with labels made up."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    every = [DEV, *look_sets()]
    parser.add_argument(
        "--sets", default=",".join(s.group for s in every), help="dev and look-at set names"
    )
    parser.add_argument("--made-up", default="labels", choices=sorted(ABLATIONS))
    args = parser.parse_args()
    totals: dict[str, list[int]] = {}
    for chosen in [s for name in args.sets.split(",") for s in every if s.group == name]:
        kept, made = measure(chosen, args.made_up)
        row = []
        for field, (right, scored) in sorted(kept.items()):
            after = made.get(field, (0, scored))[0]
            row.append(f"{field} {right}->{after}/{scored}")
            total = totals.setdefault(field, [0, 0, 0])
            total[0], total[1], total[2] = total[0] + right, total[1] + after, total[2] + scored
        print(f"{chosen.group:6} " + "  ".join(row), flush=True)
    print("ALL    " + "  ".join(f"{f} {a}->{b}/{n}" for f, (a, b, n) in sorted(totals.items())))


if __name__ == "__main__":
    main()
