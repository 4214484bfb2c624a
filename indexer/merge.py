"""One film from many documents.

Which documents are about the same film is decided by :mod:`indexer.grouping` (shared title
or link and the same year, and the identity rules of :mod:`indexer.identity`).

Within a group every value keeps the documents that state it (:class:`~indexer.records.Fact`).
Single-valued fields (title, year, runtime, original title) keep the value most documents
state, ties broken by source rank (editor Markdown, then pages, then catalogues) and name, and a
disagreement becomes a :class:`~indexer.records.Conflict`. Lists are united; spellings of one
person that differ between documents ("Hai Qing" / "Christina Hai") are kept once, with the
disagreement recorded.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii

from indexer.grouping import join_keys as join_keys  # re-exported: the build imports it here
from indexer.grouping import link_films, titles_of
from indexer.identity import Join, plain_title
from indexer.normalize import dedupe, key
from indexer.people import director_spellings, one_spelling, person_key
from indexer.records import Conflict, Fact, Film, LooseQuote, Problem, Quote

_LIST_FIELDS = (
    "alt_titles",
    "companies",
    "countries",
    "countries_as_written",
    "genres",
    "tags",
    "languages",
    "awards",
)
_PEOPLE_FIELDS = ("directors", "writers", "cast")


@dataclass
class MergeResult:
    """Merged films (sorted by id) and what could not be attached or merged cleanly, with
    the film id each input record went into and each loose quote was attached to (or None)."""

    films: list[Film] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    record_films: list[str] = field(default_factory=list)
    quote_films: list[str | None] = field(default_factory=list)
    #: the identity joins (:mod:`indexer.identity`) and the film each made
    joins: list[tuple[Join, str]] = field(default_factory=list)


def source_rank(source: str) -> tuple[int, str]:
    """Sort key for sources: editor Markdown first, then pages, then catalogue rows."""
    if "#" in source:
        return (2, source)
    return (0 if source.endswith(".md") else 1, source)


def quote_keys(loose: LooseQuote) -> list[str]:
    """The keys through which a loose quote finds its film: the link and the title key."""
    title = key(loose.film.title or "")
    keys = [f"l:{loose.film.link}"] if loose.film.link else []
    return [*keys, f"t:{title}"] if title else keys


def merge(
    films: Sequence[Film],
    quotes: Iterable[LooseQuote] = (),
    display: dict[str, str] | None = None,
) -> MergeResult:
    """Merge per-document ``films`` into one film per real film and attach loose ``quotes``.
    Directors are written as ``display`` says (default: :func:`director_spellings` of
    ``films``)."""
    result = MergeResult(record_films=[""] * len(films))
    grouping = link_films(films)
    groups = [g for g in grouping.groups if not all(films[i].rule_only for i in g)]
    if display is None:
        display = director_spellings(films)
    merged = [merge_group([films[i] for i in g if not films[i].rule_only]) for g in groups]
    merged = assign_ids(one_spelling(merged, display))
    for group, film in zip(groups, merged, strict=True):
        for i in group:
            result.record_films[i] = film.id
    result.joins = [(j, result.record_films[j.a]) for j in grouping.joins]
    merged, result.problems, found = attach_quotes(merged, quotes)
    result.quote_films = [None if i is None else merged[i].id for i in found]
    unused = Counter(
        films[i].sources[0].split("#")[0] for i, f in enumerate(result.record_films) if not f
    )
    result.problems += unused_rules(unused)
    result.films = sorted(merged, key=lambda f: f.id)
    return result


def unused_rules(unused: Counter[str]) -> list[Problem]:
    """One problem per document whose rule rows (counted) name a film no document describes."""
    return [
        Problem(src, f"{n} merge rule row(s) name a film that no document describes")
        for src, n in sorted(unused.items())
    ]


# --------------------------------------------------------------------------- one group


def _choose(values: list[tuple[str, str]], plain: bool = False) -> tuple[str, list[Fact]]:
    """Pick the value most sources state (ties: best-ranked source) from (value, source) pairs;
    with ``plain``, a title without series furniture first."""
    by_value: dict[str, list[str]] = defaultdict(list)
    for value, source in values:
        by_value[value].append(source)
    facts = [Fact("", v, tuple(sorted(set(s), key=source_rank))) for v, s in by_value.items()]
    facts.sort(
        key=lambda f: (
            plain and bool(plain_title(f.value)),
            -len(f.sources),
            source_rank(f.sources[0]),
        )
    )
    return facts[0].value, facts


def _single(
    field_name: str, docs: Sequence[Film], facts: list[Fact], conflicts: list[Conflict]
) -> str | None:
    pairs = [
        (str(getattr(d, field_name)), d.sources[0] if d.sources else "")
        for d in docs
        if getattr(d, field_name) not in (None, "")
    ]
    if not pairs:
        return None
    chosen, found = _choose(pairs, plain=field_name == "title")
    found = [Fact(field_name, f.value, f.sources) for f in found]
    facts.extend(found)
    if len(found) > 1:
        conflicts.append(Conflict(field_name, chosen, tuple(found)))
    return chosen


def _union(field_name: str, docs: Sequence[Film], facts: list[Fact]) -> tuple[str, ...]:
    sources_of: dict[str, list[str]] = defaultdict(list)
    prose_of: dict[str, list[str]] = defaultdict(list)
    spelled: dict[str, str] = {}
    for doc in docs:
        source = doc.sources[0] if doc.sources else ""
        for value in getattr(doc, field_name):
            k = key(value) or value
            spelled.setdefault(k, value)
            sources_of[k].append(source)
            if field_name in doc.prose_fields:
                prose_of[k].append(source)
    for k, value in spelled.items():
        facts.append(Fact(field_name, value, _ranked(sources_of[k]), _ranked(prose_of.get(k, ()))))
    return tuple(spelled.values())


def _ranked(sources: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(sources), key=source_rank))


def _prose_facts(doc: Film) -> tuple[Fact, ...]:
    """The facts of a one-document film whose people come from its synopsis's prose."""
    return tuple(
        Fact(name, value, doc.sources[:1], doc.sources[:1])
        for name in doc.prose_fields
        for value in getattr(doc, name)
    )


