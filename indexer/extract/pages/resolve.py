"""From labelled entries, fact lines and prose to one :class:`~indexer.records.Film`.

Precedence for every field: a labelled value, then an unlabelled fact line, then a credit
sentence in prose. Only the first film entry of a page is read; where another begins, the
page is cut and the other titles are reported.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from indexer.extract.pages import (
    entrylists,
    numbers,
    people,
    sentences,
    titles,
    titlesources,
    titlevote,
    values,
)
from indexer.extract.pages import facts as fl
from indexer.extract.pages.evidence import Why
from indexer.extract.pages.quotes import complete_critic, find_quotes
from indexer.extract.pages.scan import Entry, unknown_label_values
from indexer.extract.pages.synopsis import choose as choose_synopsis
from indexer.extract.pages.synopsis import labelled_synopsis
from indexer.extract.pages.text import PageText
from indexer.extract.pages.textlang import text_language
from indexer.extract.pages.values import Found
from indexer.normalize import (
    dedupe,
    key,
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
_PERSON_FIELDS = frozenset({"directors", "writers", "cast", *ROLES})
_PACKED_FIELDS = frozenset({"companies", "unknown"})
_TITLE_FIELDS = frozenset({"title", "original_title", "alt_title"})
_KEEP_FOR_QUOTES = frozenset({"synopsis", "press", "unknown"})
#: a label's value that is a passage in quotation marks: a source's quote, whatever the label
#: ("Première : "En s'attachant à ce point aux acteurs …"", a magazine named like a field)
_QUOTED_VALUE = re.compile(r"[\"“„«]\s*\w+(?:\W+\w+){3}")


def build_film(
    page: PageText,
    entries: list[Entry],
    used: set[int],
    source: str,
    why: Why | None = None,
    credited: frozenset[str] = frozenset(),
) -> tuple[Film | None, list[Problem]]:
    """The page's main film (None without a title) and the problems met. A title the people
    readers then read as the film's director or cast is weighed again, with those people
    marked (``credited``): the page named a person, not the film."""
    lines = page.lines
    title = _title(page, entries, used, why, credited)
    if title is None or not title.title.strip():
        return None, [Problem(source, "no title found", "error")]
    others, cut = titles.other_films(lines, title, _repeat_line(entries))
    if cut is not None and _inside_credits(cut, entries, lines):
        others, cut = [], None  # "Penulis : Benny Setiawan" credits a person: no film's heading
    cut = _entry_cut(lines, title, cut)
    problems = []
    if others:
        names = ", ".join(others)
        problems.append(
            Problem(source, f"page lists other films too ({names}); only {title.title!r} read")
        )
    end = cut if cut is not None else len(lines)
    main = [e for e in entries if e.start < end]
    found = _gather(main)
    found.unknown_values = unknown_label_values(main, lines)
    _add_fact_lines(lines[:end], used, title.line, found)
    block = "\n".join(lines[:end])
    address_year = titles.slug_year(page.url, (title.title, *title.runners))
    film = _film(title, found, block, lines[:end], used, main, source, address_year, why, page.url)
    people_read = frozenset(key(n) for n in (*film.directors, *film.cast))
    if not credited and titlevote.names_people(title.title, people_read):
        return build_film(page, entries, used, source, why, people_read)
    return film, problems


def _entry_cut(lines: tuple[str, ...], title: titles.Title, cut: int | None) -> int | None:
    """Where the page is cut after the film: where the next entry of the list that holds the
    film's entry begins, when it comes before ``cut`` (a programme, a line-up, a round-up)."""
    end = entrylists.entry_end(lines, title.title, title.line)
    if end is None or end <= (title.line or 0):
        return cut
    return end if cut is None else min(cut, end)


def _inside_credits(line: int, entries: list[Entry], lines: tuple[str, ...] = ()) -> bool:
    """Whether a line taken for another film's heading is a row of this film's labelled
    credits: it credits a person ("Penulis : Benny Setiawan"), lies among the lines of a list
    of people (a row "Leikkaaja Benjamin Mercer" under "Tuottaja"), or is a labelled row right
    under another, blank lines between them or not ("Cópia: 35mm, …", a label no language
    knows, under "Produção:"; "UK Distributor: BFI" under "Cast: …")."""
    above = line - 1
    while 0 <= above < len(lines) and not lines[above].strip():
        above -= 1
    for entry in entries:
        if not entry.start <= line <= entry.end or entry.field in _TITLE_FIELDS:
            continue  # "Titolo: …" heads a film of its own
        if entry.field in _PERSON_FIELDS or any(e.start <= above <= e.end for e in entries):
            return True
    return False


