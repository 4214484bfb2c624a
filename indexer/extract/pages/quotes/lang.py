"""The words the quote finder reads, as tables built from the language modules.

Every word a page in one language writes around a press quote (the heading over the quotes,
"by" and "in" before a critic or an outlet, the verbs that report what a critic wrote, the
headings and reply links of visitors' comments, a tagline's heading, the words that start
sentences, the first-person pronouns, critics' role words, the words of media names such as
"Leinwand" or "Écran", the articles before an outlet) lives in that language's module under
:mod:`indexer.lang` (see :class:`~indexer.lang.base.Language`); the tables here are their
union, and the code that reads them is language-neutral. Adding a language means adding
its words to its module. What stays here are the shapes of the regular expressions.

The outlet words (``OUTLET_WORDS``, ``OUTLET_ENDINGS``) stay here as knowledge of the
press, not of a language: they are the words of outlets' names ("Times", "Zeitung",
"Figaro", "Wyborcza"), and a name is written as it is whatever the page's language ("Le
Monde wrote" on an English page, "Süddeutsche Zeitung" on a French one), like the list of
known outlets beside them (``outlets.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache

from indexer import lang, recache
from indexer.extract.pages.textlang import text_language
from indexer.wordre import alternation, longest_first, whole_words

#: capital letters of the Latin, Cyrillic and Greek scripts, for a character class ("[{UPPER}]",
#: "[^\\W\\d_{UPPER}]" for a letter in lower case)
UPPER = "A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω"
#: a word that opens with a capital, as names of outlets and people write it ("Sight", "O'Hehir")
CAPS_WORD = rf"[{UPPER}][\w.&’'-]*"
#: one to four such words, a name of an outlet or a person ("The Hollywood Reporter")
CAPS_RUN = rf"{CAPS_WORD}(?:\s+{CAPS_WORD}){{0,3}}"

# Headings that open a block of press quotes ("Pressestimmen", "La presse en parle :").
PRESS_HEADINGS: tuple[str, ...] = lang.cues("press_headings")

# Words that put a person after them: "by Name", "par Name", "von Name".
BY_WORDS: tuple[str, ...] = lang.cues("quote_by")

# Words that put an outlet after them: "no Expresso", "in The Guardian", "for Variety".
IN_WORDS: tuple[str, ...] = lang.cues("quote_in")

# Words between an actor and the part played ("Robert De Niro as Neil McCauley").
PLAYS: tuple[str, ...] = lang.cues("plays")

# Words for "according to" before a source ("Selon La Croix :"): no part of its name.
ACCORDING: tuple[str, ...] = lang.cues("quote_according")

# Verbs that report what a critic wrote ("Name observed, “…”", "« … », écrit Name").
SPEECH_VERBS: tuple[str, ...] = lang.cues("speech_verbs")

# Words that say the line heads a review rather than names its source ("Chicago Reader review:").
REVIEW_WORDS: tuple[str, ...] = lang.cues("quote_review")

# Headings of a review's part or a page's section, a post's dateline, a link to another
# article ("Mon avis", "Mein Eindruck", "Latest news", "Posted on", "Lexo edhe"): a line of
# them alone names no source. The word for a review itself ("recenzja", "review") is left to
# the reading of a review's headline ("“X” – recenzja"), which names the page's own critic.
SECTION_HEADINGS: frozenset[str] = frozenset(
    w.lower() for w in (*lang.cues("section_headings"), *lang.cues("read_also"))
) - {w.lower() for w in lang.cues("quote_review")}

# Headings over visitors' comments: nothing below them is a critic's quote.
COMMENT_HEADINGS: tuple[str, ...] = lang.cues("comment_headings")

# Headings over a film's own words, never a source: a quote under them is a tagline.
TAGLINE_HEADINGS: tuple[str, ...] = lang.cues("tagline_headings")

# Words that start sentences and so are capitalised without being names ("When Maria says").
SENTENCE_WORDS: tuple[str, ...] = lang.cues("sentence_words")


def _group(words: tuple[str, ...] | list[str]) -> str:
    """``(?:word|…)`` for a regular expression; one that never matches for no words."""
    return f"(?:{alternation(words)})" if words else "(?!)"


def _comment_marks() -> re.Pattern[str]:
    """A comment's reply link on a line of its own ("Reply ↓"), or a comment's date with its
    time ("March 3, 2019 at 10:30")."""
    return recache.compile(
        rf"^{_group(lang.cues('reply_words'))}\s*[↓→]?$|"
        rf"\b(?:19|20)\d\d(?:,\s*|\s+{_group(lang.cues('time_at'))}\s+)\d{{1,2}}:\d{{2}}\b",
        re.IGNORECASE,
    )


def _first_person() -> re.Pattern[str]:
    """A first-person word: elided ones ("j'") before any word, ones written with a capital
    ("I") only so written, the others as whole words in any case."""
    words = lang.cues("first_person")
    elided = [w for w in words if w.endswith(("'", "’"))]
    cased = [w for w in words if w != w.lower()]
    whole = [w for w in words if w not in elided and w not in cased]
    return recache.compile(
        rf"(?<!\w){_group(elided)}|(?<!\w)(?:(?-i:{_group(cased)})|{_group(whole)})(?!\w)",
        re.IGNORECASE,
    )


#: a link to the whole review where a quotation's source would stand ("- Lire la critique
#: complète", "(Read the full review)"): furniture, not a source
REVIEW_LINK = recache.compile(
    rf"^[\s\-–—~|(\[]*{_group(lang.cues('review_links'))}[\s.:…»›→>)\]]*$", re.IGNORECASE
)

#: a line that links to the whole review at its outlet ("A crítica completa está disponível no
#: site A Tarde", "Eleştirinin tamamı için: Hurriyet"): the link words among its first words
REVIEW_LINK_LEAD = recache.compile(
    rf"^[\s\-–—~|(\[]*(?:[^\W\d_]+\s+){{0,2}}{_group(lang.cues('review_links'))}(?!\w)",
    re.IGNORECASE,
)

# Lines that mark a visitor's comment rather than a critic's quote.
COMMENT_MARKS = _comment_marks()

#: the language of the page whose quotes are being read (ISO 639-1), None when unknown: set
#: for the length of one page's reading by :func:`page_language`
_PAGE_LANGUAGE: ContextVar[str | None] = ContextVar("page_language", default=None)


@contextmanager
def page_language(code: str | None) -> Iterator[None]:
    """Read the quotes of one page written in the language ``code`` (see ``FIRST_PERSON``)."""
    token = _PAGE_LANGUAGE.set(code)
    try:
        yield
    finally:
        _PAGE_LANGUAGE.reset(token)


def page_genitives() -> tuple[str, ...]:
    """The genitive endings of the page's language written without an apostrophe ("n" in
    Finnish: "Deadlinen kriitikko"), none when the language is unknown: an ending too short to
    read on every page."""
    return _GENITIVES.get(_PAGE_LANGUAGE.get() or "", ())


_GENITIVES = {
    x.code: tuple(e for e in x.genitive_endings if e[:1] not in "'’")
    for x in lang.languages()
    if x.genitive_endings
}


class _FirstPerson:
    """The first-person words of a passage, read in its page's language. A short word that is
    "I" in one language is a common word in another ("je", "is" in Croatian and Czech; "ja",
    "and" in Finnish; "eu", "EU" in English): it speaks in the first person only on a page,
    or in a passage, written in a language that lists it (a Dutch answer quoted on an
    English page), or where neither the page's nor the passage's language is one whose
    first-person words a module lists; a longer word ("jsem", "mening") wherever it stands,
    and one listed with its capitals ("I") unless both the page and the passage are told to
    be written in languages that do not list it (the article of "I magliari" in an Italian
    review)."""

    #: the longest first-person word that another language may write as a common word
    SHORT = 3
    #: the fewest words a passage needs for its own language to be told
    TOLD = 4

    def __init__(self) -> None:
        self.pattern = _first_person()
        owners: dict[str, set[str]] = {}
        for language in lang.languages():
            for word in language.first_person:
                owners.setdefault(word.lower(), set()).add(language.code)
        self.owners = {word: frozenset(codes) for word, codes in owners.items()}
        self.known = frozenset(code for codes in owners.values() for code in codes)
        self.cased = frozenset(w for w in lang.cues("first_person") if w != w.lower())

    def search(self, text: str) -> re.Match[str] | None:
        """The first word of ``text`` that speaks in the first person on this page; None."""
        found = (m for m in self.pattern.finditer(text) if self._speaks(m.group(0), text))
        return next(found, None)

    def _speaks(self, found: str, text: str) -> bool:
        """Whether the first-person word ``found`` speaks as one in ``text`` on this page."""
        word = found.lower()
        if found in self.cased and word in self.owners and len(text.split()) >= self.TOLD:
            both = {_PAGE_LANGUAGE.get(), _passage_language(text)}  # "I" of "I magliari"
            return not both <= self.known or bool(both & self.owners[word])
        if found in self.cased or len(word) > self.SHORT or word not in self.owners:
            return True
        told = [_PAGE_LANGUAGE.get()]
        if len(text.split()) >= self.TOLD:
            told.append(_passage_language(text))
        codes = [code for code in told if code in self.known]
        return not codes or any(code in self.owners[word] for code in codes)


@lru_cache(maxsize=4096)
def _passage_language(text: str) -> str | None:
    """The language one passage is written in (see :mod:`~indexer.extract.pages.textlang`)."""
    return text_language(text)


# First-person words: a passage that speaks as "I" or "we" is a statement, not a review.
FIRST_PERSON = _FirstPerson()


# Words that make a capitalised name an outlet ("Chicago Reader", "Süddeutsche Zeitung").
OUTLET_WORDS: frozenset[str] = frozenset(
    re.findall(
        r"\S+",
        "times post news magazine journal tribune reporter globe chronicle herald "
        "telegraph independent observer guardian standard gazette sentinel examiner inquirer "
        "monitor express mail mirror star sun voice weekly daily sunday evening morning "
        "online digital radio tv television channel network press media wire reader variety "
        "empire screen sight critic critics collider deadline week point stone age blog "
        "rogerebert insider today world entertainment filmweek flavorwire slate wrap playlist "
        "uproxx polygon mubi letterboxd nme metro faz telerama "
        "indiewire vulture slant salon verge atlantic yorker bbc cnn npr abc nbc cbs "
        "zeitung allgemeine rundschau spiegel stern zeit tagesspiegel kurier presse standard "
        "feuilleton falter filmdienst epd "
        "monde figaro libération liberation parisien humanité nouvelles obs observateur télérama "
        "inrockuptibles croix dauphiné libéré échos echos cahiers positif première "
        "país mundo vanguardia periódico diario revista cinemanía fotogramas "
        "corriere repubblica stampa messaggero giornale sole "
        "expresso público publico folha globo estadão visão sábado "
        "volkskrant trouw parool nrc telegraaf dagblad nieuwsblad "
        "gazeta wyborcza rzeczpospolita polityka tygodnik "
        "aftenposten dagbladet politiken berlingske expressen dagens nyheter svenska "
        "hufvudstadsbladet sanomat tidende blad avis avisen posten "
        "fernsehen rundfunk televisión televisione télévision televisão telewizja televize "
        "televízia televizija телевидение радио harian báo noviny novin gazety dziennik "
        "tidning tidningen krant lapja gazetesi dergisi rivista zeitschrift magazin "
        "tijdschrift tidsskrift časopis журнал газета",
    )
)

# Words of outlets' names that are no evidence of an outlet alone ("Film Notes" is a heading)
# but are never part of a person's name ("Film Threat", "Movie Habit", "Cinema Crazed"): the
# ``media_words`` of every language and these, which are no language's.
MEDIA_WORDS: frozenset[str] = frozenset(
    ("cinefile", "filmsite", "podcast", "dvd", "blu-ray", *lang.cues("media_words"))
)

# A critic's role written beside the name ("山田太郎（映画評論家）", "Jane Doe (film critic)"): the
# name is the critic's, not an outlet's.
CRITIC_ROLES: tuple[str, ...] = lang.cues("critic_roles")
#: honorifics written after a person's name ("이동진 씨", "山田さん")
HONORIFICS: tuple[str, ...] = lang.cues("honorifics_after")

# A generation after a person's name ("Name, jr.", "Name ml."): part of the name.
NAME_SUFFIXES: tuple[str, ...] = (*lang.cues("name_suffixes"), "ii", "iii", "iv")

# "Respectively": the quotations after it go in order to the sources listed before it.
RESPECTIVELY: tuple[str, ...] = lang.cues("respectively")

# The page's own critic ("our critic"): the quotation is the publication's own review.
OWN_CRITIC: tuple[str, ...] = lang.cues("own_critic")

# Articles before an outlet's name after a speech verb ("γράφει η Καθημερινή").
OUTLET_ARTICLES: tuple[str, ...] = lang.cues("outlet_articles")

# Words of an outlet's name or a press role, never a critic's name ("한겨레 신문").
PRESS_NOUNS: tuple[str, ...] = lang.cues("press_nouns")

# Words that speak of the press without naming an outlet ("critics", "媒体"): an unsigned
# quotation near them is the press's, one far from them a statement the news reports.
PRESS_WORDS: tuple[str, ...] = lang.cues("press_words")

# Words that name again an outlet named before ("the newspaper", "tidningen", "이 신문").
OUTLET_ANAPHORA: tuple[str, ...] = lang.cues("outlet_anaphora")

# Particles after a closing mark that make the quotation reported speech ("“…”라고 평했다").
QUOTATIVES: tuple[str, ...] = lang.cues("quotatives")

# Particles glued to the subject of a sentence in a verb-final language ("뉴욕 타임스는").
TOPIC_PARTICLES: tuple[str, ...] = lang.cues("topic_particles")

# Words for a kind of publication written before its name ("일간지 뉴욕 타임스").
OUTLET_KINDS: tuple[str, ...] = lang.cues("outlet_kinds")

# Stems of verbs of judging after a quotation in a verb-final language ("호평했다").
REVIEW_VERBS: tuple[str, ...] = lang.cues("review_verbs")

# Subject pronouns beside a verb of saying after a quotation ("«…», skrev hun"): the critic
# named before wrote it.
QUOTE_PRONOUNS: tuple[str, ...] = lang.cues("quote_pronouns")
#: the pronouns for a thing beside a verb of saying: the outlet named before
OUTLET_PRONOUNS: tuple[str, ...] = lang.cues("outlet_pronouns")

# Endings of outlet names written as one word ("Filmweek", "Indiewire", "Filmstarts").
OUTLET_ENDINGS: tuple[str, ...] = tuple(
    re.findall(
        r"\S+",
        "week wire times post news daily zeitung blatt review reporter magazine journal avisen "
        "bladet posten",
    )
)


def phrase_pattern(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` for a regular expression, longest first."""
    return alternation(longest_first(words))


def whole_phrases(words: tuple[str, ...]) -> str:
    """Any of ``words``, whole and case ignored (:func:`indexer.wordre.whole_words`), longest
    first; a pattern that never matches for none."""
    return whole_words(longest_first(words))
