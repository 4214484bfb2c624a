"""Whether a candidate of a people's reader can be a person's name at all.

The readers of a page's people (a name alone under the title, a name after a role noun or
before the word for director, a film's possessor, a list after a cast cue) take what has a
name's shape where a name is expected; on real pages that is also a site's chrome or a
heading ("Malayalam Film Reviews", "Tamil Movie Review"), an institution ("Cinema Northern Ireland",
"Grand Prix"), a country, or in scripts without spaces a run of words glued to the word for
director. :func:`not_a_person` tells these apart from data the project already has, never
from a list of names or of non-names:

- a country or a territory by its English CLDR name ("Ethiopia");
- in a script with spaces, a word that no one's name holds: the word for film, an outlet's
  or a medium's noun (``media_words``, ``outlet_kinds``, ``press_nouns``), an
  institution's noun (``institution_words``), a loading widget's word (``loading_words``),
  a review's or a page section's heading word (``review_words``, ``section_headings``,
  ``read_also``, ``comment_headings``);
- in Hangul, a run of more than four syllables without a space (Korean names have two to
  four; foreign names in Hangul are written with spaces);
- in Japanese, a run that mixes Han, hiragana and katakana (a name mixes two at most:
  "安藤サクラ", "蒼井そら"), Han that ends with a case particle in hiragana ("作は"), a run
  with hiragana longer than a name's ("ダンサーとしてだけでなく", a clause), or Han and kana
  that hold the label of the director or the cast ("監督二人").
"""

from __future__ import annotations

import re
from functools import cache

from indexer import lang
from indexer.normalize import country_name, key

__all__ = ["is_person_name", "not_a_person"]

#: kinds whose words head a review or a part of a page
_HEADING_KINDS = ("review_words", "section_headings", "read_also", "comment_headings")
#: the fewest letters of a data word read as a word of a name: shorter ones are names too
#: ("Preis", "César", "Tela")
_FEWEST = 6
#: the fewest letters of a word of film, media or heading read so ("Film", "Kino")
_FEWEST_MEDIA = 4

#: five Hangul syllables or more without a space: no Korean name is so long
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]{5,}")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HIRAGANA = re.compile(r"[\u3041-\u309f]")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")
#: a run of Han or kana alone
_JAPANESE_OR_HAN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff・]+")
#: the most characters of a Japanese name that holds hiragana ("長澤まさみ", "加賀まりこ")
_LONGEST_KANA_NAME = 7
#: Han, then one case or topic particle of Japanese at the end ("作は", "監督が")
_HAN_PARTICLE_END = re.compile(r"[\u3400-\u9fff][はがをにでともへ]$")


def is_person_name(name: str) -> bool:
    """True unless :func:`not_a_person` finds why ``name`` names no one."""
    return not_a_person(name) is None


def not_a_person(name: str) -> str | None:
    """Why ``name`` is no person's name ("country", "word:Review", "hangul run", "clause"),
    or None when nothing says so."""
    bare = name.strip(" \t,.;:·•|-–—")
    if not bare:
        return "empty"
    if _english_country(bare):
        return "country"
    for word in bare.split():
        if _non_name_word(word):
            return f"word:{word}"
    return _unspaced_shape(bare)


def _english_country(name: str) -> bool:
    """True for a country's or a territory's name as CLDR writes it in English ("Ethiopia");
    in other languages one word may also be a person's ("Suriya", "Indi")."""
    english = country_name(name)
    return bool(english) and key(english) == key(name)


def _unspaced_shape(name: str) -> str | None:
    """Why a name of a script without spaces is none by its length or its scripts."""
    if _HANGUL_RUN.fullmatch(name):
        return "hangul run"
    if _HAN.search(name) and _HIRAGANA.search(name) and _KATAKANA.search(name):
        return "scripts"
    if _HAN_PARTICLE_END.search(name) and len(name) <= 6:
        return "particle"
    if _HIRAGANA.search(name) and len(name.replace(" ", "")) > _LONGEST_KANA_NAME:
        return "clause"  # "ダンサーとしてだけでなく": hiragana inflects a clause
    if _JAPANESE_OR_HAN.search(name) and _people_label().search(name):
        return "label"  # "監督二人": the word for director is no part of a name
    return None


@cache
def _people_label() -> re.Pattern[str]:
    """The labels of directors and the cast written in Han or kana ("監督", "导演", "出演")."""
    words = {w for field in ("directors", "cast") for w in lang.labels().get(field, ())}
    cjk = sorted((w for w in words if _JAPANESE_OR_HAN.fullmatch(w)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cjk)) or "(?!)")


def _non_name_word(word: str) -> bool:
    """True for a word of a spaced script that is a noun of film, media, an outlet, an
    institution, or a heading's word, long enough not to be a name too."""
    folded = word.casefold().strip(".,;:!?\"'()“”«»")
    if not folded.isalpha() or not folded[0].isalpha():
        return False
    if len(folded) >= _FEWEST_MEDIA and folded in _short_words():
        return True
    if folded.startswith(_production_stems()):
        return True  # "Productions", "Producciones": a company's
    return len(folded) >= _FEWEST and folded in _long_words()


@cache
def _production_stems() -> tuple[str, ...]:
    """The stems of the nouns of a production, long enough that no name opens with one
    ("production", "producción", "produzione")."""
    return tuple(
        w.casefold().rstrip("*") for w in lang.cues("production_words") if len(w) >= _FEWEST + 1
    )


@cache
def _short_words() -> frozenset[str]:
    """Words of film, media and headings, whole (no stems), one word each."""
    nouns = ("media_words", "outlet_kinds", "press_nouns", "film_words", "film_plurals")
    kinds = (*nouns, *_HEADING_KINDS)
    return frozenset(_single_words(kinds))


@cache
def _long_words() -> frozenset[str]:
    """The nouns of institutions and the words of a loading widget ("loading", "cargando"),
    whole (no stems), one word each."""
    return frozenset(_single_words(("institution_words", "loading_words")))


def _single_words(kinds: tuple[str, ...]) -> set[str]:
    """The one-word entries of ``kinds`` in every language, folded, stems left out."""
    return {
        w.casefold()
        for kind in kinds
        for w in lang.cues(kind)
        if " " not in w and not w.endswith("*") and w.isalpha()
    }
