"""Quotes inside running prose, with the critic the prose names.

"Penelope Gilliat observed, “The telling is a rarity…”", "Manola Darghis writing for The New
York Times … stating: "…"", "Writing in The Guardian, Peter Bradshaw … He said of the film:
"…"", "„…“ - uważa Hornaday". A passage is attributed only when a reporting verb before it
shows that someone is being quoted, or a dash or a bracketed name follows it. The critic is
the first name in that sentence (or, after "He said", in the one before); the outlet follows
"in", "for", "dans". A critic's role beside a name names the critic ("unser Kritiker Björn
Schneider ist begeistert:"); a pronoun or a role with no name beside a verb of saying after
the quotation ("«…», skrev hun", "“…,” the critic added") stands for the critic named before;
a quotation opening its paragraph may be signed by the sentence after it ("“…”. Qui dispara
aquesta tirallonga d’elogis és Peter Bradshaw, el crític … de The Guardian"); a quotation
that nothing nearer attributes takes the one critic that an earlier sentence of its paragraph
names beside a role; a speaker written after a word for the film's director makes a statement,
not a review.
"""

from __future__ import annotations

import functools
import re

from indexer import lang, recache
from indexer.extract.pages.quotes import marks
from indexer.extract.pages.quotes.kindlead import kind_lead
from indexer.extract.pages.quotes.kinds import (
    kind_after_verb,
    kind_named,
    kind_subject,
    quoted_before_kind,
)
from indexer.extract.pages.quotes.lang import (
    CAPS_RUN,
    CAPS_WORD,
    CRITIC_ROLES,
    FIRST_PERSON,
    IN_WORDS,
    OUTLET_ANAPHORA,
    OUTLET_ARTICLES,
    OUTLET_PRONOUNS,
    OUTLET_WORDS,
    QUOTE_PRONOUNS,
    SENTENCE_WORDS,
    SPEECH_VERBS,
    TOPIC_PARTICLES,
    UPPER,
    page_genitives,
    phrase_pattern,
    whole_phrases,
)
from indexer.extract.pages.quotes.rolenames import (
    marked_role_outlet,
    role_kind_outlet,
    uncased_role_person,
)
from indexer.extract.pages.quotes.scripts import listed_name, script_after, script_source
from indexer.extract.pages.quotes.shapes import CONTINUES, shaped_source, unglued
from indexer.extract.pages.quotes.speech import interjected, respectively
from indexer.extract.pages.quotes.subject import (
    said_last,
    subject_dropped,
    subject_outlet,
    subject_person,
)
from indexer.extract.pages.quotes.who import (
    DITTO,
    Who,
    WordBefore,
    caseless_outlet,
    is_person,
    known_outlet,
    listed_outlets,
    ordinary_name,
    outlet_evidence,
    outlet_name,
    parse,
)
from indexer.extract.pages.scripts import KANA_HAN
from indexer.extract.pages.text import SPACES
from indexer.extract.pages.titleperson import person_like
from indexer.normalize import country_code, key, nationality_country
from indexer.wordre import alternation

Found = tuple[str, Who | None, str]

#: CJK verbs are read inside a run of characters, which has no spaces between words
_CJK_SPEECH = tuple(v for v in SPEECH_VERBS if re.fullmatch(rf"[{KANA_HAN}]+", v))
_VERB = recache.compile(
    rf"{whole_phrases(SPEECH_VERBS)}|{phrase_pattern(_CJK_SPEECH) or '(?!)'}",
    re.IGNORECASE,
)
#: a verb of saying or writing, of any language
SPEECH_VERB = _VERB
#: a capitalised name, after a space or glued to CJK text ("影評人Robbie Collin")
_CJK_CHAR = KANA_HAN
_NAME_CHAR = rf"(?:(?![{_CJK_CHAR}])[\w’'-])"
#: a name, its initials written before it too ("A.O. Scott", "J. Hoberman", "M. v. Schwarzkopf")
_NAME = recache.compile(
    rf"(?:(?<![\w.])|(?<=[{_CJK_CHAR}]))(?:[A-ZÀ-ÝА-ЯΑ-Ω]\.\s?){{0,3}}[A-ZÀ-ÝА-ЯΑ-Ω]{_NAME_CHAR}+"
    rf"(?:\s+(?:[A-ZÀ-ÝА-ЯΑ-Ω]{_NAME_CHAR}+|van|von|de|da|di|del|der|le|la)){{0,5}}"
)
_IN = recache.compile(
    rf"(?<!\w)(?i:{phrase_pattern(IN_WORDS)})\s+[„\"“]?(?P<o>(?:the\s+)?{CAPS_WORD}"
    rf"(?:\s+(?:{CAPS_WORD}|(?:of|de|du|des|di|del|della|&|and|und|et|y)(?!\w)|d[’']{CAPS_WORD}))*)"
)
_OWNER = re.compile(
    rf"(?P<o>(?:The\s+)?{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|&)){{0,3}})[’']s\s+[A-ZÀ-Ý]\w+\s+[A-ZÀ-Ý]"
)
#: an outlet in the genitive before its review, a few words between: "The Guardian’s four star
#: review starts :"
_OWNED_REVIEW = recache.compile(
    rf"(?<![\w.])(?P<o>(?:The\s+)?{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|&)){{0,3}})[’']s\s+"
    rf"(?:[\w-]+\s+){{0,3}}(?i:{phrase_pattern(lang.cues('quote_review')) or '(?!)'})(?!\w)"
)
#: an outlet in the genitive before a critic's role, and maybe the critic's name: "SvD:s
#: recensent Jeanette Gentele", "Dagbladets anmelder Eirik Alver", "The Guardian's critic"
_OWNED_ROLE = recache.compile(
    rf"(?<![\w.])(?P<o>(?:(?i:the)\s+)?{CAPS_WORD}(?:\s+{CAPS_WORD}){{0,3}}?)(?::s|['’]s|s)\s+"
    rf"(?i:{phrase_pattern(CRITIC_ROLES) or '(?!)'})(?!\w)"
    rf"(?:\s+(?P<name>{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|von|van|de|da|del|der)){{1,3}}))?"
)
#: an outlet's article written with a capital ("El País", "De Volkskrant")
_CAPITAL_ARTICLE = phrase_pattern(tuple(w[:1].upper() + w[1:] for w in OUTLET_ARTICLES))
#: a critic, then "of" and the outlet set off as an apposition ("Carlos Boyero, de El País,",
#: "Sergi Sánchez, de La Razón:", "Luis Martínez de El Mundo también destaca")
_APPOSED = recache.compile(
    rf"(?P<name>{CAPS_WORD}(?:\s+{CAPS_WORD}){{1,3}})\s*,?\s+(?P<of>de|del|du|da|do|di|della)\s+"
    rf"(?P<o>(?:(?:{_CAPITAL_ARTICLE})\s+)?{CAPS_RUN})"
    r"(?=\s*[,:;.]|\s+[^\W\d_A-ZÀ-Ý]|\s*$)"
)
_TRAILING_PARTICLE = re.compile(r"(?:\s+(?:van|von|de|da|di|del|der|le|la))+$")
#: a sentence whose subject names again the outlet named before: "De omroep noemt de film
#: '…'", "Para o jornal britânico, o longa “…”"
_ANAPHORA_SUBJECT = recache.compile(
    rf"^\W*(?:(?i:{phrase_pattern(IN_WORDS)})\s+)?"
    rf"(?P<a>(?i:{phrase_pattern(OUTLET_ANAPHORA) or '(?!)'}))(?!\w)"
)
#: a quotation of a word or a few, all in lower case: "'ontroerend'", "“incrível”"
_LOWER_PHRASE = re.compile(r"[^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω]+(?:[\s-][^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω]+){0,2}")
#: an acronym's genitive written with a colon before a person's name: "SvD:s Jeanette Gentele"
_COLON_OWNED = re.compile(
    rf"(?<![\w.])(?P<o>[A-ZÀ-Ý][\w&-]*):s\s+(?P<name>{CAPS_WORD}(?:\s+{CAPS_WORD}){{1,3}})"
)
#: a sentence that opens with the outlet it speaks for: "For Variety, …", "Pour Le Monde, …"
_FOR = recache.compile(rf"^\W*(?i:{phrase_pattern(IN_WORDS)})\s+(?P<o>[^,]{{2,60}}),")
#: the same without a comma: "Für die FAZ ist der Film „…“"
_FOR_RUN = recache.compile(
    rf"^\W*(?i:{phrase_pattern(IN_WORDS)})\s+(?P<o>(?:(?i:the|die|der|das|le|la|el|il|de|het)\s+)?"
    rf"{CAPS_WORD}(?:\s+(?:(?:of|de|du|des|di|del|della|da|do|dos|das)\s+)?{CAPS_WORD}){{0,4}})"
)  # "Secondo il Corriere della Sera è «…»"
#: a verb in lower case, then a person's name: the critic after an opening "In Outlet"
_VERB_THEN_NAME = re.compile(
    rf"\s+[^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω]\w*\s+(?P<name>{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|af|von|van|de|da|del|der)){{1,3}})"
    r"(?=\s*[:,]?\s*$|\s*:)"
)
#: words that open sentences, never a critic's one-word name before a verb ("Jak podkreśliła")
_OPENERS = frozenset(w.lower() for w in SENTENCE_WORDS)
_MONTHS = frozenset(m.lower() for m in lang.months())
_LEAD_WORDS = frozenset(w.lower() for w in (*IN_WORDS, *SPEECH_VERBS) if " " not in w)
_ARTICLE_BEFORE = re.compile(rf"(?:^|\s)(?i:{phrase_pattern(OUTLET_ARTICLES)})\s+$")
#: a verb of reporting or "in" before an outlet at the start of a sentence ("Selon Le Monde")
_LEAD_WORD = recache.compile(rf"^(?i:{phrase_pattern(IN_WORDS + SPEECH_VERBS)})\s+")
_SUBJECT = re.compile(
    rf"^\W{{0,3}}(?P<o>(?:(?i:the|a|o|le|la|les|el|il|lo|der|die|das|de|het)\s+|l['’])?"
    rf"{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|(?:de|da|do|della|del|des|du|di)(?!\w))){{0,5}})"
)
_SPEAKER = recache.compile(rf"(?P<o>{CAPS_RUN})\s+(?i:{phrase_pattern(SPEECH_VERBS)})(?!\w)")
#: a name written before the critic's role in a script without capitals ("박평식 평론가는"), the
#: role not followed by another name ("유명한 평론가 박평식" is role-first) nor by an ending
#: glued to it that is no topic particle ("수석 평론가인 데이비드 얼리히는", the chief critic
#: who is David Ehrlich: the role qualifies the name after it; "수석", chief, is no name)
_ROLE_AFTER = recache.compile(
    rf"(?<!\S)(?P<name>[^\W\d_]{{2,6}})\s*(?:{phrase_pattern(CRITIC_ROLES)})"
    rf"(?!(?!(?:{phrase_pattern(TOPIC_PARTICLES) or '(?!)'})(?![^\W\d_]))[^\W\d_])"
    r"(?!\s+[^\W\d_]{2,6}(?:\s|$)|\s*[A-ZÀ-Ý])"
)
#: an outlet in title marks, a critic's role and a name: "《每日電訊報》影評人Robbie Collin"
_MARKED_ROLE = recache.compile(
    rf"《(?P<o>[^《》]{{1,20}})》\s*(?:{phrase_pattern(CRITIC_ROLES)})\s*(?P<name>\S[^,，、;；:：「“]*)"
)
#: a name in quotation marks after a critic's role or a word for "in"/"for": the outlet,
#: whatever its words ("критика «Коммерсанта» Андрея Плахова", "для «Новой газеты»", "в «Медузе»")
_QUOTED_AFTER = recache.compile(
    rf"(?<!\w)(?i:{phrase_pattern(CRITIC_ROLES + IN_WORDS) or '(?!)'})\s+[«„\"“](?P<o>{CAPS_WORD}"
    rf"(?:\s+[\w.&’'-]+){{0,3}})[»“”\"]"
)
#: a name, then a source in brackets, quoted or not: "David Ehrlich ("IndieWire")"
_BRACKETED = re.compile(
    rf"(?P<name>{CAPS_WORD}(?:\s+{CAPS_WORD}){{1,3}})\s*\(\s*(?P<q>[\"“„«])?"
    r"(?P<o>[^()\"“”„«»]{2,40}?)[\"”“»]?\s*\)"
)
#: the same opening a sentence in a script without capitals, the outlet in quotation marks:
#: 'יהודה סתיו ("ידיעות אחרונות") מתאר', "فلان الفلاني («الأهرام») يقول"
_BRACKETED_CASELESS = re.compile(
    r"^\W*(?P<name>[^\W\d_][\w'׳-]*(?:\s+[^\W\d_][\w'׳-]*){1,2})\s*\(\s*[\"“„«״]"
    r"(?P<o>[^()\"“”„«»״]{2,40}?)[\"”“»״]\s*\)"
)
#: an outlet's name in quotation marks joined by a hyphen to a word for an outlet or for a
#: critic, and a name after the critic: 'Das "Time"-Magazin', '"Village Voice"-Kritiker J.
#: Hoberman' (a compound noun in German, Dutch or the Nordic languages)
_COMPOUND = re.compile(
    rf"[\"“„«](?P<o>{CAPS_RUN})[\"”“»]-(?P<w>[^\W\d_]+)"
    rf"(?:\s+(?P<name>{CAPS_WORD}(?:\s+{CAPS_WORD}){{1,3}}))?"
)
_ROLE_WORDS = frozenset(r.lower() for r in CRITIC_ROLES)
_TITLED = recache.compile(rf"(?<!\w)(?i:{alternation(lang.cues('film_words'))})\s*$")
_CJK = re.compile(rf"[{_CJK_CHAR}]{{4}}")
_LOWER_WORD = re.compile(r"(?<![\w'’])[^\W\d_A-ZÀ-ÝА-ЯΑ-Ω]\w+")
_AFTER = recache.compile(
    rf"^\W{{0,3}}\s*(?:[-–—~,]\s*)?(?:{phrase_pattern(SPEECH_VERBS)})?\s*(?P<who>[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){{0,3}})",
)
#: "“…” said the Independent, while …", "“…”, schrijft vakblad Variety.": a verb of saying,
#: an article or a word of description, and an outlet's name ending the clause after a
#: quotation, or followed only by a few words in lower case ("skrev Dagens Nyheter i helgen",
#: "said the Independent last week")
_ARTICLE = rf"(?i:{phrase_pattern(OUTLET_ARTICLES) or '(?!)'})"
#: the source written before its verb of saying after the closing mark ("”, Hammond
#: kirjoittaa ja kehuu …", "”, Bradshaw writes.", "”, Peter Bradshaw writes in The Guardian."):
#: a name of one to three capitalised words, the verb, then a publication after "in" or the
#: rest of the clause
_SOURCE_SAYS = recache.compile(
    rf"^\s*(?:[-–—~,]\s*){{0,2}}(?P<art>(?i:{phrase_pattern(OUTLET_ARTICLES)})\s+)?"
    rf"(?P<who>[{UPPER}][\w’'-]+(?: [{UPPER}][\w’'-]+){{0,2}})\s+"
    rf"(?i:{phrase_pattern(SPEECH_VERBS)})(?!\w)"
    rf"(?:\s+(?i:{phrase_pattern(IN_WORDS)})\s+"
    rf"(?P<outlet>[{UPPER}][\w’'&.-]*(?:\s+[{UPPER}][\w’'&.-]*){{0,4}}))?"
    r"(?:[.!?,;:]|\s|$)"
)
#: a quotation opening right after a verb of saying, maybe after a colon or a comma
_OPENS_QUOTE = re.compile(r"\s*[:,]?\s*[«„\"“‘]")
#: a capitalised name and a verb of saying in the clause before a quotation: "SPIEGEL ONLINE
#: spricht von "
_NAME_SAYS = recache.compile(rf"{CAPS_RUN}\s+(?i:{phrase_pattern(SPEECH_VERBS)})(?!\w)")