def _ends_in_label(line: str) -> bool:
    """True when the words before a line's colon end with a known label ("கதிர் நடிகர்கள்:
    …" is the name, then "actors:")."""
    head = line.split(":", 1)[0].strip()
    return titlesources.without_label(head) != head


def _title(
    page: PageText,
    entries: list[Entry],
    used: set[int],
    why: Why | None = None,
    credited: frozenset[str] = frozenset(),
) -> titles.Title | None:
    credits = [e.start for e in entries if e.field in _CREDIT_FIELDS - {"title", "original_title"}]
    first_credit = min(credits, default=len(page.lines))
    labelled = next(
        (
            e.value
            for e in entries
            if e.field == "title" and e.value.strip() and e.start < first_credit
        ),
        None,
    )
    people = {
        key(n) for e in entries if e.field in ("directors", "cast") for n in split_names(e.value)
    }
    stop = next((e.start for e in entries if e.field in _CREDIT_FIELDS), len(page.lines))
    original = next((e.value for e in entries if e.field == "original_title" and e.value), None)
    # a line read only as "unknown label: value" ("Puss in Boots: The Last Wish") may still be
    # the page's heading: no language knows its label
    unknown = {
        e.start
        for e in entries
        if e.field == "unknown" and e.start == e.end and not _ends_in_label(page.lines[e.start])
    }
    heads = used - unknown
    ballot, headings = titlevote.vote(
        page.lines, heads, stop, people, page.url, labelled, original, credited
    )
    if why is not None:
        why.record("title", ballot)
    return titlevote.decide(ballot, headings, page.lines)


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
                found.add(facts)
            continue
        found.values.setdefault(entry.field, []).append(entry.value)
        packed = None
        if entry.field in _PACKED_FIELDS and "\n" not in entry.value:
            packed = fl.line_facts(entry.value) or _lone_year(entry.value)
        elif "\n" not in entry.value and entry.field != "synopsis":
            packed = fl.line_facts(entry.value)  # "produkcja: Polska 2002": a wrong label's
            whole = packed and packed.count() >= 2 and not packed.leftover and not packed.names
            packed = packed if whole and entry.field not in ("not_runtime", "ignore") else None
        if packed:
            found.add(packed)  # "製作:2020年/日本/128分": facts under a vague label
        elif entry.field == "countries" and "\n" not in entry.value:
            packed = fl.line_facts(entry.value, strict=False)  # "Nacionalitat: Catalunya / 1948"
            found.add(packed or fl.Facts(), ("years", "runtimes"))
        if entry.field not in ("runtime", "synopsis", "not_runtime") and fl.runtime_token().match(
            entry.value.strip()
        ):
            # a runtime under a wrong label, read when no runtime's label gives one
            # ("Running Time: 101 minutes" / "Discussion: 75 minutes")
            found.values.setdefault(_RUNTIME_ELSEWHERE, []).append(entry.value)
    return found


#: the values shaped as a runtime under a label of another field (:func:`_gather`)
_RUNTIME_ELSEWHERE = "runtime_elsewhere"


def _lone_year(value: str) -> fl.Facts | None:
    """The facts of a production's value that is a year alone ("製作:2022年"): the year the
    film was made; else None."""
    facts = fl.line_facts(value, strict=False)
    return facts if facts and facts.years and facts.count() == 1 and not facts.leftover else None


#: a quotation mark
_QUOTE_MARK = re.compile(r"[\"“”«»]")


def _add_fact_lines(
    lines: tuple[str, ...], used: set[int], title_line: int | None, found: Found
) -> None:
    for i, line in enumerate(lines):
        if i in used or not line.strip() or _QUOTE_MARK.search(line):
            continue
        facts = fl.pipe_facts(line, minimum=1) if i == title_line else fl.line_facts(line)
        if facts:
            found.add(facts)
    lone, found.lone_names = fl.fact_block(lines, used)
    found.add(lone)


def _add_fact_run(lines: tuple[str, ...], prose: fl.Facts) -> None:
    """The first run of facts written into prose (``«Дядя Саша», Россия, 2018, 92 мин.``)
    fills what the credit sentence left empty."""
    if prose.years and prose.runtimes and prose.countries:
        return
    for line in lines:  # a labelled line too: "Director: Davy Chou, S Korea, 2022, 119m"
        run = fl.fact_runs(line) if len(line) > 20 else None
        if run and run.count():
            prose.add(run, (*fl.RUN_KINDS, "genres"), empty_only=True)
            return


def _original_title(found: Found, title: titles.Title, directors: list[str]) -> str | None:
    """The labelled original title, else the heading's part after a dash or in parentheses
    unless it is the name of a director the page credits ("Alageyik – Süreyya Duru (1969)")."""
    heading = title.original
    if heading and key(heading) in {key(d) for d in directors}:
        heading = None
    return found.first("original_title") or heading or found.first("alt_title") or None


