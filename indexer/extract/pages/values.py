"""Values gathered for one film before normalising, and the list-valued fields made from them:
countries (English and as written), genres and tags, spoken languages, companies, awards.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache

from indexer import lang, recache
from indexer.extract.pages import facts as fl
from indexer.extract.pages.countrycells import cell_countries
from indexer.extract.pages.genres import EVERYDAY, is_plural_film, word_genres
from indexer.extract.pages.genres import decide as decide_genres
from indexer.extract.pages.institutions import institution_near
from indexer.extract.pages.spacedfacts import spaced_year
from indexer.extract.pages.titleperson import given_names
from indexer.normalize import (
    country_name,
    dedupe,
    genre_first_words,
    genre_names,
    inflected_name_code,
    join_country_names,
    key,
    language_name,
    language_nationality,
    nationality_country,
    normalize_languages,
    split_countries,
    split_names,
    with_state,
)
from indexer.wordre import alternation, literal_starts


@dataclass
class Found(fl.Facts):
    """Values gathered for one film, as written, before normalising: the facts of its lines
    and sentences, and labelled values by field."""

    values: dict[str, list[str]] = field(default_factory=dict)
    #: people's names alone on a line of a credit block (:func:`.facts.fact_block`)
    lone_names: list[str] = field(default_factory=list)
    #: the values of labels no language knows in the page's block of credits
    #: (:func:`.scan.unknown_label_values`)
    unknown_values: list[str] = field(default_factory=list)

    def first(self, name: str) -> str:
        """The first non-empty value labelled ``name``."""
        return next((v for v in self.values.get(name, []) if v.strip(" ,|")), "")


def countries(
    found: Found, prose: fl.Facts, block: str = "", title: str = ""
) -> tuple[list[str], list[str]]:
    """English country names and the names as written: labelled, else from fact lines or
    the credit sentence, else the parenthesis after the film's ``title``, else a nationality
    beside the word for film, else a list of countries in a sentence. A labelled value that
    names no country (an empty label read with the next label's line: "البلد" / "الطاقم")
    gives way to the other evidence."""
    written: list[str] = []
    for value in found.values.get("countries", []):
        written.extend(_country_parts(value))
    if not any(_country_english(w) for w in written):
        written = (
            inline_labelled(block)
            or company_countries(found.values.get("companies", []))
            or coproduced(block)
            or found.countries
            or prose.countries
            or titled_countries(block, title)
            or entered(block)
            or _beside_year(block)
            or cell_countries(block)
            or film_nationalities(block)
            or genre_nationalities(block)
            or country_lists(block)
            or parenthesised_countries(block)
            or fl.unspaced_nationalities(block)
            or written
        )
    english = with_state(n for n in (_country_english(w) for w in written) if n)
    return english, dedupe(written)


#: a parenthesis's words, and the quotation mark closing a name right before it
_PARENTHESIS = re.compile(r"([»\"”“》」』›]?)\s*[(（]([^()（）\n]{2,80})[)）]")
#: a year in a parenthesis, with the year's sign of Chinese, Japanese or Korean
_PARENTHESIS_YEAR = re.compile(r"(?<!\d)(?:18[89]|19\d|20\d)\d(?!\d)\s?[年년]?")
#: the marks between countries in a parenthesis, the Arabic comma and spaced dashes too
_PARENTHESIS_SPLIT = re.compile(r"\s*(?:[,،、，;/|・]|\s[-–—]\s)\s*")


def parenthesised_countries(block: str) -> list[str]:
    """The countries of the first parenthesis made only of country names, right after a quoted
    name ("الفيلم الوثائقي "…" (مصر، فلسطين)", "« … » (France, Belgique)") or beside a year
    ("(2020年 アメリカ)", "(1984, Suomi)"): a film cited with its countries."""
    for match in _PARENTHESIS.finditer(block[:8000]):
        inside = match.group(2)
        rest = _PARENTHESIS_YEAR.sub(",", inside)
        if not match.group(1) and rest == inside:
            continue  # neither after a quoted name nor beside a year
        parts = [p.strip(" .") for p in _PARENTHESIS_SPLIT.split(rest) if p.strip(" .")]
        short = all(len(p) <= 30 and len(p.split()) <= 3 for p in parts)  # a name's length
        if parts and len(parts) <= 6 and short and all(country_name(p) for p in parts):
            return parts
    return []


#: a parenthesis right after a name, maybe after the quotation mark closing it, that ends
#: the line
_AFTER_NAME = re.compile(r"[»\"”’›》」』]?[ \t]*[(（]([^()（）\n]{2,80})[)）][ \t.:]*(?:\n|$)")
#: the runtime a citation's parenthesis may hold beside the country ("… / 2017 / 90′")
_PARENTHESIS_MINUTES = re.compile(r"^\d{1,3}\s*(?:min\w*|['′’])?\.?$", re.IGNORECASE)
#: what may open a heading's line before the film's name: a number, a quotation mark
_HEADING_OPENING = re.compile(r"[\d\W]{0,4}")


def titled_countries(block: str, title: str) -> list[str]:
    """The countries of the parenthesis that ends a heading's line of the film's title, as a
    programme or a list cites the film: alone ("Батьківські збори (Україна)") or beside the
    director, the year and the runtime ("Gatillero (Cris Tapia Marchiori, Argentina)"). One
    other part at most, the director's name, lest a sentence in parentheses name a country in
    passing; in prose, the parenthesis after a name that is a place locates it ("… khỏi
    Dunkirk (Pháp)"). A country's own name only, of four letters or more: a language's name
    ("Title (French)") is no country, and a code is as often a rating's ("Title (PG)")."""
    title = title.strip()
    if len(title) < 2:
        return []
    for at in literal_starts(block[:8000], title, ignorecase=True):
        opening = block[block.rfind("\n", 0, at) + 1 : at]
        match = _AFTER_NAME.match(block, at + len(title))
        if not match or not _HEADING_OPENING.fullmatch(opening):
            continue
        inside = _PARENTHESIS_YEAR.sub(",", match.group(1))
        parts = [p.strip(" .") for p in _PARENTHESIS_SPLIT.split(inside) if p.strip(" .")]
        parts = [p for p in parts if not _PARENTHESIS_MINUTES.match(p)]
        named = [p for p in parts if len(p) >= 4 and len(p.split()) <= 3 and country_name(p)]
        if named and len(parts) - len(named) <= 1:
            return named
    return []


@lru_cache(maxsize=1)
def _entry() -> re.Pattern[str]:
    """A country's possessive, maybe a few words between, then the noun for an award's entry
    ("Iceland’s submission", "Pakistan’s official entry", "the UK’s Oscar Academy hopeful")."""
    return recache.compile(rf"((?:[^\W\d_][\w.]*\s){{0,2}}[^\W\d_][\w.]*){_entry_tail()}")


@lru_cache(maxsize=1)
def _entry_tail() -> str:
    """The possessive, then the noun for an entry (:func:`_entry` after the name)."""
    words = alternation(lang.cues("entry_words")) or "(?!)"
    endings = alternation(lang.cues("possessive_endings")) or "(?!)"
    return rf"['’](?:{endings})\s+(?:[\w-]+\s+){{0,3}}?(?i:{words})(?!\w)"


@lru_cache(maxsize=1)
def _entry_noun() -> re.Pattern[str]:
    """What every match of :func:`_entry` holds: looked for first, as it opens with an
    apostrophe, which the search skips to, where the whole pattern tries every word."""
    return recache.compile(_entry_tail())


def entered(block: str) -> list[str]:
    """The country whose entry for an award the film is, in the page's first lines ("… is
    France’s submission to this year’s Oscars"), the name of one to three words before the
    possessive."""
    if not _entry_noun().search(block, 0, 6000):
        return []
    for match in _entry().finditer(block[:6000]):
        words = match.group(1).split()
        name = next((" ".join(words[-n:]) for n in (3, 2, 1) if len(words) >= n and
                     country_name(" ".join(words[-n:]))), None)  # fmt: skip
        if name:
            return [name]
    return []


def _beside_year(block: str) -> list[str]:
    """The country written beside the film's year with only a space between ("Wild
    Strawberries Sweden 1957 d. Ingmar Bergman", "2014 Mauritania 96 Minutes")."""
    found = spaced_year(block)
    return [found.country] if found else []


def inline_labelled(block: str) -> list[str]:
    """The countries after a country's label written as labels are, with a capital and a
    colon, inside a line of other credits ("… Dirección: J.J. Abrams. País: USAAño: 2015."),
    the first such label whose value names a country."""
    for match in _country_label().finditer(block[:8000]):
        parts = _country_parts(match.group(1))
        if any(_country_english(p) for p in parts):
            return parts
    return []


@lru_cache(maxsize=1)
def _country_label() -> re.Pattern[str]:
    words = [w for w in lang.labels().get("countries", ()) if len(w) >= 3 and w[0].islower()]
    capitals = alternation(w[0].upper() + w[1:] for w in words)
    return recache.compile(rf"(?<![^\W\d_])(?:{capitals})\s*[:：]\s*([^\n:：.;|]{{2,80}})")


def company_countries(values: list[str]) -> list[str]:
    """The countries written in parentheses after production companies ("Una Film (Almanya),
    Arizona Films (Fransa), Nar Film (Türkiye)"): each company's country, when every
    parenthesis of the value names one."""
    found: list[str] = []
    for value in values:
        inside = re.findall(r"\(([^()]{2,40})\)", value)
        parts = [p.strip() for part in inside for p in split_countries(part) if p.strip()]
        if parts and all(_country_english(p) for p in parts):
            found.extend(parts)
    return dedupe(found)


def _bare(words: list[str]) -> list[str]:
    """The words without the marks around them; a mark standing alone ("film - so much", "|
    TH") is no word, lest it pair with a short one that folds to a country's code."""
    bare = [w.strip(".,;:!?()[]«»\"“”'|*/-–—") for w in words]
    return [w for w in bare if _WORD.search(w)]


#: a comma of a list and its space


def country_lists(block: str) -> list[str]:
    """Three or more countries listed in a sentence, the first after other words and the
    last before them: "… ekip sản xuất Việt Nam, Singapore, Tây Ban Nha, Pháp."."""
    for line in block[:8000].splitlines():
        parts = [p.strip(" .") for p in join_country_names(_list_split().split(line))]
        run = _country_run(parts, 3) if len(parts) >= 3 else []
        if run:
            return run
    return []


def _country_run(parts: list[str], minimum: int, inflected: bool = False) -> list[str]:
    """The first run of ``minimum`` or more countries among the parts of a sentence, the
    first at the end of a part, the last at the start of one (``inflected``: a name in another
    case counts, "Latvijas, Polijas un Igaunijas kopražojums")."""
    run: list[str] = []
    for part in parts:
        if run and (country_name(part) or (inflected and _inflected_country(part))):
            run.append(part)
            continue
        head = _country_at(part.split(), tail=False, inflected=inflected) if run else None
        if len(run) + bool(head) >= minimum:
            return [*run, *([head] if head else [])]
        tail = _country_at(part.split(), tail=True, inflected=inflected)
        run = [tail] if tail else []
    return run if len(run) >= minimum else []


@lru_cache(maxsize=1)
def _coproduction() -> re.Pattern[str]:
    words = alternation(lang.cues("coproduction_words")) or "(?!)"
    return re.compile(rf"(?i){_COPRODUCTION}|{words}")


@lru_cache(maxsize=1)
def _list_split() -> re.Pattern[str]:
    """What parts a list's items: a comma, "and", or both ("France, Belgium, and Italy", "…
    Maqedonisë së Veriut, dhe Bullgarisë": the last item after a comma and the word for and)."""
    conjunctions = lang.alternation("conjunctions")
    return re.compile(rf"([,、，]\s*(?:(?:{conjunctions})\s+)?|\s+(?:{conjunctions})\s+|\s&\s)")


def coproduced(block: str) -> list[str]:
    """Two or more countries listed in the sentence that says they made the film together
    ("由台灣、新加坡、波蘭合製的「刺心切骨」", "a co-production of France, Belgium and Italy")."""
    text = block[:8000]
    for match in _coproduction().finditer(text):
        start = max([text.rfind("\n", 0, match.start()), *_sentence_ends(text, match.start())])
        end = _SENTENCE_END.search(text, match.end())
        sentence = text[start + 1 : end.start() if end else len(text)]
        pieces = join_country_names(_list_split().split(sentence))
        run = _country_run([p.strip(" .") for p in pieces], 2, True)
        if run:
            return run
    return []


_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|[。！？\n]")


def _sentence_ends(text: str, before: int) -> list[int]:
    window = max(0, before - 300)
    return [m.start() for m in _SENTENCE_END.finditer(text, window, before)][-1:]


def _country_at(words: list[str], tail: bool, inflected: bool = False) -> str | None:
    """The country named by the last (or first) one to three of ``words``, or in a script
    without spaces by the last (or first) two to four characters ("由台灣", "波蘭合製的")."""
    for n in (3, 2, 1):
        text = " ".join(words[-n:] if tail else words[:n]) if len(words) >= n else ""
        if text and country_name(text):
            return text
    word = (words[-1] if tail else words[0]) if words else ""
    if inflected and _inflected_country(word):
        return word
    if not _UNSPACED_END.search(word[-1:] if tail else word[:1]):
        return None
    return next(
        (w for n in (4, 3, 2) for w in [word[-n:] if tail else word[:n]] if country_name(w)), None
    )


_UNSPACED_END = re.compile(f"[{fl.UNSPACED_CHARS}]")


#: the last vowel of a word of six letters or more in a cased script, a case ending
_STEM_VOWEL = re.compile(r"(?<=[^\W\d_]{5})[aeiouyаеиоуыэюяєії]$")


@lru_cache(maxsize=1)
def _film_word() -> re.Pattern[str]:
    every = (*lang.cues("film_words"), *lang.cues("production_words"))
    # a word's last vowel is its case ending ("стрічка": "української стрічки"; "elokuva":
    # "elokuvassa"): its stem, and up to four letters after it ("filmmaker" is no film)
    words = alternation(_STEM_VOWEL.sub("", w) for w in every if len(w) >= 3)
    # the noun for a production as well ("une production française", "një prodhim
    # gjermano-shqiptar"); compounds and inflections count: "mängufilm", "filmiga", "фильме";
    # a co-production too, one international word ("coproducción franco-española",
    # "deutsch-französische Koproduktion", "македонско-косовската копродукција")
    whole = alternation(lang.cues("cinema_words")) or "(?!)"
    return recache.compile(
        rf"(?i)(?:{words})\w{{0,4}}(?!\w)|(?<!\w)(?:{whole})(?!\w)|{_COPRODUCTION}"
    )


_COPRODUCTION = r"(?<!\w)(?:co|ko|ко)-?(?:produ|prodot|продук)\w*"


def film_nationalities(block: str, limit: int = 3) -> list[str]:
    """Countries named by a nationality, or a country's name, within four words before or
    two after the word for film, in the page's first sentences about a film ("O filme
    brasileiro", "uus Eesti mängufilm", "The South African multi-award winning film"); not
    inside a quoted name that follows the word for film."""
    found: list[str] = []
    for match in _film_word().finditer(block[:8000]):
        start = re.search(r"\w*$", block[max(0, match.start() - 20) : match.start()])
        at = match.start() - (len(start.group(0)) if start else 0)
        # "The South African multi-award winning film"; "Amerikai - magyar koprodukció"
        # within its line: a line break ends a heading, a cell or a paragraph ("Full English"
        # / "… piece of Holocaust cinema")
        tail = _sentence_tail(block[max(0, at - 60) : at]).rsplit("\n", 1)[-1]
        # one word more, read only as the neighbour of the first ("realizador chileno Pedro
        # Lagos ao cinema")
        before = _bare(_SPACED_DASH.sub("-", tail).split()[-5:])
        # after it, within its sentence ("filmus. Tai jau rimta": "Tai" is no Thailand); a
        # country's name of two words may end a word later ("un film du Burkina Faso")
        rest = _SENTENCE_END.split(block[match.end() : match.end() + 40], maxsplit=1)[0]
        # up to a comma: "… by Fixafilm, Poland" lists a company's seat, not the film's
        rest = _COMMA.split(rest, maxsplit=1)[0]
        after = _bare(rest.split()[:4])  # the fourth only as the third's neighbour
        quoted = _QUOTED_AFTER.match(block, match.end())
        if quoted:  # the name's words are no nationality: "стрічками "Українські шерифи""; the
            # words after it are read ("فيلم "…" التونسي")
            then = _SENTENCE_END.split(block[quoted.end() : quoted.end() + 40], maxsplit=1)[0]
            words = f"{block[match.end() : quoted.start(1)]} {_COMMA.split(then, maxsplit=1)[0]}"
            after = _bare(words.split()[:4])
        glued = _WORD_TAIL.match(block, match.end())  # the rest of its word: "فیلمساز"
        token = match.group(0) + (glued.group(0) if glued else "")
        if _maker(token):
            continue  # "فیلمساز ایرانی", a filmmaker: the maker's nationality
        if _not_this_film(token, before, after):
            continue
        before, after = _not_people(before, token, after)
        pairs = [
            f"{a} {b}" for side in (before, after) for a, b in itertools.pairwise(side) if a and b
        ]
        whole = len(after) == 3 and all(after)
        pairs = [" ".join(after)] * whole + pairs  # "الإمارات العربية المتحدة"
        nearest = [w for w in (before[-1:] + after[:1]) if w]  # right beside the word for film
        before, after = [w for w in before if w], [w for w in after[:2] if w]
        run = _SPACED_RUN.match(block, match.end())  # "فيلم هو فلسطيني - تونسي - هولندي"
        joined = joined_nationalities(re.sub(r"\s*[-–]\s*", "-", run.group(1))) if run else []
        if joined:
            found.extend(joined)
            continue
        # a language's name right beside the word for film is its nationality ("película
        # rusa", "film russe"); further ("película en ruso") it is the spoken language
        beside = [w for w in nearest if len(w) > 3 and language_nationality(w)]
        for word in (*pairs, *before, *after, *beside):
            joined = joined_nationalities(word)
            if joined:  # "srpsko-američkog filma": a co-production's countries
                found.extend(joined)
                break
            if len(word) > 3 and (_nation_word(word) or word in beside):
                found.append(word)
                break
        if len(found) >= limit:
            break
    return dedupe(found)


def _not_this_film(token: str, before: list[str], after: list[str]) -> bool:
    """The word for film in the plural ("norske filmer", "películas mexicanas": films of a
    country in general), or in an institution's name, its noun among the words before or right
    after ("Polish Film Institute", "Festival de Cine Español", "Týždeň slovenského filmu",
    "Filmfestival"): the nationality beside it is no fact of this film. A plural after the
    word for "best" says the film is one of them ("Sveriges bästa filmer")."""
    best = lang.cue_set("award_words")  # "one of Sweden's best films": the film is one
    plural = is_plural_film(token) and not any(w.casefold() in best for w in before)
    return plural or institution_near(token, before[-4:], after, _linking)


def _linking(word: str) -> bool:
    """A word that may stand inside an institution's name between its noun and the word for
    film: a nationality or a country's name ("Týždeň slovenského filmu"), an ordinal
    ("Festivali i 13-të i Filmit")."""
    return bool(_nation_word(word) or _country_english(word) or word[:1].isdigit())


_WORD_TAIL = re.compile(r"\w*")
_POSSESSIVE = re.compile(r"['’]s$")
#: a quoted name right after the word for film, maybe one word between ("film 'X'",
#: "стрічками "…"")
_QUOTED_AFTER = re.compile(
    r"[ \t]*(?:[^\W\d_]+[ \t]+)?[\"“”„«‘‚《「『]([^\"“”«»‘’》」』\n]{1,80})[\"“”«»’》」』]"
)


@lru_cache(maxsize=1)
def _maker_noun() -> re.Pattern[str]:
    """A director's role noun (``director_nouns``), maybe with a case ending."""
    nouns = alternation(n for n in lang.cues("director_nouns") if " " not in n)
    return recache.compile(rf"(?i)(?:{nouns})\w{{0,3}}")


def _maker(word: str) -> bool:
    """Whether a word is a director's role noun ("director", "режисера", "filmmaker")."""
    return bool(word) and bool(_maker_noun().fullmatch(word))


def _not_people(before: list[str], token: str, after: list[str]) -> tuple[list[str], list[str]]:
    """The words around the word for film, those that name a person's nationality or a
    person left empty (four before at most, three after): one beside a director's role noun
    ("turske redateljice", "realizador brasileiro"), a capitalised word read only as a
    nationality before another capital that names no country (a given name and a surname:
    "François Ozon", "Dominika Morávková")."""
    words = [*before, token, *after]
    keep: list[bool] = []
    for i, word in enumerate(words):
        prev = words[i - 1] if i else ""
        nxt = words[i + 1] if i + 1 < len(words) else ""
        keep.append(not (_maker(prev) or _maker(nxt) or _given_name(word, nxt)))
    n = len(before)
    # the first word before and the last after stand only as their neighbours' context
    # a word left out leaves its place empty, lest the words around it pair as one name
    return (
        [w if k else "" for w, k in zip(before, keep[:n], strict=True)][-4:],
        [w if k else "" for w, k in zip(after[:3], keep[n + 1 :], strict=False)],
    )


def _given_name(word: str, nxt: str) -> bool:
    """A capitalised word that names no country itself, only by its stem, or that is a known
    given name ("Dominique", "Jordan", "Kenya"), before another capitalised word that names
    none: a person's name ("François Ozon", "Dominique Lesage")."""
    return (
        word[:1].isupper()
        and nxt[:1].isupper()
        and (
            country_name(_POSSESSIVE.sub("", word)) is None  # "Germany's One Fine Day Films"
            or key(word) in given_names()
        )
        and _country_english(nxt) is None
        and _country_english(f"{word} {nxt}") is None  # "South African"
        and not _film_word().fullmatch(nxt)
    )


#: a sentence's end, then the capital that opens the next: "… en France... Premier film
#: marocain" (not "the U.S. film", where no capital follows)
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+(?=[^\W\d_])")


def _sentence_tail(text: str) -> str:
    """The words of ``text`` after its last sentence end: the sentence the word for film
    stands in ("partir travailler en France... Premier film marocain": "Premier")."""
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text) if text[m.end()].isupper()]
    return text[ends[-1] :] if ends else text