def _reported_both_sides(lead: str, after: str) -> bool:
    """True when the clause before a quotation reports it (a name and a verb of saying) and
    the clause after it leads to the next quotation with a source and a verb of its own
    ('SPIEGEL ONLINE spricht von "…", ZEIT ONLINE meint "…"'): the source before is this
    quotation's, the one after the next one's."""
    says = _SOURCE_SAYS.match(after)
    if says is None or not _OPENS_QUOTE.match(after, says.end() - 1):
        return False
    clause_before = re.split(r"[.;!?]\s|,\s", lead)[-1]
    return _NAME_SAYS.search(clause_before) is not None


#: an article opening an outlet's name ("The Guardian", "Le Monde")
_ARTICLE_AT = recache.compile(rf"(?i:{phrase_pattern(OUTLET_ARTICLES)})\s")
_SAYS_OUTLET = recache.compile(
    rf"^\W{{0,3}}\s*(?i:{phrase_pattern(SPEECH_VERBS)})\s+(?:(?!{_ARTICLE}\s)[^\W\d_A-ZÀ-Ý]{{3,}}\s+)?"
    rf"(?P<o>(?:{_ARTICLE}\s+)?{CAPS_RUN})"
    r"(?:\s+[^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω][\w’'-]*){0,4}\W*$"
)
#: the passive's agent after a quotation: "called “…” by the New York Times", "qualifié de
#: « … » par Le Monde"; the outlet must be one beyond doubt
_AGENT_BY = phrase_pattern(tuple(w for w in lang.cues("quote_by") if " " not in w)) or "(?!)"
_BY_OUTLET = recache.compile(
    rf"^[\s\"”“»«’']{{0,3}}(?i:{_AGENT_BY})"
    rf"\s+(?P<o>(?:{_ARTICLE}\s+)?{CAPS_WORD}(?:\s+{CAPS_WORD}){{0,4}})(?!\s*{CAPS_WORD})"
)
#: a verb of saying and an outlet's review after a quotation: "“…,” said Deadline’s review"
_REVIEW_WORD = phrase_pattern(lang.cues("review_words")) or "(?!)"
_SAYS_REVIEW = recache.compile(
    rf"^\W{{0,3}}\s*(?i:{phrase_pattern(SPEECH_VERBS)})\s+(?P<o>(?:{_ARTICLE}\s+)?{CAPS_WORD}"
    rf"(?:\s+{CAPS_WORD}){{0,3}})['’]s?\s+(?i:{_REVIEW_WORD})(?!\w)"
)
#: a verb of saying, a word for "in", a review and its critic's name after a quotation, then
#: maybe the outlet: "«…», — говорится в рецензии Джессики Кианг, S&S.", "„…“, heißt es in
#: der Kritik von Anke Westphal in der Berliner Zeitung" (the name as the language inflects it)
_REVIEW_BY = phrase_pattern(tuple({*lang.cues("quote_by"), *lang.cues("review_of")})) or "(?!)"
_NAME_WORD = r"[A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω][\w’'-]+"
_SAYS_IN_REVIEW = recache.compile(
    rf"^\W{{0,3}}\s*(?i:{phrase_pattern(SPEECH_VERBS)})\s+(?i:{phrase_pattern(IN_WORDS)})\s+"
    rf"(?:{_ARTICLE}\s+)?(?i:{_REVIEW_WORD})\s+(?:(?i:{_REVIEW_BY})\s+)?"
    rf"(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
    rf"(?:(?:\s*,\s*|\s+(?i:{phrase_pattern(IN_WORDS)})\s+(?:{_ARTICLE}\s+)?)"
    r"(?P<o>[^\s.;!?,][^.;!?,]{1,40}?))?\s*(?:[.;!?]|$)"
)
#: "“…”, avalia o “Hollywood Reporter”.": a verb of saying, maybe an article, and a name in
#: quotation marks ending the sentence after a quotation: the outlet, whatever its words
_SAYS_QUOTED = recache.compile(
    rf"^\W{{0,3}}\s*(?i:{phrase_pattern(SPEECH_VERBS)})\s+"
    rf"(?:(?i:{phrase_pattern(OUTLET_ARTICLES) or '(?!)'})\s+)?[\"“„«‘]"
    rf"(?P<o>(?:(?i:{phrase_pattern(OUTLET_ARTICLES) or '(?!)'})\s+|[lL][’'])?"
    rf"{CAPS_WORD}(?:\s+{CAPS_WORD}){{0,4}})[\"”“»’]\s*[.;!?]?\s*$"
)  # "“…” scrive ‘la Repubblica’.", "“…”, scrive ‘l’Unità’."
#: the text after a closing mark up to the next opening one: "Name, Outlet, ‘"
_NEXT_QUOTE = re.compile(r"^([^\"“”„«»‘’.!?]{5,80})(?=[\"“„«‘][^\W\d_])")
#: a short quotation joined to the one before by a comma or "and": "“A” and “B”, said X"
_CHAINED = recache.compile(
    rf"^\s*(?:,|(?i:{alternation(lang.cues('conjunctions'))}))\s*[\"“„«‘][^\"“”„«»‘’]{{1,40}}[\"”“»’]"
)
#: what opens the text after a quotation that names its source: a dash or a verb of saying
_LEADS_TO_WHO = recache.compile(rf"^\W{{0,3}}\s*(?:[-–—~,]|(?:{phrase_pattern(SPEECH_VERBS)})\s)")
_PRONOUNS = frozenset(
    re.findall(r"\S+", "he she they it his her il elle er sie es él ella lui lei ele ela on ona")
) | {p.lower() for p in QUOTE_PRONOUNS}
#: the pronouns that say "the one named before" as the subject of a sentence
_SUBJECTS = _PRONOUNS - {"it", "his", "her", "es", "lui"}
#: what follows a quotation whose writer was named before: "- czytamy", ", he adds."
_DITTO = recache.compile(
    rf"^\W{{0,3}}\s*(?:[-–—~,]\s*)?(?:(?i:{phrase_pattern(tuple(_PRONOUNS))})\s+)?"
    rf"(?i:{phrase_pattern(SPEECH_VERBS)})\s*[.!]?\s*$"
)
#: a sentence's end: a full stop, then a space before a capital or a mark; or a CJK full stop
#: (an initial's full stop ends none: "critic A. O. Scott called it")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-ZÀ-ÝА-Я]\.)\s+(?=[A-ZÀ-Ý\"“„«])|(?<=[。！？])(?!$)")
#: a sentence's end before a space, where no initial's full stop is one ("A.O. Scott", "J.
#: Hoberman": a capital letter standing alone before it)
_SENTENCE_BREAK = re.compile(r"(?<!\b[A-ZÀ-ÝА-Я])[.!?。！？]\s")
#: a verb of saying and a subject pronoun after a quotation, in either order, whatever
#: follows: "«…», skrev hun i anmeldelsen", "„…“, lisas ta ja selgitas", "“…,” she adds"
_PRONOUN_WORD = rf"(?i:{phrase_pattern(QUOTE_PRONOUNS) or '(?!)'})"
_SAID_PRONOUN = recache.compile(
    rf"^\W{{0,3}}\s*(?:[-–—~,]\s*)?(?:(?i:{phrase_pattern(SPEECH_VERBS)})[\s-]+{_PRONOUN_WORD}"
    rf"|{_PRONOUN_WORD}\s+(?i:{phrase_pattern(SPEECH_VERBS)}))(?!\w)"
)
_ROLE = rf"(?i:{phrase_pattern(CRITIC_ROLES) or '(?!)'})"
#: a verb of saying and the pronoun for a thing after a quotation, in either order: "‘…,’ it
#: said", "“…”, klinkt het": the outlet named before says it, as no person does
_SAID_IT = recache.compile(
    rf"^\W{{0,3}}\s*(?:[-–—~,]\s*)?(?:(?P<verb>(?i:{phrase_pattern(SPEECH_VERBS)}))\s+)?"
    rf"(?P<it>(?i:{phrase_pattern(OUTLET_PRONOUNS) or '(?!)'}))(?(verb)|\s+"
    rf"(?i:{phrase_pattern(SPEECH_VERBS)}))(?!\w)\W*(?:$|[.!?;]\s)"
)
#: a verb of saying and a critic's role with no name after a quotation, in either order:
#: "„…“, kommenteeris filmikriitik", "“…,” said the critic.", "“…,” the critic added."
_ARTICLE_OPT = rf"(?:(?i:{phrase_pattern(OUTLET_ARTICLES) or '(?!)'})\s+)?"
_SAID_ROLE = recache.compile(
    rf"^\W{{0,3}}\s*(?:[-–—~,]\s*)?(?:(?i:{phrase_pattern(SPEECH_VERBS)})\s+{_ARTICLE_OPT}{_ROLE}"
    rf"(?!\w)(?!\s+[A-ZÀ-ÝĀ-Ž])|{_ARTICLE_OPT}{_ROLE}\s+(?i:{phrase_pattern(SPEECH_VERBS)})(?!\w))"
)
#: a word that names again the outlet named before, in the genitive before a critic's role,
#: after a quotation: "“…,” the paper's critic wrote", "”…”, skriver tidningens recensent"
_SAID_ANAPHORA_ROLE = recache.compile(
    rf"^\W{{0,3}}\s*(?:[-–—~,]\s*)?(?:(?i:{phrase_pattern(SPEECH_VERBS)})\s+)?"
    rf"(?P<a>(?i:{phrase_pattern(OUTLET_ANAPHORA) or '(?!)'}))(?:['’]s|s)\s+{_ROLE}(?!\w)"
)
#: a critic's role right before or after a person's name: "unser Kritiker Björn Schneider",
#: "Vår anmelder Marte Thingstad", "Peter Bradshaw, el crític de …", "Jane Doe, film critic"
_ROLE_NAMED = recache.compile(
    rf"(?<!\w){_ROLE}\s+(?P<after>{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|von|van|de|da|del|der)){{1,3}})"
    rf"|(?P<before>{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|von|van|de|da|del|der)){{1,3}})\s*,\s+"
    rf"(?:[^\W\d_A-ZÀ-Ý]{{1,3}}\s+)?(?:[^\W\d_A-ZÀ-Ý]+\s+)?{_ROLE}(?!\w)"
)
#: a verb of saying, a critic's role and the critic's name after a quotation: "«…», escreveu
#: o crítico Jorge Mourinha no Público", "“…,” writes critic Jane Doe in Empire"
_SAID_ROLE_NAMED = recache.compile(
    rf"^\W{{0,3}}\s*(?:[-–—~,]\s*)?(?i:{phrase_pattern(SPEECH_VERBS)})\s+{_ARTICLE_OPT}"
    rf"(?:[^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω]+\s+)?{_ROLE}\s+(?P<who>{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|von|van|de|da|del|der)){{1,3}})"
)
#: a verb of saying, a critic's role, a word for "of" and the outlet, then the critic's name
#: set off by commas, after a quotation: "“…”, escreveu o crítico do Estadão, Luiz Zanin
#: Oricchio, na época", "“…,” wrote the critic of The Observer, Jane Doe"
_OF_WORDS = phrase_pattern(tuple({*lang.cues("review_of"), *IN_WORDS}))
_SAID_ROLE_OF_OUTLET = recache.compile(
    rf"^\W{{0,3}}\s*(?:[-–—~,]\s*)?(?i:{phrase_pattern(SPEECH_VERBS)})\s+{_ARTICLE_OPT}{_ROLE}"
    rf"\s+(?i:{_OF_WORDS or '(?!)'})\s+(?P<o>{CAPS_RUN})\s*,\s+"
    rf"(?P<who>{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|von|van|de|da|del|der)){{1,3}})(?=\s*[,.;:!?)]|\s*$)"
)
#: the same, and a semicolon before CJK text, which ends a clause with a subject of its own
_CLAUSE_CJK = re.compile(rf"{_SENTENCE_END.pattern}|(?<=[;；])(?=[{_CJK_CHAR}])")