def _people(
    field_name: str, docs: Sequence[Film], facts: list[Fact], conflicts: list[Conflict]
) -> tuple[str, ...]:
    """United names where one person spelled two ways by two documents is kept once."""
    names = _union(field_name, docs, facts)
    mine = [f for f in facts if f.field == field_name]
    kept: set[str] = set()
    # twins always share a first or last word, so candidates are looked up by those
    # a name is kept in order of support; its twin is the earliest kept one (not the first
    # found through a set of edges, whose order changes with Python's string hashing)
    by_edge: dict[str, list[tuple[int, Fact, list[str]]]] = defaultdict(list)
    ordered = sorted(mine, key=lambda f: (-len(f.sources), source_rank(f.sources[0])))
    for order, fact in enumerate(ordered):
        words = key(fact.value).split()
        edges = {words[0], words[-1]} if 0 < len(words) <= 3 else set()
        edges.add(transliterated(fact.value))
        candidates = sorted({c[0]: c for e in edges for c in by_edge.get(e, ())}.values())
        likeness = [(_same_person(c, c_ws, fact, words), -o, c) for o, c, c_ws in candidates]
        best = max(likeness, key=lambda t: t[:2], default=None)
        twin = best[2] if best is not None and best[0] > 0 else None
        if twin is None:
            kept.add(fact.value)
            for edge in edges:
                by_edge[edge].append((order, fact, words))
        else:
            conflicts.append(Conflict(field_name, twin.value, (twin, fact)))
    return tuple(n for n in names if n in kept)