def _film(
    title: titles.Title,
    found: Found,
    block: str,
    lines: tuple[str, ...],
    used: set[int],
    entries: list[Entry],
    source: str,
    address_year: int | None = None,
    why: Why | None = None,
    url: str | None = None,
) -> Film:
    labels = (found.first("directors"), found.first("cast"))
    host = (urlsplit(url).hostname or "") if url else ""
    directors, cue_sentence = people.directors(labels, found, block, lines, used, title, why, host)
    prose = sentences.sentence_facts(cue_sentence) if cue_sentence else fl.Facts()
    _add_fact_run(lines, prose)
    countries, written = values.countries(found, prose, block, title.title)
    genres, tags = values.genres(found, prose, block, title.title, url)
    runtimes = numbers.runtimes(
        found.values.get("runtime") or found.values.get(_RUNTIME_ELSEWHERE, []),
        found,
        prose,
        block,
        why,
        title.title,
    )
    synopsis = choose_synopsis(
        labelled_synopsis(found.values.get("synopsis", [])), lines, used, title.title, why
    )
    crew = tuple(n for r in ("cast", "writers") for n in people.names(found.first(r)))
    quotes = _quotes(lines, entries, title, source, block, url, synopsis, tuple(directors), crew)
    cast = people.cast(
        found.first("cast"),
        cue_sentence,
        block,
        synopsis,
        why,
        title.title,
        directors,
        found.values.get("cast", []),
        [source for q in quotes for source in (q.critic, q.outlet) if source],
        found.unknown_values,
    )
    quotes = _not_played(quotes, cast)
    return Film(
        title=title.title.strip(),
        original_title=_original_title(found, title, directors),
        alt_titles=tuple(dedupe([*found.values.get("alt_title", []), *filter(None, [title.alt])])),
        year=numbers.year(
            found.values.get("year", []),
            found.values.get("release", []),
            found,
            prose,
            block,
            title.title,
            address_year,
            why,
            title.runners,
            tuple(directors),
        ),
        directors=tuple(directors),
        writers=tuple(people.writers(found.first("writers"), block, why)),
        cast=tuple(cast),
        credits=tuple((r, tuple(people.names(found.first(r)))) for r in ROLES if found.first(r)),
        companies=tuple(values.companies(found)),
        countries=tuple(countries),
        countries_as_written=tuple(written),
        genres=tuple(genres),
        tags=tuple(tags),
        runtime_minutes=runtimes[0] if runtimes else None,
        runtimes=tuple(runtimes),
        languages=tuple(values.languages(found)),
        synopsis=synopsis,
        quotes=tuple(quotes),
        awards=tuple(values.awards(found)),
        text_language=text_language(block),
        link=None,
        sources=(source,),
    )


def _quotes(
    lines: tuple[str, ...],
    entries: list[Entry],
    title: titles.Title,
    source: str,
    block: str,
    url: str | None = None,
    synopsis: str = "",
    directors: tuple[str, ...] = (),
    crew: tuple[str, ...] = (),
) -> list[Quote]:
    named = title.keys()
    found = [
        q
        for q in _found_quotes(lines, entries, url, synopsis, text_language(block))
        if not _titled(q[0], named)
        and not _title_in_address(q[0], named, url)
        and not _filmmakers(q, directors, crew)
        and not _title_signed(q, named, url)
    ]
    if title.pull_quote:
        found.insert(0, (title.pull_quote, None, None))
    return [
        Quote(text=text, critic=_full_critic(critic, block), outlet=outlet, source=source)
        for text, critic, outlet in found
    ]


def _title_in_address(text: str, named: frozenset[str], url: str | None) -> bool:
    """True for a quotation that is the film's title as the page's address spells it too,
    however its words are cased ("“Cha cõng con”" on ".../cha-cong-con"): a title quoted in
    prose, no critic's words; a pull quote that the title reader took from a heading is
    no part of the address, so it stays a quote; ``named`` holds the keys of the film's
    titles."""
    return key(text) in named and titles.runs_in_address(text, url)


def _title_signed(
    quote: tuple[str, str | None, str | None], titles: frozenset[str], url: str | None
) -> bool:
    """True for a quote whose critic or outlet is the film's own title, as the page's address
    spells it too ("…" / "NEXT GOAL WINS" on ".../next-goal-wins/"): a heading over the
    page's own text, no critic's source. A title the address does not confirm may be an
    outlet's name that the title reader took ("Deadline"), so it takes no quote away."""
    _, critic, outlet = quote
    path = re.sub(r"[\W_]+", "", key(unquote(urlsplit(url or "").path)))
    return any(
        part
        and key(part) in titles
        and len(k := re.sub(r"[\W_]+", "", key(part))) >= 4
        and k in path
        for part in (critic, outlet)
    )