#: an outlet the quote catalogues cite, as listed, anywhere in a sentence
_CATALOGUE = sorted(listed_outlets(), key=len, reverse=True)
_CATALOGUED = recache.compile(
    rf"(?<![\w-])(?:(?:The|the)\s+)?(?:{alternation(_CATALOGUE)})(?![\w-])"
)


def catalogued_source(here: str) -> Who | None:
    """The one outlet the quote catalogues cite that the sentence before a quotation names,
    in any language and whatever its verb ("menurut media hiburan Variety asal Amerika, film
    ini merupakan, “…”"), standing apart from other capitalised words (not the "Times" of
    "The Straits Times"), with the critic named right before it ("Joe Morgenstern จาก Wall
    Street Journal “…”") or beside a critic's role: a sentence that names where it quotes
    from."""
    if len(here) > 300:
        return None
    found = {}
    for match in _CATALOGUED.finditer(here):
        before = here[: match.start()].split()[-1:]
        after = here[match.end() :].split()[:1]
        if before and before[0][:1].isupper():
            continue
        if after and after[0][:1].isupper() and not re.match(r"\W", after[0]):
            continue
        if known_outlet(match.group(0)):
            found[match.group(0)] = match.start()
    if len(found) != 1:
        return None
    ((outlet, at),) = found.items()
    critic = role_person(here)
    near = _NEAR_NAME.search(here[:at])
    if critic is None and near and is_person(name := near.group("name")):
        critic = name
    return Who(critic, outlet, True)


#: a name right before an outlet, a short word or two between ("Name de", "Name จาก")
_NEAR_NAME = re.compile(
    r"(?P<name>(?:[A-ZÀ-Ý][\w'’.-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+)\s*,?\s+(?:\S{1,6}\s+){0,2}"
    r"(?:(?i:the)\s+)?$"
)


def _outlet_heads(who: Who, before: str) -> bool:
    """True when the outlet alone heads the sentence of the quotation (one more word at most,
    a connective or a particle: "또 애리조나 리퍼블릭(Arizona Republic)은 “우리가 …”"), or with a
    critic's role word ("Guardian film eleştirmeni, “…”"): the outlet or its critic says "we"
    or "I" in its own review, as when it is the subject of the verb of saying before the
    quotation ("The Movie Army called the film “…us…”"); "Campion told Variety, “We …”" is an
    interview."""
    if who.outlet is None or key(who.outlet) not in key(before):
        return False
    if _CRITIC_ROLE.search(before):
        return True  # "Guardian film eleştirmeni, “… benim …” dedi": the outlet's critic
    if _said_by(who.outlet, before):
        return True  # "The Movie Army called the film “… teaches us …”": its own words
    return len(before.split()) <= len(who.outlet.split()) + 1


def _said_by(outlet: str, before: str) -> bool:
    """True when ``outlet`` is the subject of a verb of saying written right after it in the
    last sentence of ``before`` ("… that The Austin Chronicle says"), not its object
    ("Campion told Variety"), and no other verb of saying reports someone else after it."""
    this = _SENTENCE_BREAK.split(before)[-1]
    at = this.rfind(outlet)
    if at < 0:
        return False
    space = SPACES.match(this, at + len(outlet))
    verb = _VERB.match(this, space.end()) if space else None
    if verb is None:
        return False
    return not _VERB.search(this, verb.end())  # "Variety says the director explained: “We …”"


#: a web address as an outlet's name, quoted: "“العربية.نت”", "„Kinozeit.de“"
_WEB_NAME = re.compile(r"[^\W_][\w-]{1,30}\.[^\W\d_]{2,4}")


def prose_quotes(text: str, min_words: int = 4) -> list[Found]:
    """The quoted passages of ``text`` (at least ``min_words`` words) with the critic and outlet
    the prose around them names, where it names them, and the prose that leads to each. A
    passage the prose does not attribute is the last named critic's when it is in the same
    sentence ("X calls it “…” and says it's “…”") or a phrase of the review picked out later
    ("… is “vividly plausible”"), never a name ("The Creator", "Star Wars")."""
    found: list[Found] = []
    last, kept, previous = 0, 0, None
    said = 0  # where the prose after the last quotation found goes on
    handed = False
    listed, sources = respectively(text)
    for start, end in marks.spans(text, 1):
        quote = text[start + 1 : end].strip()
        after_sign, handed = handed, False
        if _compound(_COMPOUND.match(text, start)) is not None:
            continue  # 'im "Rolling Stone"-Magazin': a name inside a compound word
        if listed_name(quote) or _WEB_NAME.fullmatch(quote):
            # 'وصفه موقع "هوليوود ريبورتر" بأنه "…"': an outlet's name, and the critic a
            # script without capitals names after a role before it ("الناقد … لـ “العربية.نت”")
            critic = uncased_role_person(_SENTENCE_END.split(text[kept:start])[-1])
            last = kept = end + 1
            previous = Who(critic, quote, True)
            continue
        if marks.words(quote) < 2 and not _outlets_word(quote, text, start, end, kept, previous):
            continue  # a word in marks is read only as an outlet's verdict ("'ontroerend'")
        lead = text[last:start]
        if (
            marks.words(quote) <= 5
            and not quote[:1].islower()
            and _TITLED.search(text[max(0, start - 30) : start])
        ):
            last = end + 1
            continue  # a title after the word for film: 영화 '간이역', фильм «Дылда»
        if start > listed and sources:
            found.append((quote, sources.pop(0), lead))  # "…, respectivamente: «…» o «…»"
            last = kept = end + 1
            continue
        subject = _quoted_outlet(text[kept:start])
        if subject is not None:
            previous = subject  # 'A "Variety" afirma que o longa é "…"': its words follow
        # the sentence before may hold a quoted name: Według „Gazety Wyborczej” to „…”
        who = _named_after(text[end + 1 :], quote) or (
            None if after_sign else _named_before(text[kept:start], text[end + 1 :], previous)
        )
        if _reported_both_sides(text[kept:start], text[end + 1 :]):
            who = _named_before(text[kept:start], text[end + 1 :], previous) or who
        last = end + 1
        after = _SENTENCE_END.split(text[end + 1 :], maxsplit=1)[0]
        if who is None and (inside := interjected(quote)) and not inside.critic:
            who = inside  # "«…, écrit le journal britannique, …»"
        if who is None and previous is not None:
            who = _other_outlet(text[kept:start], previous)
        if who is None and subject_dropped(text[kept:start], after):
            who = previous or DITTO  # "스크린데일리는 “…”고 평했다. 하지만 “…”라고 전했다"
        if (
            who is None
            and previous is not None
            and not after_sign
            and (_continues(quote, lead) or is_ditto(after))
        ):
            who = previous
        if who is None and (again := _SAID_ANAPHORA_ROLE.match(text[end + 1 :])):
            who = Who(None, again.group("a"), True)  # "“…,” the paper's critic wrote"
        if who is None and (it := _SAID_IT.match(text[end + 1 :])):
            who = Who(None, it.group("it"), True)  # "‘…,’ it said": the outlet named before
        if who is None and _SAID_ROLE.match(text[end + 1 :]):
            who = previous or _pronouns_critic(text[kept:start], lead, role=True)
        if who is None and _SAID_PRONOUN.match(text[end + 1 :]):
            who = previous or _pronouns_critic(text[kept:start], lead)
        if who is None:
            who = _surname_says(text[end + 1 :], text[:start])
        if who is None and len(text[:start].split()) <= 3:
            who = _told_next(quote, text[end + 1 :])
        if who is None and previous is None:
            who = _paragraph_subject(text[:start], quote) or _paragraph_critic(text[:start], quote)
        if who is None and not after_sign and not _CATALOGUED.search(quote):
            here = _CLAUSE_CJK.split(text[kept:start])[-1]
            sentence = _CLAUSE_CJK.split(text[max(0, start - 300) : start])[-1]
            who = catalogued_source(here) or script_source(sentence)
            if who is not None and not who.critic and (person := uncased_role_person(here)):
                who = Who(
                    person, who.outlet, True
                )  # "인디와이어의 수석 평론가인 데이비드 얼리히는"
        if (
            not after_sign
            and marks.words(quote) >= min_words
            and (who is None or not (who.critic and who.outlet))
        ):
            shaped, clause = shaped_source(text[said:start], text[end + 1 :])
            who = _completed(who, shaped, previous, clause)
        outlets = who is not None and who.outlet is not None and who.critic is None
        short = _phrase(quote) or _CJK.search(quote) or (outlets and _LOWER_PHRASE.fullmatch(quote))
        if marks.words(quote) < min_words and not (who and short):
            if who is not None and who is not previous:
                kept, previous = end + 1, who  # "Name („Outlet”) praises the “superb” acting."
            continue
        who = _one_article(unglued(who))
        if who is not None and who.outlet and not who.critic:
            who = _critic_of_outlet(text[kept:start], who)  # "Peter Bradshaw of 'The Guardian'"
        if who is None and _FILMMAKER_SAID.match(text[end + 1 :]):
            continue  # "“…,” said director Jane Campion": a filmmaker's statement
        if _filmmaker(who, text):
            continue  # "„Wir haben …“, sagte Regisseurin Maren Ade": a statement, no review
        if (
            who is not None
            and not who.critic
            and FIRST_PERSON.search(quote)
            and not _outlet_heads(who, _SENTENCE_END.split(text[kept:start])[-1])
        ):
            who = None  # "“We shot it in twenty days,” Campion told Variety": an interview
        found.append((quote, who, lead))
        kept, previous = end + 1 + _said_clause(text[end + 1 :]), who or previous
        signed = signed_between(text[end + 1 :]) if who is not None else 0
        handed = signed > 0  # the next quotation's source is written after it, not before
        kept += signed
        said = kept
    return found


#: a person's name, a word for "of", "from" or "in" and a quotation mark maybe: what stands
#: before an outlet named in a sentence ("Peter Bradshaw of 'The Guardian'", "Steve Newall from
#: Flicks NZ"), the outlet's name itself added where it is known
_NAME_OF = (
    rf"(?P<who>{CAPS_WORD}(?:\s+{CAPS_WORD}){{1,3}})\s+(?i:{_OF_WORDS or '(?!)'})\s+[\"'“‘«„]?"
)


def _critic_of_outlet(lead: str, who: Who) -> Who:
    """``who`` (an outlet alone) with the critic whose name the sentence before the quotation
    writes right before that outlet after a word for "of" or "from" ("… with Peter Bradshaw
    of 'The Guardian' showering praise on it for its “…”"); ``who`` as it is otherwise."""
    assert who.outlet is not None
    sentence = _SENTENCE_END.split(lead)[-1]
    match = re.search(_NAME_OF + re.escape(who.outlet), sentence)
    if match is None:
        return who
    name = _trim_name(match.group("who"))
    if not name or not is_person(name):
        return who
    return Who(name, who.outlet, True)


def announcing_source(paragraph: str) -> Who | None:
    """The source a paragraph that ends with a colon names for the quotation set as the next
    paragraph ("《纽约时报》的Glenn Kenny指出,影片展示出…:" / "“…”"; "Guardian yazarının …
    değerlendirmenin tamamı şöyle:" / "“…”"), read as the prose before a quotation in the same
    sentence; None when the paragraph announces nothing or names no one."""
    text = paragraph.rstrip()
    if not text.endswith((":", "：")):
        return None
    who = _named_before(text + " ")
    if who is None or who is DITTO or not (who.critic or who.outlet):
        shaped, _ = shaped_source(text + " ", "")
        who = shaped if shaped is not None and shaped is not CONTINUES else None
    if who is None or not (who.critic or who.outlet):
        return None
    if not who.outlet and role_person(text) != who.critic:
        return None  # "the competition juror Jane Doe … wrote:": no critic, no outlet
    named = _paragraph_critic(text + " ", "") if not who.critic else None
    if named and named.critic and named.outlet in (None, who.outlet):
        # "Guardian’ın sinema yazarı Peter Bradshaw’un … . Guardian yazarının … şöyle:"
        who = Who(_CASE_ENDING.sub("", named.critic), who.outlet, True)
    return _one_article(unglued(who))


#: a case ending written after an apostrophe at the end of a name ("Bradshaw’un")
_CASE_ENDING = re.compile(r"['’][^\W\d_A-ZÀ-Ý]{1,4}$")


_DOUBLE_ARTICLE = recache.compile(
    rf"^(?i:{phrase_pattern(OUTLET_ARTICLES) or '(?!)'})\s+(?=(?:{_CAPITAL_ARTICLE})\s+{CAPS_WORD})"
)


def _completed(
    who: Who | None, shaped: Who | None, previous: Who | None, clause: str
) -> Who | None:
    """``who`` (what the particular readers found) completed by what the general reader of
    sentence shapes found in ``clause``: its missing critic or outlet when the other part
    agrees, all of it when ``who`` is None or names no one of that clause; the critic named
    before when the shape names no one ("„…“, píše ale také")."""
    if shaped is CONTINUES:
        return who or previous
    if shaped is None or who is None:
        return who or shaped
    outlet = shaped.outlet or ""
    if (who.critic and who.critic == shaped.critic) or (who.outlet and who.outlet == shaped.outlet):
        return who.merged(shaped)
    if who.critic and not shaped.critic and set(who.critic.split()) & set(outlet.split()):
        return shaped  # "A Paris Match … nyilatkozott", "Trang Den of Geek": the outlet's words
    if outlet and not any(n and n in clause for n in (who.critic, who.outlet)):
        return shaped  # "… d'Or, and Variety hailed the work as “…”": the nearer source
    return who


