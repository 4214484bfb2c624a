"""Catalogues: JSON Lines and CSV files with many films or many critics' quotes, one per row.

Reading a catalogue has three parts:

- *rows*: :func:`iter_jsonl` and :func:`iter_csv` turn lines into numbered rows, and turn a
  row that cannot be parsed into a :class:`BrokenRow` instead of stopping;
- *columns*: each row's column names are recognised from common spellings
  (:data:`COLUMNS`: ``movie_title``, ``movieTitle`` and ``title`` all mean the title), or
  taken from a :class:`ColumnMapping` that editors declare next to a catalogue;
- *records*: a row with a quote column is a quote (a :class:`LooseQuote` naming its film by
  link, catalogue id or title and year), any other row with a title is a film.

Every record's source is ``"<source>#<row>"`` (the line where the row starts), so each fact
leads back to its row. Skipped rows are counted per reason: a file with thousands of empty
quotes yields one problem with the count and a few row numbers.
"""

from __future__ import annotations

import csv
import dataclasses
import html
import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

import yaml

from indexer import normalize
from indexer.extract.cleaning import title_without_year, with_prose_credits, with_rules
from indexer.people import artefact
from indexer.records import ExtractResult, Film, FilmRef, LooseQuote, Problem, Quote

Row = Mapping[str, object]

#: Our field -> column names that mean it (compared case-, space- and underscore-blind).
COLUMNS: dict[str, tuple[str, ...]] = {
    "title": ("title", "movie_title", "movieTitle", "film_title", "film", "name"),
    "original_title": ("original_title", "originalTitle"),
    "year": ("year", "release_year", "movieYear", "original_release_date", "release_date"),
    "directors": ("directors", "director"),
    "writers": ("writers", "writer", "authors", "screenplay"),
    "cast": ("cast", "actors", "stars"),
    "countries": ("countries", "country"),
    "genres": ("genres", "genre", "listed_in"),
    "runtime": ("runtime", "duration", "length"),
    "languages": ("languages", "language"),
    "companies": ("production_company", "companies", "company", "studio"),
    "synopsis": ("synopsis", "description", "movie_info", "extract", "plot", "summary", "overview"),
    "link": ("link", "rotten_tomatoes_link", "movieURL", "href", "url"),
    "film_id": ("movieId", "film_id"),
    "type": ("type",),
    # editors' identity rules (see indexer.identity)
    "same_as": ("same_as",),
    "not_same_as": ("not_same_as",),
    # quote columns
    "quote": ("quote", "review_content", "quote_text"),
    "critic": ("critic", "critic_name", "criticName"),
    "outlet": ("outlet", "publisher_name", "publicationName", "publication"),
    "date": ("date", "review_date", "creationDate"),
    "verdict": ("verdict", "review_type", "reviewState"),
}
FIELDS = frozenset(COLUMNS)

#: Columns holding the film a quote belongs to, as a nested object (``movie: {...}``).
_FILM_OBJECTS = ("movie", "film")
#: Review dates that scrapes use for "unknown": dropped (the quote is kept).
PLACEHOLDER_DATES = frozenset({"1800-01-01", "2000-01-01"})
#: Platform labels whose own name holds commas; kept whole as tags.
_COMMA_LABELS = ("Arts, Entertainment, and Culture",)
_EXAMPLE_ROWS = 5


@dataclass(frozen=True)
class BrokenRow:
    """A row that could not be parsed, and why."""

    reason: str


@dataclass(frozen=True)
class ColumnMapping:
    """An editor's declaration of a catalogue's columns: ``{our field: their column}``."""

    columns: Mapping[str, str] = field(default_factory=dict)
    kind: Literal["films", "quotes"] | None = None
    delimiter: str | None = None
    #: ISO 639-1 code of the catalogue's text (synopses), for stemming
    text_language: str | None = None


