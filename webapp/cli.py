"""The ``cinedex`` command: the indexer's commands plus ``serve``, ``search`` and ``quotes``.

``search`` and ``quotes`` print the same JSON as the API (``SearchResult.to_json()``, without
the URLs only a server can build) or a readable list. ``serve`` runs gunicorn through its
Python API with several workers; the access log shows each request's time in milliseconds.

Each command imports what it uses when it runs (Whoosh and NumPy for ``search`` and
``quotes``, Flask and gunicorn for ``serve``): ``cinedex extract`` and ``cinedex --help`` start
without them.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from indexer import cli as indexer_cli
from indexer import facets
from webapp.config import default_workers

if TYPE_CHECKING:
    from webapp.search import SearchService
    from webapp.search.types import QuoteHit, SearchResult

log = logging.getLogger(__name__)
F = TypeVar("F", bound=Callable[..., Any])


def _version() -> str:
    try:
        return metadata.version("cinedex")
    except metadata.PackageNotFoundError:
        return "0+unknown"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), prog_name="cinedex")
def main() -> None:
    """cinedex: full-text search for film synopses, critics' quotes and credits."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")


indexer_cli.register(main)


def _service(index_dir: Path) -> SearchService:
    from webapp.search import SearchService

    return SearchService(index_dir)


def _run(kind: str, index_dir: Path, args: dict[str, list[str]]) -> SearchResult:
    """Validate like the API does, then search; user errors become ClickExceptions."""
    from webapp import params
    from webapp.search import IndexUnavailable

    wanted_args = params.ListArgs({k: v for k, v in args.items() if v})
    try:
        service = _service(index_dir)
        if kind == "films":
            return service.search(params.search_request(wanted_args))
        return service.quotes(params.quote_request(wanted_args))
    except params.BadParameter as exc:
        raise click.BadParameter(
            exc.message, param_hint=f"--{exc.param}" if exc.param else None
        ) from exc
    except IndexUnavailable as exc:
        raise click.ClickException(f"no index in {index_dir}; run `cinedex index` first") from exc


def _emit(result: SearchResult, as_json: bool) -> None:
    from webapp.search.types import QuoteHit

    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(f"{result.total} result(s), page {result.page} of {result.pages}")
    if result.understood:
        click.echo(f"understood: {result.understood} (--literal searches the words as typed)")
    if result.corrected:
        click.echo(f"spelling corrected: {result.suggestion}")
    elif result.suggestion:
        click.echo(f"did you mean: {result.suggestion}")
    if result.relaxed:
        click.echo("no result has every word: these have most of them")
    for hit in result.hits:
        click.echo(_quote_line(hit) if isinstance(hit, QuoteHit) else _film_line(hit))


def _film_line(hit: Any) -> str:
    year = f" ({hit.year})" if hit.year else ""
    directors = f", {', '.join(hit.directors)}" if hit.directors else ""
    return f"{hit.id}: {hit.title}{year}{directors}"


def _quote_line(hit: QuoteHit) -> str:
    source = ", ".join(x for x in (hit.critic, hit.outlet) if x) or "unattributed"
    return f"“{hit.text}” — {source} (on {hit.film.title}, {hit.film.id})"


class SortChoice(click.Choice[str]):
    """``click.Choice`` of the search's orders (``webapp.search.types.SORTS``), read only when an
    order is checked or listed: importing the search service costs half a second."""

    def __init__(self) -> None:
        super().__init__(())

    @property
    def choices(self) -> tuple[str, ...]:
        from webapp.search.types import SORTS

        return SORTS

    @choices.setter
    def choices(self, value: Sequence[str]) -> None:
        """Ignored: ``click.Choice.__init__`` sets it; the orders are read when used."""


PAGE_OPTION = click.option("--page", default="1", show_default=True, help="Page number.")
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print the API's JSON.")
SORT_OPTION = click.option(
    "--sort", type=SortChoice(), default="relevance", show_default=True, help="Order."
)


def facet_options(kind: str) -> Callable[[F], F]:
    """The ``--genre``-style options of one kind's facets (from the facet registry)."""

    def decorate(command: F) -> F:
        for facet in reversed(facets.of_kind(kind)):
            command = click.option(f"--{facet.name}", multiple=True, help=facet.help)(command)
        return command

    return decorate


LITERAL_OPTION = click.option(
    "--literal", is_flag=True, help="Search the words as typed (no people, eras or corrections)."
)


def _args(query: str, sort: str, page: str, literal: bool, **more: Any) -> dict[str, list[str]]:
    args = {"q": [query], "sort": [sort], "page": [page], "literal": ["1" if literal else "0"]}
    for name, values in more.items():
        if values is not None and values != ():
            args[name] = [str(v) for v in values] if isinstance(values, tuple) else [str(values)]
    return args