def _same_person(a: Fact, words_a: list[str], b: Fact, words_b: list[str]) -> int:
    """Whether two spellings from disjoint documents are one person: 2 for the same words
    reordered ("Kore-eda Hirokazu") or one name in two scripts ("李睿珺" / "Li Ruijun"), 1 for
    a family name moved from first to last ("Hai Qing" / "Christina Hai"), 0 for two people
    ("Jake Gyllenhaal" and "Maggie Gyllenhaal")."""
    if set(a.sources) & set(b.sources):
        return 0
    if sorted(words_a) == sorted(words_b) or transliterated(a.value) == transliterated(b.value):
        return 2
    if len(words_a) < 1 or len(words_b) < 1:
        return 0
    return 1 if words_a[0] == words_b[-1] or words_a[-1] == words_b[0] else 0


@lru_cache(maxsize=1 << 16)
def transliterated(name: str) -> str:
    """The person key of a name once transliterated (李睿珺 and Li Ruijun: ``liruijun``)."""
    return "~" + person_key(anyascii(name))


def merge_group(docs: Sequence[Film]) -> Film:
    """One film from the per-document records of one group."""
    docs = sorted(docs, key=lambda d: source_rank(d.sources[0] if d.sources else ""))
    if len(docs) == 1 and not docs[0].facts:
        return docs[0].replace(facts=_prose_facts(docs[0])) if docs[0].prose_fields else docs[0]
    facts: list[Fact] = []
    conflicts: list[Conflict] = []
    title = _single("title", docs, facts, conflicts) or docs[0].title
    year = _single("year", docs, facts, conflicts)
    runtime = _single("runtime_minutes", docs, facts, conflicts)
    original = _single("original_title", docs, facts, conflicts)
    lists = {name: _union(name, docs, facts) for name in _LIST_FIELDS}
    people = {name: _people(name, docs, facts, conflicts) for name in _PEOPLE_FIELDS}
    others = [t for d in docs for t in (d.title, d.original_title or "") if t]
    alt = dedupe([*lists.pop("alt_titles"), *others])
    return Film(
        title=title,
        original_title=original,
        alt_titles=tuple(a for a in alt if key(a) not in (key(title), key(original or ""))),
        year=int(year) if year else None,
        runtime_minutes=int(runtime) if runtime else None,
        runtimes=tuple(sorted({r for d in docs for r in (*d.runtimes, d.runtime_minutes) if r})),
        credits=_credits(docs, facts),
        synopsis=_synopsis(docs, facts),
        quotes=_quotes(q for d in docs for q in d.quotes),
        text_language=next((d.text_language for d in docs if d.text_language), None),
        link=next((d.link for d in docs if d.link), None),
        sources=tuple(sorted({s for d in docs for s in d.sources}, key=source_rank)),
        facts=tuple(facts),
        conflicts=tuple(conflicts),
        directors=people["directors"],
        writers=people["writers"],
        cast=people["cast"],
        companies=lists["companies"],
        countries=lists["countries"],
        countries_as_written=lists["countries_as_written"],
        genres=lists["genres"],
        tags=lists["tags"],
        languages=lists["languages"],
        awards=lists["awards"],
    )


