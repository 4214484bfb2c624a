"""Text analysis for cinedex: NLTK tokenizing, folding, stemming and CJK bigrams for Whoosh.

An analyzer is a pipeline of small pieces joined with ``|``, as in Whoosh itself::

    SpanTokenizer() | FoldFilter() | LanguageStemFilter("en")

**Tokenizing.** :class:`SpanTokenizer` takes spans from :class:`UnicodeWordTokenizer`, an NLTK
``RegexpTokenizer`` with one Unicode pattern (NLTK's ``NLTKWordTokenizer``, which also splits off
punctuation and clitics, is about ten times slower: see ``bench/analysis_speed.py``), and yields
Whoosh ``Token`` objects exactly like Whoosh's ``RegexTokenizer``: one reused token, ``pos`` when
``positions=True``, ``startchar`` / ``endchar`` into the caller's text when ``chars=True``,
``tokenize=False`` honoured, ``removestops`` passed on. Rules:

- Hyphens split: "Jean-Luc" is ``jean`` (pos 0) and ``luc`` (pos 1), so "jean luc", "jean-luc"
  and the phrase "jean luc" all match; at index time the joined ``jeanluc`` is added at pos 0 so
  "jeanluc" (or "spiderman" for "Spider-Man") matches too. Queries never get the joined form.
- Apostrophes: a possessive or "it's" keeps the stem (``amelie``, ``it``); a French/Italian
  elision keeps the word (``l'amour`` -> ``amour``, ``Coeur d'Alène`` -> ``coeur alene``); other
  apostrophes are dropped (``o'brien`` -> ``obrien``, ``don't`` -> ``dont``). At index time the
  apostrophe-less form (``amelies``, ``lamour``) is added at the same position.
- Numbers stay whole ("1917", "2046", "3.14", "1,000", "9/11"); a vulgar fraction is its own
  token, so "8½" is ``8 1/2`` and matches a typed "8 1/2". Acronyms lose their dots ("U.S.A."
  -> ``usa``).
- Han, Hiragana, Katakana and Hangul runs become overlapping bigrams, one position each
  ("陽光普照" -> 陽光 光普 普照); a one-character run stays a unigram.

**Folding.** :class:`FoldFilter` applies :func:`indexer.normalize.fold` (case, accents, ø/ł/æ,
Greek tonos and final sigma, Cyrillic ё -> е) but keeps Cyrillic й, which the Russian stemmer
needs; CJK runs are only NFKC-normalised (NFKD would strip Japanese dakuten and split Hangul).

**Stemming by language.** Whoosh gives a field one analyzer and calls it from ``add_document``
with no per-document arguments, so the document's language travels inside the value:
``with_language(text, "es")`` prefixes a short control-character tag that the tokenizer strips
(offsets stay relative to the untagged text). Index it as
``add_document(synopsis=with_language(text, film.text_language), _stored_synopsis=text)``.
A direct call can pass ``analyzer(text, lang="es")`` instead. :class:`LanguageStemFilter` picks
the Snowball stemmer from the token's script first (Cyrillic -> russian, Arabic -> arabic, Greek
and CJK unstemmed) and for Latin script from the document's language, falling back to the
analyzer's own language (English by default) when the language has no Snowball stemmer. Queries
are analysed in the analyzer's language: a search layer that knows the query's language can
parse with a schema copy whose field uses ``text_analyzer("es")``; otherwise search the unstemmed
``exact_analyzer`` field alongside, which matches a word's own form in any language. (Expanding
each query word into every language's stem was rejected: Whoosh joins the terms one query word
yields with the field's ``multitoken_query``, AND by default, which hyphens and CJK bigrams
need.) Stems are cached per language, because a corpus repeats its vocabulary.

**No stop words.** The corpus mixes languages, titles such as "It" or "Us" are real queries, and
BM25 already discounts frequent words; keeping every word keeps phrase positions exact. The
``removestops`` flag is passed on to the token; a Whoosh ``StopFilter`` appended later needs
``renumber=False``, as renumbering would move the extra spellings off their word's position.

**Facets** are whole values ("Science Fiction"): declare them ``ID`` (one value) or
``KEYWORD(commas=True, lowercase=False)`` (several), not analysed text, so the stored value, the
indexed term and the facet label are one string.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize import RegexpTokenizer
from whoosh.analysis import Analyzer, Filter, NgramFilter, Token, Tokenizer

from indexer.normalize import fold

# --------------------------------------------------------------------------- the pattern

_CJK = (
    "\u1100-\u11ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u309f\u30a0-\u30fa"
    "\u30fc-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uffdc\U00020000-\U0003134f"
)
_FRACTIONS = "\u00bc-\u00be\u2150-\u215f"
#: Combining marks that Python's ``\\w`` leaves out: decomposed accents, Hebrew and Arabic
#: vowel points, Indic and Thai vowel signs.
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0900-\u0dff\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
    "\ufe20-\ufe2f"
)
_HYPHENS = "-\u2010\u2011"
_APOSTROPHES = "'\u2019\u02bc"
_LETTER = rf"[^\W_{_CJK}{_FRACTIONS}]"
_PART = rf"{_LETTER}+(?:[{_MARKS}]+{_LETTER}*)*"
_ACRONYM = rf"(?:[^\W\d_{_CJK}{_FRACTIONS}]\.){{2,}}"
_NUMBER = r"\d+(?:[.,:/]\d+)+"
#: Alternatives in order: acronym (U.S.A.), number with separators, word (with internal
#: hyphens/apostrophes), CJK run, vulgar fraction.
TOKEN_PATTERN = (
    rf"{_ACRONYM}|{_NUMBER}|{_PART}(?:[{_HYPHENS}{_APOSTROPHES}]{_PART})*"
    rf"|[{_CJK}]+|[{_FRACTIONS}]"
)
_CJK_CHAR = re.compile(rf"[{_CJK}]")
_IS_ACRONYM = re.compile(_ACRONYM)
_IS_NUMBER = re.compile(_NUMBER)
_HYPHEN_SPLIT = re.compile(rf"[{_HYPHENS}]")
_APOSTROPHE_SPLIT = re.compile(rf"[{_APOSTROPHES}]")
#: Folded words that elide before an apostrophe (French, Italian, Catalan).
ELISIONS = frozenset(
    {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}
    | {"dell", "dall", "nell", "sull", "all", "coll", "un", "nessun"}
)
LANGUAGE_MARK = "\x1e"

# A token as the tokenizer plans it: (surface text, start, end, position offset, is_extra).
_Piece = tuple[str, int, int, int, bool]


# --------------------------------------------------------------------------- language tags


def with_language(text: str, lang: str | None) -> str:
    """``text`` tagged with its language for :class:`SpanTokenizer` (unchanged if None)."""
    return f"{LANGUAGE_MARK}{lang}{LANGUAGE_MARK}{text}" if lang else text


def split_language(value: str) -> tuple[str | None, str]:
    """(language, text) of a value made by :func:`with_language`; (None, value) if untagged."""
    if value.startswith(LANGUAGE_MARK):
        end = value.find(LANGUAGE_MARK, 1)
        if end > 0:
            return value[1:end] or None, value[end + 1 :]
    return None, value


_ISO_TO_SNOWBALL = {
    "ar": "arabic",
    "da": "danish",
    "nl": "dutch",
    "en": "english",
    "fi": "finnish",
    "fr": "french",
    "de": "german",
    "hu": "hungarian",
    "it": "italian",
    "no": "norwegian",
    "nb": "norwegian",
    "nn": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "es": "spanish",
    "sv": "swedish",
}
_NON_LATIN = frozenset({"arabic", "russian"})


def snowball_language(lang: str | None) -> str | None:
    """The Snowball stemmer name for an ISO 639-1 code, a Snowball name or an English language
    name ("es", "spanish", "Spanish", "pt-BR" -> ...); None when NLTK has no stemmer for it."""
    if not lang:
        return None
    lang = lang.strip().lower().replace("_", "-")
    if lang in _ISO_TO_SNOWBALL.values():
        return lang
    return _ISO_TO_SNOWBALL.get(lang.split("-")[0])


# --------------------------------------------------------------------------- tokenizer


class UnicodeWordTokenizer(RegexpTokenizer):
    """NLTK's ``RegexpTokenizer`` with :data:`TOKEN_PATTERN`, its spans found by ``re``.

    NLTK 3.10 runs every ``RegexpTokenizer`` match through ``nltk.redos`` (the ``regex`` engine
    under a wall-clock timeout), which guards caller-supplied patterns against catastrophic
    backtracking at four times the cost of ``re`` here. This pattern is a constant without
    nested ambiguous repeats, so ``span_tokenize`` uses ``re`` directly; ``tokenize`` and the
    rest of NLTK's tokenizer interface are inherited.
    """

    def __init__(self) -> None:
        """Compile the pattern once."""
        super().__init__(TOKEN_PATTERN)
        self._spans = re.compile(TOKEN_PATTERN)

    def span_tokenize(self, text: str) -> Iterator[tuple[int, int]]:
        """(start, end) of each token of ``text``."""
        for match in self._spans.finditer(text):
            yield match.span()


_WORDS = UnicodeWordTokenizer()


class SpanTokenizer(Tokenizer):
    """Words, numbers and CJK bigrams with positions and character offsets (rules: module doc)."""

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        """Yield one reused ``Token`` per term, like Whoosh's ``RegexTokenizer``."""
        lang, value = split_language(value)
        if lang:
            kwargs["lang"] = lang
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        pieces = _pieces(value, mode != "query") if tokenize else [(value, 0, len(value), 0, False)]
        for text, start, end, pos, extra in pieces:
            t.text = text
            t.extra = extra
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = text
            if positions:
                t.pos = start_pos + pos
            if chars:
                t.startchar = start_char + start
                t.endchar = start_char + end
            yield t