def _one_article(who: Who | None) -> Who | None:
    """``who`` with the page's article dropped before an outlet's name that has its own ("A
    The Hollywood Reporter considera", "O Le Monde fala em" -> "Le Monde")."""
    if who is None or not who.outlet or not _DOUBLE_ARTICLE.match(who.outlet):
        return who
    return Who(who.critic, _DOUBLE_ARTICLE.sub("", who.outlet), who.strong)


_FILMMAKER = rf"(?i:{alternation(lang.cues('director_nouns'))})"


#: a verb of saying and a word for the film's director before a name, after a quotation:
#: "“…,” said director Jane Campion", "“…,” director Jane Campion said"
_FILMMAKER_SAID = recache.compile(
    rf"^\W{{0,3}}\s*(?:[-–—~,]\s*)?(?:(?i:{phrase_pattern(SPEECH_VERBS)})\s+)?"
    rf"{_ARTICLE_OPT}{_FILMMAKER}\s+{CAPS_WORD}"
)


#: a word for a film's director and a space; the same before a name
_FILMMAKER_OPENS = recache.compile(rf"{_FILMMAKER}\s")
_FILMMAKER_BEFORE = WordBefore(
    lang.cues("director_nouns"), alternation(lang.cues("director_nouns"))
)


def filmmaker_titled(name: str | None) -> bool:
    """True for a source whose name opens with a word for a film's director ("Director Jane
    Doe", "Režisierė G. Žickytė"): a filmmaker speaking of the film, no critic."""
    return bool(name) and _FILMMAKER_OPENS.match(name or "") is not None


def _filmmaker(who: Who | None, text: str) -> bool:
    """True when the person ``who`` names is written after a word for a film's director in
    ``text`` ("Regisseurin Maren Ade", "director Jane Campion"): a filmmaker's statement."""
    if who is None or not who.critic:
        return False
    if filmmaker_titled(who.critic):
        return True  # the role read as part of a name: "Regisseurin Maren Ade"
    return _FILMMAKER_BEFORE(who.critic, text)


def _outlets_word(
    quote: str, text: str, start: int, end: int, kept: int, previous: Who | None
) -> bool:
    """True for one word in lower case between marks that the prose gives to an outlet
    ("De omroep noemt de film 'ontroerend'", "elogiando a performance “incrível”"), not to a
    person ("'tampan'" in an actor's words) or nobody."""
    if not _LOWER_PHRASE.fullmatch(quote):
        return False
    who = (
        _named_after(text[end + 1 :])
        or _named_before(text[kept:start], text[end + 1 :], previous)
        or _quoted_outlet(_CLAUSE_CJK.split(text[kept:start])[-1])
    )
    return who is not None and who.outlet is not None and who.critic is None


_QUOTED_SUBJECT = recache.compile(rf"(?:^|\s){_ARTICLE}\s+[\"“„«](?P<o>{CAPS_RUN})[\"”“»]")


def _quoted_outlet(lead: str) -> Who | None:
    """The last outlet's name in quotation marks after an article in ``lead`` ('A "Variety"
    afirma', 'para o "Deadline"'): the source of the quotations after it."""
    for match in reversed(list(_QUOTED_SUBJECT.finditer(lead))):
        name = match.group("o")
        if outlet_name(name) == name and outlet_evidence(name) >= 2 and not is_person(name):
            return Who(None, name, True)
    return None


def is_ditto(tail: str) -> bool:
    """True when ``tail`` (after a closing mark) says the quote goes on from the critic named
    before it, naming nobody: "- czytamy.", ", he adds.", "– écrit-il" is not read."""
    return bool(_DITTO.match(tail))


def _continues(quote: str, lead: str) -> bool:
    """True for a passage that goes on quoting the critic named before it: the same sentence,
    or a phrase of at least two lower-case words after prose that names nobody else ("In the
    film, Maria tells her father “…”" is her line)."""
    if marks.words(quote) >= 4 and not _SENTENCE_END.search(lead):
        return True
    return _phrase(quote) and not _names_someone(lead)


#: the end of the sentence a quotation closes, and the sentence after it
_NEXT_SENTENCE = re.compile(
    r"^\s*[.!?…]?\s+(?P<s>[A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω][^.!?]*(?:\.(?=\S)[^.!?]*)*[.!?]?)"
)


def _told_next(quote: str, after: str) -> Who | None:
    """The source named by the sentence after a quotation that opens a paragraph on its own
    ("“…”. Qui dispara aquesta tirallonga d’elogis és Peter Bradshaw, el crític de
    referència de The Guardian.", "\"…\" Това пише … Variety за новия филм на …"): a person
    beside a critic's role, and the one outlet beyond doubt it names, in a sentence with a
    verb of saying or a critic's role; an outlet alone is not the source of words in the
    first person (a statement to the press)."""
    match = _NEXT_SENTENCE.match(after)
    if match is None:
        return None
    sentence = match.group("s")
    critic = role_person(sentence)
    if critic is None and (not _VERB.search(sentence) or FIRST_PERSON.search(quote)):
        return None
    outlet = _one_outlet(_unquoted(sentence), critic or "\0")
    return Who(critic, outlet, True) if critic or outlet else None


#: a critic's role as the subject right before a verb of saying, with no name: "el especialista
#: enfatizó", "the critic adds", "kriitik lisas": the critic named before
_ROLE_SAYS = recache.compile(
    rf"(?<!\w){_ROLE}\s+(?:[^\W\d_A-ZÀ-ÝА-ЯΑ-Ω]+\s+)?(?i:{phrase_pattern(SPEECH_VERBS)})(?!\w)"
)


def _pronouns_critic(before: str, lead: str, role: bool = False) -> Who | None:
    """The critic a pronoun after a quotation stands for ("«…», skrev hun i anmeldelsen"): the
    person named beside a critic's role in the sentences before it ("Vår anmelder Marte
    Thingstad ga full score …"); the critic of the quote before it on the page
    (:data:`~.who.DITTO`) when the paragraph has no words before it, or names nobody before
    a critic's role ("“…,” the critic added"); else no one, as the pronoun may stand for
    anyone else the prose names (a director in an interview)."""
    sentences = _SENTENCE_END.split(before.strip())
    for sentence in reversed(sentences[-3:]):
        if name := role_person(sentence):
            return Who(name, _outlet_in(sentence), True)
    if role:
        return None if _names_someone(before) else DITTO
    return DITTO if not _names_someone(lead) and not before.strip() else None


def role_person(sentence: str) -> str | None:
    """The last person ``sentence`` names beside a critic's role ("unser Kritiker Björn
    Schneider", "Peter Bradshaw, el crític de referència de The Guardian")."""
    found = None
    for match in _ROLE_NAMED.finditer(sentence):
        name = _trim_name(match.group("after") or match.group("before"))
        if name and is_person(name):
            found = name
    return found or uncased_role_person(sentence)


#: a surname alone and a verb of saying ending the sentence after a quotation: "“…”, Mantz
#: viết.", "“…,” Scott wrote."
_SURNAME_SAYS = recache.compile(
    r"^[\s\"”“»«’']{0,3},?\s*(?P<who>[A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω][\w’'-]{2,})\s+"
    rf"(?P<verb>{phrase_pattern(SPEECH_VERBS)})\s*[.!?]"
)


def _surname_says(after: str, before: str) -> Who | None:
    """The critic whose surname alone and a verb of saying follow a quotation ("“…”, Mantz
    viết."), when an earlier sentence of the paragraph names that critic in full beside a
    critic's role ("nhà phê bình điện ảnh Scott Mantz chia sẻ …"): the full name, and the
    outlet that sentence names. Words in the first person are the critic's own then."""
    match = _SURNAME_SAYS.match(after)
    if match is None or not _VERB.fullmatch(match.group("verb")):
        return None
    surname = match.group("who")
    for sentence in reversed(_SENTENCE_END.split(before.strip())):
        name = role_person(sentence)
        if name and " " in name and name.split()[-1] == surname:
            return Who(name, _outlet_in(sentence), True)
    return None


def _names_someone(text: str) -> bool:
    """True when ``text`` holds a capitalised word that does not start a sentence."""
    tokens = text.split()
    return any(
        k and word[:1].isupper() and not tokens[k - 1].endswith((".", "!", "?", ":"))
        for k, word in enumerate(tokens)
    )


def _phrase(quote: str) -> bool:
    """True for words of a review rather than a name: two words or more in lower case."""
    return len(_LOWER_WORD.findall(quote)) >= 2


def role_of_outlet(after: str) -> Who | None:
    """The critic and outlet a clause after a quotation names by a verb of saying, a critic's
    role, "of" and the outlet, and the name set off by commas ("“…”, escreveu o crítico do
    Estadão, Luiz Zanin Oricchio, na época")."""
    match = _SAID_ROLE_OF_OUTLET.match(after[:160])
    if match is None or not is_person(match.group("who")):
        return None
    return Who(match.group("who"), outlet_name(match.group("o")), True)


def _signs_paragraph(after: str, quote: str) -> bool:
    """True when all that follows a quotation of a sentence or more is a person's name of two
    to four words ending the paragraph, with nothing but spaces between: a signature."""
    rest = after.strip()
    if not after[:1].isspace() or not 2 <= len(rest.split()) <= 4 or marks.words(quote) < 6:
        return False
    return quote.rstrip()[-1:] in ".!?…" and is_person(rest)


def _named_after(after: str, quote: str = "") -> Who | None:
    """ "…" - uważa Hornaday; "…", wrote Roger Ebert; "…” Kimberley Sheehan, BFI." ending the
    paragraph; "“…” and “…”, said Name": the source of the short quotations joined to it;
    "«…», clame Name de Outlet": a verb no list holds, in the inversion that reports speech."""
    chained = _CHAINED.match(after)
    if chained:
        return _named_after(after[chained.end() :], quote)
    if bracketed := script_after(after):
        return bracketed  # "“…”(《广播时报》(Radio Times))", "“…”(<사이트 앤드 사운드>)"
    if inverted := _inverted(after, quote):
        return inverted
    if outlet := kind_after_verb(clause(after)):
        return Who(None, outlet, True)  # "“…”, recordó ayer el diario Le Monde al …"
    if re.match(r"-[^\W\d_]", after):
        return None  # "„Wir sind Palme“-Filme": a compound word, no dash before a source
    quoted = _SAYS_QUOTED.match(_SENTENCE_END.split(after, maxsplit=1)[0])
    if quoted:
        return Who(None, quoted.group("o"), True)
    agent = _BY_OUTLET.match(after) or _SAYS_REVIEW.match(after)
    if agent and _sure_outlet(agent.group("o")):
        return Who(None, agent.group("o"), True)  # "called “…” by the New York Times"
    if (reviewed := _SAYS_IN_REVIEW.match(_SENTENCE_END.split(after, maxsplit=1)[0])) and is_person(
        reviewed.group("who")
    ):
        outlet = reviewed.group("o")
        return Who(reviewed.group("who"), outlet_name(outlet) or outlet if outlet else None, True)
    says = _SAYS_OUTLET.match(clause(after))
    if says and outlet_evidence(says.group("o")) >= 2:
        return Who(None, says.group("o"), True)  # "“…” said the Independent."
    if (written := _written_by(after, quote)) is not None:
        return written  # "“…”, Emma Engström writes in GP and rates the film 4 out of 5."
    rest = after.strip()
    signed = parse(rest) if len(rest) <= 80 else None
    if signed and signed.critic and signed.outlet:
        return signed
    between = None if signed else _between(rest)  # "‘…’ Mark Kermode, The Observer, ‘…’ …"
    if between is not None:
        return between
    if signed and signed.outlet and not signed.critic and _sure_outlet(signed.outlet):
        return signed  # "Headline! »…« Der Spiegel": an outlet beyond doubt ends the line
    if signed and signed.critic and not signed.outlet and _signs_paragraph(after, quote):
        return signed  # "… western. ‘The film mashes up …’  Peter Bradshaw": a signature
    head = after[:80]
    if _LEADS_TO_WHO.match(head) and (owned := owned_role(clause(after))):
        return owned  # "‘…,' skriver The Guardians anmelder."
    paren = re.match(r"^\W{0,2}\s*\((?P<who>[^()]{2,60})\)", head)
    if paren:
        return parse(paren.group("who"))
    if not _LEADS_TO_WHO.match(head):
        return None
    dashed = re.match(r"^\W{0,2}\s*[-–—~]\s*(?P<who>[^.;!?\"“”]{3,60})", head)
    who = parse(dashed.group("who")) if dashed else None
    if who and (who.critic or (who.outlet and _sure_outlet(who.outlet))):
        return who  # "“…” — Peter Bradshaw, The Guardian; “…”", "“…” — Empire; “…”"
    if of_outlet := role_of_outlet(after):
        return of_outlet
    role = _SAID_ROLE_NAMED.match(head)
    name = _trim_name(role.group("who")) if role else None
    if role and name and is_person(name):
        rest = clause(head[role.end("who") :])
        return Who(name, _outlet_in(rest) or _quoted_after(rest, name) or _written_in(rest), True)
    match = _AFTER.match(head)
    if not match or not (_VERB.search(head[: match.start("who")]) or re.match(r"^\W*[-–—~]", head)):
        return None
    name = _trim_name(match.group("who"))
    if not name or name.endswith(("'s", "’s")):
        return None  # "“…,” says Brendan Gleeson’s fiddler": a character's line, not a review
    if _QUOTE_OPENS.match(after, match.end("who")):
        return None  # "“…”, considers Ricardo Darín “…”": the verb's object, quoted in turn
    rest = clause(after[match.end("who") :])
    outlet = _outlet_in(rest) or _written_in(rest) or _quoted_after(rest, name, named=True)
    return Who(name, outlet or _from_before_report(rest), True)  # "– pisze Name w „Gazecie …”"