def _credits(docs: Sequence[Film], facts: list[Fact]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Crew united by role; each name's documents become a ``credits.<role>`` fact."""
    roles: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for doc in docs:
        for role, names in doc.credits:
            for name in names:
                roles[role].setdefault(name, []).extend(doc.sources[:1])
    for role, people in roles.items():
        for name, sources in people.items():
            facts.append(
                Fact(f"credits.{role}", name, tuple(sorted(set(sources), key=source_rank)))
            )
    return tuple((role, tuple(dedupe(people))) for role, people in roles.items())


def _synopsis(docs: Sequence[Film], facts: list[Fact]) -> str:
    """The best-ranked document's synopsis; the longest where ranks tie. Others stay as facts."""
    with_text = [d for d in docs if d.synopsis.strip()]
    if not with_text:
        return ""
    for doc in with_text:
        facts.append(Fact("synopsis", doc.synopsis, doc.sources[:1]))
    best = min(
        with_text,
        key=lambda d: (source_rank(d.sources[0] if d.sources else "")[0], -len(d.synopsis)),
    )
    return best.synopsis


def _quotes(quotes: Iterable[Quote]) -> tuple[Quote, ...]:
    seen: set[str] = set()
    out: list[Quote] = []
    for quote in quotes:
        k = key(quote.text)[:200]
        if k and k not in seen:
            seen.add(k)
            out.append(quote)
    return tuple(out)


# --------------------------------------------------------------------------- ids, quotes


def slug(text: str) -> str:
    """A URL-safe, readable id part: folded words joined by hyphens (non-Latin letters kept)."""
    return re.sub(r"[\s_]+", "-", key(text))[:80].strip("-") or "film"


def base_id(film: Film) -> str:
    """The id a film gets unless another film claims it first: ``title-year``."""
    return slug(film.title) + (f"-{film.year}" if film.year else "")


def id_order(film: Film) -> tuple[tuple[int, str], str]:
    """Which of two films with one base id keeps it: best-ranked first source, then title."""
    return (source_rank(film.sources[0] if film.sources else ""), film.title)


def assign_ids(films: Sequence[Film]) -> list[Film]:
    """Give each film a stable id ``title-year``; a clash adds a short hash of its first source.
    Films keep their order."""
    ids: dict[int, str] = {}
    taken: Counter[str] = Counter()
    for i in sorted(range(len(films)), key=lambda i: id_order(films[i])):
        film = films[i]
        base = ids[i] = base_id(film)
        if taken[base]:
            digest = hashlib.sha1((film.sources[0] if film.sources else film.title).encode())
            ids[i] = f"{base}-{digest.hexdigest()[:6]}"
        taken[base] += 1
    return [film.replace(id=ids[i]) for i, film in enumerate(films)]


def attach_quotes(
    films: list[Film], quotes: Iterable[LooseQuote]
) -> tuple[list[Film], list[Problem], list[int | None]]:
    """Attach loose quotes to their films by link, else by title and year; also the index of
    the film each quote went to (None: no film, reported as a problem)."""
    by_link = {f.link: i for i, f in enumerate(films) if f.link}
    by_title: dict[str, list[int]] = defaultdict(list)
    for i, film in enumerate(films):
        for k in titles_of(film):
            by_title[k].append(i)
    extra: dict[int, list[Quote]] = defaultdict(list)
    unmatched: Counter[str] = Counter()
    matches: list[int | None] = []
    for loose in quotes:
        found = _find_film(loose, films, by_link, by_title)
        matches.append(found)
        if found is None:
            unmatched[loose.quote.source.split("#")[0]] += 1
        else:
            extra[found].append(loose.quote)
    for i, added in extra.items():
        films[i] = films[i].replace(quotes=_quotes([*films[i].quotes, *added]))
    return films, unmatched_problems(unmatched), matches


def unmatched_problems(unmatched: Counter[str]) -> list[Problem]:
    """One problem per document whose quotes (counted) name a film no document describes."""
    return [
        Problem(src, f"{n} quote(s) name a film that no document describes; not indexed")
        for src, n in sorted(unmatched.items())
    ]


def _find_film(
    loose: LooseQuote, films: list[Film], by_link: dict[str, int], by_title: dict[str, list[int]]
) -> int | None:
    ref = loose.film
    if ref.link and ref.link in by_link:
        return by_link[ref.link]
    candidates = by_title.get(key(ref.title or ""), [])
    if ref.year is not None:
        candidates = [i for i in candidates if films[i].year in (ref.year, None)]
    return candidates[0] if len(candidates) == 1 else None
