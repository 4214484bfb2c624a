"""Outlets written in the page's own script, in the prose before a quotation.

News pages in Korean, Japanese, Chinese, Arabic, Persian, Russian … that round up what the
foreign press said about a film write the outlet's name in their own script ("미국 영화 주간지
'버라이어티'는 "…"", "《纽约时报》影评人打90分,力挺:“…”", "كتابة ل اوقات نيويورك، … يصف
الفيلم بأنه "…""), sometimes with the Latin name in brackets after it ("애리조나 리퍼블릭(Arizona
Republic)은"). Two cues name such an outlet:

- the names the international press quotes most, as other scripts write them, a data file
  beside the catalogue of outlets (``outlets_scripts.txt``);
- any name in a script of its own followed by a catalogued outlet's Latin name in brackets
  ("버라이어티(Variety)", "ハリウッド・リポーター(The Hollywood Reporter)").

The outlet is given as the page writes it, with its Latin name when the page brackets it.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from indexer import recache
from indexer.extract.pages.quotes.lang import OUTLET_ENDINGS
from indexer.extract.pages.quotes.who import (
    Who,
    is_person,
    known_outlet,
    ordinary_words,
)

#: marks that may enclose a name: quotation, title and angle marks
_OPEN = "'‘\"“「『《〈<«"
_CLOSE = "'’\"”」』》〉>»"


@cache
def script_names() -> dict[str, tuple[str, bool]]:
    """Every listed name in another script -> (the Latin name, whether it counts only
    inside marks)."""
    path = Path(__file__).with_name("outlets_scripts.txt")
    names: dict[str, tuple[str, bool]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        latin, *scripts = (part.strip() for part in line.split(" | "))
        for script in scripts:
            _, _, written = script.partition(":")
            for name in (n.strip() for n in written.split(",")):
                if name:
                    names[name.rstrip("*")] = (latin, name.endswith("*"))
    return names


def _pattern(name: str) -> str:
    """A name as a pattern: a space may be left out, a "・" written as a space or left out."""
    parts = re.split(r"[\s・]+", name)
    return r"[\s・･·]?".join(map(re.escape, parts))


_NAMES = sorted(script_names(), key=len, reverse=True)
#: a listed name, in marks or not, and the Latin name in brackets after it
_LISTED = recache.compile(
    rf"(?P<open>[{_OPEN}])?(?P<name>{'|'.join(map(_pattern, _NAMES))})(?P<close>[{_CLOSE}])?"
    r"(?:\s?[(（](?P<latin>[A-Za-z][\w .&'’-]{1,40})[)）]"
    r"|\s(?P<inside>[A-Z][\w .&'’-]{1,40})(?=[」』》”]))?"
)
#: one to three words in a script without Latin letters, then a Latin name in brackets
_BRACKETED = re.compile(
    r"(?P<name>(?:[^\W\d_A-Za-z]+[\s・·]){0,2}[^\W\d_A-Za-z]+)"
    r"\s?[(（](?P<latin>[A-Za-z][\w .&'’-]{1,40})[)）]"
)
#: the scripts whose words glue to what is before them: Han and kana (no spaces)
_GLUED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
#: the Arabic letters that are words glued to the next one ("ل", "و", "ب", "ف")
_ARABIC_CLITIC = re.compile(r"(?:^|[^\w])[ولبف]$")


def _apart(here: str, at: int, name: str) -> bool:
    """True when the name at ``at`` is not the end of a longer word: no letter of its own
    script before it, unless the script writes no spaces (Han, kana) or the letter is an
    Arabic clitic ("لاوقات")."""
    before = here[max(0, at - 2) : at]
    if not before or not before[-1].isalpha() or _GLUED.match(name):
        return True
    if "a" <= before[-1].lower() <= "z":
        return True
    return bool(_ARABIC_CLITIC.search(before))


def script_source(here: str) -> Who | None:
    """The one outlet the sentence ``here`` before a quotation names in a script other than
    Latin: a listed name ("'버라이어티'는", "《纽约时报》影评人", "ل اوقات نيويورك"), or a name
    followed by a catalogued outlet's Latin name in brackets ("애리조나 리퍼블릭(Arizona
    Republic)은"); ``None`` when it names none or several."""
    if len(here) > 300:
        return None
    found: dict[str, tuple[str, int]] = {}
    for match in _LISTED.finditer(here):
        name = match.group("name")
        latin, marked_only = _by_key().get(_key(name), ("", False))
        if not latin or not _apart(here, match.start("name"), name):
            continue
        if marked_only and not (match.group("open") and match.group("close")):
            continue
        bracketed = match.group("latin")
        shown = f"{name} ({bracketed.strip()})" if bracketed and known_outlet(bracketed) else name
        if (inside := match.group("inside")) and known_outlet(inside):
            shown = f"{name} {inside}"  # "『ハリウッド・リポーター The Hollywood Reporter』"
        found.setdefault(_key(latin), (shown, match.end()))
    for match in _BRACKETED.finditer(here):
        latin = match.group("latin").strip()
        if _key(latin) not in found and _names_outlet(latin):
            found[_key(latin)] = (f"{_name(match.group('name'))} ({latin})", match.end())
    if not found:
        return None
    shown, end = max(found.values(), key=lambda v: v[1])
    if len(found) > 1 and len(here) - end > 40:
        return None  # several outlets, none of them next to the quotation
    return Who(None, shown, True)