def _pieces(value: str, extras: bool) -> Iterator[_Piece]:
    """Plan the tokens of ``value``: plain words inline, the rarer shapes in :func:`_plan`."""
    pos = 0
    for match in _WORDS._spans.finditer(value):
        word = match.group()
        if word.isalnum() and word[0] < "\u1100":  # below Hangul Jamo, the first CJK block
            yield word, match.start(), match.end(), pos, False
            pos += 1
            continue
        planned = _plan(word, match.start())
        for text, s, e, offset, extra in planned:
            if extras or not extra:
                yield text, s, e, pos + offset, extra
        pos += 1 + max(p[3] for p in planned)


def _plan(word: str, start: int) -> list[_Piece]:
    """The pieces of one matched span that is not a plain word."""
    if _CJK_CHAR.match(word):
        return list(_cjk_pieces(word, start))
    if _IS_ACRONYM.fullmatch(word):
        return [(word.replace(".", ""), start, start + len(word), 0, False)]
    if _IS_NUMBER.fullmatch(word):
        return [(word, start, start + len(word), 0, False)]
    return _compound_pieces(word, start)


def _cjk_pieces(run: str, start: int) -> Iterator[_Piece]:
    """Overlapping bigrams of a CJK run, or the run itself when it is one character."""
    if len(run) == 1:
        yield run, start, start + 1, 0, False
    for i in range(len(run) - 1):
        yield run[i : i + 2], start + i, start + i + 2, i, False


