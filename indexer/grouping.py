"""Which records are one film: grouping by title, link, year and the identity rules.

Records are grouped when they share a normalised title (any of title, original title,
alternative titles, or the title without series furniture) or an external link, and their
years agree; a record without a year joins the group only when that title has a single
year. Two records that share a title but not a year are never grouped. Then the identity
rules of :mod:`indexer.identity` join records whose titles differ (containment with a
shared person, transliteration), and editors' ``same_as`` rules force a join, while
``not_same_as`` rules refuse one.

:func:`join_keys` gives, for each record, every key through which grouping can join it to
another; an incremental build closes its region over these keys (:mod:`indexer.region`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from indexer import identity
from indexer.identity import Join
from indexer.normalize import dedupe, key
from indexer.people import person_key
from indexer.records import Film


def titles_of(film: Film) -> list[str]:
    """Matching keys of every title a film is known by (furniture removed too)."""
    names = [film.title, film.original_title or "", *film.alt_titles]
    keys = [k for n in names if n for k in (key(n), identity.plain_title(n))]
    return dedupe(k for k in keys if k)


def join_keys(film: Film) -> list[str]:
    """Every key through which merging can join this record to another (or a loose quote to
    it): title keys, title parts, transliterated titles, editors' ``same_as`` titles, its link;
    and its directors' person keys, through which merging chooses one spelling per director
    (:func:`indexer.people.display_names`)."""
    titles = titles_of(film)
    keys = [f"t:{k}" for k in dedupe([*titles, *identity.rule_keys(film)])]
    keys += [f"t:{k}" for t in _all_titles(film) for k in identity.parts(t) if k not in titles]
    keys += [f"x:{k}" for k in dedupe([*identity.script_keys(film), *identity.latin_keys(film)])]
    keys += [f"p:{k}" for k in dedupe(person_key(d) for d in film.directors) if k]
    return [*dedupe(keys), f"l:{film.link}"] if film.link else dedupe(keys)


def _all_titles(film: Film) -> list[str]:
    return [t for t in (film.title, film.original_title or "", *film.alt_titles) if t]


class _Groups:
    """Union-find over record indices that refuses to join groups whose years differ or
    that an editor's rule keeps apart."""

    def __init__(self, films: Sequence[Film]) -> None:
        self.parent = list(range(len(films)))
        self.years: list[set[int]] = [{f.year} if f.year else set() for f in films]
        self.ids = [identity.identities(f, titles_of(f)) for f in films]
        self.apart = [identity.forbidden(f) for f in films]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, forced: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.apart[ra] & self.ids[rb] or self.apart[rb] & self.ids[ra]:
            return False
        if not forced and self.years[ra] and self.years[rb] and self.years[ra] != self.years[rb]:
            return False
        self.parent[rb] = ra
        self.years[ra] |= self.years[rb]
        self.ids[ra] |= self.ids[rb]
        self.apart[ra] |= self.apart[rb]
        return True


@dataclass
class Grouping:
    """Groups of record indices (one per film) and the joins the identity rules made."""

    groups: list[list[int]] = field(default_factory=list)
    joins: list[Join] = field(default_factory=list)


def group_films(films: Sequence[Film]) -> list[list[int]]:
    """Indices of ``films`` grouped into one list per film (see the module docstring)."""
    return link_films(films).groups


def link_films(films: Sequence[Film]) -> Grouping:
    """The groups of ``films`` and the identity joins that made them."""
    groups = _Groups(films)
    by_title: dict[str, list[int]] = defaultdict(list)
    by_plain: dict[str, list[int]] = defaultdict(list)
    by_link: dict[str, list[int]] = defaultdict(list)
    for i, film in enumerate(films):
        for title in _all_titles(film):
            by_title[key(title)].append(i)
            if plain := identity.plain_title(title):
                by_plain[plain].append(i)
        if film.link:
            by_link[film.link].append(i)
    for members in by_link.values():
        for other in members[1:]:
            groups.union(members[0], other)
    for members in by_title.values():
        _join_by_year(groups, films, dedupe_ints(members))
    joins: list[Join] = []
    for plain, members in by_plain.items():
        both = dedupe_ints([*by_title.get(plain, ()), *members])
        for a, b in _join_by_year(groups, films, both):
            why = f"{films[a].title!r} and {films[b].title!r} without series furniture"
            joins.append(Join(a, b, "series furniture", why))
    for plain, members in by_plain.items():
        by_title[plain].extend(members)
    _forced(groups, films, by_title, joins)
    _contained(groups, films, by_title, joins)
    _transliterated(groups, films, joins)
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(films)):
        clusters[groups.find(i)].append(i)
    return Grouping(sorted(clusters.values()), joins)


