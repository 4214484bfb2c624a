"""The few words the quote finder needs, per language, as data.

Every table is a plain tuple of lower-case words or phrases; the code that reads them is
language-neutral. Adding a language means adding its words here. (This table is kept inside
the quotes package for now; it belongs with the per-language data of the extractor once
that exists.)
"""

from __future__ import annotations

import re

from indexer.wordre import alternation


def _split(text: str) -> tuple[str, ...]:
    """The comma-separated words and phrases of ``text``."""
    return tuple(w.strip() for w in text.split(",") if w.strip())


# Headings that open a block of press quotes ("Pressestimmen", "La presse en parle :").
PRESS_HEADINGS: tuple[str, ...] = _split(
    # en
    "press, press quotes, reviews, critics reviews, critics' reviews, critics, "
    "what the critics say, what the critics said, praise, praise for, featured review, "
    "critical reception, reception, critics' consensus, press reviews, "
    # fr
    "presse, la presse en parle, revue de presse, critiques, "
    "extraits de presse, ce qu'en dit la presse, les critiques, "
    # de
    "pressestimmen, pressezitate, kritiken, pressespiegel, "
    # es, ca, gl, pt
    "críticas, crítica, la crítica, crítiques, notas da crítica, imprensa, a crítica, "
    "prensa, lo que dice la prensa, "
    # it
    "recensioni, la critica, rassegna stampa, dicono del film, "
    # nl, scandinavian, finnish
    "recensies, pers, de pers, persstemmen, anmeldelser, recensioner, arvostelut, "
    # pl, cs, sk, hu, ro
    "recenzje, prasa, recenze, ohlasy, kritiky, sajtó, kritikák, cronici, "
    # el, ru, uk, tr
    "κριτικές, рецензии, отзывы критиков, рецензії, eleştiriler"
)

# Words that put a person before it: "by Name", "par Name", "von Name".
BY_WORDS: tuple[str, ...] = _split(
    "reviewed by, review by, written by, by, par, von, por, di, da, door, av, af, przez, "
    "od, από, от"
)

# Words that put an outlet after them: "no Expresso", "in The Guardian", "for Variety".
IN_WORDS: tuple[str, ...] = _split(
    "in, for, at, from, on, dans, pour, in der, im, für, bei, en, no, na, em, para, nel, "
    "sul, su, per, op, voor, i, för, w, dla, σε, στο, στην, в, для"
)

# Verbs that report what a critic wrote ("Name observed, “…”", "« … », écrit Name").
SPEECH_VERBS: tuple[str, ...] = _split(
    # en
    "said, says, wrote, writes, writing, observed, observes, noted, notes, called, calls, "
    "described, describes, praised, stated, stating, declared, argued, argues, commented, "
    "concluded, opined, raved, hailed, summed up, "
    # fr, de, es, it, pt, nl
    "écrit, dit, estime, juge, note, souligne, schreibt, meint, urteilt, lobt, findet, "
    "escribe, dice, afirma, señala, scrive, afferma, escreve, diz, schrijft, zegt, "
    "oordeelt, "
    # pl, cs, ru, uk, sv, da, no
    "uważa, pisze, podkreśla, czytamy, píše, пишет, отмечает, пише, skriver, menar, siger, "
    "sier"
)

# Words that say the line heads a review rather than names its source ("Chicago Reader review:").
REVIEW_WORDS: tuple[str, ...] = _split(
    "review, reviews, critique, kritik, crítica, critica, recensione, recensie, recenzja, "
    "recension, rezension"
)

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
        "monde figaro libération liberation parisien humanité nouvelles obs télérama "
        "inrockuptibles croix dauphiné libéré échos echos cahiers positif première "
        "país mundo vanguardia periódico diario revista cinemanía fotogramas "
        "corriere repubblica stampa messaggero giornale sole "
        "expresso público publico folha globo estadão visão sábado "
        "volkskrant trouw parool nrc telegraaf "
        "gazeta wyborcza rzeczpospolita polityka tygodnik "
        "aftenposten dagbladet politiken berlingske expressen dagens nyheter svenska "
        "hufvudstadsbladet sanomat",
    )
)

# Lines that mark a visitor's comment rather than a critic's quote.
COMMENT_MARKS = re.compile(
    r"^(?:reply|antworten|répondre|responder|rispondi|odpowiedz|svara|svar|beantwoorden|"
    r"ответить|odpovědět|log in to reply|report comment)\s*[↓→]?$|"
    r"\b(?:19|20)\d\d(?:,\s*|\s+(?:at|um|à|alle|o)\s+)\d{1,2}:\d{2}\b",
    re.IGNORECASE,
)


# Endings of outlet names written as one word ("Filmweek", "Indiewire", "Filmstarts").
OUTLET_ENDINGS: tuple[str, ...] = _split(
    "week, wire, times, post, news, zeitung, blatt, review, reporter, magazine, journal"
)


# Headings over visitors' comments: nothing below them is a critic's quote.
COMMENT_HEADINGS: tuple[str, ...] = _split(
    "comments, your comments, user comments, user reviews, leave a comment, leave a reply, "
    "add a comment, comment, kommentare, kommentar, leserkommentare, commentaires, "
    "commentaire, comentarios, comentários, commenti, reacties, kommentarer, komentarze, "
    "komentáře, hozzászólások, comentarii, σχόλια, комментарии, коментарі, yorumlar"
)

# Headings over a film's own words, never a source: a quote under them is a tagline.
TAGLINE_HEADINGS: tuple[str, ...] = _split(
    "tagline, taglines, slogan, accroche, tagline del film, lema, eslogan, werbeslogan, "
    "motto, hasło, слоган, キャッチコピー, 宣传语"
)

# Words that start sentences and so are capitalised without being names ("When Maria says").
SENTENCE_WORDS: tuple[str, ...] = _split(
    "when, as, after, before, if, while, then, but, and, so, here, there, this, that, these, "
    "those, now, later, until, once, since, because, although, though, even, only, also, "
    "quand, lorsque, alors, mais, et, puis, wenn, als, dann, aber, und, cuando, pero, y, "
    "quando, ma, e, mentre, wanneer, maar, en"
)

# First-person words: a passage that speaks as "I" or "we" is a statement, not a review.
FIRST_PERSON = re.compile(
    r"(?<!\w)(?:j'|j’)|(?<!\w)(?:(?-i:I)|i'm|i’m|we|my|our|je|nous|ich|wir|mein|yo|"
    r"nosotros|io|noi|eu|nós|ik|wij|jag|vi|ja|я|мы|ние|аз|εγώ|εμείς)(?!\w)",
    re.IGNORECASE,
)


def phrase_pattern(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` for a regular expression, longest first."""
    return alternation(sorted(words, key=len, reverse=True))