def _compound_pieces(word: str, start: int) -> list[_Piece]:
    """Hyphenated parts at successive positions, each with its apostrophe rule applied, and at
    the same position as the first part the whole word without hyphens or apostrophes."""
    pieces: list[_Piece] = []
    offset = 0
    for number, part in enumerate(_HYPHEN_SPLIT.split(word)):
        pieces.extend(
            (t, start + offset + s, start + offset + e, number, x)
            for t, s, e, _, x in _apostrophe_pieces(part)
        )
        offset += len(part) + 1
    joined = _APOSTROPHE_SPLIT.sub("", _HYPHEN_SPLIT.sub("", word))
    if len(pieces) > 1 and all(joined != p[0] for p in pieces):
        pieces.insert(1, (joined, start, start + len(word), 0, True))
    return pieces


def _apostrophe_pieces(part: str) -> list[_Piece]:
    """One hyphen-free part: possessive/"it's" -> stem, elision -> word, else apostrophes out."""
    segments = _APOSTROPHE_SPLIT.split(part)
    if len(segments) == 1:
        return [(part, 0, len(part), 0, False)]
    joined = "".join(segments)
    if len(segments) == 2 and segments[1].lower() == "s":
        main: _Piece = (segments[0], 0, len(segments[0]), 0, False)
    elif len(segments) == 2 and segments[0].lower() in ELISIONS:
        main = (segments[1], len(segments[0]) + 1, len(part), 0, False)
    else:
        return [(joined, 0, len(part), 0, False)]
    return [main, (joined, 0, len(part), 0, True)]


# --------------------------------------------------------------------------- filters


class FoldFilter(Filter):
    """Case- and accent-folds each token with :func:`fold_term`."""

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        """Yield the tokens with folded text."""
        for t in tokens:
            t.text = fold_term(t.text)
            yield t


