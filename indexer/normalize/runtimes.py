"""Years and runtimes as pages and catalogues write them: a film's year in any script's
digits ("۲۰۲۱", "２０１９"), a runtime in any language's units ("133΄", "2h02", "1 hr 33 min",
"01:24:00", "95 MINUTOS", "九十分鐘")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from indexer import lang, recache

_YEAR = re.compile(r"(?<!\d)(18[89]\d|19\d\d|20\d\d)(?!\d)")


def parse_year(value: object) -> int | None:
    """The first plausible film year (1880-2099) in ``value``, or None; a year in other
    digits counts too ("۲۰۲۱", "२०१७", "２０１９": :func:`plain_digits`)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 1880 <= value <= 2099 else None
    if not isinstance(value, str):
        return None
    match = _YEAR.search(plain_digits(value))
    return int(match.group(1)) if match else None


#: the zero of each script whose digits pages write years in (Arabic-Indic, Persian, NKo, the
#: Indic scripts, Tibetan, Myanmar, Mongolian, fullwidth); not Thai, Lao or Khmer, whose years
#: are of the Buddhist era and read by a cue of their own
_ZEROS = (0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
          0xF20, 0x1040, 0x1090, 0x1810, 0xFF10)  # fmt: skip


@lru_cache(maxsize=1)
def _digit_table() -> dict[int, str]:
    """Every decimal digit of :data:`_ZEROS`' scripts -> its ASCII digit."""
    return {zero + n: str(n) for zero in _ZEROS for n in range(10)}


def plain_digits(text: str) -> str:
    """``text`` with the digits of other scripts written as ASCII digits ("۲۰۲۱" -> "2021",
    "२०१७" -> "2017", "２０１９" -> "2019"), every other character as it was (the same length:
    offsets stay)."""
    if text.isascii() or not _other_digit().search(text):
        return text
    return text.translate(_digit_table())


@lru_cache(maxsize=1)
def _other_digit() -> re.Pattern[str]:
    """Any digit of :data:`_ZEROS`' scripts (one scan, before the table's slower one)."""
    return re.compile("[" + "".join(f"{chr(z)}-{chr(z + 9)}" for z in _ZEROS) + "]")


_HMS = re.compile(r"(?<!\d)(\d{1,3}):(\d{2})(?::(\d{2}))?(?!\d)")


def _unit_pattern(words: tuple[str, ...]) -> str:
    """An alternation of runtime units; a unit in a spaced script must end its word
    ("min" but not "minister"), a CJK unit ("分", "분") may be followed by anything."""
    spaced = [re.escape(w) for w in words if re.search(r"[a-zà-ÿ\u0370-\u04ff.]$", w)]
    other = [re.escape(w) for w in words if not re.search(r"[a-zà-ÿ\u0370-\u04ff.]$", w)]
    return rf"(?:(?:{'|'.join(spaced)})(?![^\W\d_])|{'|'.join(other)})"


@lru_cache(maxsize=2)
def runtime_units(kind: str) -> str:
    """The runtime units of every language module (:mod:`indexer.lang`) as one alternation:
    ``kind`` is ``"minutes"`` or ``"hours"``. Built on first use: reading every language
    module costs a third of a second that a process which never reads a runtime (the web
    app) does not pay."""
    return _unit_pattern(lang.units(kind))


@lru_cache(maxsize=1)
def hours_minutes_signs() -> re.Pattern[str]:
    """Hours then minutes, each number before a unit's sign of any language however short
    (:func:`indexer.lang.unit_signs`): "1ч 38м", "2s 10d", "1ó 38p", "1 t. 38 m.". A sign of
    one letter is a word's start, a metre or a second elsewhere; in this pair it is a unit."""
    hours = "|".join(re.escape(w) for w in lang.unit_signs("hours"))
    minutes = "|".join(re.escape(w) for w in lang.unit_signs("minutes"))
    return recache.compile(
        rf"(?<![\w.,])([1-9])[ \t\u00a0]*(?:{hours})\.?[ \t\u00a0]*"
        rf"([0-5]?\d)[ \t\u00a0]*(?:{minutes})\.?(?![^\W\d_])",
        re.IGNORECASE,
    )


_BARE = re.compile(r"^\s*(\d{2,3})\s*$")


#: the marks written for minutes ("10’", "133΄")
_MINUTE_MARKS = "['’′΄`ʼ´]"