@dataclass
class CatalogueResult(ExtractResult):
    """An :class:`ExtractResult` plus the catalogue ids seen on film rows (``movieId`` -> link),
    so quotes that name their film by id can be given the film's link once all files are read."""

    film_ids: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------- rows


def iter_jsonl(lines: Iterable[str]) -> Iterator[tuple[int, Row | BrokenRow]]:
    """Numbered rows of JSON Lines text; blank lines are skipped, bad lines are BrokenRows."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except ValueError as exc:
            yield number, BrokenRow(f"invalid JSON ({_short(exc)})")
            continue
        if isinstance(value, dict):
            yield number, value
        else:
            yield number, BrokenRow(f"a row must be a JSON object, not {type(value).__name__}")


def iter_csv(
    text_stream: Iterable[str], delimiter: str | None = None
) -> Iterator[tuple[int, Row | BrokenRow]]:
    """Numbered rows (by the line where each starts) of CSV text with a header line."""
    lines = iter(text_stream)
    first = next(lines, "")
    delimiter = delimiter or _sniff_delimiter(first)
    reader = csv.reader(_chain(first, lines), delimiter=delimiter)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except (StopIteration, csv.Error):
        return
    start = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, BrokenRow(f"unreadable CSV ({_short(exc)})")
            start = reader.line_num + 1
            continue
        if any(c.strip() for c in cells):
            yield start, _csv_row(header, cells)
        start = reader.line_num + 1


def _csv_row(header: list[str], cells: list[str]) -> Row | BrokenRow:
    if len(cells) != len(header):
        return BrokenRow(f"row has {len(cells)} fields, the header has {len(header)}")
    return dict(zip(header, cells, strict=True))


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _sniff_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _short(exc: Exception) -> str:
    return str(exc).split("\n")[0][:120]


# --------------------------------------------------------------------------- mappings


def parse_mapping(text: str, source: str) -> tuple[ColumnMapping | None, list[Problem]]:
    """Read a ``*.mapping.yaml`` sidecar: ``{columns: {field: column}, kind: films|quotes}``."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        return None, [Problem(source, f"invalid YAML in column mapping: {_short(exc)}", "error")]
    if not isinstance(data, dict) or not isinstance(data.get("columns"), dict):
        msg = "a column mapping must be a mapping with a 'columns:' mapping of field: column"
        return None, [Problem(source, msg, "error")]
    problems = [
        Problem(source, f"unknown field {name!r} in column mapping (known: {_known()})")
        for name in data["columns"]
        if name not in FIELDS
    ]
    kind = data.get("kind")
    if kind not in (None, "films", "quotes"):
        problems.append(Problem(source, f"kind must be 'films' or 'quotes', not {kind!r}"))
        kind = None
    columns = {str(k): str(v) for k, v in data["columns"].items() if k in FIELDS}
    delimiter = data.get("delimiter")
    language = data.get("text_language")
    return ColumnMapping(
        columns=columns,
        kind=kind,
        delimiter=str(delimiter) if delimiter else None,
        text_language=str(language) if language else None,
    ), problems


def _known() -> str:
    return ", ".join(sorted(FIELDS))


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, tuple[str, int]]:
    """Column key -> (our field, rank of that spelling among the field's aliases)."""
    return {
        _col_key(alias): (name, rank)
        for name, aliases in COLUMNS.items()
        for rank, alias in enumerate(aliases)
    }


def _col_key(column: str) -> str:
    return re.sub(r"[\s_\-]", "", column).casefold()


@lru_cache(maxsize=256)
def _resolve(columns: tuple[str, ...]) -> dict[str, str]:
    """Our field -> the row's column, for a row with these columns (best-ranked alias wins)."""
    table = _alias_table()
    best: dict[str, tuple[int, str]] = {}
    for column in columns:
        hit = table.get(_col_key(column))
        if hit and (hit[0] not in best or hit[1] < best[hit[0]][0]):
            best[hit[0]] = (hit[1], column)
    return {name: column for name, (_, column) in best.items()}


