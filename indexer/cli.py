"""The indexer's commands: ``extract``, ``check``, ``index`` and ``stats``.

Thin wrappers: each parses options (every one also readable from a ``CINEDEX_*`` variable),
calls one function of the indexer and prints its result. User errors are
:class:`click.ClickException`; long work shows progress (:mod:`indexer.progress`).

Each command imports what it uses when it runs: ``extract`` and ``check`` read pages and never
touch Whoosh, NLTK or the web app, and ``cinedex --help`` imports none of them.
"""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from indexer import corpus

CORPUS_OPTION = click.option(
    "--corpus",
    "corpus_paths",
    multiple=True,
    type=click.Path(path_type=Path),
    envvar="CINEDEX_CORPUS",
    default=("corpus",),
    show_default=True,
    help="Corpus folder (or file); repeat for several. Env: CINEDEX_CORPUS.",
)
INDEX_OPTION = click.option(
    "--index",
    "index_dir",
    type=click.Path(path_type=Path),
    envvar="CINEDEX_INDEX",
    default="index",
    show_default=True,
    help="Index folder. Env: CINEDEX_INDEX.",
)


def _existing(paths: Sequence[Path]) -> list[Path]:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.ClickException(f"no such file or folder: {', '.join(missing)}")
    return list(paths)


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the film records as JSON.")
@click.option(
    "--explain",
    is_flag=True,
    help="For each page (.txt), show per field the value chosen and the candidates it beat "
    "with their evidence (with --json: a 'why' list beside the films).",
)
def extract(files: tuple[Path, ...], as_json: bool, explain: bool) -> None:
    """Print the film records found in FILES, merged into one record per film.

    No index is touched: this is the debugging tool for editors.
    """
    from indexer import corpus
    from indexer.merge import merge
    from indexer.records import film_to_json

    # the modules imported so far are never garbage: full collections, which the language
    # data and patterns made on first use set off, no longer walk them (half the collector's
    # time of a one-page run)
    gc.freeze()
    if explain:
        _explain(_existing(files), as_json)
        return
    loaded = corpus.load_corpus(_existing(files))
    merged = merge(loaded.films, loaded.quotes)
    problems = [*loaded.problems, *merged.problems]
    if as_json:
        click.echo(
            json.dumps([film_to_json(f) for f in merged.films], ensure_ascii=False, indent=2)
        )
    else:
        for film in merged.films:
            click.echo(_film_line(film_to_json(film)))
    for problem in problems:
        click.echo(f"{problem.level}: {problem.source}: {problem.message}", err=True)


def _explain(paths: list[Path], as_json: bool) -> None:
    """``extract --explain``: the evidence behind each page's fields."""
    from indexer.extract.pages.explain import explain_text, render

    pages = [p for p in paths if p.is_file() and p.suffix.lower() == ".txt"]
    if not pages:
        raise click.ClickException("--explain reads film pages: give one or more .txt files")
    explained = [
        explain_text(p.read_text(encoding="utf-8", errors="replace"), p.name) for p in pages
    ]
    if as_json:
        click.echo(json.dumps({"why": explained}, ensure_ascii=False, indent=2))
    else:
        click.echo("\n\n".join(render(e) for e in explained))


def _film_line(film: dict[str, Any]) -> str:
    year = f" ({film['year']})" if film["year"] else ""
    directors = ", ".join(film["directors"]) or "director unknown"
    return f"{film['id']}: {film['title']}{year}, {directors} [{len(film['sources'])} source(s)]"


@click.command()
@CORPUS_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def check(corpus_paths: tuple[Path, ...], as_json: bool) -> None:
    """Read the whole corpus and report, per file, what was found and every problem.

    Exits non-zero only when some file could not be read at all.
    """
    from indexer import corpus
    from indexer.merge import merge

    loaded = corpus.load_corpus(_existing(corpus_paths))
    merged = merge(loaded.films, loaded.quotes)
    unreadable = [d for d in loaded.documents if d.unreadable]
    if as_json:
        click.echo(json.dumps(_check_json(loaded, merged), ensure_ascii=False, indent=2))
    else:
        _print_check(loaded, merged)
    if unreadable:
        raise click.ClickException(f"{len(unreadable)} file(s) could not be read")


def _check_json(loaded: corpus.CorpusResult, merged: Any) -> dict[str, Any]:
    from indexer.quality import joins_json, quality

    return {
        "documents": [d.to_json() for d in loaded.documents],
        "films": len(merged.films),
        "quotes": sum(len(f.quotes) for f in merged.films),
        "conflicts": [
            {"film": f.id, "field": c.field, "values": [v.value for v in c.values]}
            for f in merged.films
            for c in f.conflicts
        ],
        "problems": [
            {"source": p.source, "level": p.level, "message": p.message}
            for p in [*loaded.problems, *merged.problems]
        ],
        "identity_joins": joins_json(merged),
        "data_quality": quality(merged, loaded.problems),
    }