@lru_cache(maxsize=1)
def _runtime_patterns() -> tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], int]], ...]:
    """The runtime forms :func:`parse_runtime` tries, in order."""
    hours, minutes = runtime_units("hours"), runtime_units("minutes")
    # "1,5 óra", "1.5 hours", "2.5 h": a tenth of an hour after the separator; "1.45 h" is h.mm
    fraction_hours = recache.compile(
        rf"(?<![\w.,])([1-9])[.,](\d{{1,2}})\s*(?:{hours}|ώρ\w*)(?!\w)", re.IGNORECASE
    )
    # "and" or a comma may join the hours and the minutes ("1 hour and 37 minutes", "1 hora y 40
    # minutos", "1 hour, 52 minutes")
    hours_min = recache.compile(
        rf"(?<![\w.,])(\d{{1,2}})\s*(?:{hours}|ώρ\w*)\.?\s*"
        rf"(?:(?:,|(?:{lang.alternation('conjunctions')})\s)\s*"
        rf"(?=\d{{1,2}}\s*(?:{minutes}|{_MINUTE_MARKS})(?!\w)))?"
        rf"(?:(\d{{1,2}})\s*(?:{minutes}|λεπτ\w*)?)?(?!\w)",
        re.IGNORECASE,
    )
    bare_minutes = recache.compile(
        rf"(?<![\d.])(\d{{1,3}})\s*(?:{_MINUTE_MARKS}|{minutes}|λεπτ\w*|мин\w*)", re.IGNORECASE
    )
    # the unit before the number, as Swahili writes it ("dakika 95"): only as a whole value
    unit_first = recache.compile(rf"^\s*(?:{minutes})\.?\s*(\d{{2,3}})\s*$", re.IGNORECASE)
    return (
        (fraction_hours, _fraction_minutes),
        (hours_minutes_signs(), lambda m: int(m.group(1)) * 60 + int(m.group(2))),
        (hours_min, lambda m: int(m.group(1)) * 60 + int(m.group(2) or 0)),
        (bare_minutes, lambda m: int(m.group(1))),
        (_HMS, _hms_minutes),
        (_BARE, lambda m: int(m.group(1))),
        (unit_first, lambda m: int(m.group(1))),
    )


def parse_runtime(value: object) -> int | None:
    """Minutes from a runtime as written: ``"133΄"``, ``"2h02"``, ``"1 hr 33 min"``,
    ``"01:24:00"``, ``"95 MINUTOS"``, ``"134"``, ``"dakika 95"``, ``"九十分鐘"`` -> int; None
    when no plausible runtime."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 1 <= value <= 1000 else None
    if not isinstance(value, str) or not value.strip():
        return None
    text = cjk_numerals(value.strip())
    for pattern, convert in _runtime_patterns():
        match = pattern.search(text)
        if match:
            minutes = convert(match)
            if 1 <= minutes <= 1000:
                return minutes
    return None


#: the numerals Chinese and Japanese write in characters: digits, then multipliers
_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "兩": 2, "两": 2, "三": 3, "四": 4, "五": 5,
               "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CJK_MULTIPLIERS = {"十": 10, "百": 100}
#: a number in characters right before a unit of a runtime, a measure word between
#: ("九十分鐘", "一百二十分钟", "兩個小時")
_CJK_RUNTIME = re.compile(
    rf"([{''.join(_CJK_DIGITS)}{''.join(_CJK_MULTIPLIERS)}]+)[個个]?(?=\s?(?:分|小時|小时|時間))"
)


def cjk_number(numeral: str) -> int | None:
    """The value of a number written in Chinese or Japanese characters ("九百" 900, "一百零五"
    105, "十五" 15, "兩" 2); None for characters that make no number ("一二")."""
    total, digit = 0, None
    for ch in numeral:
        if ch in _CJK_MULTIPLIERS:
            total += (1 if digit is None else digit) * _CJK_MULTIPLIERS[ch]
            digit = None
        elif _CJK_DIGITS[ch] == 0 and total:
            continue  # "一百零五": the zero that marks an empty place
        elif digit is not None:
            return None
        else:
            digit = _CJK_DIGITS[ch]
    return total + (digit or 0)


def cjk_numerals(text: str) -> str:
    """``text`` with each number written in characters before a runtime's unit as digits
    ("片長: 九百分鐘" -> "片長: 900分鐘", "兩個小時" -> "2小時"); other text unchanged."""
    if text.isascii():
        return text

    def digits(match: re.Match[str]) -> str:
        number = cjk_number(match.group(1))
        return match.group(0) if number is None else str(number)

    return _CJK_RUNTIME.sub(digits, text)


def _fraction_minutes(match: re.Match[str]) -> int:
    """Minutes of "1,5 óra" (a tenth: 90) or "1.45 h" (hours and minutes: 105); 0, no
    runtime, for "1.75 h" and the like."""
    hours, after = int(match.group(1)), match.group(2)
    if len(after) == 1:
        return hours * 60 + int(after) * 6
    return hours * 60 + int(after) if int(after) < 60 else 0


def _hms_minutes(match: re.Match[str]) -> int:
    if match.group(3) is not None:  # hh:mm:ss
        return int(match.group(1)) * 60 + int(match.group(2)) + (int(match.group(3)) >= 30)
    if 25 <= int(match.group(1)) <= 300:  # "Kestus: 86:00": minutes and seconds, no hour of a day
        return int(match.group(1)) + (int(match.group(2)) >= 30)
    return int(match.group(1)) * 60 + int(match.group(2))  # h:mm
