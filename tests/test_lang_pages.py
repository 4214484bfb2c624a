"""Pages in many languages, one row per cue: label and value on one line, prose credits, the
word for film before a title, title marks, the address slug; what the extractor must never
do (raise, hang, return an overlong title, lose a synopsis that quotes markup); and
``cinedex extract --explain``."""

from __future__ import annotations

from datetime import timedelta

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.extract.pages import explain_page, extract_page
from indexer.extract.pages.explain import explain_text
from indexer.records import Film
from webapp.cli import main

BLURB = " ".join(["A quiet story of two sisters who keep a mill running through a winter."] * 3)


def film_of(text: str) -> Film:
    result = extract_page(text, "page.txt")
    assert result.films, result.problems
    return result.films[0]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Quiet River\nYear 2022\nRuntime 138 mins\n" + BLURB, "year", 2022),
        ("Quiet River\nYear 2022\nRuntime 138 mins\n" + BLURB, "runtime_minutes", 138),
        ("Quiet River\nAny: 2019\nDurada: 102 min\n", "runtime_minutes", 102),
        ("Quiet River\nDirecció: Belén Funes\n", "directors", ("Belén Funes",)),
        ("Quiet River\nZuzendaria: Aldo Garay\nIraupena: 65 min\n", "directors", ("Aldo Garay",)),
        ("Quiet River\nReżyseria: Jan Komasa\nObsada: Bartosz Bielenia\n", "cast",
         ("Bartosz Bielenia",)),
        ("Quiet River\nLänge 88 Min.\nLand Schweiz\n", "countries", ("Switzerland",)),
        ("Quiet River\nGénero Comedia. Drama | Extraterrestres\n", "genres", ("Comedy", "Drama")),
        ("Quiet River\nUSA, 2020 | Director: Sam Mendes Cast: George MacKay, Mark Strong\n",
         "cast", ("George MacKay", "Mark Strong")),
        ("Quiet River\nDe: Karim Aïnouz\n\n" + BLURB, "directors", ("Karim Aïnouz",)),
        ("Quiet River\n\nUn film de Céline Sciamma avec Joséphine Sanz et Nina Meurisse.\n",
         "directors", ("Céline Sciamma",)),
        ("Quiet River\n\nLa réalisatrice montréalaise Sophie Deraspe revient.\n",
         "directors", ("Sophie Deraspe",)),
        ("Quiet River\n\nРежисьор е Ивайло Пенчев, а в главните роли са Меглена Караламбова и "
         "Васил Банов.\n", "directors", ("Ивайло Пенчев",)),
        ("Quiet River\n\nРежисьор е Ивайло Пенчев, а в главните роли са Меглена Караламбова и "
         "Васил Банов.\n", "cast", ("Меглена Караламбова", "Васил Банов")),
        ("『静かな川』\n\n石川慶さんが監督を務めた。\n", "directors", ("石川慶",)),
        ("Petite maman\ndrame de Céline Sciamma / avec Joséphine Sanz, Nina Meurisse\n",
         "directors", ("Céline Sciamma",)),
        ("Petite maman\ndrame de Céline Sciamma / avec Joséphine Sanz, Nina Meurisse\n",
         "cast", ("Joséphine Sanz", "Nina Meurisse")),
        ("Petite maman\nFrance 2021 / 1h12\n", "countries", ("France",)),
        ("Petite maman\nFrance 2021 / 1h12\n", "year", 2021),
        ("Petite maman\nFrance 2021 / 1h12\n", "runtime_minutes", 72),
        ("Kes\nMusic by John Cameron\n", "directors", ()),
        ("Mto Mweusi\nMwongozaji: Amina Juma\nWaigizaji: Baraka Mushi, Neema Ali\n"
         "Muda: dakika 95\n", "runtime_minutes", 95),
        ("Mto Mweusi\n\nFilamu hii imeongozwa na Amina Juma.\n", "directors", ("Amina Juma",)),
        ("Mto Mweusi\n\nFilamu hii ikiwashirikisha Baraka Mushi pamoja na Neema Ali.\n", "cast",
         ("Baraka Mushi", "Neema Ali")),
        ("Mto Mweusi\n\nBaraka Mushi akicheza kama Juma, na Neema Ali akicheza kama Rehema.\n",
         "cast", ("Baraka Mushi", "Neema Ali")),
        ("Sungai Senyap\n\nFilem arahan Aziz Rahman ini lakonan Siti Aminah dan Farid Kamil.\n",
         "cast", ("Siti Aminah", "Farid Kamil")),
        ("Sungai Senyap\nPengarah: Aziz Rahman\nMasa tayangan: 104 minit\n", "runtime_minutes",
         104),
        ("Tahimik na Ilog\n\nAng pelikula ay idinirehe ni Jose Santos.\n", "directors",
         ("Jose Santos",)),
        ("Tahimik na Ilog\n\nSa pelikula, gumaganap si Maria Reyes bilang Ligaya at si Paolo Cruz "
         "bilang Andres.\n", "cast", ("Maria Reyes", "Paolo Cruz")),
        ("Tahimik na Ilog\nDirektor: Jose Santos\nMga Artista: Maria Reyes, Paolo Cruz\n",
         "cast", ("Maria Reyes", "Paolo Cruz")),
        ("خاموش دریا\n\nشعیب منصور کی ہدایت کاری میں بننے والی فلم ۔\n", "directors",
         ("شعیب منصور",)),
        ("خاموش دریا\nہدایت کار: شعیب منصور\nدورانیہ: 135 منٹ\n", "runtime_minutes", 135),
        ("शांत नदी\n\nनागराज मंजुळे दिग्दर्शित या चित्रपटात रिंकू राजगुरू, आकाश ठोसर यांच्या मुख्य "
         "भूमिका आहेत.\n", "cast", ("रिंकू राजगुरू", "आकाश ठोसर")),
        ("शांत नदी\nदिग्दर्शक: नागराज मंजुळे\nकालावधी: 2 तास 20 मिनिटे\n", "runtime_minutes", 140),
        ("ಮೌನ ನದಿ\n\nರಿಷಬ್ ಶೆಟ್ಟಿ ನಿರ್ದೇಶನದ ಈ ಚಿತ್ರದಲ್ಲಿ ಸಪ್ತಮಿ ಗೌಡ ಮತ್ತು ಅಚ್ಯುತ್ ಕುಮಾರ್ ಅಭಿನಯದ "
         "ದೃಶ್ಯಗಳು.\n", "cast", ("ಸಪ್ತಮಿ ಗೌಡ", "ಅಚ್ಯುತ್ ಕುಮಾರ್")),
        ("ಮೌನ ನದಿ\nನಿರ್ದೇಶಕ: ರಿಷಬ್ ಶೆಟ್ಟಿ\nಅವಧಿ: 148 ನಿಮಿಷ\n", "runtime_minutes", 148),
        ("શાંત નદી\n\nઅભિષેક જૈન દ્વારા દિગ્દર્શિત આ ફિલ્મ અમદાવાદની વાર્તા છે.\n", "directors",
         ("અભિષેક જૈન",)),
        ("શાંત નદી\nકલાકારો: મલ્હાર ઠાકર, યશ સોની\nસમયગાળો: 2 કલાક 10 મિનિટ\n", "runtime_minutes",
         130),
        ("ਸ਼ਾਂਤ ਨਦੀ\n\nਅਮਰਜੀਤ ਸਿੰਘ ਦੁਆਰਾ ਨਿਰਦੇਸ਼ਤ ਇਸ ਫ਼ਿਲਮ ਵਿੱਚ ਦਿਲਜੀਤ ਦੋਸਾਂਝ ਹਨ।\n", "directors",
         ("ਅਮਰਜੀਤ ਸਿੰਘ",)),
        ("ਸ਼ਾਂਤ ਨਦੀ\nਕਲਾਕਾਰ: ਦਿਲਜੀਤ ਦੋਸਾਂਝ, ਨੀਰੂ ਬਾਜਵਾ\nਸਮਾਂ: 125 ਮਿੰਟ\n", "cast",
         ("ਦਿਲਜੀਤ ਦੋਸਾਂਝ", "ਨੀਰੂ ਬਾਜਵਾ")),
        ("शान्त नदी\n\nमीन भाम को निर्देशनमा बनेको यो फिल्म काठमाडौंमा छायांकन गरिएको हो।\n",
         "directors", ("मीन भाम",)),
        ("शान्त नदी\nनिर्देशक: दीपेन्द्र के खनाल\nअवधि: 1 घण्टा 50 मिनेट\n", "runtime_minutes", 110),
        ("නිහඬ ගඟ\n\nප්\u200dරසන්න විතානගේ ගේ අධ්\u200dයක්ෂණයෙන් නිපදවූ චිත්\u200dරපටය.\n",
         "directors", ("ප්\u200dරසන්න විතානගේ",)),
        ("නිහඬ ගඟ\nරංගනය: මාලිනී ෆොන්සේකා, ජගත් මනුවර්ණ\nධාවන කාලය: 112 මිනිත්තු\n", "cast",
         ("මාලිනී ෆොන්සේකා", "ජගත් මනුවර්ණ")),
        ("တိတ်ဆိတ်သောမြစ်\nဒါရိုက်တာ: ဝိုင်း ဝိုင်း\nကြာချိန်: 120 မိနစ်\n", "directors",
         ("ဝိုင်း ဝိုင်း",)),
        ("တိတ်ဆိတ်သောမြစ်\nဒါရိုက်တာ: ဝိုင်း ဝိုင်း\nကြာချိန်: 120 မိနစ်\n", "runtime_minutes", 120),
        ("ទន្លេស្ងាត់\n\nភាពយន្តនេះ ដឹកនាំរឿងដោយ ពៅ សុជាតិ ។\n", "directors", ("ពៅ សុជាតិ",)),
        ("ទន្លេស្ងាត់\nតួសម្តែង: ស៊ីន ស៊ីសាមុត, រស់ សេរីសុទ្ធា\nរយៈពេល: 95 នាទី\n", "cast",
         ("ស៊ីន ស៊ីសាមុត", "រស់ សេរីសុទ្ធា")),
        ("Sakit Çay\n\nFilmin quruluşçu rejissoru Elçin Musaoğlu, baş rollarda Fəxrəddin Manafov "
         "və Məleykə Əsədova çəkilib.\n", "cast", ("Fəxrəddin Manafov", "Məleykə Əsədova")),
        ("Sakit Çay\nRejissor: Elçin Musaoğlu\nMüddət: 92 dəqiqə\n", "runtime_minutes", 92),
        ("Sokin Daryo\nRejissyor: Ayub Shahobiddinov\nBosh rollarda: Bahodir Yusupov, Dilnoza "
         "Kubayeva\nDavomiyligi: 1 soat 35 daqiqa\n", "runtime_minutes", 95),
        ("Sokin Daryo\nRejissyor: Ayub Shahobiddinov\nBosh rollarda: Bahodir Yusupov, Dilnoza "
         "Kubayeva\n", "cast", ("Bahodir Yusupov", "Dilnoza Kubayeva")),
        ("Сокин дарё\nБош ролларда: Баҳодир Юсупов, Дилноза Кубаева\n"
         "Давомийлиги: 1 соат 40 дақиқа\n", "cast", ("Баҳодир Юсупов", "Дилноза Кубаева")),
        ("Нам гол\n\nБямбасүрэн Даваа найруулсан энэ кинонд Жанчив Аюурзана, Цэцгээ Батчулуун нар "
         "тоглосон.\n", "cast", ("Жанчив Аюурзана", "Цэцгээ Батчулуун")),
        ("Нам гол\nНайруулагч: Бямбасүрэн Даваа\nҮргэлжлэх хугацаа: 93 минут\n", "directors",
         ("Бямбасүрэн Даваа",)),
        ("แม่น้ำเงียบ\n\nภาพยนตร์ กำกับโดย อภิชาติพงศ์ วีระเศรษฐกุล และ นำแสดงโดย เจนจิรา พงพัศ\n",
         "directors", ("อภิชาติพงศ์ วีระเศรษฐกุล",)),
        ("Stil Rivier\n\nDie rolprent is geregisseer deur Jans Rautenbach, met in die hoofrolle "
         "Sandra Prinsloo en Marius Weyers.\n", "cast", ("Sandra Prinsloo", "Marius Weyers")),
        ("Stil Rivier\nRegisseur: Jans Rautenbach\nLengte: 97 minute\n", "runtime_minutes", 97),
        ("Afon Dawel\n\nFfilm newydd wedi'i gyfarwyddo gan Euros Lyn.\n", "directors",
         ("Euros Lyn",)),
        ("Afon Dawel\nActorion: Rhian Morgan, Dafydd Hywel\nHyd: 104 munud\n", "runtime_minutes",
         104),
        ("Abhainn Chiúin\n\nScannán nua stiúrtha ag Colm Bairéad.\n", "directors",
         ("Colm Bairéad",)),
        ("Abhainn Chiúin\nAisteoirí: Catherine Clinch, Carrie Crowley\nFad: 95 nóiméad\n", "cast",
         ("Catherine Clinch", "Carrie Crowley")),
        ("Tiha rijeka\n\nFilm u režiji Jasmile Žbanić, u glavnim ulogama Jasna Đuričić i Izudin "
         "Bajrović.\n", "cast", ("Jasna Đuričić", "Izudin Bajrović")),
        ("Tiha rijeka\n\nJasna Đuričić kao Aida, Izudin Bajrović kao Nihad.\n", "cast",
         ("Jasna Đuričić", "Izudin Bajrović")),
        ("ፀጥ ያለ ወንዝ\nዳይሬክተር: ያሬድ ዘለቀ\nተዋንያን: ሙሉጌታ ታደሰ, መስከረም አበራ\n", "cast",
         ("ሙሉጌታ ታደሰ", "መስከረም አበራ")),
        ("ፀጥ ያለ ወንዝ\nዳይሬክተር: ያሬድ ዘለቀ\nርዝመት: 1 ሰዓት 30 ደቂቃ\n", "runtime_minutes", 90),
        ("ແມ່ນ້ຳງຽບ\n\nຮູບເງົາເລື່ອງນີ້ ກຳກັບໂດຍ ອານຸສອນ ສີລິສັກດາ ແລະ ນຳສະແດງໂດຍ ສຸລິຍາ ວົງສາ\n",
         "directors", ("ອານຸສອນ ສີລິສັກດາ",)),
        ("ແມ່ນ້ຳງຽບ\nຜູ້ກຳກັບ: ອານຸສອນ ສີລິສັກດາ\nຄວາມຍາວ: 1 ຊົ່ວໂມງ 40 ນາທີ\n", "runtime_minutes", 100),
        ("Rouege Floss\nRegie: Andy Bausch\nSchauspiller: Myriam Muller, André Jung\n", "cast",
         ("Myriam Muller", "André Jung")),
        ("Rouege Floss\nRegie: Andy Bausch\nDauer: 98 Minutten\n", "runtime_minutes", 98),
        ("Xmara Kwieta\n\nFilm dirett minn Alex Camilleri.\n", "directors", ("Alex Camilleri",)),
        ("Xmara Kwieta\nAtturi: Jesmark Scicluna, Michela Farrugia\n", "cast",
         ("Jesmark Scicluna", "Michela Farrugia")),
    ],
)  # fmt: skip
def test_cues_in_many_languages(text: str, field: str, value: object) -> None:
    assert getattr(film_of(text), field) == value


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Source: https://kino.example/filmy/rozhden-den\nИЗВЕСТИЯ\n\nНовият филм "
         "„Рожден ден“ излиза през март. „Рожден ден“ е комедия.\n", "Рожден ден"),
        ("Source: https://example.org/reviews/embraceoftheserpent/\nReviews\n"
         "Embrace of the Serpent is a film by Ciro Guerra.\n", "Embrace of the Serpent"),
        ("Cinema\n\n\"La hija de un ladrón\"\n\nAny: 2019\nDurada: 102 min\n",
         "La hija de un ladrón"),
        ("ქუთაისში ფილმის \"განწირული გვირგვინი\" პრემიერა\n\nფილმი \"განწირული "
         "გვირგვინი\" ნახეს.\n", "განწირული გვირგვინი"),
        ("Kes (Loach, 1969): Cinema Museum, 3pm\n\nA rare chance to see Kes on film.\n", "Kes"),
        ("Source: https://news.example/ru/12-dvenadtsat\nНовости\n\nВышел фильм «Двенадцать».\n",
         "Двенадцать"),
        ("Hiburan\n\nPengarah muda itu kembali dengan filem terbarunya bertajuk Senja Merah.\n\n"
         "Senja Merah akan ditayangkan di pawagam bulan depan.\n", "Senja Merah"),
        ("Kino am Duerf\n\nRouege Floss ass e Film vum Andy Bausch iwwer eng Famill am Norden.\n",
         "Rouege Floss"),
    ],
)  # fmt: skip
def test_title_evidence(text: str, title: str) -> None:
    assert film_of(text).title == title