#: a dash with spaces around it between two words: nationalities joined as one word is
_SPACED_DASH = re.compile(r"(?<=[^\W\d_])\s+[-–]\s+(?=[^\W\d_])")


def _inflected_country(word: str) -> str | None:
    """A country's name in another case, written with its capital ("Igaunijas", "Polijas"):
    one word that a CLDR name begins with, read as a nationality is."""
    if len(word) <= 3 or not word[:1].isupper():
        return None
    if " " in word.strip():  # "Maqedonisë së Veriut": each word in its case
        if word.split()[-1][:1].islower():  # "Tháinig an" ("came the"): no "Thái Lan"
            return None
        code = inflected_name_code(word)
        return country_name(code) if code else None
    return nationality_country(word)


def _nation_word(word: str) -> str | None:
    """The country a word beside the word for film names: a nationality, or a country's name
    written with its capital ("v kine", Slovak for "in the cinema", names no "Kina")."""
    return nationality_country(word) if word[0].islower() else _country_english(word)


def genre_nationalities(block: str) -> list[str]:
    """The country of a nationality written right before or after a genre word at the top
    of the page ("Svenskt drama i regi av …", "a French comedy", "une comédie française"),
    the first such pair, else of a country's name after a genre word and the word for "from"
    ("A Weird Family Drama From Iceland"); genres that are everyday words ("the Korean War")
    are no cue. The words are one phrase's: only spaces between them, so a genre word ending
    a line or a sentence pairs with no name that opens the next ("… haunting drama" /
    "Suriya shines …")."""
    for match in _SPACED_PAIR.finditer(block[:3000]):
        a, b = match.group(1), match.group(2)
        for nation, genre in ((a, b), (b, a)):
            if len(nation) > 3 and _is_genre_word(genre) and _country_english(nation):
                return [nation]
    froms = lang.cue_set("year_from")
    for line in block[:3000].splitlines():
        words = _WORD.findall(line)
        for genre, word, name in zip(words, words[1:], words[2:], strict=False):
            if word.lower() in froms and country_name(name) and _is_genre_word(genre):
                return [name]
    return []


