"""The line classifier: finds labelled values in a page's lines.

Forms read: ``Label: value`` / ``Label : value`` / ``Label：value``, ``Label – value`` (a
label the module knows), ``Label/value`` (a people's label: ``監督/桃井かおり``),
``Label | value |`` rows, a label alone on its line with the value on the following lines
(``Genre`` / ``Drama,`` / ``Romance``, bullets, a blank line between), labels glued to their values
(``CountryKorea``, ``Directed byHlynur Pálmason``), ``Label value`` without a colon for
name labels (``Directed by Alice Rohrwacher``, ``감독 김동호``), bilingual labels
(``Режија / Director:``) and one-paragraph credit lists split by ``;``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from indexer import lang, recache
from indexer.extract.pages.facts import is_name, is_uncased_name, line_facts
from indexer.extract.pages.labelmarks import SEPARATORS, label_before
from indexer.extract.pages.labels import MULTILINE_FIELDS, PEOPLE_FIELDS, SPACE_LABELS, field_of
from indexer.extract.pages.scripts import CJK, UNSPACED
from indexer.extract.pages.text import is_noise
from indexer.normalize import (
    country_name,
    genre_names,
    key,
    language_name,
    parse_runtime,
    split_countries,
)
from indexer.wordre import alternation, longest_first


@dataclass(frozen=True)
class Entry:
    """One labelled value: its field, the text, and the lines it came from."""

    field: str
    value: str
    start: int
    end: int


#: a list item's mark before its text: dashes, dots, a tilde, arrows and guillemets written
#: with a space after ("- A", "~ A", "» A", "→ A"), a number with a dot, or a sign
_BULLET = re.compile(r"^\s*(?:[-•*·▪►●◦‣–—~»›→⇒➤➢▸▹♦◊✓✔❖]|\d+\.)\s+|^\s*[■□◆◇◼◻▲△▶▷●○◎★☆※]\s*")
_COLON = re.compile(r"^(?P<label>[^\W\d_][^:：\"“”«»!?]{0,44}?)\s*[:：]\s*(?P<value>.*)$")
_DASH = re.compile(r"^(?P<label>[^\W\d_][^:：\"“”«»!?–—-]{0,44}?)\s+[-–—]\s+(?P<value>\S.*)$")
#: the longest value read after a label and a dash
_DASH_VALUE = 60
_SEGMENTED = re.compile(r";\s*[^\W\d_][\w /'-]{1,30}:")
#: A second label inside a value: "Danish with subtitles. Running time: 117 minutes",
#: "EnglishColourTheatrical distributor: Curzon", glued to a dot and its value in capitals:
#: "135 min.DIRECCIÓN:Felipe Aljure".
_EMBEDDED = re.compile(
    r"(?:[.;]\s+|(?<=[a-z])(?=[A-Z]))(?P<label>[^\W\d_][\w ]{1,30}?)\s*:\s"
    r"|(?<=[^\W\d_]\.)(?P<capitals>[^\W\d_a-z]{3,30})\s*:\s*(?=[^\W\d_])"
)
#: a colon right after a label in Chinese, Japanese or Korean, its value written right after
#: it ("脚本:平瀬謙太朗", "時間:104分"), as those pages write a line of credits
_CJK_COLON = rf"(?<=[{CJK}][:：])(?=[{CJK}\d])"
#: a colon that ends a label inside a value: a space after it, a :data:`_CJK_COLON`, or
#: between a Latin or Cyrillic label and the capital it is glued to ("Aki Kaurismäki
#: Starring:Janne Hyytiäinen")
_LABEL_COLON = re.compile(rf"\s*[:：](?:\s|{_CJK_COLON})|(?<=[a-zß-ÿа-яё])[:：](?=[A-ZÀ-ÞА-ЯЁ])")
_QUOTE_START = re.compile(r"^\s*[\"“”„«‘’'‹]")


def scan(lines: tuple[str, ...]) -> tuple[list[Entry], set[int]]:
    """Every labelled value in ``lines`` and the indexes of the lines they used."""
    entries: list[Entry] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        found = _entries_at(lines, i)
        if not found:
            i += 1
            continue
        entries.extend(found)
        end = max(entry.end for entry in found)
        used.update(range(i, end + 1))
        i = end + 1
    return _typed_unknowns(entries, lines, used), used


#: how many lines from another labelled credit or fact an unknown label may stand
_TYPED_NEAR = 6
#: how many other labels no language knows make a block of facts without a known one
_UNKNOWN_BLOCK = 2
#: the fields whose labelled values make a page's block of credits and facts
_BLOCK_FIELDS = frozenset(
    {"directors", "writers", "cast", "year", "runtime", "genres", "countries", "languages"}
    | {"companies", "producers", "original_title", "release", "cinematography", "editing"}
    | {"music", "facts"}
)


#: the fields of labels read by their value's type: a label no language knows, and the
#: label of a production, whose value made only of countries is where the film was made
#: ("Производство: Россия", "Produkcija: Srbija, Hrvatska"), no company's name
_TYPED_FIELDS = frozenset({"unknown", "companies", "producers"})


def _typed_unknowns(entries: list[Entry], lines: tuple[str, ...], used: set[int]) -> list[Entry]:
    """``entries`` with each label no language knows (or of a production, see
    :data:`_TYPED_FIELDS`) whose value is made only of country names read as the film's
    countries ("Herkunft: Frankreich / Deutschland", "Made in: France, Germany", a label
    alone on its line over its value: "Herkunft" / "Frankreich"), when it stands beside
    other labelled credits or facts and the page labels no countries itself (see
    :func:`typed_value`); a label that opens a line or a cell, not a run of prose. The lines
    of a label alone and its value are added to ``used``."""
    if any(e.field == "countries" and _names_country(e.value) for e in entries):
        return entries  # the page's own countries label names some
    near = _nearness(entries)
    typed: list[Entry] = []
    for entry in entries:
        field = None
        if (
            entry.field in _TYPED_FIELDS
            and entry.value.strip()
            and near(entry.start, entry.end, entry)
        ):
            label = _unknown_label(lines[entry.start], entry.value)
            field = typed_value(label, entry.value) if label else None
        typed.append(Entry(field, entry.value, entry.start, entry.end) if field else entry)
    if not any(e.field == "countries" and _names_country(e.value) for e in typed):
        typed.extend(_label_over_value(lines, used, near))
    return typed


def _nearness(entries: list[Entry]) -> Callable[..., bool]:
    """Whether lines ``start`` to ``end`` (of ``entry``, which does not count) stand in the
    page's block of credits and facts: beside a labelled credit or fact, or among two more
    labels no language knows (a list of labelled facts in a language whose labels the modules
    lack)."""
    block = [e for e in entries if e.field in _BLOCK_FIELDS and e.value.strip()]
    unknown = [e for e in entries if e.field == "unknown" and e.value.strip()]

    def near(start: int, end: int, entry: Entry | None = None) -> bool:
        def close(e: Entry) -> bool:
            return e is not entry and e.start - _TYPED_NEAR <= start and end <= e.end + _TYPED_NEAR

        return any(map(close, block)) or sum(map(close, unknown)) >= _UNKNOWN_BLOCK

    return near


def unknown_label_values(entries: list[Entry], lines: tuple[str, ...]) -> list[str]:
    """The values of labels no language knows that stand in a block of labelled credits and
    facts (:func:`_nearness`), in page order: one line each, with a label of at most three words
    that opens its line or cell and says no other fact (:func:`typed_value`'s
    ``not_fact_labels``). A page in a language whose labels the modules lack ("Pengarah: A" /
    "Pelakon: B, C") still writes its credits as such a block; what each value is, its shape
    must tell (:func:`.people.collect_directors` reads a person's name)."""
    near = _nearness(entries)
    out = []
    for entry in entries:
        value = entry.value.strip()
        if entry.field != "unknown" or not value or "\n" in value:
            continue
        if not near(entry.start, entry.end, entry):
            continue
        label = _unknown_label(lines[entry.start], entry.value)
        if not label or len(label.split()) > 3 or _not_fact_label().search(key(label)):
            continue
        out.append(value)
    return out


def _names_country(value: str) -> bool:
    """Whether a countries label's value names a country ("Deutschland 2016"; not "N/A")."""
    words = re.sub(r"[\d()]+", " ", value)
    return any(country_name(p) for p in split_countries(words) if p.strip())


def _label_over_value(
    lines: tuple[str, ...], used: set[int], near: Callable[[int, int], bool]
) -> list[Entry]:
    """A label no language knows alone on its line, its value of country names on the next
    line (a blank line between at most), or the two as the cells of one line, parted by a
    tab, a bar or a run of spaces, beside the page's labelled credits: the first such pair,
    as a countries entry ("Herkunft" / "Frankreich, Deutschland", "Herkunft | Frankreich")."""
    for i, line in enumerate(lines):
        cells = [c for c in _CELLS.split(line.strip()) if c.strip()]
        abbreviated = _ABBREVIATED.fullmatch(line.strip())  # "Prod. country: France"
        cells = list(abbreviated.groups()) if abbreviated else cells
        if i not in used and len(cells) == 2 and near(i, i):
            label, value = cells[0].strip().rstrip(":：").strip(), cells[1].strip(" |")
            if _bare_label(label) and typed_value(label, value) == "countries":
                used.add(i)
                return [Entry("countries", value, i, i)]
        label = line.strip().rstrip(":：").strip()
        if i in used or not _bare_label(label):
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].strip()), None)
        if j is None or j in used or not near(i, j):
            continue
        value = _BULLET.sub("", lines[j].strip()).strip()
        if typed_value(label, value) == "countries":
            used.update(range(i, j + 1))
            return [Entry("countries", value, i, j)]
    return []