_KEEP_SHORT_I = str.maketrans({"й": "\ue000", "Й": "\ue000"})
_RESTORE_SHORT_I = str.maketrans({"\ue000": "й"})
_FRACTION_SLASH = str.maketrans({"\u2044": "/"})


@lru_cache(maxsize=200_000)
def fold_term(word: str) -> str:
    """Fold one token: ``"Almodóvar"`` -> ``"almodovar"``, ``"Ёлки"`` -> ``"елки"``,
    ``"½"`` -> ``"1/2"``, ``"ｺﾝ"`` -> ``"コン"`` (CJK: NFKC and case only)."""
    if word.isascii():
        return word.lower()
    if _CJK_CHAR.match(word):
        return unicodedata.normalize("NFKC", word).casefold()
    folded = fold(word.translate(_KEEP_SHORT_I)).translate(_RESTORE_SHORT_I)
    return folded.translate(_FRACTION_SLASH)


class LanguageStemFilter(Filter):
    """Snowball-stems tokens in the document's language (see the module docstring)."""

    is_morph = True

    def __init__(self, lang: str = "en") -> None:
        """``lang``: the language of untagged text and of queries (ISO code or Snowball name)."""
        self.lang = snowball_language(lang) or "english"

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        """Yield the tokens with stemmed text."""
        latin: Callable[[str], str] | None = None
        last = ""
        for t in tokens:
            if latin is None:  # Whoosh reuses one token, so its language is set once per call
                latin = _stemmer(_latin_language(getattr(t, "lang", None), self.lang))
            text = t.text
            first = text[:1]
            if first < "\u0370":
                t.text = latin(text)
            elif "\u0400" <= first < "\u0530":
                t.text = _stemmer("russian")(text)
            elif "\u0600" <= first < "\u0700":
                t.text = _stemmer("arabic")(text)
            if t.text != last or not getattr(t, "extra", False):
                last = t.text
                yield t


def _latin_language(lang: object, default: str) -> str:
    """The stemmer for Latin-script words of a document in ``lang``."""
    language = snowball_language(lang) if isinstance(lang, str) else None
    return language if language and language not in _NON_LATIN else default


@cache
def _stemmer(language: str) -> Callable[[str], str]:
    """A cached ``stem`` function for one Snowball language."""
    return lru_cache(maxsize=100_000)(SnowballStemmer(language).stem)


# --------------------------------------------------------------------------- analyzers


def text_analyzer(lang: str = "en") -> Analyzer:
    """Stemmed, folded text for synopses and quotes, stemmed in each document's language.

    ``"Amélie's friends weren't running in Coeur d'Alène"`` ->
    ``ameli ame friend werent run in coeur alen dalen`` (``ame`` is the stem of the extra
    spelling ``amelies``); ``with_language("corriendo", "es")`` -> ``corr``.
    """
    return SpanTokenizer() | FoldFilter() | LanguageStemFilter(lang)


def exact_analyzer() -> Analyzer:
    """Unstemmed, folded words for exact phrases, highlighting and "did you mean".

    ``"Jean-Luc Godard's À bout de souffle (1960), 8½"`` ->
    ``jean jeanluc luc godard godards a bout de souffle 1960 8 1/2``
    """
    return SpanTokenizer() | FoldFilter()


def name_analyzer() -> Analyzer:
    """Folded, unstemmed words for titles and people ("Jean-Luc" matches "jean luc").

    ``"Łódź, Ærø & コンフィデンスマンJP"`` -> ``lodz aero コン ンフ フィ ... マン jp``
    """
    return SpanTokenizer() | FoldFilter()


def prefix_analyzer(minsize: int = 2, maxsize: int = 15) -> Analyzer:
    """Edge n-grams of folded words for search-as-you-type; queries are not n-grammed.

    Index: ``"Kurosawa"`` -> ``ku kur kuro kuros kurosa kurosaw kurosawa``;
    query (``mode="query"``): ``"Kuro"`` -> ``kuro`` (a word longer than ``maxsize`` is cut to
    ``maxsize``; a word shorter than ``minsize`` gives no term).
    """
    return SpanTokenizer() | FoldFilter() | NgramFilter(minsize, maxsize, at="start")


def tokens(analyzer: Analyzer, text: str, mode: str = "index") -> list[tuple[str, int, int]]:
    """(term, startchar, endchar) for each token ``analyzer`` makes of ``text`` in ``mode``."""
    return [(t.text, t.startchar, t.endchar) for t in analyzer(text, chars=True, mode=mode)]