#: two words with only spaces between them, every such pair (overlapping)
_SPACED_PAIR = re.compile(r"(?<![^\W\d_])(?=([^\W\d_]+)[ \t\u00a0]+([^\W\d_]+))")


_WORD = re.compile(r"[^\W\d_]+")
_COMMA = re.compile(r"[,،、，]")


@lru_cache(maxsize=8192)
def _is_genre_word(word: str) -> bool:
    if len(word) <= 3 or word.casefold() in _NOT_GENRES:
        return False
    # most words begin no genre: a set's look-up before the reading; else an inflected genre
    # word ("новой российской трагикомедии")
    found = genre_names(word) if key(word) in genre_first_words() else word_genres(word)
    return bool(found) and not set(found) & EVERYDAY


_NOT_GENRES = frozenset({"film", "films", "movie", "movies"})


#: after the word for film, at most one word, then words joined by spaced dashes
_SPACED_RUN = re.compile(r"\w*\s+(?:[^\W\d_]+\s+)?([^\W\d_]+(?:\s[-–]\s[^\W\d_]+)+)")


def joined_nationalities(word: str) -> list[str]:
    """The parts of a word that joins two or more nationalities with hyphens, each one naming
    a country ("srpsko-američkog", "македонско-косовската", "franco-allemand"); [] for any
    other word."""
    parts = word.split("-")
    if len(parts) < 2 or any(len(part) < 3 for part in parts):
        return []
    return parts if all(_country_english(part) for part in parts) else []