#: what parts a label's cell from its value's on one line: a tab, a bar, a run of spaces
_CELLS = re.compile(r"\t+|\s*\|\s*|\s{3,}")


#: a label with a word cut short by a dot, a colon, and its value: the scanner reads no
#: label with a dot, which a sentence has ("Prod. country: France", "Zem. porekla: Francuska")
_ABBREVIATED = re.compile(r"((?:[^\W\d_]{1,6}\.[ -]?)+[^\W\d_]+(?: [^\W\d_]+)?)\s*[:：]\s*(\S.*)")


def _bare_label(text: str) -> bool:
    """A line that may be a label alone: one to three words, the first with a capital, no
    digit or sentence mark, that no language knows as a label."""
    words = text.split()
    return (
        0 < len(words) <= 3
        and text[:1].isupper()
        and not re.search(r"[\d,;!?|()\[\]\"“”«»]|\.(?!\s?[^\W\d_])|\.$", text)
        and not field_of(text)
        and not country_name(text)
    )


def _unknown_label(line: str, value: str) -> str | None:
    """The label written right before ``value`` in its line, up to a colon, at the line's
    start or after a cell's separator ("Herkunft: Frankreich", "… | Herkunft: Frankreich |
    …"); None when the value does not follow a label there."""
    text = _BULLET.sub("", line.strip()).strip()
    head = value.strip().split("\n")[0][:20]
    at = text.find(head) if head else len(text)
    if at < 0:  # the value on the lines below a label alone ("Made in:" / "France")
        at = len(text)
    before = re.split(r"\s[|•·]\s|\s*\|\s*|;\s+|\t", text[:at])[-1]
    match = re.fullmatch(r"\s*(?P<label>[^\W\d_][^:：\"“”«»!?]{0,44}?)\s*[:：]\s*", before)
    return match.group("label") if match else None


