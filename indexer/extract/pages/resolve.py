"""From labelled entries, fact lines and prose to one :class:`~indexer.records.Film`.

Precedence for every field: a labelled value, then an unlabelled fact line, then a credit
sentence in prose. Only the first film entry of a page is read; where another begins, the
page is cut and the other titles are reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.extract.pages import facts as fl
from indexer.extract.pages import titles
from indexer.extract.pages.quotes import complete_critic, find_quotes
from indexer.extract.pages.scan import Entry
from indexer.extract.pages.text import PageText, is_noise
from indexer.extract.pages.textlang import text_language
from indexer.normalize import (
    clean_name,
    country_name,
    dedupe,
    genre_names,
    key,
    normalize_genres,
    normalize_languages,
    parse_runtime,
    parse_year,
    split_countries,
    split_names,
)
from indexer.records import ROLES, Film, Problem, Quote

_CREDIT_FIELDS = frozenset(
    {
        "title",
        "directors",
        "writers",
        "cast",
        "countries",
        "year",
        "runtime",
        "genres",
        "languages",
        "original_title",
    }
    | set(ROLES)
)
_PACKED_FIELDS = frozenset({"companies", "unknown"})
_KEEP_FOR_QUOTES = frozenset({"synopsis", "press", "unknown"})


@dataclass
class Found(fl.Facts):
    """Values gathered for one film, as written, before normalising: the facts of its lines
    and sentences, and labelled values by field."""

    values: dict[str, list[str]] = field(default_factory=dict)

    def first(self, name: str) -> str:
        """The first non-empty value labelled ``name``."""
        return next((v for v in self.values.get(name, []) if v.strip(" ,|")), "")


def build_film(
    page: PageText, entries: list[Entry], used: set[int], source: str
) -> tuple[Film | None, list[Problem]]:
    """The page's main film (None without a title) and the problems met."""
    lines = page.lines
    body = "\n".join(lines)
    title = _title(page, entries, used, body)
    if title is None or not title.title.strip():
        return None, [Problem(source, "no title found", "error")]
    others, cut = titles.other_films(lines, title, _repeat_line(entries))
    problems = []
    if others:
        names = ", ".join(others)
        problems.append(
            Problem(source, f"page lists other films too ({names}); only {title.title!r} read")
        )
    end = cut if cut is not None else len(lines)
    main = [e for e in entries if e.start < end]
    found = _gather(main)
    _add_fact_lines(lines[:end], used, title.line, found)
    block = "\n".join(lines[:end])
    film = _film(title, found, block, lines[:end], used, main, source)
    return film, problems


def _title(page: PageText, entries: list[Entry], used: set[int], body: str) -> titles.Title | None:
    credits = [e.start for e in entries if e.field in _CREDIT_FIELDS - {"title", "original_title"}]
    first_credit = min(credits, default=len(page.lines))
    for entry in entries:
        if entry.field == "title" and entry.value.strip() and entry.start < first_credit:
            heading = titles.clean_heading(entry.value)
            return titles.Title(heading.title, heading.original)
    people = {
        key(n) for e in entries if e.field in ("directors", "cast") for n in split_names(e.value)
    }
    stop = next((e.start for e in entries if e.field in _CREDIT_FIELDS), len(page.lines))
    found = titles.candidates(page.lines, used, stop, people)
    slug = titles.slug_words(page.url)
    return (
        titles.choose(page.lines, found, slug, body)
        or titles.from_slug(slug, body)
        or titles.from_quotes(body)
    )


def _repeat_line(entries: list[Entry]) -> int | None:
    credits = [e for e in entries if e.field in _CREDIT_FIELDS and e.value.strip()]
    if not credits:
        return None
    first = credits[0]
    for entry in credits[1:]:
        between = (e for e in credits if first.start < e.start < entry.start)
        same_label = entry.field == first.field and key(entry.value) != key(first.value)
        if same_label and any(e.field != first.field for e in between):
            return entry.start
    return None


def _gather(entries: list[Entry]) -> Found:
    found = Found()
    for entry in entries:
        if entry.field == "facts":
            facts = fl.line_facts(entry.value, strict=False)
            if facts:
                _merge(found, facts)
            continue
        found.values.setdefault(entry.field, []).append(entry.value)
        packed = None
        if entry.field in _PACKED_FIELDS and "\n" not in entry.value:
            packed = fl.line_facts(entry.value)
        if packed:
            _merge(found, packed)  # "製作:2020年/日本/128分": facts under a vague label
        if entry.field not in ("runtime", "synopsis", "not_runtime") and fl.RUNTIME_TOKEN.match(
            entry.value.strip()
        ):
            found.values.setdefault("runtime", []).append(
                entry.value
            )  # runtime under a wrong label
    return found