def _country_parts(value: str) -> list[str]:
    value = fl.coded_countries(value.strip())  # "Land/Jahr: D 2017"
    value = re.sub(r"\([^)]*\)", "", value.replace("_", " ").replace("\n", ", ")).strip()
    value = fl.YEAR_ANYWHERE.sub("", value).strip()  # "Land / Jahr: Deutschland, Japan 2023"
    value = re.sub(r"(?<=[a-z])(?=[A-Z])", ", ", value)
    # a code in capitals run into the next label ("País: USAAño: 2015")
    value = re.sub(r"(?<=[A-Z]{2})(?=[A-Z][a-zà-ÿ])", ", ", value)
    if country_name(value):
        return [value]
    # "Country/Language: … Germany and Mexico. English and Spanish.": a sentence each
    parts = [s for p in split_countries(value) if p for s in re.split(r"\.\s+", p) if s]
    # "Origine : France-Sénégal": a co-production's countries joined by hyphens
    parts = [c for p in parts for c in (fl.joined_countries(p) or [p])]
    parts = [_without_film_word(p) for p in parts]
    if parts and not any(country_name(p) for p in parts):
        if len(parts) == 1:  # "United States United Kingdom": a list whose commas were lost
            spaced = spaced_countries(parts[0])
            if len(spaced) >= 2:
                return spaced
        lead = _leading_country(value)  # "Danmark Rediger på Wikidata"
        return [lead] if lead else parts
    # beside countries, a language's name is the language ("Spanish" is no Spain there)
    return [p for p in parts if country_name(p) or not language_name(p)]


