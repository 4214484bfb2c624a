"""Incremental builds that re-merge only an edit's region give the index a full build gives.

A seeded random walk edits a corpus built to make merging hard (shared titles across years,
yearless records, links, alternative titles, base-id clashes, loose quotes that match one
film, several or none) and after every edit compares the live index and ledger of the
incremental build with those of a full build of the same corpus.
"""

from __future__ import annotations

import contextlib
import json
import random
from pathlib import Path
from typing import Any

import pytest
from whoosh import index as whoosh_index

from indexer import schema
from indexer.build import BuildReport, IndexLayout, build
from indexer.ledger import Ledger

TITLES = [
    "Heat",
    "Heat!",
    "Heat Wave",
    "Heat_Wave",
    "Dust",
    "Return to Dust",
    "Ran",
    "Amélie",
    "Ikiru",
    # titles that the identity rules join: contained, furniture, another script
    "Heat: The Final Cut",
    "Return to Dust (Episode II)",
    "Yin Ru Chen Yan",
    "隐入尘烟",
]
YEARS = [1952, 1995, 2001, None]
LINKS = ["m/heat", "m/dust", "m/ran", None, None, None]
PEOPLE = [
    "Michael Mann",
    "Mann Michael",
    "Akira Kurosawa",
    "Li Ruijun",
    "Hai Qing",
    "Christina Hai",
    # one director spelled three ways: the spelling chosen is corpus-wide
    "Pedro Almodovar",
    "Pedro Almodóvar",
    "PEDRO ALMODOVAR",
    "akira kurosawa",
    "李睿珺",
]


def markdown(rng: random.Random, n: int) -> str:
    lines = ["---", f"title: {json.dumps(rng.choice(TITLES))}"]
    if (year := rng.choice(YEARS)) is not None:
        lines.append(f"year: {year}")
    if rng.random() < 0.3:
        lines.append(f"alt_titles: [{json.dumps(rng.choice(TITLES))}]")
    if (link := rng.choice(LINKS)) is not None:
        lines.append(f"link: {link}")
    lines.append(f"directors: [{json.dumps(rng.choice(PEOPLE))}]")
    if rng.random() < 0.4:
        lines += ["quotes:", f"  - text: Quote number {n} of a page.", "    critic: A Critic"]
    lines += ["---", f"Synopsis {n}: {rng.choice(['dust and gold', 'a heist', 'a castle'])}."]
    return "\n".join(lines) + "\n"


def film_row(rng: random.Random, n: int) -> dict[str, Any]:
    return {
        "title": rng.choice(TITLES),
        "year": rng.choice(YEARS),
        "link": rng.choice(LINKS),
        "directors": rng.choice(PEOPLE),
        "synopsis": f"Catalogue row {n}.",
    }


def quote_row(rng: random.Random, n: int) -> dict[str, Any]:
    row: dict[str, Any] = {"quote": f"Loose quote {n}.", "critic": rng.choice(PEOPLE)}
    if rng.random() < 0.4 and (link := rng.choice(LINKS)):
        row["link"] = link
    else:
        row["movie_title"], row["year"] = rng.choice(TITLES), rng.choice(YEARS)
    return row


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")


class Walk:
    """A corpus and the random edits made to it."""

    def __init__(self, root: Path, seed: int) -> None:
        self.rng = random.Random(seed)
        self.root = root
        self.n = 0
        (root / "films").mkdir(parents=True)
        (root / "catalogues").mkdir()
        for _ in range(8):
            self.add_markdown()
        self.films = [film_row(self.rng, self.next()) for _ in range(8)]
        self.quotes = [quote_row(self.rng, self.next()) for _ in range(10)]
        self.write_catalogues()

    def next(self) -> int:
        self.n += 1
        return self.n

    def markdown_files(self) -> list[Path]:
        return sorted((self.root / "films").glob("*.md"))

    def add_markdown(self) -> str:
        n = self.next()
        (self.root / "films" / f"film-{n:03d}.md").write_text(markdown(self.rng, n), "utf-8")
        return "add"

    def write_catalogues(self) -> None:
        write_jsonl(self.root / "catalogues" / "films.jsonl", self.films)
        write_jsonl(self.root / "catalogues" / "quotes.jsonl", self.quotes)

    def edit(self) -> str:
        """One random edit; returns its kind."""
        kind = self.rng.choice(["edit", "edit", "edit", "add", "remove", "row", "quote", "touch"])
        files = self.markdown_files()
        if kind == "edit" or (kind == "remove" and len(files) < 3):
            self.rng.choice(files).write_text(markdown(self.rng, self.next()), "utf-8")
            return "edit"
        if kind == "add":
            return self.add_markdown()
        if kind == "remove":
            self.rng.choice(files).unlink()
        elif kind == "row":
            self.films[self.rng.randrange(len(self.films))] = film_row(self.rng, self.next())
        elif kind == "quote":
            self.quotes[self.rng.randrange(len(self.quotes))] = quote_row(self.rng, self.next())
        if kind in ("row", "quote"):
            self.write_catalogues()
        if kind == "touch":
            path = self.rng.choice(files)
            path.write_text(path.read_text("utf-8"), "utf-8")
        return kind


