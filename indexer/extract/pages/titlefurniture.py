"""Page furniture that names no film: an age rating, a price, a ticket's button, a widget
loading.

A cinema's or a broadcaster's page writes, near its heading, the certificate ("Certificate
12A", "Från 15 år", "FSK 12", "+16", "Apta para todos los públicos"), the price of a seat
("CHF 12", "€ 8,50") and the button that sells it ("Tickets", "Bestel tickets"); a player
writes "Loading…" where it will stand. Such a line is short and heading-shaped, and the
title chooser would weigh it as a name. :func:`furniture_alone` tells it apart by what it is
made of: only the words of ratings and tickets of any language module
(:attr:`~indexer.lang.base.Language.rating_words`, ``ticket_words``), ages, prices (a number
beside a currency's sign or code from CLDR: :func:`indexer.lang.currency_signs`) and marks;
or a loading word (``loading_words``) opening the line.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer import lang, recache
from indexer.wordre import alternation

#: a number: an age, a price, a year ("12", "8,50", "15.00", "12A", "2011")
_NUMBER = re.compile(r"(?<!\w)\d+(?:[.,:]\d+)*(?:[.,]-)?[A-Za-z]?(?!\w)")
#: an age marked with a plus sign before or after it ("+16", "12+", "18 +"), as a word: alone
#: it is furniture (:func:`furniture_alone`), after a name a certificate (:mod:`.titles`)
AGE_MARK = r"(?<![\w+])(?:\+\s?\d{1,2}|\d{1,2}\s?\+)(?![\w+])"
_PLUS_AGE = re.compile(AGE_MARK)
#: an age a rating gives, 3 to 21 ("K2" is a mountain's name, no rating)
_AGE = r"(?:[3-9]|1\d|2[01])"
#: the most letters of a rating's code written before its age ("FSK 12", "K-12", "MS12")
_CODE_LETTERS = 3
#: a line opening with a loading word may run on this many words ("Loading the player …")
_LOADING_MOST = 4


#: a letter
_LETTER = re.compile(r"[^\W\d_]")


def furniture_alone(value: str) -> bool:
    """Whether a candidate title is only an age rating, a price or a ticket's words ("Från 15
    år", "CHF 12", "Bestel tickets", "Apta para todos los públicos"), or a widget's loading
    message ("Loading…", "Cargando eventos")."""
    text = value.strip()
    if _loading().match(text) and len(text.split()) <= _LOADING_MOST:
        return True
    rest, prices = _price().subn(" ", f" {text} ")
    rest = rest.casefold()
    rest, ages = _PLUS_AGE.subn(" ", rest)
    # phrases first: "od lat 12" is the Polish phrase and an age, "lat" no code of one
    words = sum(len(found.split()) for found in _words().findall(rest))
    rest = _words().sub(" ", rest)
    rest, coded = _coded_age().subn(" ", rest)
    rest = _NUMBER.sub(" ", rest)
    if _LETTER.search(rest):
        return False  # a word of no rating or ticket: a name may hold it
    if prices or ages or coded or words >= 2 or _ticket(text):
        return True
    # one rating word alone ("From", "Livre") may be a name's word; with a number, a rating
    return words == 1 and any(ch.isdigit() for ch in text)


def _ticket(text: str) -> bool:
    """A ticket's word or words alone ("Tickets", "Billetterie")."""
    return text.strip(" .:!|").casefold() in lang.cue_set("ticket_words")


@lru_cache(maxsize=1)
def _words() -> re.Pattern[str]:
    """A rating's or a ticket's word or phrase of any language, whole, in lower case (words of
    one letter are a rating's code only beside an age: :func:`_coded_age`)."""
    words = [
        w.casefold() for w in (*lang.cues("rating_words"), *lang.cues("ticket_words")) if len(w) > 1
    ]
    return recache.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)\.?")


@lru_cache(maxsize=1)
def _coded_age() -> re.Pattern[str]:
    """A rating's short code glued or joined to an age ("ms12", "k-12", "fsk 12", "m/12")."""
    codes = [
        w.casefold() for w in lang.cues("rating_words") if len(w) <= _CODE_LETTERS and w.isalpha()
    ]
    return recache.compile(rf"(?<!\w)(?:{alternation(codes)})\s?[-/]?\s?{_AGE}\+?(?!\w)")


@lru_cache(maxsize=1)
def _price() -> re.Pattern[str]:
    """A number beside a currency's sign or code, before or after it ("CHF 12", "€ 8,50",
    "12 kr", "$15.00"), in the case CLDR writes the sign."""
    signs = "|".join(re.escape(s) for s in lang.currency_signs())
    number = r"\d+(?:[.,\s]\d{3})*(?:[.,]\d{1,2}|[.,]-)?"
    return recache.compile(rf"(?<!\w)(?:(?:{signs})\s?{number}(?!\w)|{number}\s?(?:{signs}))(?!\w)")


@lru_cache(maxsize=1)
def _loading() -> re.Pattern[str]:
    """A loading word of any language opening a line ("Loading…", "Cargando eventos")."""
    return recache.compile(rf"(?:{alternation(lang.cues('loading_words'))})(?!\w)", re.IGNORECASE)