def typed_value(label: str, value: str) -> str | None:
    """``countries`` when a value under a label no language knows is made only of country
    names, one or more parted by commas, slashes, dashes or the word for "and" ("Herkunft:
    Frankreich / Deutschland", "Made in: France, Germany", "Zemlja porekla: Francuska"): its
    type alone says the fact. A nationality alone ("Subtitles: French") is a language's name
    as well, and codes of two letters alone ("Cert: PG") a rating: no country. None
    otherwise, or when a word of the label says the value is another fact than the film's
    (:attr:`~indexer.lang.base.Language.not_fact_labels`: "Filming location", "Setting",
    "Born"). Genre words and a runtime under an unknown label are read already, by
    :mod:`.genrelines` and as a runtime under any label."""
    if _not_fact_label().search(key(label)) or len(label.split()) > 4:
        return None
    value = re.sub(r"\s*\([^()]*\)", "", value).strip().rstrip(".")  # "France (majority)"
    if not value or "\n" in value or re.search(r"\d", value):
        return None
    parts = [p.strip() for p in split_countries(value) if p.strip()]
    if (
        parts
        and len(parts) <= 8
        and all(country_name(p) for p in parts)
        and any(len(p) > 2 for p in parts)
    ):
        return "countries"
    return None


@lru_cache(maxsize=1)
def _not_fact_label() -> re.Pattern[str]:
    """Any of the languages' :attr:`~indexer.lang.base.Language.not_fact_labels` as a word
    of a label's key."""
    words = longest_first(  # the same pattern in every process
        {
            key(w.rstrip("*")) + ("*" if w.endswith("*") else "")
            for w in lang.cues("not_fact_labels")
        }
    )
    pattern = "|".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words
    )
    return recache.compile(rf"(?<!\w)(?:{pattern or '(?!)'})(?!\w)")


#: a short text in angle brackets
_ANGLED = re.compile(r"<\s*([^<>]{1,30})\s*>")


def _entries_at(lines: tuple[str, ...], i: int) -> list[Entry]:
    text = _BULLET.sub("", lines[i].strip()).strip()
    if not text:
        return []
    angle = _ANGLED.fullmatch(text)
    if angle:
        text = angle.group(1)
    if len(_SEGMENTED.findall(text)) >= 2:
        return _segments(text, i)
    flat = _flattened(text, i)
    if flat:
        return flat
    if "|" in text:
        row = _pipe_row(lines, text, i)
        if row is not None:
            return row
    labelled = match_label(text)
    if labelled is None:
        return []
    fields, value = labelled
    if embedded_label(value) is not None:
        return _with_embedded(fields, value, i)
    end = i
    if fields[0] == "press":
        return [Entry("press", value, i, i)]
    if not value.strip():
        value, end = collect(lines, i + 1, fields[0])
    elif value.rstrip().endswith(","):
        more, end = _continue_commas(lines, i + 1)
        value = f"{value} {more}".strip()
    elif fields[0] in ("cast", "directors") and _lone_name(value):
        below, end = _names_below(lines, i + 1, fields[0])  # "RegieAndré …" / "Adri Schrover"
        value = ", ".join([value.strip(), *below])
    return [Entry(field, value.strip(), i, end) for field in fields]


def _names_below(lines: tuple[str, ...], j: int, field: str) -> tuple[list[str], int]:
    """The people on the lines right under a cast or director label's first one
    ("HoofdrollenVincent Croiset" / "Rosa Reuten"), one a line, up to a blank line or the
    next label."""
    names: list[str] = []
    while j < len(lines) and lines[j].strip() and not starts_label(lines[j]):
        name = _role_row(field, lines[j]) or (lines[j].strip() if _lone_name(lines[j]) else None)
        if name is None:
            break
        names.append(name)
        j += 1
    return names, j - 1