#: a quotation, a comma, one word in lower case and a person's name ending the clause or
#: followed by words in lower case: the inversion that reports speech in most European
#: languages ("«…», clame Jean Dupont de La Croix", "“…,” enthused Jane Doe")
_INVERTED = recache.compile(
    rf"^[\s\"”“»«’']{{0,3}}(?P<comma>,)?\s*(?P<verb>[^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω][\w’'-]{{2,}})\s+"
    rf"(?:(?P<role>{_ARTICLE_OPT}{_ROLE})\s+)?(?P<who>{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|von|van|de|da|del|der)){{1,3}})"
    r"(?=\s*[,.;:!?)]|\s+[^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω]|\s*$)"
)
#: the kinds of words that put a person after them without reporting speech ("avec", "by",
#: "dont", "et", "joue"): no verb of an inversion
_NOT_VERBS = frozenset(
    w.lower()
    for kind in (
        "starring",
        "by",
        "quote_by",
        "film_of",
        "conjunctions",
        "determiners",
        "outlet_articles",
        "relative_pronouns",
        "quote_in",
        "plays",
        "role_of",
        "presence",
        "directed_by",
        "written_by",
        "sentence_words",
        "review_of",
        "year_from",
    )
    for w in lang.cues(kind)
    if " " not in w
)
#: a critic's role, a preposition and the outlet after a critic's name: ", critique à Paris
#: Match", ", film critic at The Daily Planet", ", crítico de El País"
_ROLE_AT = recache.compile(
    rf"^\s*,?\s*{_ARTICLE_OPT}{_ROLE}(?:\s+[^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω][\w’'-]*){{1,3}}?\s+"
    rf"(?P<o>(?:(?:{_CAPITAL_ARTICLE})\s+)?{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|of|de|di|del|della|du|des)){{0,3}})"
    r"\s*(?:[,.;:)]|$)"
)
#: "of" and an outlet ending the clause after a critic's name: " de La Gazette du Nord,"
_OF_OUTLET = recache.compile(
    r"^\s*,?\s+(?P<of>de|del|du|da|do|di|della|of|van|von)(?:\s+(?:de|het|der|den|the))?\s+"
    rf"(?P<o>(?:(?:{_CAPITAL_ARTICLE})\s+)?{CAPS_WORD}"
    rf"(?:\s+(?:{CAPS_WORD}|(?:of|de|di|del|della|du|des)(?!\w))){{0,4}})"
    r"\s*(?:[,.;:)]|$|(?=[^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω]))"
)


#: a quotation opening right after a name: the name is what the verb before it says
#: something of ("considers Ricardo Darín “…”", "calls Jane Doe «…»"), not who says it
_QUOTE_OPENS = re.compile(r"\s*[\"“„«»‘]")


#: the same with words in lower case after the verb and a surname alone that ends the
#: sentence: "„…,“ avas filmi sisu Priimägi."
_INVERTED_SURNAME = re.compile(
    r"^[\s\"”“»«’']{0,3}(?P<comma>,)?\s*(?P<words>(?:[^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω][\w’'-]*\s+){1,3})"
    r"(?P<who>[A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω][\w’'-]{2,})\s*[.!?](?:\s|$)"
)


def _inverted_surname(after: str, quote: str) -> Who | None:
    """A critic's surname alone ending the sentence after the verb that reports the quotation
    and maybe its object ("„…,“ avas filmi sisu Priimägi."): none of the words between is a
    preposition, article or conjunction ("dijo en Madrid"), and the name is no outlet, country
    or month."""
    match = _INVERTED_SURNAME.match(after)
    if match is None or not (match.group("comma") or quote.rstrip().endswith(",")):
        return None
    if any(w.lower() in _NOT_VERBS for w in match.group("words").split()):
        return None
    name = match.group("who")
    if outlet_evidence(name) >= 2 or name.lower() in _OPENERS or name.lower() in _MONTHS:
        return None
    if name.lower() in lang.country_names() or name.lower() in _PRONOUNS:
        return None
    if marks.words(quote) < 4 or FIRST_PERSON.search(quote):
        return None
    return Who(name, None, True)


def _inverted(after: str, quote: str) -> Who | None:
    """The critic of a quotation set before the verb that reports it and the critic's name
    ("«…», clame Jean-Claude Raspiengeas de La Croix", "“…,” enthuses Jane Doe, film critic at
    The Daily Planet", "“…” piropea el crítico de cine Carlos Aguilar de The Playlist"),
    whatever the verb: a comma between the quotation and the verb (or a critic's role before
    the name), a word that is no preposition, article or conjunction of any language, a
    person's name; not words in the first person (a statement). The outlet follows the name
    after "of" or a critic's role and a preposition, or as :func:`_written_in` reads it."""
    match = _INVERTED.match(after)
    if match and match.group("role") and _VERB.fullmatch(match.group("verb")):
        return _inverted_surname(after, quote)  # "«…», пишет кинокритик Name": read below
    signed = match is not None and (match.group("comma") or match.group("role"))
    if match is None or not (signed or quote.rstrip().endswith(",")):
        return _inverted_surname(after, quote)
    if match.group("verb").lower() in _NOT_VERBS or marks.words(quote) < 4:
        return None
    name = _trim_name(match.group("who"))
    if not name or not is_person(name) or FIRST_PERSON.search(quote):
        return None
    behind = after[match.end("who") :]
    role = _ROLE_AT.match(behind)
    outlet = (
        (role.group("o").rstrip(".") if role else None)
        or _of_outlet(behind)
        or _outlet_in(clause(behind))
        or _written_in(clause(behind))
    )
    return Who(name, outlet, True)


_NAME_HEAD = re.compile(rf"\s*(?P<name>{CAPS_WORD}(?:\s+{CAPS_WORD}){{1,3}})(?=\s+[^\W\d_A-ZÀ-Ý])")


_APPOSED_PERSON = re.compile(rf"^\s*(?P<n>{CAPS_WORD}(?:\s+{CAPS_WORD}){{1,3}}),\s")


def _apposed_person(rest: str) -> str | None:
    """A person's name set off by commas right after an opening "for the outlet's critic": "Para
    el crítico de IndieWire, Christian Blauvelt, este es “…”"."""
    match = _APPOSED_PERSON.match(rest)
    return match.group("n") if match and is_person(match.group("n")) else None


def _for_source(opening: re.Match[str], here: str) -> Who | None:
    """The source a sentence opens with after "for" or "according to" and a comma, when it is
    a critic with the outlet set off after the name ("Para Jordi Costa, de El País, es «…»")
    or an outlet's name with its article ("Pour Les Inrocks, c’est « … »")."""
    named = opening.group("o").strip()
    name = _trim_name(named)
    if name and is_person(name):
        outlet = _of_outlet(here[opening.end() :]) or _ROLE_AT.match(here[opening.end() :])
        if isinstance(outlet, re.Match):
            outlet = outlet.group("o").rstrip(".")
        return Who(name, outlet, True) if outlet else None
    words = named.split()
    with_article = len(words) >= 2 and words[0][:1].isupper()
    with_article = with_article and _ARTICLE_BEFORE.search(words[0] + " ") is not None
    if with_article and outlet_name(named) == named and not is_person(named):
        return Who(None, named, True)
    return None


def _critic_of(text: str) -> Who | None:
    """A critic and the outlet after a word for "of" that make up the whole of ``text``
    ("Paolo Mereghetti del Corriere della Sera"); None for anything else."""
    head = _NAME_HEAD.match(text)
    if head is None or not is_person(head.group("name")):
        return None
    outlet = _of_outlet(text[head.end() :])
    return Who(head.group("name"), outlet, True) if outlet else None


def _of_outlet(behind: str) -> str | None:
    """The outlet after a critic's name and a word for "of" that ends the clause (" de La
    Croix ,", " of The Daily Planet."): an outlet beyond doubt or one with its article, never
    a person, a country or a month."""
    match = _OF_OUTLET.match(behind)
    if match is None:
        return None
    name = match.group("o").rstrip(".")
    if is_person(name) or name.lower() in lang.country_names():
        return None
    if any(w.lower() in _MONTHS for w in name.split()):
        return None
    sure = (
        outlet_evidence(name) >= 2
        or _ARTICLE_BEFORE.search(name.split()[0] + " ") is not None
        or _ELIDED_ARTICLE.match(name) is not None  # "de L’Express"
        or match.group("of").lower() in _CONTRACTED  # "du Monde": an article held
    )
    return with_article(match.group("of"), name) if sure else None


#: an article elided before a name that opens with a vowel: "L’Express", "l'Unità"
_ELIDED_ARTICLE = re.compile(r"[Ll]['’][A-ZÀ-Ý]")


#: "in"/"dans"/"in der" and a publication's name that ends the clause after the critic's name
_WRITTEN_IN = recache.compile(
    rf"^\s*(?i:{phrase_pattern(IN_WORDS)})\s+(?P<a>{_ARTICLE}\s+)?(?P<o>{CAPS_WORD}"
    rf"(?:\s+(?:{CAPS_WORD}|(?:of|de|di|del|della|du|des|von|da|do)(?!\w))){{0,4}})\s*[.,;:)]?\s*$"
)


def _written_in(rest: str) -> str | None:
    """The publication named after a critic who writes ("“…,” wrote Jane Doe in the
    Springfield Bugle", "«…», escribe Ana López en La Voz de Galicia"), known or not: a name
    that ends the clause after an article, or of two words or more that are no person's; never
    a country or a month. An article written with a capital is part of the name."""
    match = _WRITTEN_IN.match(rest)
    if match is None:
        return None
    name = match.group("o").rstrip(".")
    words = name.split()
    article = (match.group("a") or "").strip()
    if not article and (len(words) < 2 or is_person(name)):
        return None
    if name.lower() in lang.country_names() or any(w.lower() in _MONTHS for w in words):
        return None
    return f"{article} {name}" if article[:1].isupper() else name


def _between(rest: str) -> Who | None:
    """The source written between a quotation and the next one on its line, when it signs the
    first ("‘…’ Mark Kermode, The Observer, ‘…’", "“…” — Empire; “…”"): a critic and an
    outlet, or after a dash an outlet beyond doubt, or any outlet set off by a dash before
    and a semicolon or a bar after, the way a list of signed quotations is run together
    ("“…”—Vox; “…”")."""
    before_next = _NEXT_QUOTE.match(rest)
    if before_next is None:
        return None
    written = before_next.group(1)
    who = parse(written.strip(" ,;"))
    if who and who.critic and who.outlet:
        return who
    dashed = re.match(r"\W{0,2}\s*[-–—~]\s*", written) is not None
    listed = dashed and written.rstrip()[-1:] in ";|•·"
    if who and dashed and who.outlet and not who.critic:
        return who if listed or _sure_outlet(who.outlet) else None
    return None


def signed_between(after: str) -> int:
    """How much of the text after a closing mark is the source of that quotation written
    before the next one (see :func:`_between`); 0 when none is."""
    rest = after.lstrip()
    if len(rest) <= 80 and parse(rest) is not None:
        return 0
    if _between(rest) is None:
        return 0
    match = _NEXT_QUOTE.match(rest)
    return len(after) - len(rest) + (match.end(1) if match else 0)


def _other_outlet(lead: str, previous: Who) -> Who | None:
    """The source of a quotation in a sentence that goes on from another's ("“…” said the
    Guardian, while the Hindustan Times blasted it as “…”"): the one outlet beyond doubt that
    the prose since the last source names, when it names no person and is not the last
    source."""
    here = _SENTENCE_END.split(lead.strip())[-1]
    here = _unquoted(here)  # a quoted title: "Star Wars"
    if not here or _first_name(here) is not None:
        return None
    outlet = _one_outlet(here, "\0")
    if outlet is None or outlet == previous.outlet:
        return None
    return Who(None, outlet, True)


def owned_role(text: str) -> Who | None:
    """The outlet a sentence names in the genitive before a critic's role ("Dagbladets
    anmelder Eirik Alver", "SvD:s recensent", "The Guardian's critic"), and the critic named
    after the role; the first such outlet whose name is no person's. An acronym's genitive
    with a colon needs no role ("SvD:s Jeanette Gentele")."""
    for match in _OWNED_ROLE.finditer(text):
        outlet = outlet_name(match.group("o"))
        whole = match.group("o") + "s"  # "The New York Times critic": no genitive's "s"
        if text.startswith(whole, match.start("o")) and outlet_evidence(whole) >= 2:
            outlet = outlet_name(whole)
        if not outlet or is_person(outlet) or outlet.lower() in _OPENERS:
            continue
        name = _trim_name(match.group("name") or "")
        return Who(name if name and is_person(name) else None, outlet, True)
    if inflected := _inflected_owner(text):
        return inflected
    for match in _COLON_OWNED.finditer(text):
        name = _trim_name(match.group("name"))
        if name and is_person(name) and not is_person(match.group("o")):
            return Who(name, match.group("o"), True)
    return None


def _inflected_owner(text: str) -> Who | None:
    """The outlet and critic of an outlet written with the genitive ending of the page's
    language before a critic's role and a person's name ("Deadlinen kriitikko Pete Hammond")."""
    endings = page_genitives()
    if not endings:
        return None
    for match in _inflected_role(endings).finditer(text):
        outlet = outlet_name(match.group("o"))
        name = _trim_name(match.group("name"))
        if outlet and name and is_person(name) and not is_person(outlet):
            return Who(name, outlet, True)
    return None


@functools.lru_cache(maxsize=8)
def _inflected_role(endings: tuple[str, ...]) -> re.Pattern[str]:
    """:data:`_OWNED_ROLE` for the genitive ``endings`` of a language, the name required."""
    return recache.compile(
        rf"(?<![\w.])(?P<o>{CAPS_WORD}(?:\s+{CAPS_WORD}){{0,3}}?)(?:{phrase_pattern(endings)})\s+"
        rf"(?i:{phrase_pattern(CRITIC_ROLES) or '(?!)'})\s+"
        rf"(?P<name>{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|von|van|de|da|del|der)){{1,3}})"
    )