def _names_outlet(latin: str) -> bool:
    """True for a Latin name in brackets that names an outlet: a catalogued one, or one with
    two words or more ending in an outlet's word ("The Straits Times") that names no person."""
    if known_outlet(latin):
        return True
    last = latin.split()[-1].lower()
    return " " in latin and last in OUTLET_ENDINGS and not is_person(latin)


def _name(words: str) -> str:
    """The words of a name without the ordinary words of prose before it ("또 애리조나
    리퍼블릭" -> "애리조나 리퍼블릭")."""
    parts = words.split()
    while len(parts) > 1 and parts[0].lower() in ordinary_words():
        parts = parts[1:]
    return " ".join(parts)


#: brackets right after a quotation, the source's name in them, marked or not
_AFTER = re.compile(
    rf"^[(（]\s?[{_OPEN}]?(?P<name>[^{_CLOSE}()（）\n]{{2,40}}?)[{_CLOSE}]?"
    r"(?:\s?[(（](?P<latin>[A-Za-z][\w .&'’-]{1,40})[)）])?\s?[)）]"
)


def script_after(after: str) -> Who | None:
    """The outlet in brackets right after a quotation when it is one of another script's
    (listed, or followed by its catalogued Latin name): "“…”(《广播时报》(Radio Times))",
    "“…”(<사이트 앤드 사운드>)"."""
    match = _AFTER.match(after)
    if match is None:
        return None
    name, latin = match.group("name").strip(), match.group("latin")
    if latin and _names_outlet(latin.strip()):
        return Who(None, f"{name} ({latin.strip()})", True)
    return Who(None, name, True) if _key(name) in _by_key() else None


def listed_name(text: str) -> bool:
    """True for an outlet's name in another script, the whole of ``text``: a listed one
    ("هوليوود ريبورتر"), or any short name in a script of its own followed by a catalogued
    outlet's Latin name, bracketed or not ("ロサンゼルス・タイムス Los Angeles Times")."""
    if _key(text) in _by_key():
        return True
    match = _NAME_LATIN.fullmatch(text.strip())
    return match is not None and _names_outlet(
        (match.group("latin") or match.group("bare")).strip()
    )


#: a name in a script without Latin letters, then a Latin name, bracketed or not
_NAME_LATIN = re.compile(
    r"[^\W\d_A-Za-z][^\W\d_A-Za-z\s・·]*(?:[\s・·][^\W\d_A-Za-z]+){0,3}"
    r"\s?(?:[(（](?P<latin>[A-Za-z][\w .&'’-]{1,40})[)）]|(?P<bare>[A-Z][\w .&'’-]{1,40}))"
)


@cache
def _by_key() -> dict[str, tuple[str, bool]]:
    return {_key(k): v for k, v in script_names().items()}


def _key(name: str) -> str:
    """A name without its spaces, dots and "The", in lower case."""
    return re.sub(r"^the\s+|[\s・･·]+", "", name.strip().lower())