def _merge(found: Found, facts: fl.Facts) -> None:
    found.years.extend(facts.years)
    found.runtimes.extend(facts.runtimes)
    found.countries.extend(facts.countries)
    found.genres.extend(facts.genres)
    found.languages.extend(facts.languages)
    found.names.extend(facts.names)


def _add_fact_lines(
    lines: tuple[str, ...], used: set[int], title_line: int | None, found: Found
) -> None:
    for i, line in enumerate(lines):
        if i in used or not line.strip() or re.search(r"[\"“”«»]", line):
            continue
        facts = fl.pipe_facts(line, minimum=1) if i == title_line else fl.line_facts(line)
        if facts:
            _merge(found, facts)


def _film(
    title: titles.Title,
    found: Found,
    block: str,
    lines: tuple[str, ...],
    used: set[int],
    entries: list[Entry],
    source: str,
) -> Film:
    directors = _names(found.first("directors"))
    cue_name, at = fl.strong_director(block, title.title)
    cue_sentence = fl.sentence_at(block, at) if at >= 0 else ""
    if not directors and cue_name:
        directors = [cue_name]
    if not directors:
        directors = _bare_director(lines, used, title.line)
    if not directors:
        weak = fl.weak_director(block)
        directors = [weak] if weak else found.names[:1]
    prose = fl.sentence_facts(cue_sentence) if cue_sentence else fl.Facts()
    countries, written = _countries(found, prose)
    genres, tags = _genres(found, prose, block)
    runtimes = _runtimes(found, prose)
    quotes = _quotes(lines, used, entries, title, source, block)
    synopsis = _synopsis(found, lines, used, title.line)
    cast = _names(found.first("cast")) or fl.prose_cast(cue_sentence) or fl.character_cast(synopsis)
    return Film(
        title=title.title.strip(),
        original_title=(
            found.first("original_title") or title.original or found.first("alt_title") or None
        ),
        alt_titles=tuple(dedupe(found.values.get("alt_title", []))),
        year=_year(found, prose, block),
        directors=tuple(directors),
        writers=tuple(_names(found.first("writers"))),
        cast=tuple(cast),
        credits=tuple((r, tuple(_names(found.first(r)))) for r in ROLES if found.first(r)),
        companies=tuple(_companies(found)),
        countries=tuple(countries),
        countries_as_written=tuple(written),
        genres=tuple(genres),
        tags=tuple(tags),
        runtime_minutes=runtimes[0] if runtimes else None,
        runtimes=tuple(runtimes),
        languages=tuple(_languages(found)),
        synopsis=synopsis,
        quotes=tuple(quotes),
        awards=tuple(_awards(found)),
        text_language=text_language(block),
        link=None,
        sources=(source,),
    )


def _names(value: str) -> list[str]:
    value = re.sub(r"\[[^\]]*\]", "", value)
    if " / " in value and re.search(r"[\u0400-\u04ff]", value.split(" / ")[0]):
        value = value.split(" / ", 1)[1]  # bilingual "Cyrillic / Latin": keep the Latin half
    names = []
    # "・" separates kanji names but joins the parts of a katakana name (マイケル・マン)
    value = re.sub(r"(?<=[\u4e00-\u9fff])・(?=[\u4e00-\u9fff])", "、", value.replace("\n", ", "))
    for name in split_names(value):
        name = re.sub(r"\s*\([^)]*\)?", "", name)
        name = re.split(r"\s+(?:as|als|comme|como|nel ruolo di)\s+", name)[0]
        name = clean_name(name.strip(" .…"))
        if name and len(name) <= 60 and name.lower() not in ("no", "none", "n/a"):
            names.append(name)
    return dedupe(names)


def _bare_director(lines: tuple[str, ...], used: set[int], title_line: int | None) -> list[str]:
    if title_line is None:
        return []
    seen = 0
    for i in range(title_line + 1, len(lines)):
        text = lines[i].strip()
        if not text:
            continue
        seen += 1
        if seen > 8 or len(text.split()) > 25:
            return []
        starts_with_word = re.match(r"(?i)(?:by|from|with|von|par|por|di|de)\s", text)
        if i not in used and fl.is_name(text) and not is_noise(text) and not starts_with_word:
            return [text]
    return []


def _countries(found: Found, prose: fl.Facts) -> tuple[list[str], list[str]]:
    written: list[str] = []
    for value in found.values.get("countries", []):
        written.extend(_country_parts(value))
    if not written:
        written = found.countries or prose.countries
    english = dedupe(n for n in (_country_english(w) for w in written) if n)
    return english, dedupe(written)