def _colon_lead(here: str) -> Who | None:
    """The critic and outlet of a sentence that leads to the quotation with a colon and names
    both, with no verb of saying ("with Richard Roper of the Chicago Sun-Times providing a
    glowing commentary: “…”")."""
    if not here.rstrip().endswith((":", "：")):
        return None
    who = lead_in(here.rstrip(" :："))
    if who and who.critic and who.outlet:
        return who
    owned = _OWNED_REVIEW.search(here)  # "The Guardian’s four star review starts :"
    if owned and outlet_evidence(owned.group("o")) >= 2 and not is_person(owned.group("o")):
        return Who(None, owned.group("o"), True)
    return None


def _paragraph_subject(before: str, quote: str) -> Who | None:
    """The outlet that the paragraph's first sentence opens with, as its subject, for the
    first quotation of the paragraph when nothing nearer names a source ("De Amerikaanse
    website Deadline is vol lof over … . Zij … . “…”", "Deadline ziet ook … . “…”"): a
    paragraph about what one outlet wrote; not words in the first person (an interview)."""
    first = _SENTENCE_END.split(before.strip(), maxsplit=1)[0]
    if not first or (first == before.strip() and not first.rstrip().endswith((".", "!", "?"))):
        return None  # the quotation stands in the first sentence: read as such above
    if FIRST_PERSON.search(quote):
        return None
    outlet = _subject_outlet(first)
    return Who(None, outlet, True) if outlet else None


#: a critic's role and an outlet's name in quotation marks right after it, in the genitive
#: ("Обозреватель «Фонтанки»", "Kritiker „Spiegel“")
_ROLE_QUOTED_OUTLET = recache.compile(
    rf"(?<!\w){_ROLE}\s+[«„\"“](?P<o>[A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω][^«»„\"“”]{{1,40}})[»“”\"]"
)


def _paragraph_critic(before: str, quote: str) -> Who | None:
    """The one critic that an earlier sentence of the paragraph names beside a critic's role,
    for a quotation that nothing nearer attributes ("Þá birtist gagnrýni hins kunna rýnis A.O.
    Scotts í New York Times … . Hann segir … . „…“"): a paragraph about one critic's review;
    not words in the first person (an interview), nor when two critics are named."""
    sentences = _SENTENCE_END.split(before.strip())
    if not before.rstrip().endswith((".", "!", "?", "…")):
        sentences = sentences[:-1]  # the quotation's own sentence, read above
    if not sentences or FIRST_PERSON.search(quote):
        return None
    named = {(name, k) for k, s in enumerate(sentences) if (name := role_person(s))}
    if not named:
        # "Обозреватель «Фонтанки» посмотрел кино … . «…»": the one outlet whose critic, named
        # by the role alone, the paragraph is about
        marked = {m.group("o") for s in sentences for m in _ROLE_QUOTED_OUTLET.finditer(s)}
        return Who(None, marked.pop(), True) if len(marked) == 1 else None
    if len({name for name, _ in named}) != 1:
        return None
    name, k = min(named, key=lambda n: n[1])
    return Who(name, _outlet_in(sentences[k]), True)


def _outlet_subject(here: str) -> Who | None:
    """The outlet beyond doubt that opens the sentence a quotation stands in, as its subject,
    whatever the verb ("Le Monde no dejó de recordar ayer que “…”"); none when the sentence
    names a person (who may be the one quoted)."""
    if not here.strip() or here.rstrip()[-1:] in ".!?" or _names_person(here):
        return None
    outlet = _subject_outlet(here)
    return Who(None, outlet, True) if outlet and outlet_evidence(outlet) >= 2 else None


def _names_person(text: str) -> bool:
    """True when ``text`` names a person (two capitalised words or more that read as a name)."""
    return any(is_person(m.group(0)) for m in _NAME.finditer(text) if " " in m.group(0))


def _critic_with_outlet(here: str) -> Who | None:
    """The critic and outlet named together in the clause that leads to a quotation, with no
    verb of saying ("…, while John Roe of The Morning Post found it “…”"): a person's full name
    and an outlet beyond doubt after "of"/"in" or set off after the name."""
    clause_here = re.split(r"[,;]\s+(?=[^\W\d_]+\s+[A-ZÀ-Ý])", here)[-1]
    name = _first_name(clause_here)
    if not name or " " not in name or not is_person(name):
        return None
    outlet = _outlet_in(clause_here) or _apposed(clause_here, name)
    return Who(name, outlet, True) if outlet else None


def _role_sentence(here: str, previous: Who | None) -> Who | None:
    """The critic a sentence names beside a critic's role when the quotation stands inside it,
    with no verb of saying ("Recensent Damon Wise begrijpt niet waarom “…” niet …"); the
    outlet is the one the sentence names, else that of the outlet quoted right before, whose
    critic this is ("Volgens Deadline … “…”. Recensent Damon Wise …")."""
    if not here.strip() or here.rstrip()[-1:] in ".!?":
        return None
    name = role_person(here)
    if name is None:
        return None
    if previous is not None and previous.critic == name:
        return previous  # "…», approuve X, critique à Y, et notamment la «…»"
    outlet = _outlet_in(here)
    if outlet is None and previous is not None and previous.outlet and not previous.critic:
        outlet = previous.outlet
    return Who(name, outlet, True)


def _role_colon(here: str) -> Who | None:
    """The critic a sentence names beside a critic's role when it leads to the quotation with
    a colon and no verb of saying ("Auch unser Kritiker Björn Schneider ist begeistert:")."""
    if not here.rstrip().endswith((":", "：")):
        return None
    name = role_person(here)
    return Who(name, _outlet_in(here), True) if name else None


def source_says(tail: str) -> Who | None:
    """The source that the clause after a closing mark names before its verb of saying: an
    outlet when led by an article or named as one ("The Guardian writes"), else a critic, by a
    person's name or by a surname that is no ordinary word ("Hammond kirjoittaa", "Bradshaw
    writes in Sight and Sound"); None for "Critics say"."""
    says = _SOURCE_SAYS.match(clause(tail))
    if says is None:
        return None
    name = f"{says.group('art') or ''}{says.group('who')}"
    person = is_person(name)  # "La Toya Jackson writes": an article may open a name
    if not person and (says.group("art") or outlet_evidence(name) >= 2 or known_outlet(name)):
        return Who(None, name, True)
    if not person and (" " in name or ordinary_name(name)):
        return None
    outlet = outlet_name(says.group("outlet")) if says.group("outlet") else None
    if outlet and not (outlet_evidence(outlet) >= 2 or _ARTICLE_AT.match(outlet)):
        outlet = None  # "Diwan said on Saturday": a day, no publication
    return Who(name, outlet, True)


def _written_by(after: str, quote: str) -> Who | None:
    """The critic and the outlet named before a verb of saying in the clause after a
    quotation inside a paragraph ("“…”, Emma Engström writes in GP and rates the film …"), or
    an outlet beyond doubt alone ("“…,” The Guardian writes"), a comma between them; a name
    without a publication is anyone's statement ("“…,” Hanks said"), and words in the first
    person are a statement."""
    if not (after.lstrip()[:1] == "," or quote.rstrip().endswith(",")):
        return None  # '"…." Het Britse Screen Daily prijst …': the next sentence's source
    said = source_says(after)
    if said is None or said.outlet is None or FIRST_PERSON.search(quote):
        return None
    return said if said.critic or outlet_evidence(said.outlet) >= 2 else None


def clause(after: str) -> str:
    """The text after a closing mark up to the end of its clause; a comma right after the
    mark ("“…”, schrijft Deadline.") is no clause's end."""
    lead = len(after) - len(after.lstrip(" ,"))
    return after[:lead] + re.split(r"[.;!?](?:\s|$)|,\s", after[lead:], maxsplit=1)[0]


def _said_clause(after: str) -> int:
    """How much of the text after a closing mark says who wrote the quotation ("said the
    Guardian, while …"): no part of what leads to the next one."""
    said = clause(after)
    says = _SAYS_OUTLET.match(said)
    return len(said) if says and outlet_evidence(says.group("o")) >= 2 else 0


def _named_before(before: str, after: str = "", previous: Who | None = None) -> Who | None:
    """The source the prose names before a quotation (see :func:`_source_before`), with the
    critic a script without capitals names right after a critic's role in the quotation's
    sentence when nothing else named one ("ناقد الفيلم مانوهلا دارجيس يصف الفيلم بأنه “…”")."""
    who = _source_before(before, after, previous)
    this = _SENTENCE_BREAK.split(_CLAUSE_CJK.split(before.strip())[-1])[-1]
    if who is not None and who.critic and " " in who.critic:
        named = uncased_role_person(this)
        if named is None or not 0 <= this.rfind(who.critic) < this.rfind(named):
            return who  # "این منتقد اضافه میکند:": the critic named before goes on
        # "Up Kiran, Digital Desk: फिल्म क्रिटिक तरण आदर्श ने …": the nearer critic, after a
        # role, reports the quotation; the page's own credit opens the sentence
        return Who(named, marked_role_outlet(this) or role_kind_outlet(this), True)
    named = uncased_role_person(this)
    if named is None:
        return who
    if who is None:
        who = catalogued_source(this) or script_source(this)  # "كتابة ل اوقات نيويورك، ناقد …"
    outlet = (who.outlet if who else None) or marked_role_outlet(this) or role_kind_outlet(this)
    return Who(named, None if outlet and named in outlet else outlet, True)


def _source_before(before: str, after: str = "", previous: Who | None = None) -> Who | None:
    """The source the prose names before a quotation: an outlet opening the sentence ("Für
    die FAZ"), a critic and their role, the subject of a verb-final sentence, or the first
    name of a sentence that reports (a verb of saying before the quotation, or after it
    ending the sentence: "Name, “…” dedi.")."""
    sentences = _CLAUSE_CJK.split(before.strip())
    here = sentences[-1] if sentences else ""
    again = _ANAPHORA_SUBJECT.match(here)
    if again:
        return Who(None, again.group("a"), True)  # "De omroep noemt de film '…'"
    if ended := _ended_outlet(here):
        return ended  # "SFF magazin’den Rosana G. Alonso, “…”"
    if kinded := kind_lead(here):
        return kinded  # "لینزی بار منتقد خبرگزاری آسوشیتدپرس نوشت: «…»"
    if (titled := _TITLED_OUTLET_NAME.search(here)) and is_person(titled.group("name")):
        return Who(titled.group("name"), titled.group("o"), True)  # "《Outlet》的記者Name稱讚說:"
    if marked := _MARKED_SPEAKER.search(here):
        return Who(None, marked.group("o"), True)  # "《卫报》写道：“…”"
    opening = _FOR.match(here)
    if opening and (of := _critic_of(opening.group("o")) or _for_source(opening, here)):
        return of  # "Secondo Paolo Mereghetti del Corriere della Sera, è «…»"
    if opening and (
        outlet := _subject_outlet(opening.group("o")) or _one_outlet(opening.group("o"), "\0")
    ):
        rest = here[opening.end() :]  # "En entrevista con CNN Chile, …, Polo Muñoz manifestó"
        speaker = _speaking_person(rest) or role_person(rest) or _apposed_person(rest)
        if speaker is None and (named := _bracketed_source(opening.group("o"))):
            speaker = named.critic  # "Para Carlos Boyero (El País), «…»"
        return Who(speaker, outlet, True)  # "Para a Folha de S.Paulo, o filme é “…”"
    opening = _FOR_RUN.match(here)
    outlet = _subject_outlet(opening.group("o")) if opening else None
    if outlet and outlet_evidence(outlet) >= 2:
        critic = _VERB_THEN_NAME.match(here[opening.end() :]) if opening else None
        name = _trim_name(critic.group("name")) if critic else None
        return Who(name if name and is_person(name) else None, outlet, True)  # "I DN skriver
        # Eva af Geijerstam: ”…”", "Für die FAZ ist der Film „…“"
    this = _SENTENCE_BREAK.split(here)[-1]  # in this sentence
    role = None if uncased_role_person(this) else _ROLE_AFTER.search(this)
    if role and caseless_outlet(role.group("name")) == role.group("name"):
        return Who(role.group("name"), None, True)  # "박평식 평론가는 … “…”"
    tail = " ".join(sentences[-2:])  # an initial's full stop ends no sentence: "J. Hoberman"
    for match in _COMPOUND.finditer(tail):
        if match.end() > len(tail) - len(here) and (compound := _compound(match)):
            return compound  # '"Village Voice"-Kritiker J. Hoberman meinte: "…"'
    if bracketed := _bracketed_source(here):
        return bracketed  # "David Ehrlich ("IndieWire") dodaje, że "…""
    sibling = previous is not None and previous.outlet is not None and previous.critic is None
    if outlet := subject_outlet(here, after, sibling):
        return Who(None, outlet, True)  # "영화 전문 매체 CBR은 “…”고 극찬했다"
    if person := subject_person(here, after):
        return Who(person, None, True)  # "이동진 씨는 … “…”이라는 평"
    if not _VERB.search(here) and not said_last(after):
        return (
            _colon_lead(here)
            or _role_colon(here)
            or _role_sentence(here, previous)
            or _critic_with_outlet(here)
            or _outlet_subject(here)
        )
    if owned := owned_role(here):
        return owned  # "GP:s recensent Emma Engström: ”…”"
    pronoun = any(w.lower() in _SUBJECTS for w in re.findall(r"\w+", here))
    earlier = sentences[-2:-1] if len(sentences) > 1 and pronoun else []
    for sentence in (_last_report(here), *earlier):  # "He said of the film:": the one before
        if owner := _named_before_role(sentence):
            return owner  # "Helsingin Sanomien kriitikko Anna Virtanen kirjoittaa:"
        name = _first_name(sentence)
        if name is None and (outlet := _subject_outlet(sentence) or _speaking_outlet(sentence)):
            return Who(None, outlet, True)  # "Slant Magazine … saying, “…”"
        if name and " " not in name and outlet_evidence(name) >= 2:
            return Who(None, name, True)  # "Variety says: “…”"
        if name and sentence is here and _named_object(here, name):
            return None  # "…, considers Ricardo Darín “…”": whom the words are about
        if name:
            outlet = (
                _outlet_in(sentence)
                or _outlet_in(here)
                or _marked_outlet(sentence, name)
                or _apposed(sentence, name)
                or _one_outlet(sentence, name)
                or _quoted_after(sentence, name)
                or outlet_beside(sentence, name)
            )
            return Who(name, outlet, True)
    if outlet := _one_outlet(_unquoted(here), "\0"):
        return Who(None, outlet, True)  # "… habang ang The Times sa London ay sinabi na “…”"
    if _ROLE_SAYS.search(here) and not _names_someone(here):
        return previous or DITTO  # "Sin embargo el especialista enfatizó que …, “…”"
    return None