@main.command()
@click.argument("query")
@facet_options(facets.FILM)
@click.option("--year-from", type=int, help="Only films of this year or later.")
@click.option("--year-to", type=int, help="Only films of this year or earlier.")
@LITERAL_OPTION
@SORT_OPTION
@PAGE_OPTION
@JSON_OPTION
@indexer_cli.INDEX_OPTION
def search(
    query: str, sort: str, page: str, as_json: bool, index_dir: Path, literal: bool, **more: Any
) -> None:
    """Search films for QUERY (use "" to browse by filters only)."""
    if more["year"] and more["decade"]:
        raise click.UsageError("give --year or --decade, not both")
    _emit(_run("films", index_dir, _args(query, sort, page, literal, **more)), as_json)


@main.command()
@click.argument("query")
@facet_options(facets.QUOTE)
@LITERAL_OPTION
@SORT_OPTION
@PAGE_OPTION
@JSON_OPTION
@indexer_cli.INDEX_OPTION
def quotes(
    query: str, sort: str, page: str, as_json: bool, index_dir: Path, literal: bool, **more: Any
) -> None:
    """Search critics' quotes for a fragment or a "quoted exact phrase"."""
    _emit(_run("quotes", index_dir, _args(query, sort, page, literal, **more)), as_json)


@main.command()
@click.option(
    "--host",
    envvar="CINEDEX_HOST",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Env: CINEDEX_HOST.",
)
@click.option(
    "--port",
    envvar="CINEDEX_PORT",
    type=int,
    default=8000,
    show_default=True,
    help="Port. Env: CINEDEX_PORT.",
)
@click.option(
    "--workers",
    envvar="CINEDEX_WORKERS",
    type=click.IntRange(1, 64),
    default=default_workers(),
    show_default=True,
    help="gunicorn worker processes. Env: CINEDEX_WORKERS.",
)
@click.option(
    "--threads",
    envvar="CINEDEX_THREADS",
    type=click.IntRange(1, 256),
    default=8,
    show_default=True,
    help="Threads per worker (a slow client holds one thread). Env: CINEDEX_THREADS.",
)
@indexer_cli.CORPUS_OPTION
@indexer_cli.INDEX_OPTION
@click.option("--watch", is_flag=True, help="Reindex (incrementally) when corpus files change.")
@click.option(
    "--watch-interval",
    type=float,
    default=2.0,
    show_default=True,
    help="Seconds between corpus checks with --watch.",
)
def serve(
    host: str,
    port: int,
    workers: int,
    threads: int,
    corpus_paths: tuple[Path, ...],
    index_dir: Path,
    watch: bool,
    watch_interval: float,
) -> None:
    """Serve the web app and the API with gunicorn (threaded workers)."""
    from webapp import server

    settings = {
        "INDEX": str(index_dir),
        "CORPUS": [str(p) for p in corpus_paths],
        "HOST": host,
        "PORT": port,
    }
    if watch:
        stop = threading.Event()
        threading.Thread(
            target=watch_corpus, args=(corpus_paths, index_dir, watch_interval, stop), daemon=True
        ).start()
    options = server.options(f"{host}:{port}", workers, threads)
    click.echo(
        f"cinedex: serving {index_dir} on http://{host}:{port} with {workers} worker(s)"
        f" of {threads} thread(s)",
        err=True,
    )
    with server.shared_rate_file() as rate_file:
        if not os.environ.get("CINEDEX_RATE_FILE"):  # else the operator's file is shared
            settings["RATE_FILE"] = str(rate_file)
        server.GunicornApp(settings, options).run()


def corpus_fingerprint(roots: Sequence[Path]) -> frozenset[tuple[str, int, int]]:
    """(path, size, mtime) of every file under ``roots``: cheap enough to poll."""
    found: set[tuple[str, int, int]] = set()
    for root in roots:
        paths = [root] if root.is_file() else (p for p in root.rglob("*") if p.is_file())
        for path in paths:
            try:
                stat = path.stat()
            except OSError:
                continue  # removed while we looked: the next poll sees it gone
            found.add((str(path), stat.st_size, stat.st_mtime_ns))
    return frozenset(found)


def watch_corpus(
    roots: Sequence[Path], index_dir: Path, interval: float, stop: threading.Event
) -> None:
    """Poll the corpus; on a change run ``cinedex index`` in a subprocess (it takes the lock)."""
    seen = corpus_fingerprint(roots)
    while not stop.wait(interval):
        now = corpus_fingerprint(roots)
        if now == seen:
            continue
        seen = now
        command = [
            sys.executable,
            "-m",
            "webapp.cli",
            "index",
            "--index",
            str(index_dir),
            "--wait",
            "30",
        ]
        for root in roots:
            command += ["--corpus", str(root)]
        log.info("corpus changed; reindexing")
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode:
            log.warning("reindex failed: %s", done.stderr.strip()[-500:])


if __name__ == "__main__":
    main()
