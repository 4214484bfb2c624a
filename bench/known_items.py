"""A realistic known-item query set, drawn from the indexed films with a fixed seed.

Each :class:`Item` is a query as a visitor or a critic types it and what it must find. Kinds:

- ``exact title``, ``typo title`` (one edit in a word of five letters or more, lower case),
  ``accentless title`` (accents dropped, lower case), ``punctuated title`` (as written, or
  lower case without its punctuation): the film must be in the top 10. Titles are drawn among
  those no other film shares.
- ``person`` (a director's name, or surname), ``person + era`` (``name 1980s`` / ``surname
  80s``): the first film must be one the person directed (in that era).
- ``director + word`` (surname and a word of the title), ``synopsis words`` (four words of
  five letters or more from the synopsis, in order): the film must be in the top 10.
- ``critic fragment`` (6 to 30 consecutive words of a quote as written, a third of them 20 or
  more), ``critic fragment typo`` (the same with one edit in one word): the quote must be in
  the top 10 of the quote search.
- ``natural phrase`` (``movies with <actor>``, ``films directed by <director>``, ``a film
  about <synopsis words>``): the first film stars / was directed by them, or the film is in
  the top 10.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from indexer.normalize import key

SEED = 20261201
PER_KIND = 50
TOP = 10
KINDS = (
    "exact title",
    "typo title",
    "accentless title",
    "punctuated title",
    "person",
    "person + era",
    "director + word",
    "synopsis words",
    "critic fragment",
    "critic fragment typo",
    "natural phrase",
)
_COMMON = """about after again against among being because before between could during every
    first found their there these those through under where which while would years other story
    film films movie life world young family takes tells finds becomes"""
_STOP = frozenset(_COMMON.split())
_WORD = re.compile(r"[^\W\d_]+")
_PUNCTUATION = re.compile(r"[:\-&'.,?!]")

Film = dict[str, Any]


@dataclass(frozen=True)
class Item:
    """One query and what it must find: a film id (``film``), a person whose film must come
    first (``person``, ``role``: director/cast, ``era``: a decade), or a quote (``quote``)."""

    kind: str
    query: str
    film: str = ""
    person: str = ""
    role: str = ""
    era: int = 0
    quote: str = ""

    @classmethod
    def parse(cls, line: str) -> Item:
        """An item from a line written by :meth:`line`."""
        kind, query, film, person, role, era, quote = line.rstrip("\n").split("\t")
        return cls(kind, query, film, person, role, int(era or 0), quote)

    def line(self) -> str:
        """Tab-separated, for the saved query set."""
        fields = (self.kind, self.query, self.film, self.person, self.role, str(self.era))
        return "\t".join((*fields, self.quote))


def typo(word: str, rng: random.Random) -> str:
    """``word`` with one edit after its first letter: a swap, a deletion or a doubled letter."""
    i = rng.randrange(1, len(word) - 1)
    how = rng.choice(("swap", "delete", "double"))
    if how == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if how == "delete":
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def fold_accents(text: str) -> str:
    """``Amélie`` -> ``amelie``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _typo_in_text(text: str, rng: random.Random) -> str | None:
    """``text`` with one edit in one of its words of five letters or more."""
    spots = [m for m in _WORD.finditer(text) if len(m.group()) >= 5]
    if not spots:
        return None
    m = rng.choice(spots)
    return text[: m.start()] + typo(m.group(), rng) + text[m.end() :]


def _is_name(name: str) -> bool:
    """A person's name of two words or more, letters only (no "1", no initials alone)."""
    parts = name.replace(".", "").replace("-", "").split()
    return len(parts) >= 2 and all(p.isalpha() for p in parts) and len(parts[-1]) >= 3


def _words(text: str, least: int = 5) -> list[str]:
    return [w for w in _WORD.findall(text) if len(w) >= least and w.lower() not in _STOP]