def dedupe_ints(values: list[int]) -> list[int]:
    """``values`` without repeats, in order."""
    return list(dict.fromkeys(values))


def _join_by_year(
    groups: _Groups, films: Sequence[Film], members: list[int]
) -> list[tuple[int, int]]:
    """Join the records of one title with the same year (and the yearless ones with the
    title's only year); the pairs whose union joined two groups."""
    by_year: dict[int | None, list[int]] = defaultdict(list)
    for i in members:
        by_year[films[i].year].append(i)
    made = []
    for same in by_year.values():
        made += [(same[0], o) for o in same[1:] if groups.union(same[0], o)]
    dated = [y for y in by_year if y is not None]
    if None in by_year and len(dated) == 1:
        pair = (by_year[dated[0]][0], by_year[None][0])
        if groups.union(*pair):
            made.append(pair)
    return made


def _forced(
    groups: _Groups, films: Sequence[Film], by_title: dict[str, list[int]], joins: list[Join]
) -> None:
    """Editors' ``same_as`` rules: the named film (title and year) joins the rule's film."""
    for i, film in enumerate(films):
        for kind, ref in film.rules:
            if kind != "same_as":
                continue
            title, year = identity.parse_ref(ref)
            for j in by_title.get(title, ()):
                if (year is None or films[j].year == year) and groups.union(i, j, forced=True):
                    joins.append(Join(i, j, "editor", f"same_as {ref!r} in {film.sources[0]}"))


def _contained(
    groups: _Groups, films: Sequence[Film], by_title: dict[str, list[int]], joins: list[Join]
) -> None:
    """A title equal to a part of another title, same year, a person in common."""
    for i, film in enumerate(films):
        if film.year is None:
            continue
        for title in _all_titles(film):
            for part in identity.parts(title):
                for j in by_title.get(part, ()):
                    if films[j].year != film.year or groups.find(i) == groups.find(j):
                        continue
                    if not identity.may_contain(films[j], film):
                        continue
                    person = identity.shared_person(film, films[j])
                    if person and groups.union(j, i):
                        why = f"{films[j].title!r} is part of {title!r}, {film.year}, {person}"
                        joins.append(Join(j, i, "contained title", why))


def _transliterated(groups: _Groups, films: Sequence[Film], joins: list[Join]) -> None:
    """A title in another script whose transliteration is a Latin title of the same year
    (or of no year, with a person in common)."""
    scripts = [(i, k) for i, film in enumerate(films) for k in identity.script_keys(film)]
    wanted = {k for _, k in scripts}
    latin: dict[str, list[int]] = defaultdict(list)
    for i, film in enumerate(films):
        for k in identity.latin_keys(film) if wanted else ():
            if k in wanted:
                latin[k].append(i)
    for i, k in scripts:
        for j in latin.get(k, ()):
            _join_scripts(groups, films, i, j, joins)


def _join_scripts(
    groups: _Groups, films: Sequence[Film], i: int, j: int, joins: list[Join]
) -> None:
    a, b = films[i], films[j]
    person = identity.shared_person(b, a)
    if a.year and b.year:
        if a.year != b.year:
            return
    elif not person:
        return
    if groups.find(i) != groups.find(j) and groups.union(j, i):
        evidence = f"{a.title!r} reads {identity.letters(a.title)!r}, {a.year or b.year}"
        joins.append(Join(j, i, "transliteration", evidence + (f", {person}" if person else "")))
