"""Editor-written films: Markdown with a YAML front matter.

The front matter (between two ``---`` lines) holds the structured fields, the body is the
synopsis. ``corpus/README.md`` shows a full example. Everything goes through
:mod:`indexer.normalize`, so ``runtime: 1h 35m`` and ``countries: [Francia]`` come out as
``95`` and ``France``. A file that cannot be used (bad YAML, no title) gives an error
:class:`Problem` and no film; an unknown key gives a warning and the rest is kept.

The front matter is split here and read with ``yaml.safe_load`` rather than with the
``python-frontmatter`` package: the split is a few lines, and doing it here is what lets an
editor be told *which* fence is missing and on which line of the file the YAML is wrong
(``python-frontmatter`` returns a file without a closing fence as body text, silently).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import yaml

from indexer import normalize
from indexer.records import ROLES, ExtractResult, Film, Problem, Quote

_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)

#: Keys an editor may write for a field, mapped to the field.
KEY_ALIASES = {
    "title": "title",
    "original_title": "original_title",
    "alt_titles": "alt_titles",
    "also_known_as": "alt_titles",
    "year": "year",
    "director": "directors",
    "directors": "directors",
    "writer": "writers",
    "writers": "writers",
    "cast": "cast",
    "credits": "credits",
    "company": "companies",
    "companies": "companies",
    "country": "countries",
    "countries": "countries",
    "genre": "genres",
    "genres": "genres",
    "tags": "tags",
    "runtime": "runtime",
    "language": "languages",
    "languages": "languages",
    "award": "awards",
    "awards": "awards",
    "quotes": "quotes",
    "link": "link",
    "text_language": "text_language",
}

#: Crew role names as editors write them -> roles of :data:`indexer.records.ROLES`.
ROLE_ALIASES = {
    "cinematographer": "cinematography",
    "director of photography": "cinematography",
    "editor": "editing",
    "composer": "music",
    "score": "music",
    "production designer": "production design",
    "costume designer": "costume design",
    "costumes": "costume design",
    "producer": "producers",
    "executive producer": "executive producers",
    "vfx": "visual effects",
}


def extract_markdown(text: str, source: str) -> ExtractResult:
    """One film from a Markdown document with a YAML front matter; errors as Problems."""
    result = ExtractResult()
    parsed = _split(text, source)
    if isinstance(parsed, Problem):
        result.problems.append(parsed)
        return result
    data, body = parsed
    fields: dict[str, Any] = {}
    for name, value in data.items():
        field = KEY_ALIASES.get(str(name).strip().casefold().replace(" ", "_"))
        if field is None:
            result.problems.append(Problem(source, f"unknown key {name!r} ignored"))
        else:
            fields[field] = value
    title = _one(fields.get("title"))
    if not title:
        result.problems.append(Problem(source, "the front matter has no 'title:'", "error"))
        return result
    result.films.append(_film(title, fields, body, source, result.problems))
    return result


def _split(text: str, source: str) -> tuple[dict[Any, Any], str] | Problem:
    """(front matter mapping, body), or the error that prevents reading them."""
    text = text.lstrip("\ufeff")
    first = _FENCE.match(text)
    if not first or not text.startswith("---"):
        msg = "no front matter: a film file starts with a '---' line, then 'title: ...'"
        return Problem(source, msg, "error")
    end = _FENCE.search(text, first.end())
    if end is None:
        return Problem(source, "the front matter has no closing '---' line", "error")
    try:
        data = yaml.safe_load(text[first.end() : end.start()])
    except yaml.YAMLError as exc:
        return Problem(source, _yaml_message(exc), "error")
    if not isinstance(data, dict):
        kind = "empty" if data is None else f"a {type(data).__name__}"
        msg = f"the front matter must be a mapping of 'key: value' lines, not {kind}"
        return Problem(source, msg, "error")
    return data, text[end.end() :]


def _yaml_message(exc: yaml.YAMLError) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).split("\n")[0]
    # the YAML text starts at the end of the opening '---' line: its line 0 is the file's line 1
    where = f" at line {mark.line + 1}" if mark is not None else ""
    return f"invalid YAML in the front matter{where}: {problem}"


def _film(
    title: str, fields: dict[str, Any], body: str, source: str, problems: list[Problem]
) -> Film:
    def warn(message: str) -> None:
        problems.append(Problem(source, message))

    countries, written = normalize.normalize_countries(_many(fields.get("countries")))
    genres, tags = normalize.normalize_genres(_many(fields.get("genres")))
    runtime = _runtime(fields.get("runtime"), warn)
    year = normalize.parse_year(_year_text(fields.get("year")))
    if year is None and fields.get("year") is not None:
        warn(f"year {fields['year']!r} not understood")
    return Film(
        title=title,
        original_title=_one(fields.get("original_title")) or None,
        alt_titles=tuple(normalize.dedupe(_many(fields.get("alt_titles")))),
        year=year,
        directors=_names(fields.get("directors")),
        writers=_names(fields.get("writers")),
        cast=_names(fields.get("cast")),
        credits=_credits(fields.get("credits"), warn),
        companies=_names(fields.get("companies")),
        countries=tuple(countries),
        countries_as_written=tuple(written),
        genres=tuple(genres),
        tags=tuple(normalize.dedupe([*tags, *_many(fields.get("tags"))])),
        runtime_minutes=runtime,
        runtimes=(runtime,) if runtime else (),
        languages=tuple(normalize.normalize_languages(_many(fields.get("languages")))),
        synopsis=plain_text(body),
        quotes=_quotes(fields.get("quotes"), source, warn),
        awards=tuple(normalize.dedupe(_many(fields.get("awards")))),
        text_language=_one(fields.get("text_language")) or None,
        link=_one(fields.get("link")) or None,
        sources=(source,),
    )


def _one(value: object) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def _many(value: object) -> list[str]:
    """A list field written as a YAML list or as one string."""
    if isinstance(value, list):
        return [s for s in (_one(v) for v in value) if s]
    one = _one(value)
    return [one] if one else []


def _names(value: object) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(normalize.dedupe(normalize.clean_name(n) for n in _many(value)))
    return tuple(normalize.split_names(_one(value)))


def _year_text(value: object) -> object:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.year
    return value if isinstance(value, int) else _one(value)


def _runtime(value: object, warn: Callable[[str], None]) -> int | None:
    if value is None:
        return None
    minutes = normalize.parse_runtime(value if isinstance(value, int) else _one(value))
    if minutes is None:
        warn(f"runtime {value!r} not understood (write 95 or '1h 35m')")
    return minutes


def _credits(value: object, warn: Callable[[str], None]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        warn("'credits:' must be a mapping of role: [names]; ignored")
        return ()
    out: dict[str, tuple[str, ...]] = {}
    for raw_role, names in value.items():
        role = str(raw_role).strip().casefold()
        role = ROLE_ALIASES.get(role, role)
        if role not in ROLES:
            warn(f"unknown credit role {raw_role!r} ignored (known: {', '.join(ROLES)})")
            continue
        out[role] = tuple(normalize.dedupe([*out.get(role, ()), *_names(names)]))
    return tuple((role, names) for role, names in out.items() if names)


def _quotes(value: object, source: str, warn: Callable[[str], None]) -> tuple[Quote, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        warn("'quotes:' must be a list; ignored")
        return ()
    quotes = []
    for number, item in enumerate(value, start=1):
        quote = _quote(item, source)
        if quote is None:
            warn(f"quote {number} has no text; ignored")
        else:
            quotes.append(quote)
    return tuple(quotes)


def _quote(item: object, source: str) -> Quote | None:
    if not isinstance(item, dict):
        text = _one(item)
        return Quote(text=text, source=source) if text else None
    text = " ".join(_one(item.get("text")).split())
    if not text:
        return None
    date = item.get("date")
    verdict = _one(item.get("verdict")).casefold()
    return Quote(
        text=text,
        critic=normalize.clean_name(_one(item.get("critic"))) or None,
        outlet=normalize.clean_name(_one(item.get("outlet"))) or None,
        date=date.isoformat() if isinstance(date, dt.date) else (_one(date) or None),
        verdict=verdict if verdict in ("fresh", "rotten") else None,
        source=source,
    )


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*{1,3}|_{1,3})(\S(?:.*?\S)?)\1")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)


def plain_text(markdown: str) -> str:
    """The body as plain text: links, emphasis and heading marks dropped, paragraphs kept."""
    text = _LINK.sub(r"\1", markdown)
    text = _HEADING.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    paragraphs = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)
