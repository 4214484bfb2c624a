"""Actors paired with the characters they play: "Frances McDormand plays Fern", "Ario Bayu,
sebagai Ardi", "城戸役の妻夫木聡さん", "చిట్టిబాబు పాత్రలో రాంచరణ్", and actors of a script
without capitals in parentheses after their character ("مردی ایرانی (علی مصفا)")."""

from __future__ import annotations

import re
from functools import cache

from indexer import lang, recache
from indexer.extract.pages import castprose
from indexer.extract.pages.cues import Mention, after_lower_run, names_from, said
from indexer.extract.pages.facts import is_name, is_uncased_name
from indexer.extract.pages.headfinal import name_before
from indexer.extract.pages.labels import is_label_word
from indexer.extract.pages.names import person
from indexer.extract.pages.scripts import CJK, HAN, KANA_HAN, UNCASED_WORD
from indexer.extract.pages.sentences import name_after
from indexer.extract.pages.titleperson import opens_with_given_name
from indexer.normalize import country_name, is_language_name
from indexer.wordre import alternation


@cache
def _role_patterns(code: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The cues of :func:`role_pairs`: every language's, and the words for "as" that the page's
    language ``code`` alone may use ("som")."""

    def words(cues: tuple[str, ...]) -> str:  # a tree of shared beginnings: faster
        return alternation(cues, spaces=True)

    # "as" is a word of its own and the character a capitalised name ("as Fern", not "as a")
    every = words(_plays(None, code))
    plays = rf"(?<![^\W\d_])(?:{every or '(?!)'})\s+(?=[^\W\d_])"
    # a role word glued to the character in CJK ("城戸役の"), a word of its own elsewhere
    # ("Јована, кога игра Павле Менсур", "Fern, played by Frances McDormand")
    glued = rf"(?:(?=[{CJK}])|(?<![^\W\d_]))"
    role_of = rf"{glued}(?:{words(lang.cues('role_of')) or '(?!)'})\s*"
    return recache.compile(plays), recache.compile(role_of)


def _plays(code: str | None, own: str | None) -> tuple[str, ...]:
    """The words between an actor and the character played of the language ``code`` (of every
    language when None), with the words for "as" that only the pages of the language ``own``
    use: "som" is "who" and "that" too, and reads as "as" on a Swedish page only."""
    mine = lang.cues("plays_own", own) if own else ()
    words = {w: None for w in (*lang.cues("plays", code), *mine)}
    return tuple(sorted(words, key=len, reverse=True))


def _after_description(text: str, start: int) -> str | None:
    """The full name after a few words in lower case that describe the actor, after a "role
    of" cue: "played by young and handsome Jamie Dornan", "brought to life by the amazingly
    talented Adibah Noor"), or after such words and a comma, an apposition ("played by an
    amateur, the painter Paul Osipow", "played by a professional, Selina Salo"); none after a
    word of a credit ("played by the director himself")."""
    found = after_lower_run(text, start, _credit_word, name_after)
    apposed = _APPOSED.match(text, start) if found is None else None
    if apposed is None or any(map(_credit_word, re.findall(r"[^\W\d_][\w'’-]*", apposed[0]))):
        return found
    name = name_after(text, apposed.end())
    return name if name and is_name(name) and len(name.split()) >= 2 else None


#: one to three words in lower case that describe a person, a comma, then up to three more
#: before the name: "an amateur, the painter ", "a professional, "
_APPOSED = re.compile(
    r"(?:(?-i:[^\W\d_A-ZÀ-ÞА-Я])[\w'’-]*[ \t]+){0,2}(?-i:[^\W\d_A-ZÀ-ÞА-Я])[\w'’-]*,[ \t]+"
    r"(?:(?-i:[^\W\d_A-ZÀ-ÞА-Я])[\w'’-]*[ \t]+){0,3}"
)


@cache
def _credit_words() -> frozenset[str]:
    kinds = ("directed_by", "written_by", "starring", "director_nouns", "film_words", "by")
    return frozenset(cue for kind in kinds for cue in lang.cues(kind) if " " not in cue)


def _credit_word(word: str) -> bool:
    """True for a word that is a credit cue of any language ("director", "by", "film")."""
    return word.lower() in _credit_words()


_ROLE_CJK = re.compile(rf"[{CJK}]{{2,6}}?(?=さん|さま|氏|と|[\s、，,。.（(・]|$)")


def role_pairs(text: str, code: str | None = None) -> list[Mention]:
    """Actors paired with the character they play, one per cue, in page order: the actor
    before the cue and a capitalised character after it ("Ario Bayu, sebagai Ardi",
    "Frances McDormand plays Fern"), or the character before the cue and the actors after it
    ("城戸役の妻夫木聡さん", "夫婦役を演じた松村北斗と上白石萌音", "చిట్టిబాబు పాత్రలో రాంచరణ్").
    The cues of every language count, and those of the page's language ``code`` that are
    common words elsewhere ("Anders Danielsen Lie som Aksel" on a Norwegian page only)."""
    plays, role_of = _role_patterns(code)
    found = []
    for match in plays.finditer(text):
        # a phrase of three words or more ("en la piel de", "dans le rôle de") takes a
        # character described in lower case too ("en la piel de este crítico")
        if not text[match.end()].isupper() and len(match.group(0).split()) < 3:
            continue
        head = text[max(0, match.start() - 80) : match.start()].rstrip(" ,(")
        name = name_before(re.split(r"(?<=[^\W\d_]{2}[.!?])\s|[;:()\n]", head)[-1])
        words = name.split() if name else []
        if len(words) >= 3 and words[0].lower() in lang.cues("sentence_words"):
            name = " ".join(words[1:])  # "Tá Cillian Ó Gairbhí i bpáirt …": "is" opens it
        if name and is_name(name) and not country_name(name):  # "released in France as …"
            found.append(Mention(name, match.group(0).strip(), match.start()))
    # "played superbly by", "joué brillamment par": one word inside the cue
    for match in [*role_of.finditer(text), *castprose.split_cues("role_of", text)]:
        found.extend(
            Mention(n, match.group(0).strip(), match.start()) for n in _actors(text, match.end())
        )
    found.extend(framed_role_pairs(text))
    return sorted(found, key=lambda m: m.at)


@cache
def _framed() -> re.Pattern[str]:
    """The frames of every language between the act of playing and the actors after it
    ("飾演 … 的", "演じたのは"), "…" the character: one to twelve letters, no stop, comma or
    parenthesis ("(由吳念真飾演)是一家公司的總經理": the clause ends at the parenthesis)."""
    frames = []
    for cue in lang.cues("role_framed"):
        parts = [re.escape(part.strip()) for part in cue.split("…")]
        frames.append(r"[^\s。，,、！？!?「」『』()（）\n]{1,12}?".join(parts))
    return recache.compile("|".join(frames) or "(?!)")


#: a Japanese name of a Han surname and a given name in kana, between corner quotes: 「岸井ゆきの」
_QUOTED_KANA_GIVEN = re.compile(
    rf"[「『]([{HAN}]{{1,3}}(?:[\u3041-\u3093]{{2,4}}|[\u30a1-\u30fa\u30fc]{{2,4}}))[」』]"
)


def framed_role_pairs(text: str) -> list[Mention]:
    """Actors after the act of playing and the character it takes, as head-final languages
    write a relative clause before the name it describes: "在片中飾演父女的陳文彬、趙祐萱" ("Chen
    Wen-pin and Chao Yu-hsuan, who play father and daughter"), "飾演主角林健一的莫子儀",
    "ケイコを演じたのは「岸井ゆきの」" ("the one who played Keiko is …"). The names are a list
    of the script's names (:func:`.cues.names_from`), those joined by "と", or one in corner
    quotes of a Han surname and a given name in kana."""
    found: list[Mention] = []
    for match in _framed().finditer(text):
        quoted = _QUOTED_KANA_GIVEN.match(text, match.end())
        # the list ends at its clause's comma: "陳文彬、趙祐萱,飾演家鄉好友的…", "莫子儀,也在"
        clause = _CLAUSE_END.split(text[match.end() : match.end() + 80], maxsplit=1)[0]
        listed = [quoted.group(1)] if quoted else names_from(clause, 0)
        listed = [n for n in listed if 2 <= len(n) <= _LONGEST_CJK_NAME] or _actors(clause, 0)
        found.extend(Mention(n, match.group(0), match.start()) for n in listed if n)
    return found


#: the most characters of a name in a script without spaces
_LONGEST_CJK_NAME = 12
#: what ends the clause of the names after a frame: a comma, a stop, a line's end
_CLAUSE_END = re.compile(r"[,，。.;；!?！？\n]")


#: a word in lower case (of a script with capitals) between an actor and a one-word role cue
_LOWER_WORD = r"(?-i:[^\W\d_A-ZÀ-ÞА-Я])[\w'’-]*"


@cache
def _gapped_plays(code: str) -> re.Pattern[str] | None:
    """One to three words in lower case, then a role cue of one word of the language ``code``
    and a capitalised character: " is glorious as Monsieur", " heads the cast as Mick"."""
    plays = [cue for cue in _plays(code, code) if " " not in cue]
    if not plays:
        return None
    return recache.compile(
        rf"(?:[ \t]+{_LOWER_WORD}){{1,3}}[ \t]+(?P<cue>(?i:{alternation(plays)}))[ \t]+"
        r"(?-i:[A-ZÀ-ÞА-Я])"
    )


@cache
def _gapped_described(code: str) -> re.Pattern[str] | None:
    """One to three words in lower case, then a role cue of one word of the language ``code``
    and the character described in words, a determiner of the language opening them: " er
    forrygende som den Tarzan-fikserede far", " is heartbreaking as the widowed father"."""
    plays = [cue for cue in _plays(code, code) if " " not in cue]
    determiners = lang.cues("determiners", code)
    if not plays or not determiners:
        return None
    return recache.compile(
        rf"(?:[ \t]+{_LOWER_WORD}){{1,3}}[ \t]+(?P<cue>(?i:{alternation(plays)}))[ \t]+"
        rf"(?-i:{alternation(determiners)})[ \t]+(?P<described>(?:[^\W\d_][\w'’-]*[ \t]*){{1,3}})"
    )


def _gapped_matches(text: str, code: str) -> list[re.Match[str]]:
    """The matches of :func:`_gapped_plays` and of :func:`_gapped_described` in ``text``, the
    words between the name and the role cue no verb of saying or judging ("Peter Bradshaw
    described it as the …": a critic), the described character no credit's words ("hired as
    the director of the hotel": a job)."""
    found = []
    for pattern in (_gapped_plays(code), _gapped_described(code)):
        for match in pattern.finditer(text) if pattern else ():
            described = match.groupdict().get("described")
            if described and any(map(_credit_word, described.split())):
                continue
            if said(text[match.start() : match.start("cue")].split()):
                continue
            found.append(match)
    return sorted(found, key=lambda m: m.start())


def gapped_role_pairs(text: str, code: str | None) -> list[Mention]:
    """Actors named before a few words in lower case and the word that gives the character
    they play, in the page's language ``code``: "Ralph Fiennes is glorious as Monsieur
    Gustave", "Melina Hagberg er flott sem Anmai Mus", or the character described after a
    determiner ("Peter Schrøder er forrygende som den Tarzan-fikserede far"). Each actor a full
    name that opens with a known given name and carries no credit word ("as" is "from" in
    Irish: only the page's own language's words count)."""
    found: list[Mention] = []
    for match in _gapped_matches(text, code) if code else ():
        head = text[max(0, match.start() - 80) : match.start()]
        name = name_before(head)
        if not name or not head.endswith(name) or not is_name(name) or person(name) != name:
            continue
        if opens_with_given_name(name):  # "Grand Budapest reopens as Hotel Europa": a place
            found.append(Mention(name, match.group("cue"), match.start()))
    return found


#: an aside in parentheses after a word on its line, the word's last letter maybe an Indic
#: vowel sign, which ``\w`` leaves out ("બિટ્ટુ (આરોહી પટેલ)"); not in Thai, Lao or Khmer,
#: written without spaces, where the word before is a run of words ("นิรันดร์ราตรี (…)", a
#: title and its director)
_PARENTHESES = re.compile(r"(?<=[\w\u0900-\u0dff])[ \t]?\(([^()\d]{3,40})\)")


def uncased_in_parentheses(text: str) -> list[Mention]:
    """Actors of a script without capitals in parentheses after their character ("مردی ایرانی
    (علی مصفا)", "สตู เชฟเฟิร์ด (โคลิน ฟาร์เรล)"): two or three words that the page writes
    nowhere but in that name (the words of "(از همسر قبلی)", "from his former wife", recur)."""
    found = []
    for match in _PARENTHESES.finditer(text):
        inner = match.group(1).strip()
        words = inner.split()
        if not 2 <= len(words) <= 3 or not all(UNCASED_WORD.fullmatch(w) for w in words):
            continue
        if all(text.count(word) == text.count(inner) for word in words):
            found.append(Mention(inner, "()", match.start(1)))
    return found


#: a Hangul name of one to four syllables, then one of two to four in parentheses: "계나(고아성)"
_HANGUL_PAIR = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{1,4}) ?\(([\uac00-\ud7a3]{2,4})\)")


def hangul_in_parentheses(text: str) -> list[Mention]:
    """Korean actors in parentheses after their character, each name one word ("계나(고아성)는
    한국이 싫다"): not a label word ("(감독)"), nor the short form of the word before it
    ("영화진흥위원회(영진위)", whose letters it takes in order). A synopsis names the leads
    so, a few of the cast: weak evidence beside a list of the cast."""
    found = []
    for match in _HANGUL_PAIR.finditer(text):
        word, inner = match.groups()
        if is_label_word(inner) or _shortened(inner, word):
            continue
        if _CITED_SOURCE.match(text, match.end()):
            continue  # "…을 뜻합니다 (요다위키).": the source a sentence cites at its end
        found.append(Mention(inner, "()", match.start(2)))
    return found


#: the fewest Korean pairs that make a synopsis's cast (three may be its leads alone, who
#: give way to a list of the cast: "계나(고아성)는 … 지명(김우겸)과 재인(주종혁)이")
_FEWEST_HANGUL_PAIRS = 4


def hangul_pairs(text: str) -> list[Mention]:
    """The Korean actors of :func:`hangul_in_parentheses` where a page pairs four or more with
    their characters ("옥주(최정운)는 남동생 동주(박승준), 아빠(양흥주)와 함께 할아버지(김상동)의
    집"), a synopsis introducing its cast; no country ("영화(한국)")."""
    found = [m for m in hangul_in_parentheses(text) if not country_name(m.name)]
    return found if len({m.name for m in found}) >= _FEWEST_HANGUL_PAIRS else []


#: what follows a source cited at a sentence's end: its stop, the line's end
_CITED_SOURCE = re.compile(r"[ \t]*(?:[.。]|$)", re.MULTILINE)


#: a Han or katakana name in parentheses glued to the character's name before it: "周吉(笠智衆)",
#: "とみ（東山千栄子）", "ファーン(フランシス・マクドーマンド)"
_CJK_PAIR = recache.compile(
    r"(?<=[\u3040-\u30ff\u3400-\u9fff])[(（]([\u3400-\u9fff]{2,5}|[\u30a0-\u30fa\u30fc]{2,}"
    r"(?:[・=＝][\u30a0-\u30fa\u30fc]{2,})+)[)）]"
)

#: the fewest such pairs a page must give for them to be its cast
_FEWEST_CJK_PAIRS = 3

#: a Japanese name of a Han surname and a given name in kana ("岸井ゆきの", "安藤サクラ") in
#: parentheses glued to a character's name, a particle or a stop after them: "ケイコ(岸井ゆきの)が"
#: (not a verb's or an adjective's kana ending: "(勉強して)", "(仕方ない)")
_KANA_GIVEN_PAIR = recache.compile(
    rf"(?<=[{KANA_HAN}])[(（]([{HAN}]{{2,3}}(?:"
    r"(?!する|した|して|され|させ|ない|なく|なら|だっ|です|でし|ます|まし|った|って|てい|しい|しく|らし)"
    r"[\u3041-\u3093]{2,4}|[\u30a1-\u30fa\u30fc]{2,4}))[)）](?=[がはのとも、。,])"
)


def cjk_in_parentheses(text: str) -> list[Mention]:
    """Chinese and Japanese actors in parentheses glued to their character ("周吉(笠智衆)、とみ
    (東山千栄子)の老夫婦は…"), a synopsis's way of naming the cast: where the page pairs three
    names or more so, none a label word ("(監督)"), a country or the short form of the word
    before it ("日本映画製作者連盟(映連)"); or, fewer pairs, each actor whose name is a Han surname
    and a given name in kana ("ケイコ(岸井ゆきの)が", "早織(安藤サクラ)は")."""
    found = []
    for match in _CJK_PAIR.finditer(text):
        inner = match.group(1)
        word = text[max(0, match.start() - 12) : match.start()]
        if is_label_word(inner) or country_name(inner) or _shortened(inner, word):
            continue
        found.append(Mention(inner, "()", match.start(1)))
    if len({m.name for m in found}) >= _FEWEST_CJK_PAIRS:
        return found
    # a name of Han and kana has a person's shape, no word's: one such pair names an actor
    return [Mention(m.group(1), "()", m.start(1)) for m in _KANA_GIVEN_PAIR.finditer(text)]


#: one word of a script without capitals, then one in parentheses: "കുരുവിള (സുരാജ്)"
#: (the word after it apart: "ฉลาดเกม(ส์)โกง" writes a letter in a word's parentheses)
_UNCASED_PAIR = recache.compile(
    rf"(?<!\S)({UNCASED_WORD.pattern}) ?\(({UNCASED_WORD.pattern})\)(?!\w)"
)


def uncased_word_pairs(text: str) -> list[Mention]:
    """Actors of one word of a script without capitals in parentheses after a character of one
    word ("കുരുവിള (സുരാജ്) … ഹരീന്ദ്രൻ (പൃഥ്വിരാജ്)", "ลิน (ออกแบบ-ชุติมณฑน์)"), where the page
    pairs two actors or more so, as a synopsis introduces its leads: one pair alone may be a
    word and its gloss. Not a label word, nor the short form of the word before it."""
    found = []
    for match in _UNCASED_PAIR.finditer(text):
        word, inner = match.groups()
        if inner == word or is_label_word(inner) or _shortened(inner, word):
            continue
        if word.casefold() in _film_words():
            continue  # "فيلم (بامو)": the film's title after the word for film, no actor
        found.append(Mention(inner, "()", match.start(2)))
    return found if len({m.name for m in found}) >= 2 else []


@cache
def _film_words() -> frozenset[str]:
    """Every language's words for film, folded."""
    return frozenset(w.casefold() for w in lang.cues("film_words"))


#: a word, then one capitalised word alone in parentheses: "Karim (Thilakan)", "his dad
#: (Siddique)"
_WORD_PAIR = re.compile(r"(?<![\w'’.-])([^\W\d_][\w'’-]{2,}) \(([^\W\d_]{3,})\)")

#: the fewest such pairs a page must give for them to be its cast
_FEWEST_WORD_PAIRS = 2


def cased_word_pairs(text: str) -> list[Mention]:
    """Actors named by their surname alone in parentheses after their character, in a script
    with capitals ("Karim (Thilakan)", "his dad (Siddique)", "Gail (Posey), son-in-law Alan
    (Gregg)"), where the page pairs two or more so, as a synopsis introduces its cast. The
    character is one word, no name's last word ("Joanna Kulig (Zula)" gives the actor first);
    the aside is no label word, country, language or word for film."""
    found = []
    for match in _WORD_PAIR.finditer(text):
        word, inner = match.groups()
        if not (inner[0].isupper() and inner[1:].islower()) or inner == word:
            continue
        before = text[max(0, match.start() - 40) : match.start()].split()
        if word[0].isupper() and before and before[-1][0].isupper() and before[-1][-1].isalpha():
            continue  # "Joanna Kulig (Zula)": a name of two words, then the character
        if is_label_word(inner) or country_name(inner) or is_language_name(inner):
            continue
        if inner.casefold() in _film_words() or word.casefold() in _film_words():
            continue
        found.append(Mention(inner, "()", match.start(2)))
    return found if len({m.name for m in found}) >= _FEWEST_WORD_PAIRS else []


#: a capitalised word glued to a parenthesis that holds a name of two or three capitalised
#: words: "Nendeze(Latifa Shabani)"
_GLUED_PAIR = re.compile(
    r"(?<![\w'’.-])[A-ZÀ-Þ][^\W\d_]+\(([A-ZÀ-Þ][^\W\d_'’-]+(?: [A-ZÀ-Þ][^\W\d_'’-]+){1,2})\)"
)


def glued_in_parentheses(text: str) -> list[Mention]:
    """Actors in parentheses glued to their character's name, no space between
    ("Nendeze(Latifa Shabani) … Mudi(Mohamed Salum)"), where the page pairs two actors or more
    so: one pair alone may be a company and its head, a place and its name."""
    found = [Mention(m.group(1), "()", m.start(1)) for m in _GLUED_PAIR.finditer(text)]
    found = [m for m in found if is_name(m.name) and not country_name(m.name)]
    return found if len({m.name for m in found}) >= 2 else []


#: a capitalised word, then two or three words in capitals alone in parentheses: "Adil
#: (ZAHIRIL ADZIM)", "Estella (EMMA STONE)"
_CAPITALS_PAIR = re.compile(
    r"(?<![\w'’.-])([A-ZÀ-ÞА-ЯΑ-Ω][a-zß-ÿа-яα-ω][^\W\d_]*) "
    r"\(((?:[A-ZÀ-ÞА-ЯΑ-Ω]{2,}[-'’]?)+(?: (?:[A-ZÀ-ÞА-ЯΑ-Ω]{2,}[-'’]?)+){1,2})\)"
)


def capitals_in_parentheses(text: str) -> list[Mention]:
    """Actors written in capitals in parentheses after their character, as a synopsis
    introduces its cast ("'Bunga Lalang' atau Adil (ZAHIRIL ADZIM) … Bakar (PEKIN IBRAHIM)
    abang sulung Adil"): where the page pairs two or more so and writes one character again
    outside its pair, a story's person. One pair alone, or characters named nowhere else, may
    be a director and a title in capitals ("Skolimowski (LE DÉPART)"), a place and its
    initials. Each actor a name of two or three words of three letters or more, written as the
    page writes it."""
    pairs = [
        m
        for m in _CAPITALS_PAIR.finditer(text)
        if all(len(w) >= 3 for w in m.group(2).split())
        and is_name(m.group(2).title())
        and not country_name(m.group(2).title())
        and not is_label_word(m.group(2).lower())
    ]
    if len({m.group(2) for m in pairs}) < 2:
        return []
    # a character named again outside its pair: the page tells a story
    if not any(
        text.count(m.group(1)) > sum(p.group(1) == m.group(1) for p in pairs) for m in pairs
    ):
        return []
    return [Mention(m.group(2), "()", m.start(2)) for m in pairs]


def _shortened(short: str, word: str) -> bool:
    """True when ``short`` takes its letters in order from ``word`` (an abbreviation)."""
    rest = iter(word)
    return all(letter in rest for letter in short)


def _actors(text: str, start: int) -> list[str]:
    """The actors named after a "role of" cue: CJK names joined by "と"/"、" (an honorific
    after each dropped), or one to three words of a script without capitals."""
    cased = name_after(text, start) or _after_description(text, start)
    if cased:
        return [cased, *_second_actor(text, start, cased)]
    rest = text[start : start + 60]
    names: list[str] = []
    while (run := _ROLE_CJK.match(rest)) is not None and len(names) < 4:
        names.append(run.group(0))
        joiner = re.match(r"(?:さん|さま|氏)?\s*(?:と|、)", rest[run.end() :])
        if not joiner:
            break
        rest = rest[run.end() + joiner.end() :]
    if names:
        return names
    words = re.split(r"[,.;:!?()\n،।]", rest, maxsplit=1)[0].split()
    uncased = [w for w in words[:3] if UNCASED_WORD.fullmatch(w)]
    return [" ".join(uncased)] if uncased and len(uncased) == len(words[:3]) else []


@cache
def _and_next() -> re.Pattern[str]:
    """The word for "and" between two actors' names, with the spaces around it."""
    return recache.compile(rf"[ \t]+(?:{alternation(lang.cues('conjunctions'))})[ \t]+")


def _second_actor(text: str, start: int, first: str) -> list[str]:
    """A second actor joined to the first by "and" after a "role of" cue, each of the two
    characters named before it: "els papers a càrrec de la Rosalinde Mynster i en Joachim
    Fjelstrup", "played by A and B"."""
    at = text.find(first, start, start + 80)
    joined = _and_next().match(text, at + len(first)) if at >= 0 else None
    if not joined:
        return []
    second = name_after(text, joined.end()) or _after_description(text, joined.end())
    return [second] if second and is_name(second) and second != first else []


@cache
def _marked() -> re.Pattern[str]:
    marks = alternation(lang.cues("role_marks")) or "(?!)"
    return re.compile(rf"[（(]\s*([^()（）\n\d]{{2,16}}?)\s?(?:{marks})\s*[）)]")


@cache
def _voiced() -> re.Pattern[str]:
    marks = alternation(lang.cues("voice_marks")) or "(?!)"
    return re.compile(rf"[（(]\s*(?:{marks})\s*[:：]\s*([^()（）\n\d:：]{{2,16}}?)\s*[）)]")


def marked_in_parentheses(text: str) -> list[Mention]:
    """Actors in parentheses after their character, a role mark after them: "马福礼(陈建斌饰)",
    "김민재(조진웅 분)", or the word for voice and a colon before them: "駒田琉生(声:早見沙織)"."""
    found = []
    for match in [*_marked().finditer(text), *_voiced().finditer(text)]:
        name = match.group(1).strip()
        # the mark says a person: one capitalised word is an actor known by one name
        # ("Linh Phụng (Isaac vào vai)")
        mononym = name.isalpha() and name[:1].isupper() and not name.isupper()
        if is_name(name) or is_uncased_name(name) or mononym:
            found.append(Mention(name, "()", match.start(1)))
    return found


def is_character(text: str, name: str) -> bool:
    """True when ``text`` writes ``name`` as a character of the story, the actor in
    parentheses after it with a role mark ("胡昆汀(大鹏饰)"). (An age in parentheses tells
    nothing: news writes real people so, "Antoneta Alamat Kusijanović (36)".)"""
    at = text.find(name)
    while at >= 0:  # each mention in turn: no pattern compiled per name
        end = at + len(name)
        if _marked().match(text, end + text[end : end + 1].isspace()):
            return True
        at = text.find(name, at + 1)
    return False


@cache
def _plays_between() -> re.Pattern[str]:
    """The word of any language between an actor and their role ("as", "als", "sebagai")."""
    return recache.compile(rf"\s+(?:{lang.alternation('plays')})\s+")


def flattened_roles(text: str) -> list[list[str]]:
    """The actors of a cast list "Actor as Character" flattened into one line with nothing
    between its rows: "George MacKay as Davy Henshaw Kevin Guthrie as Ally Freya Mavor as
    Liz" (three rows or more, no sentence's punctuation); a row's actor is the first or the
    last two words of the part between two role words, as the page gives no other boundary."""
    found = []
    for line in text.splitlines():
        parts = _plays_between().split(line.strip())
        if len(parts) < 4 or re.search(r"[,;.!?:]\s|[()\[\]\d]", line):
            continue
        actors = [parts[0]] if is_name(parts[0]) else []
        for middle in parts[1:-1] if actors else []:
            words = middle.split()
            actor = " ".join(words[-2:])
            if len(words) < 3 or not is_name(actor):
                break  # no room for a character and an actor: the rows end
            actors.append(actor)
        if len(actors) >= 3:
            found.append(actors)
    return found
