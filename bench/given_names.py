"""Generate the list of given names the readers of people's names know a person by.

Two sources, each read for the words that open a person's name and rarely a film's title:

- the film catalogues of ``../shared/data`` (as :mod:`bench.kb_reach` does: directors and cast
  of every film) and the critics of ``critic_quotes.jsonl``: every first word (as a key: lower
  case, no accents) of a person's name of two words or more that opens at least
  ``--min-people`` names (3) and opens names at least ``--ratio`` (2) times as often as the
  catalogues' titles hold it as a word ("peter", "agnes", "sangeetha"; not "the", "les",
  "happy", "don");
- the name dictionary ``nam_dict.txt`` of Jörg Michael (shipped by the ``gender-guesser``
  package, a build-time dependency of this tool; GNU Free Documentation License 1.2 or later):
  every first name that is at least ``--min-frequency`` common (5 of its scale of 1 to 13, a
  step a factor of two, 10 for two in a hundred people) in one of its 55 countries, of three
  letters or more, that the catalogues' titles hold no more often than the ratio allows (a
  name of no catalogue's person must be in no title: "grace", "rose", "young" stay out) and
  that is no word of the language data, unless the catalogues' people list it (Indonesian
  "kata", "said"; French "avril"; Vietnamese "trong", "in", are given names too). The
  catalogues know few Hungarians, Czechs or Finns; the dictionary knows "györgy", "tamás",
  "krisztián" in their own countries.

The list goes to ``indexer/extract/pages/given_names.txt``, one key a line, sorted; the
project keeps it as data (nothing downloads at run time). A title candidate shaped as a
person's name whose first word is listed speaks for a person, not a film
(:mod:`indexer.extract.pages.titleperson`).

Run: ``.venv/bin/python -m bench.given_names [--min-people N] [--ratio R] [--min-frequency F]
[--nam-dict FILE]`` (``pip install gender-guesser`` first, or give the file).
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from indexer import lang
from indexer.extract.catalogue import extract_catalogue
from indexer.normalize import key

log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CATALOGUES = ("rt_movies.jsonl", "streaming_movies.jsonl", "wikipedia_movies.jsonl.gz")
OUT = ROOT / "indexer" / "extract" / "pages" / "given_names.txt"
#: the columns of ``nam_dict.txt`` that hold a name's frequency in each of its 55 countries,
#: one hexadecimal digit each ("1" rare ... "D" extremely common), a space where it is unknown
FREQUENCY_COLUMNS = slice(30, 85)
#: the fewest letters of a name taken from the dictionary: its syllables of two letters
#: ("an", "ho", "mi") are everyday words of many languages
FEWEST_LETTERS = 3


def counts(data: Path) -> tuple[Counter[str], Counter[str]]:
    """How many distinct people's names each word opens, and how often titles hold it."""
    people: set[str] = set()
    title_words: Counter[str] = Counter()
    for name in CATALOGUES:
        raw = (data / name).read_bytes()
        text = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")
        for film in extract_catalogue(text, name).films:
            for title in (film.title, film.original_title, *film.alt_titles):
                title_words.update(key(title or "").split())
            people.update(key(p) for p in (*film.directors, *film.cast))
    with (data / "critic_quotes.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            people.add(key(json.loads(line).get("critic_name") or ""))
    first = Counter(k.split()[0] for k in people if len(k.split()) >= 2)
    return first, title_words


def dictionary_frequencies(lines: Iterable[str]) -> dict[str, int]:
    """Each first name of ``nam_dict.txt``'s lines (as a key) and its highest frequency in any
    country. Comments (``#``) and the lines of equivalent names (``=``) are skipped; a ``+``
    inside a name joins its parts ("Jun+Wei": "junwei"). The file is UTF-8 with its columns
    counted in characters."""
    found: dict[str, int] = {}
    for line in lines:
        line = line.rstrip("\r\n")
        if not line or line[0] in "#=" or len(line) < FREQUENCY_COLUMNS.stop:
            continue
        digits = [int(c, 16) for c in line[FREQUENCY_COLUMNS] if c.strip()]
        name = key(line.split()[1].replace("+", ""))
        if digits and name:
            found[name] = max(found.get(name, 0), *digits)
    return found


def nam_dict_lines() -> list[str]:
    """The lines of ``nam_dict.txt`` as the ``gender-guesser`` package ships it."""
    data = resources.files("gender_guesser").joinpath("data", "nam_dict.txt")
    return data.read_text(encoding="utf-8").splitlines()


def given_names(
    first: Counter[str],
    title_words: Counter[str],
    dictionary: dict[str, int],
    *,
    min_people: int = 3,
    ratio: float = 2.0,
    min_frequency: int = 5,
    everyday: frozenset[str] = frozenset(),
) -> list[str]:
    """The first words of people's names that open ``min_people`` names or more, and the
    names of ``dictionary`` as common as ``min_frequency`` in one country, three letters or
    more, none of the ``everyday`` words; each opens names ``ratio`` times as often as titles
    hold it, alphabetic and two letters or more."""
    people = {w for w, n in first.items() if n >= min_people}
    common = {
        w
        for w, f in dictionary.items()
        if f >= min_frequency and len(w) >= FEWEST_LETTERS and w not in everyday
    }
    return sorted(
        w
        for w in people | common
        if first[w] >= ratio * title_words[w] and len(w) >= 2 and w.isalpha()
    )


def data_words() -> frozenset[str]:
    """Every word of the language data (its cues, labels, genres), as keys: the everyday
    words of the languages the pages are written in."""
    return frozenset(w for entry in lang.data_entries() for w in key(entry.rstrip("*")).split())


def main() -> None:
    """Command line: write the list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--min-people", type=int, default=3)
    parser.add_argument("--ratio", type=float, default=2.0)
    parser.add_argument("--min-frequency", type=int, default=5)
    parser.add_argument("--nam-dict", type=Path, help="nam_dict.txt (default: gender-guesser's)")
    args = parser.parse_args()
    lines = (
        args.nam_dict.read_text(encoding="utf-8").splitlines()
        if args.nam_dict
        else nam_dict_lines()
    )
    first, title_words = counts(args.data)
    names = given_names(
        first,
        title_words,
        dictionary_frequencies(lines),
        min_people=args.min_people,
        ratio=args.ratio,
        min_frequency=args.min_frequency,
        everyday=data_words(),
    )
    OUT.write_text("".join(f"{n}\n" for n in names), encoding="utf-8")
    logging.basicConfig(level=logging.INFO)
    log.info("%d given names written to %s", len(names), OUT.relative_to(ROOT))


if __name__ == "__main__":
    main()