def _without_film_word(part: str) -> str:
    """A labelled country's part without the word for film opening or ending it ("Pays : Film
    finlandais, français": "finlandais"), which a nationality beside it qualifies."""
    words = part.split()
    if len(words) == 2 and fl.says_film(words[0]):
        return words[1]
    if len(words) == 2 and fl.says_film(words[1]):
        return words[0]
    return part


def spaced_countries(value: str) -> list[str]:
    """The countries of a value made only of country names side by side, each of one to three
    words, the longest first ("Italie France", "United States United Kingdom"); [] when any
    word is left over."""
    words = value.split()
    found: list[str] = []
    i = 0
    while i < len(words):
        size = next(
            (
                n
                for n in (3, 2, 1)
                if i + n <= len(words) and country_name(" ".join(words[i : i + n]))
            ),
            0,
        )
        if not size:
            return []
        found.append(" ".join(words[i : i + size]))
        i += size
    return found


def _leading_country(value: str) -> str | None:
    words = value.split()
    for size in (3, 2, 1):
        if len(words) > size and country_name(" ".join(words[:size])):
            return " ".join(words[:size])
    return None


def _country_english(name: str) -> str | None:
    """The English name of a country named, or of a nationality (also one written in lower
    case as its language's name is: "documental ruso", "comédie suédoise")."""
    found = country_name(name) or nationality_country(name) or language_nationality(name)
    if found is None and " " in name.strip():  # "Maqedonisë së Veriut"
        found = _inflected_country(name)
    if found is None:  # "الفيلم اللبناني": a nationality with the definite article's prefix
        prefix = next((p for p in lang.cues("article_prefixes") if name.startswith(p)), "")
        rest = name[len(prefix) :]
        found = nationality_country(rest) if prefix and len(rest) >= 4 else None
    return found