def _country_parts(value: str) -> list[str]:
    value = re.sub(r"\([^)]*\)", "", value.replace("_", " ").replace("\n", ", ")).strip()
    value = re.sub(r"(?<=[a-z])(?=[A-Z])", ", ", value)
    if country_name(value):
        return [value]
    return [p for p in split_countries(value) if p]


def _country_english(name: str) -> str | None:
    from indexer.normalize import nationality_country

    return country_name(name) or nationality_country(name)


def _genres(found: Found, prose: fl.Facts, block: str) -> tuple[list[str], list[str]]:
    labelled = found.values.get("genres", [])
    parts = [p for v in labelled for p in re.split(r"\n|,|/|\|", v) if p.strip()]
    genres, tags = normalize_genres(parts)
    for value in found.values.get("tags", []):
        words = [w for part in re.split(r"[,;|/\n]", value) for w in [part, *part.split()]]
        genres = dedupe([*genres, *(g for w in words if w.strip() for g in genre_names(w))])
    if not genres:
        genres = dedupe(g for label in found.genres + prose.genres for g in genre_names(label))
    if not genres and not labelled:
        word = fl.cjk_lead(block)[2]
        genres = genre_names(word) if word else []
    return genres, tags


def _runtimes(found: Found, prose: fl.Facts) -> list[int]:
    minutes = [parse_runtime(v) for v in found.values.get("runtime", [])]
    labelled = [m for m in minutes if m]
    values = labelled + found.runtimes if labelled or found.runtimes else prose.runtimes
    return list(dict.fromkeys(m for m in values if m))


def _year(found: Found, prose: fl.Facts, block: str) -> int | None:
    for value in found.values.get("year", []):
        year = parse_year(value)
        if year:
            return year
    if found.years:
        return found.years[0]
    for value in found.values.get("release", []):
        year = parse_year(value)
        if year:
            return year
    if prose.years:
        return prose.years[0]
    return fl.cjk_lead(block)[0]


def _languages(found: Found) -> list[str]:
    values = [
        re.sub(r"(?<=[a-z])(?=[A-Z])", " ", v).replace("\n", ", ")
        for v in found.values.get("languages", [])
    ]
    values = [re.split(r"\bwith\b|\bcon\b|\bmit\b", v)[0] for v in values]
    return normalize_languages(values + found.languages)


def _companies(found: Found) -> list[str]:
    return [c for v in found.values.get("companies", []) for c in split_names(v)]


def _awards(found: Found) -> list[str]:
    awards: list[str] = []
    for value in found.values.get("awards", []):
        parts = value.split("\n")
        if len(parts) == 1 and value.count(" – ") + value.count(" - ") >= 2:
            parts = re.split(r",\s+(?![^()]*\))(?=[A-Z])", value)
        awards.extend(p.strip() for p in parts if p.strip())
    return dedupe(awards)


def _synopsis(found: Found, lines: tuple[str, ...], used: set[int], title_line: int | None) -> str:
    labelled = found.first("synopsis").strip()
    if len(labelled) >= 40:
        return labelled
    for i, line in enumerate(lines):
        text = line.strip()
        long_enough = len(text.split()) >= 20 or (
            len(text) >= 50 and not re.search(r"\s", text[:40])
        )
        if i not in used and long_enough and text[0] not in '"“„«‘(' and not is_noise(text):
            return text
    return labelled


def _quotes(
    lines: tuple[str, ...],
    used: set[int],
    entries: list[Entry],
    title: titles.Title,
    source: str,
    block: str,
) -> list[Quote]:
    skip = {
        i for e in entries if e.field not in _KEEP_FOR_QUOTES for i in range(e.start, e.end + 1)
    }
    press: set[int] = set()
    for entry in entries:
        if entry.field == "press":
            press.update(range(entry.start + 1, len(lines)))
    shown = list(lines)
    for entry in entries:
        if entry.field == "synopsis" and entry.start == entry.end and entry.value:
            shown[entry.start] = entry.value  # "Summary: … --Name": read the value only
    found = find_quotes(tuple(shown), skip, press)
    if title.pull_quote:
        found.insert(0, (title.pull_quote, None, None))
    return [
        Quote(text=text, critic=_full_critic(critic, block), outlet=outlet, source=source)
        for text, critic, outlet in found
    ]


def _full_critic(critic: str | None, block: str) -> str | None:
    """A critic named by one word ("Chris says:", "uważa Hornaday") completed from the page."""
    return complete_critic(critic, block)