#: a word for "and" (or a comma, a semicolon), then a capitalised name of up to four words
#: and a verb of saying: a reporting clause of its own inside a sentence
_CONJUNCTION = rf"(?i:{alternation(lang.cues('conjunctions')) or '(?!)'})"
_AND_SAYS = recache.compile(
    rf"(?:[,;]\s*(?:{_CONJUNCTION}\s+)?|\s{_CONJUNCTION}\s+)(?={CAPS_RUN}\s+(?i:{phrase_pattern(SPEECH_VERBS)})(?!\w))"
)


#: a word for "of", "from" or "in" and a capitalised run, all the text holds
_OF_RUN = recache.compile(rf"^\s*(?i:{_OF_WORDS or '(?!)'})\s+(?P<o>{CAPS_RUN})\s*$")


def _from_before_report(rest: str) -> str | None:
    """The outlet a word for "from" names after a critic, when a reporting clause of its own
    follows it ("said Steve Newall from Flicks NZ and NewsHub said …": Flicks NZ)."""
    cuts = [m.start() for m in _AND_SAYS.finditer(rest) if m.start() > 0]
    if not cuts:
        return None
    of = _OF_RUN.match(rest[: cuts[0]])
    return outlet_name(of.group("o")) if of else None


def _last_report(sentence: str) -> str:
    """The last reporting clause of ``sentence`` when a word for "and" or a comma opens one
    with its own subject and verb of saying ("“…” said Steve Newall from Flicks NZ and NewsHub
    said the film was something that “…”": NewsHub's words); else the whole sentence."""
    cuts = [m.end() for m in _AND_SAYS.finditer(sentence) if m.start() > 0]
    if not cuts or not _VERB.search(sentence, 0, cuts[-1]):
        return sentence  # one reporting clause only: its first name is the source
    return sentence[cuts[-1] :]


#: a capitalised run right before a critic's role and a person's name: the outlet, in the
#: genitive or in apposition ("Helsingin Sanomien kriitikko Anna Virtanen")
#: an outlet with a case ending after an apostrophe, then a critic's name and a comma, closing
#: the clause right before a quotation: "Hollywood Reporter ’dan Fabio Farzetti, “…”",
#: "…; İngiliz View of the Arts’dan Maggie Gogler, “…”" (the source of the words in Turkish)
_AND = rf"(?i:{alternation(lang.cues('conjunctions')) or '(?!)'})"
_OUTLET_WORD = rf"(?!{_AND}\s)[^\s;,.:!?\"“”„«»]+"
_ENDED_OUTLET = recache.compile(
    rf"(?:^|[;,.:!?]\s+|\s{_AND}\s+)"
    rf"(?P<o>{_OUTLET_WORD}(?:\s{_OUTLET_WORD}){{0,4}})\s?['’]"
    rf"(?:{alternation(lang.cues('name_endings')) or '(?!)'})\s+"
    rf"(?P<n>{CAPS_WORD}(?:\s+{CAPS_WORD}){{1,3}})(?:\s+[^\W\d_A-ZÀ-ÝА-Я]{{1,3}})?\s*,?\s*$"
)


def _named_object(here: str, name: str) -> bool:
    """True when ``name`` ends the prose right before a quotation, after a verb of saying and
    with no colon or comma between: the one the quoted words describe ("…, considers Ricardo
    Darín “one of the best actors”"), not their source ("writes Jane Doe: “…”")."""
    head, found, tail = here.rstrip().rpartition(name)
    return bool(found) and not tail and _VERB.search(head) is not None


def _ended_outlet(here: str) -> Who | None:
    """The critic and outlet of :data:`_ENDED_OUTLET` before a quotation."""
    if "’" not in here and "'" not in here:
        return None  # no case ending after an apostrophe: the common case, read at no cost
    match = _ENDED_OUTLET.search(here)
    if match is None or not is_person(match.group("n")):
        return None
    return Who(match.group("n"), match.group("o").strip(), True)


#: a name in Chinese title marks, then a verb of saying or writing in the same clause, before
#: a quotation: the publication is the source ("《卫报》写道：“…”", "《紐約時報》讚譽導演為本片
#: 體現了創作的「…」"); not a title said "in" (《…》中), given a verdict (给《…》的评价) or
#: written after the word for film (電影《…》), nor a list's end ("《…》等…可以說")
_MARKED_SPEAKER = recache.compile(
    rf"(?<![给給对對向为為片影])《(?P<o>[^《》，,。；;:：\n]{{2,30}})》(?![中裡里内內])"
    rf"[^《》，,。；;！？!?…等可\n]{{0,5}}?"
    rf"(?:{phrase_pattern(_CJK_SPEECH) or '(?!)'})[^《》，,。；;！？!?\n]{{0,24}}$"
)


#: a name in Chinese title marks, maybe "的" ("of") and a few Han characters (a role:
#: 記者, 影評人), then a person's name in Latin letters: the publication and its critic
#: ("《Past Magazine》的記者Jane Doe則稱讚說:「…」"); the marked name is never the critic's
_TITLED_OUTLET_NAME = recache.compile(
    r"《(?P<o>[^《》\n]{2,40})》[\u3400-\u9fff]{0,5}\s?"
    r"(?P<name>[A-Z][A-Za-zÀ-ÿ'’.-]+(?:\s[A-Z][A-Za-zÀ-ÿ'’.-]+){1,2})(?![A-Za-zÀ-ÿ'’-])(?!\s?[A-Z])"
)


_RUN_BEFORE_ROLE = recache.compile(
    rf"(?<![\w.])(?P<o>{CAPS_RUN})\s+{_ROLE}\s+"
    rf"(?P<name>{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|von|van|de|da|del|der)){{1,3}})"
)


def _named_before_role(sentence: str) -> Who | None:
    """The critic named right after a critic's role, and the outlet named right before the
    role when the sentence's first name is that outlet's ("Helsingin Sanomien kriitikko Anna
    Virtanen kirjoittaa:", which reads "Helsingin Sanomien" as a person's), or after the name
    and a word for "of" ("Recensent Jan Vermeer van de Volkskrant noemde het …")."""
    match = _RUN_BEFORE_ROLE.search(sentence)
    if match is None:
        return _role_of_outlet(sentence)
    name, outlet = _trim_name(match.group("name")), outlet_name(match.group("o"))
    if not name or not is_person(name) or not outlet or outlet.lower() in _OPENERS:
        return None
    if len(outlet.split()) < 2 and outlet_evidence(outlet) < 2:
        return None  # "Veteran critic Jane Doe": a word of praise, no outlet
    if outlet.lower() in lang.country_names():
        return None
    if _first_name(sentence) not in (outlet, match.group("o"), name):
        return None  # the sentence names someone else first: read as it was
    return Who(name, outlet, True)


def _role_of_outlet(sentence: str) -> Who | None:
    """The critic named after a critic's role, and the outlet after the name and a word for
    "of", when the sentence names no one else first ("Recensent Jan Vermeer van de Volkskrant
    noemde het ‘…’")."""
    name = role_person(sentence)
    if name is None or _first_name(sentence) not in (None, name):
        return None
    outlet = _of_outlet(sentence[sentence.find(name) + len(name) :])
    return Who(name, outlet, True) if outlet else None


def _compound(match: re.Match[str] | None) -> Who | None:
    """The source a compound of a quoted name and a word for an outlet or a critic names
    ('Das "Time"-Magazin', '"Village Voice"-Kritiker J. Hoberman'): the outlet, and the critic
    named after the role."""
    if match is None:
        return None
    outlet, word = match.group("o"), match.group("w").lower()
    if outlet_name(outlet) != outlet or is_person(outlet):
        return None
    if word in _ROLE_WORDS:
        name = _trim_name(match.group("name") or "")
        return Who(name if name and is_person(name) else None, outlet, True)
    return Who(None, outlet, True) if word in OUTLET_WORDS else None


def _bracketed_source(sentence: str) -> Who | None:
    """The critic and outlet a sentence names as "Name (Outlet)" ("David Ehrlich ("IndieWire")
    writes that …", "Peter Bradshaw (The Guardian) calls it …"): a person's name, then in
    brackets an outlet beyond doubt or a name in quotation marks ("Marianne (Noémie Merlant)"
    is a character and her actress)."""
    caseless = _BRACKETED_CASELESS.match(sentence)
    if caseless and all(caseless_outlet(caseless.group(g)) for g in ("name", "o")):
        return Who(caseless.group("name"), caseless.group("o").strip(), True)
    for match in _BRACKETED.finditer(sentence):
        name, outlet = _trim_name(match.group("name")), match.group("o").strip()
        if not name or not is_person(name) or is_person(outlet):
            continue
        quoted = match.group("q") is not None
        if outlet_name(outlet) == outlet and (quoted or _sure_outlet(outlet)):
            return Who(name, outlet, True)
    return None


def _unquoted(text: str) -> str:
    """``text`` without the names it quotes (a film's title: "Star Wars")."""
    return re.sub(r"[\"“„«‘'][^\"“”„«»‘’']*[\"”“»’']", " ", text)


def _quoted_after(sentence: str, critic: str, named: bool = False) -> str | None:
    """The one name in quotation marks that ``sentence`` writes after a critic's role or a
    word for "in" or "for" (see ``_QUOTED_AFTER``), when it is not ``critic`` and no person's;
    after the critic's own name (``named``) it may read as one ("w „Gazecie Wyborczej”")."""
    found = {
        m.group("o")
        for m in _QUOTED_AFTER.finditer(sentence)
        if critic not in m.group("o") and (named or not is_person(m.group("o")))
    }
    return found.pop() if len(found) == 1 else None


def _marked_outlet(sentence: str, critic: str) -> str | None:
    """The outlet in title marks right before the critic's role and name ("《每日電訊報》影評人
    Robbie Collin")."""
    for match in _MARKED_ROLE.finditer(sentence):
        if match.group("name").startswith(critic):
            return match.group("o")
    return None


def _one_outlet(sentence: str, critic: str) -> str | None:
    """The one outlet beyond doubt that a sentence naming ``critic`` names besides, however it
    is joined to the critic ("The Guardian gazetesinin eleştirmeni Peter Bradshaw", "Cây bút
    Noel Murray, New York Times"); None when it names none or several."""
    found = set()
    for match in _NAME.finditer(sentence):
        words = match.group(0).split()
        while words and (words[0].lower() in _LEAD_WORDS or words[0].lower() in _OPENERS):
            words = words[1:]  # "Según El País", "Sin embargo"
        while len(words) > 2 and words[0].lower() in _ROLE_WORDS:
            words = words[1:]  # "Critic Mark Kermode": a role before a name, no outlet
        for n in range(len(words), 0, -1):
            name = outlet_name(" ".join(words[:n]))
            if name and critic not in name and outlet_evidence(name) >= 2 and not is_person(name):
                if not re.fullmatch(r"[A-Z]{2,6}", name):  # "AI", "USA": no outlet alone
                    found.add(name)
                break
    found.update(n for n in kind_named(sentence) if critic not in n)  # "della rivista Africa"
    return found.pop() if len(found) == 1 else None


def _apposed(sentence: str, critic: str) -> str | None:
    """The outlet set after ``critic`` and a word for "of" ("Carlos Boyero, de El País,"): one
    beyond doubt, or an article and a name ("La Razón"), never a person or a bare place."""
    for match in _APPOSED.finditer(sentence):
        if not match.group("name").endswith(critic):
            continue
        outlet = outlet_name(match.group("o"))
        if not outlet or is_person(outlet):
            continue
        if outlet_evidence(outlet) >= 2 or _ARTICLE_BEFORE.search(outlet.split()[0] + " "):
            return with_article(match.group("of"), outlet)
    return None


#: the French words for "of" and "at" that hold the article of the name after them: "du"/"au"
#: (de le, à le), "des"/"aux" (de les, à les); not the Spanish and Italian "del", which hold
#: another article each ("del País" is "El País", "del Corriere" "il Corriere")
_CONTRACTED = {"du": "Le", "au": "Le", "des": "Les", "aux": "Les"}


def with_article(of: str, outlet: str) -> str:
    """``outlet`` with the article that the word for "of" before it contracted: "du Monde" ->
    "Le Monde"; as written when it has one or the word holds none ("de Libération")."""
    article = _CONTRACTED.get(of.lower())
    if article is None or _ARTICLE_BEFORE.search(outlet.split()[0] + " "):
        return outlet
    return f"{article} {outlet}"


def one_outlet(text: str) -> str | None:
    """The one outlet beyond doubt that ``text`` names outside quotation marks ("Den britiske
    avis The Guardian giver filmen fire stjerner"); None for none or several."""
    return _one_outlet(_unquoted(text), "\0")