def _with_embedded(fields: tuple[str, ...], value: str, i: int) -> list[Entry]:
    """Entries of a value that holds a second label: the head, then the labelled rest, which
    may hold a third ("製作:2022年 配給:東宝 時間:104分")."""
    at = embedded_label(value)
    if at is None:
        return [Entry(f, value.strip(), i, i) for f in fields]
    rest = match_label(value[at:])
    head = [Entry(f, value[:at].strip(" .;|"), i, i) for f in fields]
    return head + (_with_embedded(rest[0], rest[1], i) if rest else [])


def embedded_label(value: str) -> int | None:
    """Where a second label starts inside a value ("Sam Mendes Cast: George MacKay",
    "Danish with subtitles. Running time: 117 minutes"), or None."""
    found = [
        m.start(m.lastgroup or 0)
        for m in _EMBEDDED.finditer(value)
        if field_of(m.group(m.lastgroup or 0)) and (m.lastgroup == "label" or m.group(0).isupper())
    ][:1]
    for colon in _LABEL_COLON.finditer(value):
        words = list(re.finditer(r"\S+", value[: colon.start()]))
        for size in (3, 2, 1):
            if len(words) > size and field_of(" ".join(w.group(0) for w in words[-size:])):
                found.append(words[-size].start())
                break
        if found:
            break
    # the first label wins, whichever way it is written: "Yorgos Lanthimos Run Time: 141 min.
    # Rating: R" ends the director's name at "Run Time", not at "Rating"
    return min(found, default=None)


def match_label(text: str) -> tuple[tuple[str, ...], str] | None:
    """(fields, value) when ``text`` starts with a label; the value may be empty."""
    text = text.strip()
    dashed = _dashed(text) or _slashed(text)
    if dashed:
        return dashed
    bare = text.rstrip(":：").strip()
    fields = _label_fields(bare)
    if fields and len(bare) <= 45 and not _QUOTED.fullmatch(bare):
        return fields, ""
    match = _COLON.match(text)
    if match and _label_shaped(match.group("label")):
        fields = _label_fields(match.group("label"))
        if fields:
            return fields, match.group("value")
        if len(match.group("label").split()) <= 4 and len(match.group("value")) < 100:
            return ("unknown",), match.group("value")
    return _glued(text) or _glued_unspaced(text) or _spaced(text)


#: a people's label, a slash and the names: "監督・脚本・出演/桃井かおり", "导演 / 毕赣"
_SLASH = re.compile(
    r"^(?P<label>[^\W\d_][^:：/\"“”«»!?]{0,44}?)\s*/\s*(?P<value>[^/:：\s][^/:：]{0,39})$"
)


def _slashed(text: str) -> tuple[tuple[str, ...], str] | None:
    """A label of people, a slash and a short value that is no label itself (a bilingual
    label, "Режија / Director" or "Режија / Director: A", is two labels)."""
    slash = _SLASH.match(text)
    if not slash or not _label_shaped(slash.group("label")):
        return None
    fields = _label_fields(slash.group("label"))
    value = slash.group("value").strip()
    if not fields or not set(fields) <= PEOPLE_FIELDS or _label_fields(value):
        return None
    return fields, value


#: a line wrapped in quotes is a title cited ("Introduction", a film's name), not a label
_QUOTED = re.compile(r"[\"“„«‘'].+[\"”“»’']")


#: a dash between spaces: what parts a line's cells as a bar does
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
#: a year, one of the film's facts
_YEAR_AFTER = re.compile(r"(?<!\d)(?:18|19|20)\d\d(?!\d)")


def _dashed(text: str) -> tuple[tuple[str, ...], str] | None:
    """ "Trajanje – 80 minuta", "각본/감독 - 홍석준": a label the module knows, a dash, and a
    short value (not a sentence after a dash)."""
    dash = _DASH.match(text)
    if not dash or not _label_shaped(dash.group("label")):
        return None
    value = dash.group("value")
    if len(value) > _DASH_VALUE:
        # "Director – Mohammad Rasoulof – 2024 – Iran, Germany – 167m": the same dash parts
        # the film's facts after the value, which runs to the first of them
        first = _SPACED_DASH.split(value, maxsplit=1)[0]
        if len(first) > _DASH_VALUE or not _YEAR_AFTER.search(value[len(first) :]):
            return None
        value = first
    fields = _label_fields(dash.group("label"))
    return (fields, value) if fields else None


def _label_fields(label: str) -> tuple[str, ...]:
    label = label.strip().strip("*").strip()
    if key(label).startswith("praise for"):
        return ("press",)
    fields = field_of(label)
    unit = None if fields else _LABEL_UNIT.search(label)
    if unit and field_of(label[: unit.start()])[:1] in (("runtime",), ("year",)):
        return field_of(label[: unit.start()])  # "Running Time (minutes)", "Länge (Min.)"
    return fields


#: a unit in parentheses ending a number's label
_LABEL_UNIT = re.compile(r"\s*\([^()]{1,20}\)$")


def _label_shaped(label: str) -> bool:
    words = label.split()
    return 0 < len(words) <= 6 and not re.search(r"[.,;]|\d|https?", label)