@pytest.mark.parametrize(
    "synopsis",
    [
        'A girl finds <a href="https://x.example">a letter</a> in the river and stays all '
        "summer long, while the town sleeps through the flood and the mill turns slowly.",
        "Twenty-one ways to say {{7*7}} and <script>alert(1)</script> in one long summer at "
        "the mill, where nobody believes the river will ever rise again this year at all.",
    ],
)
def test_a_synopsis_quoting_markup_is_kept_verbatim(synopsis: str) -> None:
    assert film_of(f"Quiet River\nDirector: Ana Lind\n\n{synopsis}\n").synopsis == synopsis
    assert film_of(f"Quiet River\nSynopsis: {synopsis}\n").synopsis == synopsis


PAGE_LINE = st.one_of(
    st.text(max_size=120),
    st.sampled_from(["Director:", "Year 2021", "Runtime 90 min", "«", "》", "Regie |", ""]),
    st.builds(lambda a, b: f"{a}: {b}", st.text(max_size=20), st.text(max_size=60)),
    st.builds(lambda a: f"«{a}»", st.text(max_size=300)),
)


@settings(max_examples=150, deadline=timedelta(seconds=1))
@given(st.lists(PAGE_LINE, max_size=40).map("\n".join).map(lambda t: t[:2000]))
def test_no_page_raises_hangs_or_gives_an_overlong_title(text: str) -> None:
    result, why = explain_page("Source: https://example.org/a/b-c\n" + text, "fuzz.txt")
    for film in result.films:
        assert film.title.strip() and len(film.title) <= 200
    assert all(len(c.value) <= 200 for c in why.fields.get("title", []))