def index_content(index: Path) -> dict[str, str]:
    """Stored id -> payload of every live document."""
    live = IndexLayout(index).live()
    assert live is not None
    with whoosh_index.open_dir(str(live)).searcher() as searcher:
        return {
            fields[schema.ID]: fields[schema.PAYLOAD] for fields in searcher.all_stored_fields()
        }


def ledger_content(index: Path) -> tuple[Any, ...]:
    live = IndexLayout(index).live()
    assert live is not None
    ledger = Ledger.open(live)
    assert ledger is not None
    with contextlib.closing(ledger):
        items = sorted(ledger.db.execute("SELECT kind, doc, pos, film FROM items"), key=str)
        keys = sorted(
            ledger.db.execute(
                "SELECT i.doc, i.pos, i.kind, k.key FROM keys k JOIN items i ON i.id = k.item"
            )
        )
        return (
            ledger.plans(),
            items,
            keys,
            ledger.problems([]),
            ledger.usable(ledger.meta("code_version") or ""),
        )


def summary(report: BuildReport) -> tuple[Any, ...]:
    return (report.films_total, report.quotes_total, report.problems, report.documents_total)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incremental_region_merges_equal_a_full_build(tmp_path: Path, seed: int) -> None:
    walk = Walk(tmp_path / "corpus", seed)
    live, reference = tmp_path / "live", tmp_path / "reference"
    build([walk.root], live)
    quick = 0
    for step in range(30):
        kind = walk.edit()
        report = build([walk.root], live)
        full = build([walk.root], reference, full=True)
        context = f"seed {seed}, step {step}: {kind}"
        assert index_content(live) == index_content(reference), context
        assert ledger_content(live) == ledger_content(reference), context
        assert summary(report) == summary(full), context
        quick += report.records_merged < full.records_merged
    assert quick >= 10  # most edits re-merged only their region


def alone(walk: Walk, name: str) -> None:
    """Add a film that shares no key with any other: its region is itself."""
    text = f"---\ntitle: {name}\nyear: 1999\n---\nA film like no other.\n"
    (walk.root / "films" / f"{name}.md").write_text(text, "utf-8")


def test_a_build_killed_before_its_ledger_is_updated_is_repaired(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    walk = Walk(tmp_path / "corpus", 7)
    live, reference = tmp_path / "live", tmp_path / "reference"
    build([walk.root], live)
    alone(walk, "Zubrowka")

    def killed(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt  # the index has committed, the ledger never hears of it

    with monkeypatch.context() as patch:
        patch.setattr(Ledger, "update", killed)
        with pytest.raises(KeyboardInterrupt):
            build([walk.root], live)
    repaired = build([walk.root], live)
    full = build([walk.root], reference, full=True)
    assert repaired.records_merged == full.records_merged > 1  # the whole corpus, reconciled
    assert index_content(live) == index_content(reference)
    assert ledger_content(live) == ledger_content(reference)
    alone(walk, "Xanadoo")
    assert build([walk.root], live).records_merged == 1  # the quick path again


def test_a_change_to_catalogue_film_ids_merges_the_whole_corpus(tmp_path: Path) -> None:
    walk = Walk(tmp_path / "corpus", 8)
    films = walk.root / "catalogues" / "ids.jsonl"
    write_jsonl(films, [{"movieId": "7", "title": "Ran", "year": 1985, "link": "m/ran"}])
    write_jsonl(
        walk.root / "catalogues" / "by-id.jsonl", [{"movieId": "7", "quote": "A storm of a film."}]
    )
    live, reference = tmp_path / "live", tmp_path / "reference"
    build([walk.root], live)
    write_jsonl(films, [{"movieId": "7", "title": "Ikiru", "year": 1952, "link": "m/ikiru"}])
    report = build([walk.root], live)
    full = build([walk.root], reference, full=True)
    assert report.records_merged == full.records_merged
    assert index_content(live) == index_content(reference)
    ikiru = [p for p in index_content(live).values() if "A storm of a film." in p]
    assert len(ikiru) == 2 and all('"Ikiru"' in p for p in ikiru)  # the film and its quote