#: where a lower-case letter meets a capital or a digit
_CASE_CHANGE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý0-9$])")


def _glued(text: str) -> tuple[tuple[str, ...], str] | None:
    """``CountryKorea`` / ``Running Time148min``: a label run into its value."""
    for match in _CASE_CHANGE.finditer(text[:40]):
        prefix = text[: match.start()]
        fields = field_of(prefix)
        if fields and len(prefix) >= 4:
            return fields, text[match.start() :]
        if " " not in prefix and len(prefix) >= 4 and language_name(prefix):
            return ("alt_title",), text[match.start() :]  # infobox "IcelandicVolaða land"
    return None


#: a line of a script without spaces between words (Thai, Lao, Myanmar, Khmer), short enough
#: to be a label run into a name
_UNSPACED_LINE = recache.compile(rf"[{UNSPACED}][^\n]{{3,58}}")
#: the longest label looked for at such a line's start, in characters
_UNSPACED_LABEL = 20


def _glued_unspaced(text: str) -> tuple[tuple[str, ...], str] | None:
    """``นักแสดงนำธนภัทร สายเสมา``: a people label of a script without spaces run into a name
    (an infobox's cells flattened), the longest label first; the rest must be a name of that
    script (one to three words), so a sentence that opens with the word is none. A country's
    or a runtime's label so run into its fact (``ประเทศไทย``, ``ความยาว114 นาที``) the same,
    when the rest is that fact alone."""
    if not _UNSPACED_LINE.fullmatch(text):
        return None
    for size in range(min(_UNSPACED_LABEL, len(text) - 2), 1, -1):
        fields = field_of(text[:size])
        rest = text[size:].strip()
        if not fields:
            continue
        if fields[0] in PEOPLE_FIELDS and is_uncased_name(rest) and len(rest.split()) <= 3:
            return fields, rest
        if fields[0] in _GLUED_FACTS and _fact_alone(fields[0], rest):
            return fields, rest
    return None


#: the fields whose label a script without spaces may run into its fact, and what the fact is
_GLUED_FACTS = {"countries": "countries", "runtime": "runtimes"}


def _fact_alone(field: str, rest: str) -> bool:
    """``rest`` states the fact of ``field`` and nothing else ("ไทย", "114 นาที")."""
    facts = line_facts(rest, strict=False)
    return bool(facts and not facts.leftover and getattr(facts, _GLUED_FACTS[field]))


def _spaced(text: str) -> tuple[tuple[str, ...], str] | None:
    """``Directed by Alice Rohrwacher`` / ``Year 2022`` / ``Runtime 138 mins`` / ``감독 김동호``:
    a label then its value without a colon, kept only when the value has the field's shape."""
    words = text.split()
    for size in (4, 3, 2, 1):
        if len(words) <= size:
            continue
        label = " ".join(words[:size])
        fields = field_of(label)
        rest = " ".join(words[size:])
        if fields and _fits(fields[0], rest, key(label)):
            return fields, rest
    return None


def _fits(field: str, value: str, label: str) -> bool:
    """True when ``value`` looks like a value of ``field`` (the evidence a colon would give)."""
    value = value.strip()
    if field in PEOPLE_FIELDS:
        # short words ("con", "mit") open sentences too often to stand alone as labels
        if not (label in SPACE_LABELS or len(label) > 3) or not _name_list(value):
            return False
        # without a colon, every part must look like a name ("Director Q&A with …" is no credit)
        parts = [p.strip() for p in re.split(r",|、|/| and | & ", value) if p.strip()]
        return all(is_name(p) or not re.search(r"[A-Za-z]", p) for p in parts)
    if field == "year":
        return bool(re.fullmatch(r"\(?(?:18[89]|19\d|20\d)\d\)?\.?", value))
    if field == "runtime":
        return (
            len(value.split()) <= 4 and bool(re.match(r"\d", value)) and bool(parse_runtime(value))
        )
    if field == "genres":  # "Género Comedia. Drama. Ciencia ficción | Extraterrestres"
        return bool(genre_names(re.split(r"[,.;/|]", value)[0].strip()))
    checks = {"countries": country_name, "languages": language_name}
    if field in checks:
        parts = [p for p in split_countries(value) if p]
        return bool(parts) and len(parts) <= 8 and all(checks[field](p) for p in parts)
    return False


def _name_list(text: str) -> bool:
    parts = [p.strip() for p in re.split(r",|、|/| and | & ", text) if p.strip()]
    if not parts or re.search(r"[.!?;:]\s*$|[\"“”]", text.strip().rstrip(".")):
        return False
    return all(len(p.split()) <= 4 and not p[0].islower() for p in parts)


def _segments(text: str, i: int) -> list[Entry]:
    entries: list[Entry] = []
    for part in text.strip("() ").split(";"):
        labelled = match_label(part.strip())
        if labelled and labelled[1].strip():
            entries.extend(Entry(f, labelled[1].strip(), i, i) for f in labelled[0])
        elif part.strip():
            entries.append(Entry("facts", part.strip(), i, i))
    return entries