def test_explain_shows_the_chosen_value_and_the_candidates_it_beat() -> None:
    page = "Source: https://example.org/films/quiet-river\nPalace Club\nQuiet River\n"
    page += "Director: Ana Lind\n"
    explained = explain_text(page, "quiet.txt")
    title = explained["fields"]["title"]
    assert title["chosen"] == "Quiet River"
    assert title["candidates"][0]["value"] == "Quiet River"
    assert any("address" in e for e in title["candidates"][0]["evidence"])
    assert any(c["value"] == "Palace Club" for c in title["candidates"][1:])
    assert explained["fields"]["directors"]["chosen"] == ["Ana Lind"]


def test_extract_explain_command(tmp_path) -> None:
    page = tmp_path / "quiet.txt"
    page.write_text("Quiet River\nDirector: Ana Lind\nYear: 2021\n", encoding="utf-8")
    text = CliRunner().invoke(main, ["extract", "--explain", str(page)])
    assert text.exit_code == 0 and "title: 'Quiet River'" in text.output
    assert "labelled (+6)" in text.output
    as_json = CliRunner().invoke(main, ["extract", "--explain", "--json", str(page)])
    assert as_json.exit_code == 0 and '"why"' in as_json.output
    wrong = CliRunner().invoke(main, ["extract", "--explain", str(tmp_path)])
    assert wrong.exit_code != 0 and ".txt" in wrong.output


def test_markup_in_a_synopsis_survives_the_corpus_reader(tmp_path) -> None:
    import json

    synopsis = (
        'A girl finds <a href="https://x.example">a letter</a> and {{7*7}} reasons to stay '
        "in the town by the river, where the mill turns through one more long flooded summer."
    )
    page = tmp_path / "quiet.txt"
    page.write_text(f"Quiet River\nDirector: Ana Lind\n\n{synopsis}\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--json", str(page)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["synopsis"] == synopsis