class Generator:
    """Draws the items of every kind from ``films`` (payloads of the index) with ``seed``."""

    def __init__(self, films: Sequence[Film], seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        self.films = sorted(films, key=lambda f: f["id"])
        counts = Counter(key(f["title"]) for f in self.films)
        self.unique = [f for f in self.films if counts[key(f["title"])] == 1 and f["title"]]
        self.quoted = [
            f for f in self.films if any(len(q["text"].split()) >= 10 for q in f["quotes"])
        ]
        self.accented = [f for f in self.unique if not f["title"].isascii()]
        self.directed: dict[str, list[Film]] = defaultdict(list)
        self.starred: dict[str, list[Film]] = defaultdict(list)
        for f in self.films:
            for name in filter(_is_name, f["directors"]):
                self.directed[name].append(f)
            for name in filter(_is_name, f["cast"][:3]):
                self.starred[name].append(f)
        surnames = Counter(n.split()[-1].lower() for n in self.directed)
        self.unique_surname = {n for n in self.directed if surnames[n.split()[-1].lower()] == 1}

    def all(self, per_kind: int = PER_KIND) -> list[Item]:
        """``per_kind`` items of every kind, in kind order."""
        makers: dict[str, Callable[[], Item | None]] = {
            "exact title": self.exact,
            "typo title": self.typo_title,
            "accentless title": self.accentless,
            "punctuated title": self.punctuated,
            "person": self.person,
            "person + era": self.person_era,
            "director + word": self.director_word,
            "synopsis words": self.synopsis,
            "critic fragment": lambda: self.fragment(False),
            "critic fragment typo": lambda: self.fragment(True),
            "natural phrase": self.natural,
        }
        out: list[Item] = []
        for kind in KINDS:
            seen: set[str] = set()
            for _ in range(per_kind * 50):
                if len(seen) >= per_kind:
                    break
                item = makers[kind]()
                if item is not None and item.query not in seen:
                    seen.add(item.query)
                    out.append(item)
        return out

    def _pick(self, films: Sequence[Film]) -> Film:
        return films[self.rng.randrange(len(films))]

    def exact(self) -> Item:
        """A title as written."""
        film = self._pick(self.unique)
        return Item("exact title", film["title"], film=film["id"])

    def typo_title(self) -> Item | None:
        """A title in lower case with one edit in one of its longer words."""
        film = self._pick(self.unique)
        typed = _typo_in_text(film["title"], self.rng)
        return Item("typo title", typed.lower(), film=film["id"]) if typed else None

    def accentless(self) -> Item | None:
        """A title with accents, typed without them."""
        if not self.accented:
            return None
        film = self._pick(self.accented)
        folded = fold_accents(film["title"])
        if folded == film["title"].lower() or not folded.isascii():
            return None
        return Item("accentless title", folded, film=film["id"])

    def punctuated(self) -> Item | None:
        """A title with punctuation, as written or without it."""
        film = self._pick(self.unique)
        title = film["title"]
        if not _PUNCTUATION.search(title):
            return None
        if self.rng.random() < 0.5:
            return Item("punctuated title", title, film=film["id"])
        bare = " ".join(_PUNCTUATION.sub(" ", title).lower().split())
        return Item("punctuated title", bare, film=film["id"])

    def _director(self, least: int) -> tuple[str, list[Film]] | None:
        names = sorted(n for n, fs in self.directed.items() if len(fs) >= least)
        if not names:
            return None
        name = names[self.rng.randrange(len(names))]
        return name, self.directed[name]

    def person(self) -> Item | None:
        """A director's name (or unique surname): their film must come first."""
        found = self._director(4)
        if found is None:
            return None
        name, _ = found
        return Item("person", self._typed_name(name), person=name, role="director")

    def _typed_name(self, name: str) -> str:
        """A director's name as typed: in full, or the surname alone when no other director of
        several films has it."""
        if name in self.unique_surname and self.rng.random() < 0.4:
            return name.split()[-1].lower()
        return name.lower()

    def person_era(self) -> Item | None:
        """A director and the decade most of their films are from."""
        found = self._director(4)
        if found is None:
            return None
        name, films = found
        decades = Counter(f["year"] // 10 * 10 for f in films if f.get("year"))
        decade, count = decades.most_common(1)[0] if decades else (0, 0)
        if count < 2:
            return None
        era = f"{decade}s" if self.rng.random() < 0.5 else f"{decade % 100:02d}s"
        typed = self._typed_name(name)
        return Item("person + era", f"{typed} {era}", person=name, role="director", era=decade)

    def director_word(self) -> Item | None:
        """A director's surname and a word of one of their titles."""
        found = self._director(2)
        if found is None:
            return None
        name, films = found
        film = self._pick(films)
        words = _words(film["title"], 4)
        if not words:
            return None
        word = self.rng.choice(words).lower()
        return Item("director + word", f"{name.split()[-1].lower()} {word}", film=film["id"])

    def synopsis(self) -> Item | None:
        """Four longer words of a synopsis, in order."""
        film = self._pick(self.films)
        words = list(dict.fromkeys(w.lower() for w in _words(film["synopsis"] or "")))
        if len(words) < 8:
            return None
        chosen = sorted(self.rng.sample(range(len(words)), 4))
        return Item("synopsis words", " ".join(words[i] for i in chosen), film=film["id"])

    def fragment(self, with_typo: bool) -> Item | None:
        """Consecutive words of a critic's quote, as pasted (a third 20 words or more)."""
        if not self.quoted:
            return None
        film = self._pick(self.quoted)
        quotes = [q["text"] for q in film["quotes"] if len(q["text"].split()) >= 10]
        if not quotes:
            return None
        text = self.rng.choice(quotes)
        words = text.split()
        size = self.rng.randint(20, 30) if self.rng.random() < 0.34 else self.rng.randint(6, 12)
        size = min(size, len(words))
        start = self.rng.randrange(len(words) - size + 1)
        fragment = " ".join(words[start : start + size])
        if with_typo:
            fragment = _typo_in_text(fragment, self.rng) or ""
        kind = "critic fragment typo" if with_typo else "critic fragment"
        return Item(kind, fragment, film=film["id"], quote=text) if fragment else None

    def natural(self) -> Item | None:
        """``movies with <actor>``, ``films directed by <director>`` or ``a film about ...``."""
        roll = self.rng.random()
        if roll < 0.34:
            names = sorted(n for n, fs in self.starred.items() if len(fs) >= 4)
            name = names[self.rng.randrange(len(names))] if names else ""
            return Item("natural phrase", f"movies with {name}", person=name, role="cast")
        if roll < 0.67:
            found = self._director(4)
            if found is None:
                return None
            name = found[0]
            return Item("natural phrase", f"films directed by {name}", person=name, role="director")
        item = self.synopsis()
        return (
            Item("natural phrase", f"a film about {item.query}", film=item.film) if item else None
        )


def succeeded(item: Item, hits: Sequence[Film | tuple[str, str]]) -> bool:
    """Whether ``hits`` (film payloads, or (film id, quote text) for quotes) answer ``item``."""
    if item.quote:
        return any(h == (item.film, item.quote) for h in hits[:TOP])
    if item.film:
        return any(isinstance(h, dict) and h["id"] == item.film for h in hits[:TOP])
    if not hits or not isinstance(hits[0], dict):
        return False
    first = hits[0]
    in_era = not item.era or (first.get("year") or 0) // 10 * 10 == item.era
    return in_era and has_person(first, item.person, item.role)


def has_person(film: Film, name: str, role: str) -> bool:
    """Whether ``name`` directed (or, for ``cast``, stars in) ``film``; many catalogue films
    have no director field, so "directed by <name>" in the synopsis counts too."""
    if role == "cast":
        return name in film["cast"]
    said = f"directed by {name}".lower() in (film.get("synopsis") or "").lower()
    return name in film["directors"] or said