#: a colon that may end a label inside a line: followed by a space or the line's end
_INLINE_COLON = re.compile(rf"\s?[:：](?:(?=\s|$)|{_CJK_COLON})")
#: known labels a line must hold to be read as a flattened list of credits
_FLAT_LABELS = 3
#: … or two, when every value is as short as a credit or a fact (the most words of one): a
#: longer one is prose around the labels
_PAIR_LABELS = 2
_PAIR_WORDS = 12
#: what a value of a flattened line loses at its ends: spaces, stops and the marks that part
#: one pair from the next ("■監督:山本薩夫/脚本:…")
_VALUE_ENDS = f" .،{SEPARATORS}"
#: the most words before its first label (a title, a country): more are a paragraph of prose
#: (a long run of facts still heads three labels or more; two need a short head)
_FLAT_HEAD = 8
_PAIR_HEAD = 4
#: a mark: where a label starts, where its value starts, its fields (none for a label no
#: language knows)
_Mark = tuple[int, int, tuple[str, ...]]


def _flattened(text: str, i: int) -> list[Entry] | None:
    """A credit table flattened into one line, three known labels or more each before a colon
    ("Spain. Direction: Álvaro Gago. Production: …. Running time: 14 min.", "… цветность:
    цветной год: 1976 12+"), or two with short values ("6.7 导演: 冯凯 演员: 柯有伦 / 黄鸿升"),
    the pairs parted by spaces or marks ("■監督:山本薩夫/脚本:新藤兼人"): one entry a label,
    its value up to the next label (a word before a colon that no language knows still ends
    the value before it); words before the first label are facts ("Spain.", "Sweden / Germany
    / France / Denmark 2017 (UK release 2018). 2hr 31min."), and so are those after the names
    of a people label ("reżyseria: Jacques Audiard, kryminalny/musical, czas trwania: …")."""
    marks = _pair_marks(text) if len(text) >= 10 else []
    known = sum(1 for mark in marks if mark[2])
    if known < _PAIR_LABELS:
        return None
    head = text[: marks[0][0]].strip(_VALUE_ENDS)
    if known < _FLAT_LABELS and len(head.split()) > _PAIR_HEAD:
        return None  # two labels after a sentence or a line of facts: left to the fact lines
    if len(head.split()) > _FLAT_HEAD and line_facts(head) is None:
        return None  # labels inside a paragraph of prose; a long run of facts still heads
    ends = [mark[0] for mark in marks[1:]] + [len(text)]
    values = [
        text[end:stop].strip(_VALUE_ENDS) for (_, end, _), stop in zip(marks, ends, strict=True)
    ]
    if known < _FLAT_LABELS and any(len(value.split()) > _PAIR_WORDS for value in values):
        return None
    entries = [Entry("facts", head, i, i)] if head else []
    labelled = {f for mark in marks for f in mark[2]}
    for (start, end, fields), value in zip(marks, values, strict=True):
        if not fields and value:  # "Herkunft: Frankreich" among known labels: by its type
            typed = typed_value(text[start:end].rstrip(" :："), value)
            fields = (typed,) if typed and typed not in labelled else ()
        entries.extend(Entry(f, value, i, i) for f in fields if value)
        tail = _facts_after_names(value) if set(fields) & PEOPLE_FIELDS else None
        entries.extend([Entry("facts", tail, i, i)] if tail else [])
    return entries


def _pair_marks(text: str) -> list[_Mark]:
    """The labels of ``text`` each before a colon (see :func:`.labelmarks.label_before`) or
    glued to a capital (see :func:`_glued_marks`), in order."""
    glued = _glued_marks(text)
    if text.count(":") + text.count("：") + len(glued) < _PAIR_LABELS:
        return []
    marks: list[_Mark] = []
    for colon in _INLINE_COLON.finditer(text):
        start, fields = label_before(text, colon.start())
        if start is None or (marks and start < marks[-1][1]):
            continue
        if not fields and marks and _title_goes_on(marks[-1][2], text[marks[-1][1] : start]):
            continue  # "Original title: Star Wars: The Force awakens. Director: …"
        marks.append((start, colon.end(), fields))
    taken = [(start, end) for start, end, _ in marks]
    glued = [g for g in glued if not any(s <= g[0] < e for s, e in taken)]
    return sorted([*marks, *glued])


def _facts_after_names(value: str) -> str | None:
    """The facts a people label's value goes on with after its names, parted by commas
    ("Jacques Audiard, kryminalny/musical/melodramat", "Davy Chou, S Korea, 2022"): the
    parts from the first that reads as facts and names no one; None when none does."""
    parts = value.split(", ")
    for k in range(1, len(parts)):
        tail = ", ".join(parts[k:])
        facts = line_facts(tail, strict=False)
        if facts and facts.count() and not facts.names and not facts.leftover:
            return tail
    return None


#: the fields whose value may hold a colon of its own (a title and its subtitle)
_TITLE_FIELDS = frozenset({"title", "original_title"})
#: the most words of a title before its own colon ("Star Wars: …", "Mission: Impossible")
_TITLE_HEAD = 4


