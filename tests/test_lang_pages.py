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

from indexer.extract.pages import explain_page
from indexer.extract.pages.explain import explain_text
from tests.page_support import BLURB, film_of
from webapp.cli import main


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
        # a synopsis label above a tagline and the blurb: both are kept
        ("Quiet River\n\nDescription\n\nWhat happens when a river forgets its way?\n\n" + BLURB
         + "\n", "synopsis", "What happens when a river forgets its way?\n" + BLURB),
        # actors in parentheses after their characters, an earlier film of theirs after a comma
        ("Quiet River\n\n" + BLURB + " When detective Hae-joon (Park Hae-il, The Host) arrives, "
         "he suspects the wife Seo-rae (Tang Wei, Lust, Caution) knows more.\n", "cast",
         ("Park Hae-il", "Tang Wei")),
        # two directors after one cue, joined by the word for "and"
        ("Quiet River\n\nPremijera filma “Quiet River” u režiji Majkla Tajera i Sanje Rajičić "
         "održana je večeras.\n", "directors", ("Majkla Tajera", "Sanje Rajičić")),
        ("Quiet River\n\nUn film de Ann Lee et Jean Roux, avec Marie Blanc.\n", "directors",
         ("Ann Lee", "Jean Roux")),
        # the year: after the title written in capitals, before the word for film
        ("Source: https://blog.example/films/steekspel\nsteekspel\n\nSTEEKSPEL (2012) is een "
         "scherpe, korte film vol leuke situaties.\n", "year", 2012),
        ("Quiet River\n\nQuiet River is the poignant 2021 film from Ann Lee, the French "
         "director.\n", "year", 2021),
        # the year the address writes after the film's name (not a date's)
        ("Source: http://blog.example/2009/04/linha-de-passe-2008.html\nDireção: Walter Salles\n"
         "\n" + BLURB + "\n", "year", 2008),
        ("Source: https://blog.example/2020/09/10/un-mundo-normal-estreno-11-sep-2020\n"
         "Un mundo normal\n\n" + BLURB + "\n", "year", None),
        # names in a script without spaces, a space between names
        ("静河\n主演:役所广司 小栗旬 高良健吾\n导演:冲田修一\n", "cast",
         ("役所广司", "小栗旬", "高良健吾")),
        ("고요한 강\n출연: 송강호 이선균 조여정\n", "cast", ("송강호", "이선균", "조여정")),
        # the Thai label for the lead actors (one word with that for actors)
        ("แม่น้ำเงียบ\n- แนว: ดราม่า\n- นักแสดงนำ: สมชาย ใจดี, สมศรี รักไทย\n", "cast",
         ("สมชาย ใจดี", "สมศรี รักไทย")),
        ("Quiet River\n\nQuiet River is the poignant 2021 film from Ann Lee, the French "
         "director.\n", "directors", ("Ann Lee",)),
        ("Lumi i qetë\n\n“Lumi i qetë” një film nga Ergys Meta dhe Suela Bako në kinema.\n",
         "directors", ("Ergys Meta", "Suela Bako")),
        ("Hiljainen joki\nOhjaus: Aki Lee\nIlmestymisvuosi: 2000\n", "year", 2000),
        # a name with an initial in a script without capitals; a postposition ends it
        ("शांत नदी\n\n‘शांत नदी’ मशहूर फिल्मकार आर. बाल्की की फिल्म है।\n", "directors",
         ("आर. बाल्की",)),
        # a table row of label and value cells in turn
        ("SCHEDA | ||||||\ntitolo | Fiume quieto | distribuito da | Lumen | |||\nregia | Ann "
         "Lee | |||||\nproduzione | Italia, 1991 | genere | drammatico | durata | 2h 17' | |\n",
         "runtime_minutes", 137),
        ("SCHEDA | ||||||\ntitolo | Fiume quieto | distribuito da | Lumen | |||\nregia | Ann "
         "Lee | |||||\n", "title", "Fiume quieto"),
        ("Kes\nMusic by John Cameron\n", "directors", ()),
        ("Quiet River\n\nUna pel·lícula interpretada per Laia Costa i Oriol Pla.\n", "cast",
         ("Laia Costa", "Oriol Pla")),
        ("Quiet River\n\nEen drama met onder meer Carice van Houten en Thekla Reuten.\n", "cast",
         ("Carice van Houten", "Thekla Reuten")),
        ("Quiet River\n\nI filmen spelar Noomi Rapace i rollen som Lisbeth.\n", "cast",
         ("Noomi Rapace",)),
        ("Quiet River\n\nIl nuovo film di Alice Rohrwacher, con protagonisti Alba Rohrwacher e "
         "Sergi López.\n", "directors", ("Alice Rohrwacher",)),
        ("Quiet River\n\nIl nuovo film di Alice Rohrwacher, con protagonisti Alba Rohrwacher e "
         "Sergi López.\n", "cast", ("Alba Rohrwacher", "Sergi López")),
        ("Quiet River\n\nFilm wyreżyserowała Agnieszka Holland. Zagrali Maja Ostaszewska i Jalal "
         "Altawil.\n", "directors", ("Agnieszka Holland",)),
        ("Quiet River\n\nFilm wyreżyserowała Agnieszka Holland. Zagrali Maja Ostaszewska i Jalal "
         "Altawil.\n", "cast", ("Maja Ostaszewska", "Jalal Altawil")),
        ("Quiet River\n\nSnímek natočil Jan Hřebejk, v hlavní roli Ivan Trojan.\n", "directors",
         ("Jan Hřebejk",)),
        ("Quiet River\n\nU glavnoj ulozi Zrinka Cvitešić i Goran Navojec.\n", "cast",
         ("Zrinka Cvitešić", "Goran Navojec")),
        ("Testről és lélekről\n\nAz Arany Medvét nyert drámát Enyedi Ildikó rendezte, Borbély "
         "Alexandra főszereplésével.\n", "directors", ("Enyedi Ildikó",)),
        ("Quiet River\n\nВ фильме снялись Юлия Пересильд и Милош Бикович.\n", "cast",
         ("Юлия Пересильд", "Милош Бикович")),
        ("Quiet River\n\nУ головній ролі Ірма Вітовська.\n", "cast", ("Ірма Вітовська",)),
        ("Quiet River\n\nElokuvan ohjasi Juho Kuosmanen.\n", "directors", ("Juho Kuosmanen",)),
        ("Quiet River\n\nFilmu režisējis Dāvis Sīmanis.\n", "directors", ("Dāvis Sīmanis",)),
        ("Quiet River\n\nFilmą režisavo Šarūnas Bartas.\n", "directors", ("Šarūnas Bartas",)),
        ("Quiet River\n\nEnyedi Ildikó rendezésében készült a film.\n", "directors",
         ("Enyedi Ildikó",)),
        ("Quiet River\n\nБұл фильмді Адильхан Ержанов түсірген.\n", "directors",
         ("Адильхан Ержанов",)),
        ("Quiet River\n\nفيلم من تأليف وإخراج نادين لبكي.\n", "directors", ("نادين لبكي",)),
        ("Quiet River\n\nشاهد فيلم النهر بطولة كل من منى زكي وأحمد حلمي.\n", "cast",
         ("منى زكي", "أحمد حلمي")),
        ("Quiet River\n\nסרט בכיכובו של ששון גבאי ורונית אלקבץ.\n", "cast",
         ("ששון גבאי", "רונית אלקבץ")),
        ("Quiet River\n\nफिल्म में शाहरुख खान स्टारर पठान की कहानी।\n", "cast", ("शाहरुख खान",)),
        ("Quiet River\n\nPhim có sự tham gia của Trấn Thành và Tuấn Trần.\n", "cast",
         ("Trấn Thành", "Tuấn Trần")),
        ("Quiet River\n\nFilm garapan Joko Anwar ini diperankan oleh Tara Basro dan Bront "
         "Palarae.\n", "directors", ("Joko Anwar",)),
        ("Quiet River\n\nFilmi në rolet kryesore Arta Dobroshi dhe Ndriçim Xhepa.\n", "cast",
         ("Arta Dobroshi", "Ndriçim Xhepa")),
        ("Quiet River\n\nภาพยนตร์ ร่วมแสดงโดย มาริโอ้ เมาเร่อ, ใหม่ ดาวิกา\n", "cast",
         ("มาริโอ้ เมาเร่อ", "ใหม่ ดาวิกา")),
        ("Quiet River\n\nმთავარ როლში ნინო კასრაძე, გიორგი ბოჭორიშვილი.\n", "cast",
         ("ნინო კასრაძე", "გიორგი ბოჭორიშვილი")),
        ("조용한 강\n\n이병헌, 박서준 출연.\n", "cast", ("이병헌", "박서준")),
        ("Quiet River\n\nUn drama bajo la dirección de Icíar Bollaín.\n", "directors",
         ("Icíar Bollaín",)),
        # Turkish writes case endings after an apostrophe: they are not part of the name
        ("Kış Uykusu\n\nFilm, Nuri Bilge Ceylan'ın yönetmenliğinde 2014'te çekildi.\n",
         "directors", ("Nuri Bilge Ceylan",)),
        ("Kış Uykusu\n\nYönetmenliğini Nuri Bilge Ceylan’ın üstlendiği filmin başrollerini Haluk "
         "Bilginer ve Melisa Sözen’in paylaşıyor.\n", "cast", ("Haluk Bilginer", "Melisa Sözen")),
        ("Quiet River\n\nFrances McDormand as Fern, David Strathairn as Dave.\n", "cast",
         ("Frances McDormand", "David Strathairn")),
        ("Quiet River\n\nIvan Trojan hraje Václava, Anna Geislerová ztvárnila Janu.\n", "cast",
         ("Ivan Trojan", "Anna Geislerová")),
        ("Quiet River\n\nRicardo Darín da vida a Julio, y Mercedes Morán encarna a Ana.\n", "cast",
         ("Ricardo Darín", "Mercedes Morán")),
        ("Quiet River\n\nLa storia di una famiglia. Un film con Alba Rohrwacher ed Elio "
         "Germano.\n", "cast",
         ("Alba Rohrwacher", "Elio Germano")),
        ("Quiet River\n\nPääosissa Alma Pöysti sekä Jussi Vatanen.\n", "cast",
         ("Alma Pöysti", "Jussi Vatanen")),
        ("Quiet River\n\nV kinech běží Kajínek (rež. Petr Jákl, 2010) a další.\n", "directors",
         ("Petr Jákl",)),
        ("Quiet River\n\nНа фестивале покажут «Лето» (реж. Кирилл Серебренников).\n",
         "directors", ("Кирилл Серебренников",)),
        ("Quiet River\n\nНовият филм на Стефан Командарев излиза през март.\n", "directors",
         ("Стефан Командарев",)),
        ("Quiet River\n\nNý mynd eftir Baltasar Kormák var frumsýnd í gær.\n", "directors",
         ("Baltasar Kormák",)),
        ("Quiet River\n\nזהו סרטו של אבי נשר.\n", "directors", ("אבי נשר",)),
        ("Quiet River\n\nفیلمی از اصغر فرهادی.\n", "directors", ("اصغر فرهادی",)),
        # in a script without capitals the word for "and" ends a name
        ("Quiet River\n\nმთავარ როლში ნინო კასრაძე და გიორგი ბოჭორიშვილი.\n", "cast",
         ("ნინო კასრაძე", "გიორგი ბოჭორიშვილი")),
        # Georgian credits list the cast after "მონაწილეობენ:" (taking part), inside a line
        ("Quiet River\n\nმონტაჟორი: გულნარა ომაძე მონაწილეობენ: ავთანდილ მახარაძე (ვარლამი), "
         "ია ნინიძე (გულიკო), მერაბ ნინიძე (თორნიკე)\n", "cast",
         ("ავთანდილ მახარაძე", "ია ნინიძე", "მერაბ ნინიძე")),
        ("Quiet River\n\nภาพยนตร์ ร่วมแสดงโดย มาริโอ้ เมาเร่อ และ ใหม่ ดาวิกา\n", "cast",
         ("มาริโอ้ เมาเร่อ", "ใหม่ ดาวิกา")),
        # a genre word of one language must not begin an everyday word of another
        ("Quiet River\n\nThe film screens at two special events this autumn, with a talk.\n",
         "genres", ()),
        ("Quiet River\n\nDer Film zeigt die großartige Leonie Benesch in der Hauptrolle.\n",
         "genres", ()),
        ("Quiet River\n\nA film about a suspect, a teacher and a school.\n", "genres", ()),
        ("Quiet River\n\nIl film vede Toni Servillo in veste di produttore.\n", "genres", ()),
        ("Mto Mweusi\nMwongozaji: Amina Juma\nWaigizaji: Baraka Mushi, Neema Ali\n"
         "Muda: dakika 95\n", "runtime_minutes", 95),
        ("Mto Mweusi\n\nFilamu hii imeongozwa na Amina Juma.\n", "directors", ("Amina Juma",)),
        ("Mto Mweusi\n\nFilamu hii ikiwashirikisha Baraka Mushi pamoja na Neema Ali.\n", "cast",
         ("Baraka Mushi", "Neema Ali")),
        # Swahili "na" (and) ends a list of names
        ("Mto Mweusi\n\nKwa mujibu wake, washiriki wakuu ni Baraka Mushi, Neema Ali na Juma "
         "Hassan.\n", "cast", ("Baraka Mushi", "Neema Ali", "Juma Hassan")),
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
        # Tagalog "at" (and) between names, "tampok" (featured) a few words before them
        ("Tahimik na Ilog\n\nTampok din dito sina Maria Reyes at Paolo Cruz.\n", "cast",
         ("Maria Reyes", "Paolo Cruz")),
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
        # genre labels of Swahili and Tamil, a qualifier after the genre word
        ("Mto Kimya\nMwongozaji: Juma Ali\nAina: Drama ya kusisimua\nMwaka: 2020\n", "genres",
         ("Drama", "Thriller")),
        ("அமைதி நதி\nஇயக்குநர்: வெங்கட் பிரபு\nவகை: அரசியல் த்ரில்லர்\n", "genres",
         ("Thriller",)),
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
        # a name in lower case after its first letter, its translation in brackets
        ("Tin tức\n\nCông ty mua bản quyền phát hành bộ phim Bên trong vỏ kén vàng (Inside the "
         "Yellow Cocoon Shell) đạo diễn Phạm Thiên Ân.\n", "Bên trong vỏ kén vàng"),
        # the address holds the name and a word more; the page writes the name alone
        ("Source: https://theatre.example/events/stillwater-starts-89w4p-cyas7\nDIRECTOR: Ann "
         "Lee\n\n" + BLURB + "\nStillwater draws you in like a current.\n", "Stillwater"),
        # a name and its year open the page: the title, not a director's credit
        ("Source: https://blog.example/2012/07/lingid.html\nStill Water Runs (1999)\n"
         "Good Harvest Production\nDirected by Ana Reyes\nStarring Ben Cruz and Lia Santos\n"
         + BLURB + "\n", "Still Water Runs"),
        # a list of genres is a post's tags, not its heading
        ("Κυριακή 6 Οκτωβρίου 2024\n\nΤο ποτάμι\n\nΑισθηματική, Κομεντί, Κωμωδία, Σάτιρα | 2018\n"
         "\n" + BLURB + "\n", "Το ποτάμι"),
        # a blog's tag archive: neither the tag heading nor the tag in the address is the film
        ("Source: https://critic.example/tag/desencanto/\nTag Archives: Desencanto\n\n"
         "Robin y Marian\n\n4 Feb\n\nAño: 1976.\n\nDirector: Richard Lester.\n\n" + BLURB
         + "\n", "Robin y Marian"),
        # the address spells the name without its accents
        ("Source: https://films.example/gelecek-uzun-surer/\nGelecek Uzun Sürer\n\nGELECEK UZUN "
         "SÜRER\n\nSİNOPSİS\n\n" + BLURB + "\n", "Gelecek Uzun Sürer"),
        # the address drops the comma the name holds
        ("Source: https://cinema.example/show/paris-texas-12/\nParis, Texas (12)\n\n"
         "DIRECTOR: Wim Wenders\n", "Paris, Texas"),
        # a table of showings repeats a venue name: rows, not headings
        ("Quiet River\n\nShowings\n\n" + "".join(
            f"Grand Hall Picture House Sat, Nov {d}, 2022 7:30 PM\n" for d in (5, 12, 19, 26))
         + "\nDescription\n\n" + BLURB + " Quiet River is a gem.\n", "Quiet River"),
        ("Hiburan\n\nPengarah muda itu kembali dengan filem terbarunya bertajuk Senja Merah.\n\n"
         "Senja Merah akan ditayangkan di pawagam bulan depan.\n", "Senja Merah"),
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


def test_explain_keeps_the_year_s_candidates() -> None:
    page = "Quiet River\nYear: 2021\n\nQuiet River (2019) opens in May."
    year = explain_text(page, "quiet.txt")["fields"]["year"]
    assert year["chosen"] == 2021
    assert [c["value"] for c in year["candidates"]] == ["2021", "2019"]


def test_extract_explain_command(tmp_path) -> None:
    page = tmp_path / "quiet.txt"
    page.write_text("Quiet River\nDirector: Ana Lind\nYear: 2021\n", encoding="utf-8")
    text = CliRunner().invoke(main, ["extract", "--explain", str(page)])
    assert text.exit_code == 0 and "title: 'Quiet River'" in text.output
    assert "labelled = 1: a labelled value ('Director:', 'Regie') (+6)" in text.output
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
