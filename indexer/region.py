"""Re-merging only the region of an edit.

Merging joins records only through shared keys (title keys and links,
:func:`indexer.merge.join_keys`), attaches a loose quote only to a film holding one of its
keys, and gives a film a hashed id only when another film has the same base id. The *region*
of an edit is the closure of what the edited documents held before and hold now under
"shares a key with", "was in the same film as" and "has the base id of". Nothing outside the
region shares a key with anything inside it, so merging the region alone (in corpus order)
gives exactly the films a merge of the whole corpus gives it, and the films outside it stay
as they are.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from indexer.grouping import join_keys
from indexer.ledger import FILM_RECORD, LOOSE_QUOTE, Item, Ledger, NewItem
from indexer.merge import base_id, merge, quote_keys
from indexer.people import director_spellings, person_key
from indexer.records import ExtractResult, Film, LooseQuote


@dataclass
class Region:
    """The films of an edit's region merged afresh, the ids its items were filed under
    before, the changed documents' items (with their films) and the kept items whose film
    changed (ledger item id -> film id)."""

    films: list[Film] = field(default_factory=list)
    before: set[str] = field(default_factory=set)
    added: list[NewItem] = field(default_factory=list)
    refile: dict[int, str | None] = field(default_factory=dict)
    items: int = 0


def keys_of(record: Film | LooseQuote) -> list[str]:
    """The keys that join a film record or loose quote to others (directors' person keys
    aside: they choose a spelling, see :func:`_spellings`)."""
    keys = join_keys(record) if isinstance(record, Film) else quote_keys(record)
    return [k for k in keys if not k.startswith(PERSON)]


#: prefix of the join keys that name a director (:func:`indexer.merge.join_keys`)
PERSON = "p:"


def fresh_items(results: dict[str, ExtractResult]) -> list[NewItem]:
    """Every film record and loose quote of the changed documents (their films still unknown)."""
    out = []
    for doc, result in results.items():
        out += [
            NewItem(FILM_RECORD, doc, i, None, r, join_keys(r)) for i, r in enumerate(result.films)
        ]
        out += [
            NewItem(LOOSE_QUOTE, doc, i, None, q, quote_keys(q))
            for i, q in enumerate(result.quotes)
        ]
    return out


def remerge(
    ledger: Ledger, results: dict[str, ExtractResult], changed: set[str], order: Sequence[str]
) -> Region:
    """Merge the region of the documents ``changed`` (``results``: what the added and changed
    ones hold now; the removed ones are in ``changed`` only). ``order`` lists the corpus's
    documents in reading order, which merging follows."""
    gone = ledger.items_of_docs(changed)
    fresh = fresh_items(results)
    keys = {k for item in gone for k in keys_of(item.record)}
    keys.update(k for item in fresh for k in keys_of(item.record))
    films = {item.film for item in gone if item.film}
    rank = {name: i for i, name in enumerate(order)}
    kept: dict[int, Item] = {}
    while True:
        _close(ledger, kept, keys, films, changed)
        everything: list[Item | NewItem] = [*kept.values(), *fresh]
        records = _sorted(everything, FILM_RECORD, rank)
        quotes = _sorted(everything, LOOSE_QUOTE, rank)
        display, moved, respelled = _spellings(ledger, gone, records, changed)
        merged = merge([r.record for r in records], [q.record for q in quotes], display)
        # a film outside whose base id one of the region's films takes, or gives up
        bases = {base_id(f) for f in merged.films} | ledger.bases(films)
        outside = (ledger.films_with_bases(bases) | respelled) - films
        if not outside:
            break
        films |= outside
    # their documents did not change, but their director's spelling did: write them again
    ledger.forget_inputs(
        i.film for i in kept.values() if i.film and moved & set(keys_of_people(i.record))
    )
    region = Region(films=merged.films, before=films, items=len(everything))
    pairs = [
        *zip(records, merged.record_films, strict=True),
        *zip(quotes, merged.quote_films, strict=True),
    ]
    for item, film in pairs:
        if isinstance(item, NewItem):
            region.added.append(dataclasses.replace(item, film=film))
        elif item.film != film:
            region.refile[item.id] = film
    return region


def _spellings(
    ledger: Ledger, gone: list[Item], records: list[Any], changed: set[str]
) -> tuple[dict[str, str], set[str], set[str]]:
    """The spelling of every director of the region's ``records`` as a merge of the whole
    corpus chooses it (from every record naming that person, in the region or not), the
    person keys whose chosen spelling the edit changes, and the films outside the region
    with such a director."""
    inside = {r.id for r in records if isinstance(r, Item)}
    person_keys = {k for r in [*gone, *records] for k in keys_of_people(r.record)}
    others = [
        item
        for item in ledger.items_touching(person_keys, ())
        if isinstance(item.record, Film) and item.doc not in changed and item.id not in inside
    ]
    outside = [i.record for i in others if isinstance(i.record, Film)]
    kept = [r.record for r in records if isinstance(r, Item) and isinstance(r.record, Film)]
    old = [i.record for i in gone if isinstance(i.record, Film)]
    now = director_spellings([*outside, *(r.record for r in records)])
    before = director_spellings([*outside, *kept, *old])
    moved = {PERSON + person_key(n) for n, v in now.items() if before.get(n, v) != v}
    respelled = {i.film for i in others if i.film and moved & set(keys_of_people(i.record))}
    return now, moved, respelled


def keys_of_people(record: Film | LooseQuote) -> list[str]:
    """The person keys of a film record's directors (none for a loose quote)."""
    if not isinstance(record, Film):
        return []
    return [k for k in join_keys(record) if k.startswith(PERSON)]


def _close(
    ledger: Ledger, kept: dict[int, Item], keys: set[str], films: set[str], changed: set[str]
) -> None:
    """Add to ``kept`` every unchanged item reachable from ``keys`` and ``films``."""
    asked_keys: set[str] = set()
    asked_films: set[str] = set()
    while keys - asked_keys or films - asked_films:
        new_keys, new_films = keys - asked_keys, films - asked_films
        asked_keys |= new_keys
        asked_films |= new_films
        for item in ledger.items_touching(new_keys, new_films):
            if item.doc in changed or item.id in kept:
                continue
            kept[item.id] = item
            keys.update(keys_of(item.record))
            if item.film:
                films.add(item.film)


def _sorted(items: Iterable[Item | NewItem], kind: int, rank: dict[str, int]) -> list[Any]:
    """The items of one kind in corpus order (the order a whole merge reads them in)."""
    return sorted((i for i in items if i.kind == kind), key=lambda i: (rank[i.doc], i.pos))