@lru_cache(maxsize=1)
def _glued_label() -> re.Pattern[str]:
    """A label of a fact or a credit glued to its value, a capital or a digit right after it,
    where a flattened table's cell opens: at the line's start or after the ". " that ends the
    cell before ("DirecciónNacho Álvarez. PaísEspaña. Año2020. Duración110 minutos.")."""
    words = longest_first(
        {w for f, ws in lang.labels().items() if f != "ignore" for w in ws if len(w) >= 3}
    )
    words = [w for w in words if w[0].isalpha() and w[-1].isalpha()]
    return recache.compile(
        rf"(?:^|(?<=[.;|]\s))(?P<label>{alternation(words, spaces=True)})"
        r"(?-i:(?=[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ0-9]))",
        re.IGNORECASE,
    )


def _glued_marks(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, fields) of each label glued to its value that opens a cell of ``text``
    (see :func:`_glued_label`): the label written with a capital and then lower case, as a
    cell's first word is ("PaísEspaña"; "DIRECTOR" is a word in capitals, no "Dir" glued to
    "ECTOR")."""
    marks = []
    for match in _glued_label().finditer(text):
        label = match.group("label")
        if not label[0].isupper() or not any(c.islower() for c in label[1:]):
            continue
        fields = field_of(label)
        if fields:
            marks.append((match.start(), match.end(), fields))
    return marks


def _title_goes_on(fields: tuple[str, ...], before: str) -> bool:
    """Whether an unknown word and a colon go on a title's value rather than end it: the
    value so far of a title label (or of a label no language knows) is a few words and ends
    without a mark ("Título original: Star Wars: The Force awakens. Dirección: …")."""
    words = before.split()
    return (
        set(fields) <= _TITLE_FIELDS
        and 0 < len(words) <= _TITLE_HEAD
        and not re.search(r"[.,;|)\]]\s*$", before)
    )


def _pipe_row(lines: tuple[str, ...], text: str, i: int) -> list[Entry] | None:
    cells = [c.strip() for c in text.split("|") if c.strip()]
    if not cells:
        return None
    fields = field_of(cells[0].rstrip(":"))
    if fields and len(cells) <= 3:
        if len(cells) == 1:
            value, end = collect(lines, i + 1, fields[0])
            return [Entry(f, value, i, end) for f in fields]
        return [Entry(f, " | ".join(cells[1:]), i, i) for f in fields]
    if fields and (
        fields[0] not in PEOPLE_FIELDS or any(field_of(c.rstrip(":")) for c in cells[2::2])
    ):
        return _pairs_row(cells, i)
    listed = _listed_row(cells, i)
    if listed:
        return listed
    entries: list[Entry] = []
    facts: list[Entry] = []
    for cell in cells:
        labelled = match_label(cell) if ":" in cell else None
        if labelled and labelled[1].strip():
            entries.extend(_with_embedded(labelled[0], labelled[1], i))
        else:
            facts.append(Entry("facts", cell, i, i))
    return entries + facts if entries else None


#: the fields other than people's whose values a row may list in cells of their own, and
#: what one such cell is
_LISTED_VALUE: dict[str, Callable[[str], bool]] = {
    "countries": lambda cell: country_name(cell.strip(" .")) is not None,
}


def _pairs_row(cells: list[str], i: int) -> list[Entry]:
    """ "titolo | Il proiezionista | distribuito da | Columbia": a table row of label and value
    cells in turn (labels this module does not know are passed over with their value); a
    people label followed by names alone ("Cast | A | B | C") is left to the other readers."""
    entries: list[Entry] = []
    for k in range(0, len(cells) - 1, 2):
        entries.extend(Entry(f, cells[k + 1], i, i) for f in field_of(cells[k].rstrip(":")))
    return entries


def _listed_row(cells: list[str], i: int) -> list[Entry] | None:
    """ "Starring: A | B | C": a people label whose names are the row's cells; "Country:
    France | Germany | USA": a countries label whose countries are."""
    labelled = match_label(cells[0]) if ":" in cells[0] else None
    if not labelled or not labelled[1].strip():
        return None
    listed = _name_list if labelled[0][0] in PEOPLE_FIELDS else _LISTED_VALUE.get(labelled[0][0])
    rest = cells[1:]
    if listed is None or not rest or any(":" in c or not listed(c) for c in rest):
        return None
    value = ", ".join([labelled[1].strip(), *rest])
    return [Entry(f, value, i, i) for f in labelled[0]]


def collect(lines: tuple[str, ...], j: int, field: str) -> tuple[str, int]:
    """The value of a label standing alone: the following lines, as the field allows."""
    values: list[str] = []
    end = j - 1
    blanks = 0
    while j < len(lines):
        text = lines[j].strip()
        if not text or _EMPTY_CELL.fullmatch(text):
            if values or blanks >= 3:
                break
            blanks += 1
            j += 1
            continue
        actor = _role_row(field, text)
        if (starts_label(text) and not actor) or (field != "release" and is_noise(text)):
            break
        if field == "ignore" and line_facts(text) is not None:
            break  # "Date:" left empty, then "Frankreich 2023, Regie: …, 151 Min.": film facts
        if field in PEOPLE_FIELDS and _prose(text):
            break  # an empty "البطولة" (cast) cell above the article's first paragraph
        if values and not _continues(field, values[-1], lines[j]):
            break
        values.append(actor or _BULLET.sub("", text).strip(" |"))
        end = j
        j += 1
    if field == "synopsis" and len(values) == 1 and len(values[0].split()) < _TAGLINE_WORDS:
        following = _next_paragraph(lines, end + 1)
        if following is not None:  # "Description" / a tagline / the blurb: keep both
            values.append(lines[following].strip())
            end = following
    return "\n".join(values), end


