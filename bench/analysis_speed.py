"""Throughput of cinedex's analyzers on real synopses, titles and names.

Run: ``.venv/bin/python bench/analysis_speed.py [--limit N] [--repeat R] [--whoosh]``. Reads
``../shared/data/streaming_movies.jsonl`` beside the repo checkout and reports, per analyzer and
field, tokens and documents per CPU second (CPU time, as the machines are shared) for index-time
analysis (``positions=True``, as Whoosh's Positions format asks). The first pass runs with cold
caches, the best of the repeated passes with warm ones (a full build is warm after the first few
thousand documents).
It also compares bare span tokenizers: NLTK's ``NLTKWordTokenizer``, NLTK's ``RegexpTokenizer``
with cinedex's pattern (matched through ``nltk.redos``) and cinedex's ``UnicodeWordTokenizer``
(the same spans found by ``re``). ``--whoosh`` also times a real Whoosh build of the same films
into five analysed fields (title, title prefixes, people, stemmed and exact synopsis), to show
which share of indexing time analysis takes.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import click
from nltk.tokenize import NLTKWordTokenizer, RegexpTokenizer

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from indexer import analysis

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "streaming_movies.jsonl"


def load(limit: int) -> dict[str, list[str]]:
    """Synopses, titles and people's names ("director, cast") of the first ``limit`` films."""
    fields: dict[str, list[str]] = {"synopsis": [], "title": [], "people": []}
    with DATA.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            fields["synopsis"].append(row.get("description") or "")
            fields["title"].append(row.get("title") or "")
            fields["people"].append(", ".join(filter(None, (row.get("director"), row.get("cast")))))
            if len(fields["title"]) >= limit:
                break
    return fields


def timed(run: Callable[[], int]) -> tuple[float, int]:
    """(CPU seconds, tokens) of one call of ``run``: CPU time, as the bench machines are shared."""
    start = time.process_time()
    count = run()
    return time.process_time() - start, count


def analyzer_pass(analyzer: analysis.Analyzer, texts: Iterable[str]) -> Callable[[], int]:
    """A function that analyses every text as Whoosh does at index time and counts tokens."""

    def run() -> int:
        count = 0
        for text in texts:
            for _ in analyzer(text, positions=True, mode="index"):
                count += 1
        return count

    return run


def span_pass(span_tokenize: Callable[[str], Iterable[tuple[int, int]]], texts: list[str]):
    """A function that runs a bare NLTK span tokenizer over every text and counts spans."""
    return lambda: sum(1 for text in texts for _ in span_tokenize(text))


def clear_caches() -> None:
    """Forget cached folds and stems so that the next pass measures a cold start."""
    analysis.fold_term.cache_clear()
    analysis._stemmer.cache_clear()


def row(name: str, field: str, docs: int, cold: tuple[float, int], warm: float) -> str:
    """One line of the report."""
    seconds, count = cold
    return (
        f"{name:<27}{field:<10}{docs:>7}{count:>9}{count / seconds:>13,.0f}"
        f"{count / warm:>13,.0f}{docs / warm:>11,.0f}"
    )


def whoosh_build(fields: dict[str, list[str]]) -> float:
    """CPU seconds to index the films into a temporary Whoosh index with five analysed fields."""
    from whoosh import index
    from whoosh.fields import TEXT, Schema

    schema = Schema(
        title=TEXT(analyzer=analysis.name_analyzer(), stored=True),
        title_prefix=TEXT(analyzer=analysis.prefix_analyzer(), phrase=False),
        people=TEXT(analyzer=analysis.name_analyzer()),
        synopsis=TEXT(analyzer=analysis.text_analyzer(), stored=True),
        synopsis_exact=TEXT(analyzer=analysis.exact_analyzer()),
    )
    with tempfile.TemporaryDirectory() as folder:
        writer = index.create_in(folder, schema).writer(limitmb=256)
        start = time.process_time()
        for title, people, synopsis in zip(*fields.values(), strict=True):
            writer.add_document(
                title=title,
                title_prefix=title,
                people=people,
                synopsis=synopsis,
                synopsis_exact=synopsis,
            )
        writer.commit()
        return time.process_time() - start


@click.command()
@click.option("--limit", default=20_000, show_default=True, help="Films to read.")
@click.option("--repeat", default=3, show_default=True, help="Warm passes; the best is shown.")
@click.option("--whoosh", is_flag=True, help="Also time a real five-field Whoosh build.")
def main(limit: int, repeat: int, whoosh: bool) -> None:
    """Print analyzer throughput on real catalogue text."""
    if not DATA.exists():
        raise click.ClickException(f"missing {DATA}")
    fields = load(limit)
    synopses = fields["synopsis"]
    click.echo(
        f"{'analyzer':<27}{'field':<10}{'docs':>7}{'tokens':>9}"
        f"{'cold tok/s':>13}{'warm tok/s':>13}{'docs/s':>11}"
    )
    spans = {
        "NLTKWordTokenizer": NLTKWordTokenizer().span_tokenize,
        "RegexpTokenizer": RegexpTokenizer(analysis.TOKEN_PATTERN).span_tokenize,
        "UnicodeWordTokenizer": analysis.UnicodeWordTokenizer().span_tokenize,
    }
    for name, span_tokenize in spans.items():
        run = span_pass(span_tokenize, synopses)
        cold = timed(run)
        warm = min(timed(run)[0] for _ in range(repeat))
        click.echo(row(f"spans:{name}", "synopsis", len(synopses), cold, warm))
    plans = [
        ("text_analyzer", analysis.text_analyzer(), "synopsis"),
        ("exact_analyzer", analysis.exact_analyzer(), "synopsis"),
        ("name_analyzer", analysis.name_analyzer(), "title"),
        ("name_analyzer", analysis.name_analyzer(), "people"),
        ("prefix_analyzer", analysis.prefix_analyzer(), "title"),
        ("prefix_analyzer", analysis.prefix_analyzer(), "people"),
    ]
    analysis_seconds = 0.0  # warm time of the analyses the Whoosh build repeats
    for name, analyzer, field in plans:
        clear_caches()
        run = analyzer_pass(analyzer, fields[field])
        cold = timed(run)
        warm = min(timed(run)[0] for _ in range(repeat))
        if (name, field) != ("prefix_analyzer", "people"):
            analysis_seconds += warm
        click.echo(row(name, field, len(fields[field]), cold, warm))
    if whoosh:
        seconds = whoosh_build(fields)
        click.echo(
            f"whoosh build, 5 fields: {len(synopses) / seconds:,.0f} docs/s; "
            f"analysis about {analysis_seconds / seconds:.0%} of it"
        )


if __name__ == "__main__":
    main()