def genres(
    found: Found, prose: fl.Facts, block: str, title: str, url: str | None = None
) -> tuple[list[str], list[str]]:
    """(genres of the vocabulary, other labels kept as tags): see :func:`.genres.decide`."""
    return decide_genres(
        found.values.get("genres", []),
        found.values.get("tags", []),
        found.genres + prose.genres,
        block,
        title,
        url,
    )


def languages(found: Found) -> list[str]:
    """Spoken languages, in English, from labels and fact lines."""
    values = [
        re.sub(r"(?<=[a-z])(?=[A-Z])", " ", v).replace("\n", ", ")
        for v in found.values.get("languages", [])
    ]
    values = [re.split(r"\bwith\b|\bcon\b|\bmit\b", v)[0] for v in values]
    return normalize_languages(values + found.languages)


def companies(found: Found) -> list[str]:
    """Production companies as written."""
    return [c for v in found.values.get("companies", []) for c in split_names(v)]


def awards(found: Found) -> list[str]:
    """Awards, one per line or per "Festival – Prize" item."""
    awards: list[str] = []
    for value in found.values.get("awards", []):
        parts = value.split("\n")
        if len(parts) == 1 and value.count(" – ") + value.count(" - ") >= 2:
            parts = re.split(r",\s+(?![^()]*\))(?=[A-Z])", value)
        awards.extend(p.strip() for p in parts if p.strip())
    return dedupe(awards)