#: a line that is only a table's empty cell or a list's bare mark ("|", "-", "•"): a label's
#: value may follow it ("ジャンル" / "-" / "人間ドラマ"), as it follows a blank line
_EMPTY_CELL = re.compile(r"[|\-•*·▪–—]")

#: a synopsis label's first line shorter than this is a tagline when a paragraph follows
_TAGLINE_WORDS = 20


def _next_paragraph(lines: tuple[str, ...], j: int) -> int | None:
    """The next line after at most two blank lines, if it is a long line of prose (not a
    label, not furniture)."""
    for k in range(j, min(len(lines), j + 3)):
        text = lines[k].strip()
        if not text:
            continue
        long_prose = len(text.split()) >= _TAGLINE_WORDS and not starts_label(text)
        return k if long_prose and not is_noise(text) else None
    return None


def _prose(text: str) -> bool:
    """A line of prose rather than a list: many words, few commas (or the dots, bullets and
    bars lists are written with: "A · B (Dimitri) · C") between them."""
    words = len(text.split())
    return words > 15 and len(re.findall(r"[,،、，·•|;]", text)) * 5 < words


def _continues(field: str, previous: str, line: str) -> bool:
    if previous.rstrip().endswith(",") or _BULLET.match(line):
        return True
    if field == "cast" and _lone_actor(previous) and (_lone_actor(line) or _role_row(field, line)):
        return True  # "Cast:" above one actor a line ("Tilda Swinton (Rosalind)", "은희 :: 박지후")
    if field == "countries" and _fact_alone(field, previous) and _fact_alone(field, line):
        return True  # a column of countries, one a line ("ประเทศไทย" / "ฝรั่งเศส" / "สเปน")
    return field in MULTILINE_FIELDS and not _QUOTE_START.match(line)


def _lone_actor(line: str) -> bool:
    """A person's name alone on a line (:func:`_lone_name`), or one capitalised word that goes
    by a single name in a column of actors ("Dhanush" / "Samantha Ruth Prabhu" / "Sathish")."""
    word = line.strip()
    mononym = word.isalpha() and word[:1].isupper() and not word.isupper() and len(word) <= 20
    return _lone_name(line) or mononym


def _lone_name(line: str) -> bool:
    """A person's name alone on a line, a role or transliteration in parentheses allowed."""
    bare = re.sub(r"(?:\s*\([^()]*\))+\s*$", "", line.strip())  # "György, László (I) (Varga)"
    return is_name(bare) or is_uncased_name(bare)


def _role_row(field: str, line: str) -> str | None:
    """Under a cast label, the actor of a row "Character : Actor" ("은희 :: 박지후"): the
    character is the row's label, the actor its value."""
    if field != "cast":
        return None
    cells = [c.strip() for c in line.split("|") if c.strip()]
    if len(cells) >= 2 and _lone_name(cells[0]) and not field_of(cells[0]):
        return cells[0]  # "Tomáš Mrvík | Marek Mikule zvaný Mára |": actor, then character
    played = _plays().fullmatch(line.strip())  # "Dion Wiyoko sebagai Radit"
    if played and _lone_name(played.group(1)):
        return played.group(1).strip()
    row = re.fullmatch(r"([^:：]{1,30}?)\s*[:：]{1,2}\s*([^:：]+)", line.strip())
    if not row or field_of(row.group(1)) or not _lone_name(row.group(2)):
        return None
    return row.group(2).strip()


@lru_cache(maxsize=1)
def _plays() -> re.Pattern[str]:
    """A cast row "Actor <plays> Character" with the word of any language for "as"."""
    return recache.compile(rf"(.{{3,40}}?)\s+(?:{lang.alternation('plays')})\s+(\S.{{0,40}})")


def _continue_commas(lines: tuple[str, ...], j: int) -> tuple[str, int]:
    values: list[str] = []
    end = j - 1
    while j < len(lines) and lines[j].strip() and not starts_label(lines[j].strip()):
        values.append(lines[j].strip())
        end = j
        if not lines[j].rstrip().endswith(","):
            break
        j += 1
    return " ".join(values), end


def starts_label(text: str) -> bool:
    """True when ``text`` begins a new labelled value (ends the value before it)."""
    text = _BULLET.sub("", text.strip()).strip()
    angle = re.fullmatch(r"<\s*([^<>]{1,30})\s*>", text)
    if angle:
        text = angle.group(1)
    if "|" in text and field_of(text.split("|")[0].strip()):
        return True
    labelled = match_label(text)
    return labelled is not None and (labelled[0] != ("unknown",) or len(text) < 60)
