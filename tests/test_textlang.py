"""indexer.extract.pages.textlang: the page's language, and langdetect's answer made faster."""

from __future__ import annotations

import langdetect
import pytest
from langdetect.detector import Detector

from indexer import lang
from indexer.extract.pages.textlang import (
    _Detector,
    _factory,
    detect,
    function_word_language,
    text_language,
)

# Latin-script openings the function-word vote leaves to the statistical detector
SNIPPETS = [
    "Een jonge vrouw keert terug naar het dorp waar ze opgroeide en vindt haar vader ziek.",
    "Młoda kobieta wraca do wioski, w której dorastała, i zastaje chorego ojca w domu.",
    "En ung kvinna återvänder till byn där hon växte upp och finner sin far sjuk hemma.",
    "Mladá žena se vrací do vesnice, kde vyrůstala, a najde svého otce nemocného doma.",
    "O tânără se întoarce în satul în care a crescut și își găsește tatăl bolnav acasă.",
    "Seorang perempuan muda kembali ke desa tempat ia dibesarkan dan menemukan ayahnya sakit.",
    "Egy fiatal nő visszatér a faluba, ahol felnőtt, és betegen találja az apját otthon.",
    "Nuori nainen palaa kylään, jossa hän kasvoi, ja löytää isänsä sairaana kotoa.",
    "Filmas apie jauną moterį, kuri grįžta į kaimą ir randa sergantį tėvą namuose.",
    "12 34 !!",
]


def _probabilities(detector: Detector, text: str) -> list[tuple[str, float]] | str:
    detector.append(text)
    try:
        return [(found.lang, float(found.prob)) for found in detector.get_probabilities()]
    except langdetect.LangDetectException as exc:
        return str(exc)


@pytest.mark.parametrize("text", SNIPPETS)
def test_detector_gives_langdetects_probabilities(text: str) -> None:
    factory = _factory()
    assert _probabilities(_Detector(factory), text) == _probabilities(Detector(factory), text)


@pytest.mark.parametrize("text", SNIPPETS[:-1])
def test_detect_is_langdetects_answer(text: str) -> None:
    assert detect(text) == langdetect.detect(text)


def test_text_language_of_a_dutch_page() -> None:
    assert text_language(SNIPPETS[0] * 2) == "nl"


def test_too_few_letters_tell_nothing() -> None:
    assert text_language("12 34 !!") is None


# Openings in scripts that one language writes, and Cyrillic told apart by its letters
# (langdetect, which knows neither Georgian nor Armenian, called both Estonian)
SCRIPT_OPENINGS = [
    ("ka", "ფილმი მოგვითხრობს ახალგაზრდა ქალზე, რომელიც მშობლიურ სოფელში ბრუნდება."),
    ("hy", "Ֆիլմը պատմում է մի երիտասարդ կնոջ մասին, որը վերադառնում է հայրենի գյուղ։"),
    ("th", "ภาพยนตร์เรื่องนี้เล่าเรื่องของหญิงสาวที่กลับไปยังหมู่บ้านบ้านเกิดของเธอ"),
    ("ta", "இந்த திரைப்படம் தனது சொந்த கிராமத்திற்கு திரும்பும் ஒரு இளம் பெண்ணின் கதை"),
    ("he", "הסרט מספר על אישה צעירה החוזרת אל הכפר שבו גדלה ומוצאת את אביה חולה."),
    (
        "uk",
        "Фільм розповідає про молоду жінку, яка повертається до рідного села і знаходить "
        "там хворого батька. Її історія — це історія покоління.",
    ),
    (
        "be",
        "Фільм расказвае пра маладую жанчыну, якая вяртаецца ў роднае сяло і знаходзіць "
        "там хворага бацьку ў старой хаце.",
    ),
    (
        "kk",
        "Фильм туған ауылына оралған жас әйел туралы баяндайды. Ол әкесінің ауырып "
        "қалғанын біледі және оған қамқорлық жасайды.",
    ),
    (
        "mn",
        "Энэ кино төрсөн нутагтаа буцаж ирсэн залуу эмэгтэйн тухай өгүүлнэ. Тэр өвчтэй "
        "аавтайгаа үлдэнэ.",
    ),
    (
        "bg",
        "Филмът разказва за млада жена, която се връща в родното си село и намира баща си "
        "болен. Тя остава при него цяла година.",
    ),
    (
        "sr",
        "Филм прича о младој жени која се враћа у родно село и налази болесног оца. Ћерка "
        "остаје поред њега и ђаци је посећују.",
    ),
    (
        "ru",
        "Фильм рассказывает о молодой женщине, которая возвращается в родную деревню и "
        "находит там больного отца. Это история поколения.",
    ),
]


@pytest.mark.parametrize(("code", "text"), SCRIPT_OPENINGS)
def test_scripts_and_letters_name_the_language(code: str, text: str) -> None:
    assert text_language(text) == code


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # languages langdetect does not know: their own function words name them
        ("eu", "Emakume gazte bat bere jaioterrira itzuli da, eta aita gaixorik aurkitu du. Beste "
               "egun batzuk izango dira, baina ez du etxea utzi nahi. Hori oso zaila da, eta ere "
               "bere ahizpak ez dira etorri."),
        ("is", "Ung kona snýr aftur í þorpið þar sem hún ólst upp og finnur föður sinn veikan. Það "
               "er ekki auðvelt fyrir hana að vera þar með honum, en hún fer ekki úr húsinu eftir "
               "að hann veiktist."),
    ],
)  # fmt: skip
def test_function_words_of_languages_langdetect_lacks(code: str, text: str) -> None:
    assert text_language(text) == code