def _filmmakers(
    quote: tuple[str, str | None, str | None], directors: tuple[str, ...], crew: tuple[str, ...]
) -> bool:
    """True for a quote whose source is the film's credited director named alone, with no
    outlet: the filmmaker's statement ("“I wanted to …” — Michael Mann"), no critic's; or a
    person the page's credit labels name (``crew``: a writer, a member of the cast), named in
    full, with an outlet or not: their statement to the press ("“…” — Name, Variety") or
    their line in the film. A critic reviews no film they wrote or play in. (A director read
    from prose may be a critic who praises the film, so needs no outlet.)"""
    _, critic, outlet = quote
    if not critic:
        return False
    if not outlet and any(_same_person(critic, d) for d in directors):
        return True
    return len(critic.split()) >= 2 and any(_same_person(critic, name) for name in crew)


def _not_played(quotes: list[Quote], cast: list[str]) -> list[Quote]:
    """``quotes`` but those of one source named in full that the page's cast names too,
    however the cast was read (a list after a cue, an actor beside a part, a credit label):
    an actor speaking of the film in an interview, no critic. A cast that names nobody but
    the quotes' sources, or two of their critics, is the cast reader's mistake on a page of
    critics' names (a list of sources read as the cast), and takes no quote away."""
    sources = {key(part) for q in quotes for part in (q.critic, q.outlet) if part}
    if all(key(name) in sources for name in cast):
        return quotes
    played = {q.critic for q in quotes if _played(q.critic, cast)}
    if len(played) != 1:
        return quotes
    return [q for q in quotes if q.critic not in played]


def _played(critic: str | None, cast: list[str]) -> bool:
    """True for a source named in full (two words or more) whom ``cast`` names."""
    return (
        critic is not None
        and len(critic.split()) >= 2
        and any(_same_person(critic, name) for name in cast)
    )


def _same_person(one: str, other: str) -> bool:
    """True for two spellings of one name, word for word the same or the same but for a case
    ending of up to two letters ("Jaro Vojtek" and the genitive "Jara Vojteka", "Josephine
    Bornebusch" and "Josephine Bornebuschs"): the page names its director in one case and
    quotes them in another."""
    a, b = key(one).split(), key(other).split()
    return len(a) == len(b) and all(_same_stem(x, y) for x, y in zip(a, b, strict=True))


def _same_stem(one: str, other: str) -> bool:
    """True for one word, or two that differ only in their case endings after a common stem of
    three letters or more: one letter or none on one side, up to two on the other ("Vojtek",
    "Vojteka"; "Jaro", "Jara"; not "Peter", "Petra")."""
    if one == other:
        return True
    pairs = enumerate(zip(one, other, strict=False))
    stem = next((n for n, (a, b) in pairs if a != b), min(len(one), len(other)))
    rests = sorted((len(one) - stem, len(other) - stem))
    return stem >= 3 and rests[0] <= 1 and rests[1] <= 2


def _titled(text: str, titles: frozenset[str]) -> bool:
    """True for a quotation that is the film's title written as titles are (no content word
    in lower case: "Portrait of a Lady on Fire"), not a critic's words that a page's title
    repeats ("An unblinking masterpiece")."""
    if key(text) not in titles:
        return False
    content = [w for w in re.findall(r"\w+", text) if len(w) > 3]
    return not any(w[0].islower() for w in content)


def _found_quotes(
    lines: tuple[str, ...],
    entries: list[Entry],
    url: str | None = None,
    synopsis: str = "",
    language: str | None = None,
) -> list[tuple[str, str | None, str | None]]:
    skip = {  # a label to ignore ("Trailer:") hides its own line, not the lines under it
        i
        for e in entries
        if e.field not in _KEEP_FOR_QUOTES and not _QUOTED_VALUE.match(e.value)
        for i in range(e.start, (e.start if e.field == "ignore" else e.end) + 1)
    }
    press: set[int] = set()
    for entry in entries:
        if entry.field == "press":
            press.update(range(entry.start + 1, len(lines)))
    shown = list(lines)
    for entry in entries:
        if entry.field == "synopsis" and entry.start == entry.end and entry.value:
            shown[entry.start] = entry.value  # "Summary: … --Name": read the value only
    return find_quotes(tuple(shown), skip, press, url, synopsis, language)


def _full_critic(critic: str | None, block: str) -> str | None:
    """A critic named by one word ("Chris says:", "uważa Hornaday") completed from the page."""
    return complete_critic(critic, block)