def _fields(row: Row, mapping: ColumnMapping | None) -> dict[str, object]:
    """The row's values under our field names."""
    resolved = dict(_resolve(tuple(row)))
    if mapping is not None:
        resolved.update({f: c for f, c in mapping.columns.items() if c in row})
    return {name: row[column] for name, column in resolved.items()}


# --------------------------------------------------------------------------- records


class _Tally:
    """Skipped rows and row-level warnings, counted per reason with a few example rows."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], list[int]] = {}
        self.counts: dict[tuple[str, str], int] = {}

    def add(self, reason: str, number: int, level: str = "warning") -> None:
        k = (level, reason)
        self.counts[k] = self.counts.get(k, 0) + 1
        examples = self.rows.setdefault(k, [])
        if len(examples) < _EXAMPLE_ROWS:
            examples.append(number)

    def problems(self, source: str) -> list[Problem]:
        out = []
        for (level, reason), count in self.counts.items():
            rows = ", ".join(str(n) for n in self.rows[(level, reason)])
            more = ", …" if count > _EXAMPLE_ROWS else ""
            noun = "row" if count == 1 else "rows"
            msg = f"{count} {noun}: {reason} (rows {rows}{more})"
            out.append(Problem(source, msg, "error" if level == "error" else "warning"))
        return out


def extract_rows(
    rows: Iterable[Row | tuple[int, Row | BrokenRow]],
    source: str,
    mapping: ColumnMapping | None = None,
) -> CatalogueResult:
    """Films and loose quotes from catalogue rows (plain dicts, or numbered rows from
    :func:`iter_jsonl`/:func:`iter_csv`); ``source`` names the file."""
    result = CatalogueResult()
    tally = _Tally()
    for number, row in _numbered(rows):
        if isinstance(row, BrokenRow):
            tally.add(f"skipped, {row.reason}", number, "error")
            continue
        _extract_row(row, f"{source}#{number}", number, mapping, result, tally)
    result.problems.extend(tally.problems(source))
    return result


def _numbered(rows: Iterable[Row | tuple[int, Row | BrokenRow]]) -> Iterator[tuple[int, Any]]:
    for index, item in enumerate(rows, start=1):
        yield item if isinstance(item, tuple) else (index, item)


def _extract_row(
    row: Row,
    source: str,
    number: int,
    mapping: ColumnMapping | None,
    result: CatalogueResult,
    tally: _Tally,
) -> None:
    values = _fields(row, mapping)
    kind = mapping.kind if mapping and mapping.kind else None
    if kind == "quotes" or (kind is None and "quote" in values):
        loose = _quote(row, values, source, number, tally)
        if loose is not None:
            result.quotes.append(loose)
        return
    film = _film(values, source, number, mapping, tally)
    if film is None:
        return
    result.films.append(film)
    film_id = _text(values.get("film_id"))
    if film_id and film.link:
        result.film_ids[film_id] = film.link


def _film(
    values: dict[str, object],
    source: str,
    number: int,
    mapping: ColumnMapping | None,
    tally: _Tally,
) -> Film | None:
    kind = _text(values.get("type"))
    if kind and normalize.key(kind) not in ("movie", "film", "movies", "films"):
        tally.add(f"skipped, not a film (type {kind!r})", number)
        return None
    title = _text(values.get("title"))
    if not normalize.key(title):
        tally.add("skipped, no title", number)
        return None
    year = normalize.parse_year(_scalar(values.get("year")))
    title, cut = title_without_year(title, year)
    if cut:
        tally.add("title ended with its year in parentheses; removed", number)
    countries, written = _countries(_text(values.get("countries")))
    genres, tags = _genres(_as_labels(values.get("genres")))
    runtime = normalize.parse_runtime(_scalar(values.get("runtime")))
    if runtime is None and _text(values.get("runtime")):
        tally.add("runtime not understood", number)
    film = Film(
        title=title,
        original_title=_text(values.get("original_title")) or None,
        year=year,
        directors=_persons(values.get("directors"), number, tally),
        writers=_persons(values.get("writers"), number, tally),
        cast=_persons(values.get("cast"), number, tally),
        companies=_people(values.get("companies")),
        countries=countries,
        countries_as_written=written,
        genres=genres,
        tags=tags,
        runtime_minutes=runtime,
        runtimes=(runtime,) if runtime else (),
        languages=tuple(normalize.normalize_languages(_as_labels(values.get("languages")))),
        synopsis=" ".join(_text(values.get("synopsis")).split()),
        text_language=mapping.text_language if mapping else None,
        link=link_key(_text(values.get("link"))),
        sources=(source,),
    )
    return with_prose_credits(with_rules(film, values))


def _persons(value: object, number: int, tally: _Tally) -> tuple[str, ...]:
    """People from a list column, without the items that are no person (reported)."""
    names = _people(value)
    reasons = {name: artefact(name) for name in names}
    for why in dict.fromkeys(r for r in reasons.values() if r):
        tally.add(f"people list item dropped: {why}", number)
    return tuple(n for n in names if not reasons[n])


def _quote(
    row: Row, values: dict[str, object], source: str, number: int, tally: _Tally
) -> LooseQuote | None:
    text = " ".join(html.unescape(_text(values.get("quote"))).split())
    if not text:
        tally.add("skipped, quote has no text (score only)", number)
        return None
    date = _text(values.get("date")) or None
    if date in PLACEHOLDER_DATES:
        tally.add(f"placeholder review date {date} dropped", number)
        date = None
    quote = Quote(
        text=text,
        critic=normalize.clean_name(html.unescape(_text(values.get("critic")))) or None,
        outlet=normalize.clean_name(html.unescape(_text(values.get("outlet")))) or None,
        date=date,
        verdict=_verdict(row, values),
        source=source,
    )
    ref = _film_ref(row, values)
    if ref is None:
        tally.add("skipped, quote names no film (no link, id or title)", number)
        return None
    return LooseQuote(ref, quote)


def _film_ref(row: Row, values: dict[str, object]) -> FilmRef | None:
    """The quote's film: from the row's own columns, else from a nested ``movie`` object."""
    nested: dict[str, object] = {}
    for name in _FILM_OBJECTS:
        obj = row.get(name)
        if isinstance(obj, dict):
            nested = _fields(obj, None)
    merged = {**nested, **{k: v for k, v in values.items() if v not in (None, "")}}
    link = link_key(_text(merged.get("link")))
    film_id = _text(merged.get("film_id"))
    if not link and film_id:
        link = f"{FILM_ID_PREFIX}{film_id}"
    title = _text(merged.get("title")) or None
    if not (link or title):
        return None
    return FilmRef(title=title, year=normalize.parse_year(_scalar(merged.get("year"))), link=link)


#: Prefix of a quote's provisional link when it names its film only by a catalogue id.
FILM_ID_PREFIX = "id:"


def _verdict(row: Row, values: dict[str, object]) -> str | None:
    word = normalize.key(_text(values.get("verdict")))
    if word in ("fresh", "rotten"):
        return word
    fresh = _text(row.get("isFresh")).casefold()
    return {"true": "fresh", "false": "rotten"}.get(fresh)


def link_key(value: str) -> str | None:
    """The join key of a catalogue link: a Rotten Tomatoes URL or link -> ``"m/slug"``;
    other links (a Wikipedia page name) as they are."""
    value = value.strip()
    if not value:
        return None
    match = re.search(r"(?:^|rottentomatoes\.com/)(m/[^/?#\s]+)", value)
    return match.group(1) if match else value


# --------------------------------------------------------------------------- values


def _text(value: object) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def _scalar(value: object) -> object:
    return value.strip() if isinstance(value, str) else value


def _as_labels(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if v]
    text = _text(value)
    return [text] if text else []


def _people(value: object) -> tuple[str, ...]:
    """Names from a comma-separated string or a list (cleaned of scraping artefacts)."""
    if isinstance(value, list):
        return clean_name_list(tuple(str(v) for v in value if v))
    return _split_people(_text(value))


@lru_cache(maxsize=65536)
def _split_people(text: str) -> tuple[str, ...]:
    if not text:
        return ()
    text = re.sub(r",\s*(Ltd|Inc|LLC|S\.?A|GmbH|Co)\b", r" \1", text)
    return clean_name_list(tuple(text.split(",")))


_ANNOTATION = re.compile(r"\s*\((?:actor|actress|narrator|voices?|voices of|uncredited[^)]*)\)$")
_FILLER = frozenset({"and", "the", "with", "of", "by", "in", ".", "?", "]", "[", "kids"})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


@lru_cache(maxsize=65536)
def clean_name_list(names: tuple[str, ...]) -> tuple[str, ...]:
    """People from a scraped name list: parenthesised remarks ("(", "Best Actor", "nominee)",
    "(voices)") and filler words dropped, "Jr."/"Sr." joined back to the name before them."""
    out: list[str] = []
    depth = 0
    for raw in names:
        name = raw.strip()
        opened, closed = name.count("("), name.count(")")
        if depth:
            depth = max(0, depth + opened - closed)
            continue
        if opened > closed:  # a remark opens here and goes on in the next items
            depth = opened - closed
            name = name[: name.rfind("(")]
        name = normalize.clean_name(_ANNOTATION.sub("", name))
        if name.casefold() in _SUFFIXES and out:
            out[-1] = f"{out[-1]} {name}"
        elif name and not name.startswith("(") and name.casefold() not in _FILLER:
            out.append(name)
    return tuple(normalize.dedupe(out))


@lru_cache(maxsize=16384)
def _countries(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    if not text:
        return (), ()
    english, written = normalize.normalize_countries([text])
    return tuple(english), tuple(written)


def _genres(labels: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _genres_cached(tuple(labels))


@lru_cache(maxsize=16384)
def _genres_cached(labels: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    kept: list[str] = []
    tags: list[str] = []
    for label in labels:
        for whole in _COMMA_LABELS:
            if whole in label:
                tags.append(whole)
                label = label.replace(whole, "")
        kept.extend(p for p in label.split(",") if p.strip())
    genres, other = normalize.normalize_genres(kept)
    return tuple(genres), tuple(normalize.dedupe([*other, *tags]))


# --------------------------------------------------------------------------- files


def extract_jsonl(
    lines: Iterable[str], source: str, mapping: ColumnMapping | None = None
) -> CatalogueResult:
    """Films and quotes from JSON Lines text (one object per line)."""
    return extract_rows(iter_jsonl(lines), source, mapping)


def extract_csv(
    text_stream: Iterable[str], source: str, mapping: ColumnMapping | None = None
) -> CatalogueResult:
    """Films and quotes from CSV text with a header line."""
    delimiter = mapping.delimiter if mapping else None
    return extract_rows(iter_csv(text_stream, delimiter), source, mapping)


def extract_catalogue(
    text: str, source: str, mapping: ColumnMapping | None = None
) -> CatalogueResult:
    """Films and quotes from a whole catalogue's text; the format is told by ``source``'s
    extension (``.jsonl``/``.ndjson``/``.jsonl.gz`` or ``.csv``/``.tsv``)."""
    name = source.casefold().removesuffix(".gz")
    stream = io.StringIO(text, newline="")
    if name.endswith((".csv", ".tsv")):
        if name.endswith(".tsv") and not (mapping and mapping.delimiter):
            mapping = dataclasses.replace(mapping or ColumnMapping(), delimiter="\t")
        return extract_csv(stream, source, mapping)
    return extract_jsonl(stream, source, mapping)