def _print_check(loaded: corpus.CorpusResult, merged: Any) -> None:
    from indexer.quality import joins_json, quality

    for doc in loaded.documents:
        click.echo(f"{doc.source}: {doc.kind}, {doc.films} film(s), {doc.quotes} quote(s)")
        for problem in doc.problems:
            click.echo(f"  {problem.level}: {problem.message}")
    for film in merged.films:
        for conflict in film.conflicts:
            values = " / ".join(f"{v.value} ({', '.join(v.sources)})" for v in conflict.values)
            click.echo(f"conflict: {film.id}: {conflict.field}: {values}")
    for problem in merged.problems:
        click.echo(f"{problem.level}: {problem.source}: {problem.message}")
    for join in joins_json(merged):
        click.echo(f"joined: {join['film']}: {join['rule']}: {join['evidence']}")
    for name, value in quality(merged, loaded.problems).items():
        click.echo(f"quality: {name}: {value}")
    total_quotes = sum(len(f.quotes) for f in merged.films)
    click.echo(
        f"{len(loaded.documents)} document(s), {len(merged.films)} film(s), {total_quotes} quote(s)"
    )


@click.command("index")
@CORPUS_OPTION
@INDEX_OPTION
@click.option("--full", is_flag=True, help="Rebuild from scratch aside and swap it in.")
@click.option(
    "--wait",
    type=float,
    default=0.0,
    show_default=True,
    help="Seconds to wait for a running build before giving up.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the build report as JSON.")
@click.option(
    "--status-file",
    type=click.Path(path_type=Path),
    default=None,
    help="Keep a JSON status (stage, progress, report or error) in this file.",
)
def index_command(
    corpus_paths: tuple[Path, ...],
    index_dir: Path,
    full: bool,
    wait: float,
    as_json: bool,
    status_file: Path | None,
) -> None:
    """Build or update the live index (incremental by default)."""
    from indexer import build as builder
    from indexer import progress

    status = builder.StatusFile(status_file) if status_file else None
    with progress.reporter(sys.stderr.isatty() and not as_json) as bar:

        def tick(stage: str, done: int, total: int) -> None:
            bar(stage, done, total)
            if status:
                status.progress(stage, done, total)

        try:
            if status:
                status.start(full=full)
            roots = _existing(corpus_paths)
            report = builder.build(roots, index_dir, full=full, progress=tick, wait=wait)
        except (builder.BuildError, click.ClickException) as exc:
            # the job records its own failure: a web status never sees a dead "running" job
            message = exc.message if isinstance(exc, click.ClickException) else str(exc)
            if status:
                status.fail(message)
            raise click.ClickException(message) from exc
        except BaseException as exc:
            if status:
                status.fail(f"internal error: {exc!r}")
            raise
    if status:
        status.finish(report.to_json())
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(format_report(report.to_json()))


def format_report(report: dict[str, Any]) -> str:
    """The build report as the lines the CLI prints."""
    lines = [
        f"{report['mode']} build in {report['seconds']:.1f}s: "
        f"{report['films_total']} films, {report['quotes_total']} quotes",
        f"films: {report['films_added']} added, {report['films_updated']} updated, "
        f"{report['films_removed']} removed, {report['films_unchanged']} unchanged",
        f"documents: {report['documents_total']} ({report['documents_read']} read, "
        f"{report['documents_cached']} unchanged, {report['documents_removed']} removed)",
    ]
    if report.get("records_merged"):
        lines.append(f"merged: {report['records_merged']} records and quotes")
    for skipped in report["skipped"]:
        lines.append(f"skipped: {skipped['source']}: {skipped['reason']}")
    warnings = [p for p in report["problems"] if p["level"] != "error"]
    if warnings:
        lines.append(f"{len(warnings)} warning(s); `cinedex check` lists them")
    return "\n".join(lines)


@click.command()
@INDEX_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
@click.option(
    "--quality",
    is_flag=True,
    help="Add a data-quality section (reads every film's record: a few seconds at 50,000).",
)
def stats(index_dir: Path, as_json: bool, quality: bool) -> None:
    """Print what the live index holds."""
    from indexer.layout import IndexLayout, index_stats
    from indexer.quality import index_quality

    layout = IndexLayout(index_dir)
    summary = index_stats(layout)
    live = layout.live()
    if summary is None or live is None:
        raise click.ClickException(f"no index in {index_dir}; run `cinedex index` first")
    if quality:
        summary["data_quality"] = index_quality(live)
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    for name, value in summary.items():
        if not isinstance(value, dict | list):
            click.echo(f"{name}: {value}")
    for name, value in (summary.get("data_quality") or {}).items():
        click.echo(f"quality: {name}: {value}")
    last = summary.get("last_build") or {}
    if last:
        click.echo(format_report(last))


COMMANDS = (extract, check, index_command, stats)


def register(group: click.Group) -> None:
    """Add the indexer's commands to the ``cinedex`` group."""
    for command in COMMANDS:
        group.add_command(command)