def test_a_neighbour_of_icelandic_stays_itself() -> None:
    norwegian = (
        "En ung kvinne vender tilbake til bygda der hun vokste opp og finner faren syk. Det er "
        "ikke lett for henne å være der med ham, men hun forlater ikke huset etter at han ble syk."
    )
    assert text_language(norwegian) == "no"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # Latin letters that one language alone writes, of languages langdetect does not know
        ("az", "Gənc qadın doğulduğu kəndə qayıdır və atasını xəstə tapır. O, evdə qalmağa "
               "qərar verir və bütün il onun yanında olur."),
        ("uz", "Yosh ayol oʻzi tugʻilgan qishloqqa qaytib, otasini kasal holda topadi. U "
               "uyda qolishga qaror qiladi va bir yil davomida u bilan boʻladi."),
        ("eo", "Juna virino revenas al la vilaĝo kie ŝi kreskis kaj trovas sian patron malsana. "
               "Ŝi restas ĉe li dum tuta jaro kaj ĉiutage ĝuas la kamparon."),
        ("mt", "Mara żagħżugħa terġa’ lura lejn il-villaġġ fejn trabbiet u ssib lil missierha "
               "marid. Hija tibqa’ ħdejh għal sena sħiħa."),
        ("yo", "Ọmọbìnrin kan padà sí abúlé tí wọ́n ti bí i, ó sì rí bàbá rẹ̀ ń ṣàìsàn. Ó "
               "ṣe ìpinnu láti dúró tì í, ó sì ṣiṣẹ́ ní oko rẹ̀."),
        # Uzbek in Cyrillic writes ў with қ, ғ, ҳ (Kazakh writes no ў, Belarusian no қ)
        ("uz", "Ёш аёл ўзи туғилган қишлоққа қайтиб, отасини касал ҳолда топади. У уйда "
               "қолишга қарор қилади ва бир йил давомида у билан бўлади."),
    ],
)  # fmt: skip
def test_own_letters_of_languages_langdetect_lacks(code: str, text: str) -> None:
    assert text_language(text) == code


def test_a_few_own_letters_of_a_quoted_name_name_nothing() -> None:
    turkish = (
        "Kürt coğrafyasında geçen film, Rêç adlı bir köyde yaşayan genç bir kadının "
        "hikâyesini anlatıyor. Yönetmen bu ilk filminde şiirsel bir dil kullanıyor ve "
        "seyirciyi derinden etkiliyor."
    )
    assert text_language(turkish) == "tr"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # their words are Spanish's ("el", "la", "de", "que", "en") or a few of them are:
        # they keep the page from a vote for Spanish, and the statistical detector names it
        ("ca", "La pel·lícula explica la història d'una dona jove que torna al poble on va "
               "créixer i troba el seu pare malalt. Els dies passen i ella decideix quedar-se amb "
               "ell a la casa dels avis, però la vida al camp és dura."),
        ("nl", "De film vertelt het verhaal van een jonge vrouw die terugkeert naar het dorp "
               "waar ze opgroeide en de vader ziek aantreft. De dagen gaan voorbij en ze besluit "
               "te blijven, maar het leven op de boerderij is niet makkelijk."),
        # Irish, which langdetect calls English: its own function words name it
        ("ga", "Tá an scannán seo faoi bhean óg a fhilleann ar an mbaile ina raibh sí ag fás "
               "aníos agus atá a hathair tinn. Bhí sí ag obair i mBaile Átha Cliath ach "
               "fanann sí leis agus tá sí ag tabhairt aire dó."),
    ],
)  # fmt: skip
def test_neighbours_of_the_function_word_languages(code: str, text: str) -> None:
    assert text_language(text) == code


def test_a_russian_page_quoting_ukrainian_stays_russian() -> None:
    russian = (
        "Кінотеатр «Україна». Фильм рассказывает о молодой женщине, которая возвращается "
        "в родную деревню. Это история поколения, и вы её не забудете."
    )
    assert text_language(russian) == "ru"


def test_the_function_word_vote_reads_the_language_modules() -> None:
    """The vote's words are each language's data: the languages whose modules list them vote,
    and a language whose words only block never names a page, even one written in its words."""
    voters = {d.code for d in lang.languages() if d.function_words}
    assert {"en", "es", "fr", "de", "it", "pt", "eu", "is", "ga", "ca", "nl", "af"} <= voters
    blockers = [d for d in lang.languages() if d.function_words_block]
    assert {d.code for d in blockers} == {"ca", "nl", "af"}
    for d in blockers:
        assert function_word_language(" ".join(d.function_words * 3)) != d.code
    english = lang.language("en")
    assert english is not None
    assert function_word_language(" ".join(english.function_words * 3)) == "en"