def lead_in(text: str) -> Who | None:
    """The critic and outlet of a sentence that introduces a quotation after a colon ("While
    Mark Kermode in the Observer wrote:", "Peter Bradshaw gave it five stars in the Guardian:"):
    the first person it names, and the outlet after "in", "for", "dans"; None unless it names
    an outlet or says that someone wrote or said it."""
    if len(text.split()) < 3:
        return None
    name = _first_name(text)
    if name is None and _VERB.search(text) and (outlet := _subject_outlet(text)):
        return Who(None, outlet, True)  # "The NYT concludes with this:"
    if name is None or " " not in name or len(text.split()) < 4:
        return None
    outlet = _outlet_in(text) or _apposed(text, name) or quoted_before_kind(text)
    outlet = outlet or outlet_beside(text, name) or _written_last(text)
    if outlet is None and not _VERB.search(text):
        return None  # "Frances McDormand plays Fern, one of these new nomads:"
    return Who(name, outlet, True)


#: a particle that joins the word after it to a name before it: "Corriere della Sera"
_PARTICLE_BEFORE = re.compile(
    r"[A-ZÀ-Ý]\w*\s+(?:della|delle|dello|degli|del|de|di|da|do|du|des|dos|das)\s+$"
)


#: a verb of saying that ends a sentence ("… the critic Jane Doe wrote")
_VERB_LAST = recache.compile(rf"(?:{_VERB.pattern})\W*$", re.IGNORECASE)
_CRITIC_ROLE = recache.compile(whole_phrases(CRITIC_ROLES))


def critic_says(sentence: str) -> bool:
    """True when ``sentence`` calls someone a critic and ends with a verb of writing or saying
    ("… kino kritikas Audronis Liuga rašė", "… the critic Jane Doe wrote"): it reports a
    critic's words that follow, not a juror's or a director's statement."""
    return _VERB_LAST.search(sentence) is not None and _CRITIC_ROLE.search(sentence) is not None


#: a critic's role written with a capital right before a name ("Cây viết David Rooney", "Film
#: critic Jane Doe"): its words are no part of the name
_ROLE_BEFORE_NAME = recache.compile(
    rf"(?<!\w)(?i:{phrase_pattern(CRITIC_ROLES) or '(?!)'})"
    rf"(?=\s+[A-ZÀ-ÝА-ЯΑ-Ω])"
)


def _without_roles(sentence: str) -> str:
    """``sentence`` with a capitalised critic's role before a name blanked out, so that the
    role's first word ("Cây", "Critic") is not read as the name."""

    def blank(match: re.Match[str]) -> str:
        words = match.group(0)
        return " " * len(words) if words[:1].isupper() else words

    return _ROLE_BEFORE_NAME.sub(blank, sentence)


def _first_name(sentence: str) -> str | None:
    sentence = _without_roles(sentence)
    for match in _NAME.finditer(sentence):
        words = match.group(0).split()
        if words[0].lower() in _LEAD_WORDS:
            words = words[1:]  # "Podle Lidových novin", "Según El País"
        while len(words) > 2 and words[0].lower() in _ROLE_WORDS:
            words = words[1:]  # "Critic Mark Kermode", "Kritikerin Anke Sterneborg"
        apposed = _APPOSED.fullmatch(_TRAILING_PARTICLE.sub("", " ".join(words)))
        if apposed and is_person(name := apposed.group("name")) and _apposed(apposed[0], name):
            return name  # "Luis Martínez de El Mundo": the critic, then the outlet
        owned = any(w.endswith(("'s", "’s")) for w in words)
        if words and not owned and outlet_evidence(" ".join(words)) >= 2:
            continue  # "Báo Tuổi Trẻ", an outlet, not "Tuổi Trẻ"
        if len(words) > 1 and words[-1].endswith(("'s", "’s")):
            words = [*words[:-1], words[-1][:-2]]  # "John Anderson's review at Newsday"
        for k in range(len(words) - 1):  # "The Guardian’s Peter Bradshaw" -> "Peter Bradshaw"
            name = _trim_name(" ".join(words[k:]))
            if name and is_person(name):
                return name
        name = _trim_name(" ".join(words))
        after = sentence[match.end() : match.end() + 20]
        article = _ARTICLE_BEFORE.search(sentence[: match.start()])
        lone = name is not None and " " not in name and name.lower() not in _OPENERS
        lone = lone and not _PARTICLE_BEFORE.search(sentence[: match.start()])
        if lone and _VERB.match(after.strip()) and not article:
            return name  # "Chris says:", "Hornaday notes"; not "A Népszabadság szerint"
    return None


def _subject_outlet(sentence: str) -> str | None:
    """The outlet a sentence opens with, as the one who writes ("The Guardian closes with
    this:", "Screen Daily scrie despre …"): a capitalised run within its first words that
    names an outlet beyond doubt."""
    text = _LEAD_WORD.sub("", sentence.strip())
    if kind := kind_subject(text):
        return kind  # "De Amerikaanse website Deadline is vol lof"
    match = _SUBJECT.match(text)
    if match is None:
        return None
    words = match.group("o").split()
    while words and words[0].lower() in _OPENERS:
        words = words[1:]  # "Sin embargo el especialista …": a word that opens sentences
    for n in range(len(words), 0, -1):
        name = outlet_name(" ".join(words[:n]))
        if name and outlet_evidence(name) >= 2 and not is_person(name):
            return name
    rest = text[match.end() :]
    before = text[: match.start("o")].strip()[-1:]
    quoted = bool(before and rest[:1]) and before in '"“„«' and rest[:1] in '"”“»'
    with_article = len(words) == 2 and _ARTICLE_BEFORE.search(words[0] + " ")
    if (quoted or (with_article and _VERB.match(rest.strip()))) and outlet_name(match.group("o")):
        return match.group("o")  # "Według „Gazety Wyborczej”", "A Népszabadság szerint"
    return None


def _speaking_person(sentence: str) -> str | None:
    """The person named right before a verb of reporting ("…, el crítico de Cine, Polo Muñoz
    manifestó que")."""
    for match in _SPEAKER.finditer(sentence):
        name = _trim_name(match.group("o"))
        if name and is_person(name):
            return name
    return None


def _speaking_outlet(sentence: str) -> str | None:
    """The outlet named right before a verb of reporting inside a sentence ("… som NRK omtalar
    slik:", "… as Variety puts it:"), when it is one beyond doubt (an outlet word, an acronym,
    a web address)."""
    for match in _SPEAKER.finditer(sentence):
        name = outlet_name(match.group("o"))
        if name and outlet_evidence(name) >= 2 and not is_person(name):
            return name
    return None


def _trim_name(text: str) -> str | None:
    words = text.split()
    while words and words[-1].lower() in ("van", "von", "de", "da", "di", "del", "der", "le", "la"):
        words.pop()
    name = " ".join(words)
    if not name or (outlet_evidence(name) >= 2 and not is_person(name)):
        return None
    if len(words) == 1 and (len(name) < 3 or name.lower() in _PRONOUNS):
        return None
    return name


def outlet_near(critic: str, text: str) -> str | None:
    """The outlet a sentence of ``text`` that names ``critic`` gives ("Writing in The Guardian,
    Peter Bradshaw …" -> "The Guardian"), else the one outlet beyond doubt that the first line
    naming a person as ``critic`` names ("En entrevista con CNN Chile, el crítico de Cine, Polo
    Muñoz manifestó que “…”")."""
    for sentence in _SENTENCE_END.split(text):
        if critic in sentence:
            owner = owned_role(sentence)  # "Deadlinen kriitikko Pete Hammond ilmoitti …"
            outlet = owner.outlet if owner and owner.critic == critic else _outlet_in(sentence)
            if outlet:
                return outlet
    if outlet := _outlet_said_before(critic, text):
        return outlet
    if not is_person(critic):
        return None
    line = next((line for line in text.split("\n") if critic in line), "")
    here = next((s for s in _SENTENCE_END.split(line) if critic in s), "")
    return _one_outlet(_unquoted(here), critic) if here else None


_OUTLET_RUN = re.compile(r"(?<![\w.])[A-ZÀ-Ý][\w.&’'-]*(?:[ \t][A-ZÀ-Ý][\w.&’'-]*){0,5}")


def _outlet_said_before(critic: str, text: str) -> str | None:
    """The one outlet named in the sentence right before the first that names ``critic``, in
    the same paragraph ("… la que publica Deadline. Stephanie Bunbury habla de “…”", "V
    americkém časopisu Variety … Kritik Guy Lodge …"); None for none or several."""
    for paragraph in text.split("\n"):
        if critic not in paragraph:
            continue
        sentences = _SENTENCE_END.split(paragraph)
        at = next((n for n, sentence in enumerate(sentences) if critic in sentence), 0)
        if at == 0:
            return None  # also a name split by its initial's full stop ("Marya E. Gates")
        runs = (outlet_name(m.group(0)) for m in _OUTLET_RUN.finditer(sentences[at - 1]))
        named = {n for n in runs if n and outlet_evidence(n) >= 2 and not is_person(n)}
        return named.pop() if len(named) == 1 else None
    return None


def _outlet_in(text: str) -> str | None:
    owner = _OWNER.search(text)
    if owner and outlet_evidence(owner.group("o")) >= 2:
        return owner.group("o")  # "The Guardian’s Peter Bradshaw"
    for match in _IN.finditer(text):
        word = match.group(0).split()[0]
        if len(word) > 1 and word.isupper():
            continue  # "SHAUN OF THE DEAD": a title in capitals, not "of" an outlet
        words = re.split(r"\s+", match.group("o").strip(' „"“”'))
        ends = [k for k, w in enumerate(words) if re.search(r"\w\w\.$", w)]
        words = words[: ends[0] + 1] if ends else words  # "in the Daily Mail. The latest …"
        while words and words[-1].lower() in ("of", "de", "du", "des", "&", "and", "und", "et"):
            words.pop()
        for n in range(min(len(words), 6), 0, -1):
            name = outlet_name(" ".join(words[:n]).strip(' „"“”.'))
            if name and outlet_evidence(name) >= 2 and not is_person(name):
                return name
    return None


#: a word for "of", "for" or "in" and maybe an article right after a critic's name, then a
#: capitalised run that ends the clause or meets a word in lower case: "Guy Lodge of Vavobup
#: praised", "Jane Doe writing for The Kobezu compared", "Name của Outlet nhận định"; not a
#: one-letter word ("v", "w", "i"), after which a language of cases inflects the name ("v
#: Gazete Wyborczej"), which a line of its own may give as written
_BESIDE = recache.compile(
    rf"^\s*,?\s*(?:[^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω][\w’'-]*ing\s+)?(?=\w\w)(?i:{_OF_WORDS})\s+(?P<a>{_ARTICLE}\s+)?"
    rf"[„\"“«]?(?P<o>{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|(?:of|de|du|des|di|del|della|&)(?!\w))){{0,4}})"
    r"[”\"»]?(?=\s*[,.;:!?(]|\s+[^\W\d_A-ZÀ-ÝĀ-ŽА-ЯЁΑ-Ω]|\s*$)"
)
#: an outlet's genitive right before a critic's name: "Felepojif’s David Ehrlich said"
_OWNER_BEFORE = recache.compile(
    rf"(?P<o>(?:The\s+)?{CAPS_WORD}(?:\s+{CAPS_WORD}){{0,3}}?)[’']s\s+$"
)


def outlet_beside(sentence: str, critic: str) -> str | None:
    """The outlet written right beside a critic's name, known or not: after it and a word for
    "of", "for" or "in" ("Guy Lodge of Vavobup praised it", "Jane Doe writing for The Kobezu
    compared", "Mark Kermode in the Kobezu wrote") or before it in the genitive ("Kobezu’s
    Jane Doe said"). The place beside the name is the evidence: the name need not be one the
    catalogues know, but never a person's, a country's or a month's."""
    at = sentence.find(critic)
    if at < 0:
        return None
    after = _BESIDE.match(sentence[at + len(critic) :])
    owner = _OWNER_BEFORE.search(sentence[:at])
    for found in (after, owner):
        name = outlet_name(found.group("o").rstrip(".")) if found else None
        # after "of" a name of a person's shape is an outlet's unless a given name opens it
        if found and name and _may_be_outlet(name, strict=found is owner):
            article = (found.groupdict().get("a") or "").strip()
            return f"{article} {name}" if article[:1].isupper() else name
    return None


#: "in", "for" and an article, then a capitalised run that ends the text: "… gave it a five
#: star review in the Kobezu"
_WRITTEN_LAST = recache.compile(
    rf"(?<!\w)(?i:{phrase_pattern(IN_WORDS)})\s+(?P<a>{_ARTICLE})\s+"
    rf"(?P<o>{CAPS_WORD}(?:\s+(?:{CAPS_WORD}|(?:of|de|du|des|di|del|della|&)(?!\w))){{0,4}})\s*$"
)


def _written_last(text: str) -> str | None:
    """The publication a lead to a quotation names last, after "in" or "for" and an article
    ("Peter Bradshaw gave it five stars in the Kobezu"), known or not."""
    found = _WRITTEN_LAST.search(text)
    name = outlet_name(found.group("o").rstrip(".")) if found else None
    if found is None or not name or not _may_be_outlet(name):
        return None
    article = found.group("a")
    return f"{article} {name}" if article[:1].isupper() else name


def _may_be_outlet(name: str, strict: bool = True) -> bool:
    """True for a name that may be an outlet's: no person's (``strict``: of no person's shape;
    else not opening with a known given name), country's or month's."""
    if is_person(name) and (strict or person_like(name)):
        return False
    if country_code(name) or nationality_country(name) or name.lower() in _OPENERS:
        return False
    return not any(w.lower() in _MONTHS for w in name.split())


def _sure_outlet(name: str) -> bool:
    """True for an outlet beyond doubt (an outlet word, a web address, an acronym, a known
    outlet) that is no person's name."""
    return outlet_evidence(name) >= 2 and not is_person(name)
