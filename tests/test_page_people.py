"""People on film pages: directors and cast from labels and prose cues of many languages and
scripts, and the checks that keep a name whole and keep everything else out of it
(:mod:`indexer.extract.pages.people`, :mod:`indexer.extract.pages.names`,
:mod:`indexer.extract.pages.cues`)."""

from __future__ import annotations

import pytest

from indexer.extract.pages.cues import name_at
from indexer.extract.pages.facts import fact_block
from indexer.extract.pages.labels import field_of
from indexer.extract.pages.names import (
    in_page,
    inverted_names,
    names,
    person,
    without_asides,
)
from tests.page_support import BLURB, film_of


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # an abbreviated label
        ("Quiet River\n\nDir: Sam Mendes\nCast: Olivia Colman, Toby Jones\n", "directors",
         ("Sam Mendes",)),
        # a database's credits written "Surname, Given", roles in brackets after the actors
        ("HÚSZ ÓRA\nTwenty Hours\n\nrendező / director: Fábri, Zoltán\n"
         "író / writer: Sántha, Ferenc\noperatőr / cinematographer: Illés, György (I)\n"
         "vágó / editor: Szécsényi, Ferencné\n", "directors", ("Fábri, Zoltán",)),
        ("HÚSZ ÓRA\nTwenty Hours\n\nSzereplők / Cast:\nPáger, Antal (elnök Jóska; president)\n"
         "Görbe, János (Balogh Anti)\nGyörgy, László (I) (Varga Sándor)\nKeres, Emil (riporter)\n",
         "cast", ("Páger, Antal", "Görbe, János", "György, László", "Keres, Emil")),
        # an aside naming the director's other films
        ("Voor de meisjes\n\nRegie: Mike van Diem (o.a. Karakter, De Surprise)\n", "directors",
         ("Mike van Diem",)),
        # credits run on one line, the next label ends each name
        ("Pyaar Ki Kahani\n\nअक्टूबर: एक प्रेम कहानी निर्देशक :  शूजीत सिरकार   लेखक : जूही चतुर्वेदी "
         "कलाकार:  वरुण धवन, बनिता संधू , गीतांजलि राव रेटिंग:  3/5 " + BLURB, "directors",
         ("शूजीत सिरकार",)),
        ("Pyaar Ki Kahani\n\nअक्टूबर: एक प्रेम कहानी निर्देशक :  शूजीत सिरकार   लेखक : जूही चतुर्वेदी "
         "कलाकार:  वरुण धवन, बनिता संधू , गीतांजलि राव रेटिंग:  3/5 " + BLURB, "cast",
         ("वरुण धवन", "बनिता संधू", "गीतांजलि राव")),
        # a role noun before the name is no part of it
        ("Mimi Siyo Mwehu\n\nFilamu hii iliyoongozwa na Director Dave Skerah ni nzuri.\n",
         "directors", ("Dave Skerah",)),
        # Tagalog's title for a director
        ("The Annulment\n\nIkinuwento ni Direk Mac Alejandre ang kuwento ng pelikula.\n",
         "directors", ("Mac Alejandre",)),
        # a second director joined by a prefixed "and", or listed up to a cell break
        ("ضايل عنا عرض\n\nالفيلم الوثائقي من إخراج مي سعد وأحمد الدنف، في عرضه الأول.\n",
         "directors", ("مي سعد", "أحمد الدنف")),
        ("ทองปาน\n\n๒๕๒๐ / กำกับโดย ไพจง ไหลสกุล, สุรชัย จันทิมาธร, ยุทธนา มุกดาสนิท / นำแสดงโดย "
         "องอาจ มณีวรรณ์, ผมหอม พิลาสมบัติ / ความยาว ๖๐ นาที\n", "directors",
         ("ไพจง ไหลสกุล", "สุรชัย จันทิมาธร", "ยุทธนา มุกดาสนิท")),
        # a verb-final language: the words up to the full stop are the verb, the name is
        # before the role phrase
        ("در دنیای تو ساعت چند است\n\nاولین ساخته بلند صفی یزدانیان در مقام کارگردان محسوب "
         "میشود.\n", "directors", ("صفی یزدانیان",)),
        # a role noun joined to another role with a hyphen
        ("Pohjantähden alla\n\nOhjaaja-käsikirjoittaja Timo Koivusalon filmi on sujuva.\n",
         "directors", ("Timo Koivusalon",)),
        # the role an actor plays, in the role case, after the actor's name
        ("Pohjantähden alla\n\nNäyttelijä Ilkka Koivula Akseli Koskelana takaa sen.\n", "cast",
         ("Ilkka Koivula",)),
        # a line of its own after "de" and then the film's facts
        ("L'ingorgo\nde Luigi Comencini / Italie / 1979 / 128'\n\n" + BLURB, "directors",
         ("Luigi Comencini",)),
        ("O Thiasos\nDe Theo Angelopoulos - 1975 - 230mn - Grèce - Avec Eva Kotamanidou, "
         "Petros Zarkadis\n\n" + BLURB, "directors", ("Theo Angelopoulos",)),
        # the director OF the film, the name in apposition between commas
        ("Séptimo\n\nEl director de Séptimo, Patxi Amezcua, es también el coguionista.\n\n"
         + BLURB, "directors", ("Patxi Amezcua",)),
        ("Skyfall\n\nThe Director of Photography, Roger Deakins, lit it.\n\n" + BLURB,
         "directors", ()),
        # the leads in parentheses after their parts, the others after "With" at the end
        ("Genevieve\n\nA young barrister (John Gregson) and his best friend (Kenneth More) race "
         "old cars with his wife (Dinah Sheridan). It is charming. With Joyce Grenfell, Geoffrey "
         "Keen and Michael Medwin.\n\n" + BLURB, "cast", ("John Gregson", "Kenneth More",
         "Dinah Sheridan", "Joyce Grenfell", "Geoffrey Keen", "Michael Medwin")),
        ("The Party\n\nJanet (Kristin Scott Thomas) hosts a gathering. Her husband Bill (Timothy "
         "Spall) seems in shock.\nPatricia Clarkson, Cillian Murphy, Bruno Ganz and Cherry Jones "
         "co-star in this comedy of manners.\n\n" + BLURB, "cast", ("Kristin Scott Thomas",
         "Timothy Spall", "Patricia Clarkson", "Cillian Murphy", "Bruno Ganz", "Cherry Jones")),
        # an idiom for playing a part ("in the skin of"), a character described in lower case
        ("El crítico\n\nEl gran Rafael Spregelburd en la piel de este crítico caído.\n\n" + BLURB,
         "cast", ("Rafael Spregelburd",)),
        ("Le Goût\n\nVincent Lindon dans la peau de ce chef obstiné.\n\n" + BLURB, "cast",
         ("Vincent Lindon",)),
        # an appositive between the "by" cue and the name
        ("Edward\n\nDirected and co-written by Young Critics Circle awardee Thop Nazareno (for "
         "2016 Best Feature Film), Edward stars Louise Abuel.\n\n" + BLURB, "directors",
         ("Thop Nazareno",)),
        ("Parasite\n\nA satire directed by Oscar winner Bong Joon-ho, set in Seoul.\n\n" + BLURB,
         "directors", ("Bong Joon-ho",)),
        ("Quiet River\n\nA drama directed by Ana Ruiz alongside Tom Hanks.\n\n" + BLURB,
         "directors", ("Ana Ruiz",)),
        # Azerbaijani: the directing in the accusative before the name in the genitive
        ("Stalinin başı\n\nQuruluşçu rejissorluğunu Emil Abdullayevin etdiyi filmin "
         "çəkilişləri Qori şəhərində aparılıb.\n\n" + BLURB, "directors", ("Emil Abdullayevin",)),
        # the page's other mention of the name in another case ends it before the next word
        ("Khibula\n\nრეჟისორი გიორგი ოვაშვილი გაღმა ნაპირის შემდეგ ახალ ფილმზე მუშაობს. "
         "გიორგი ოვაშვილს ფილმის გადაღება სურდა.\n\n" + BLURB, "directors", ("გიორგი ოვაშვილი",)),
        # a katakana surname before the role word, written in full once on the page
        ("鳥\n\n巨匠アルフレッド・ヒッチコックの作品。『鳥』は、ヒッチコック監督が見事な名作に仕上げた。"
         "ヒッチコック監督の演出に焦点を当てる。\n\n" + BLURB, "directors",
         ("アルフレッド・ヒッチコック",)),
        # a list of names under the title, above the film's country: its directors
        ("Boris - Il film\n\nGiacomo Ciarrapico, Mattia Torre, Luca Vendruscolo\n\nItalia\n\n"
         "2011\n\nIl regista René Ferretti molla la fiction tv.\n\n" + BLURB, "directors",
         ("Giacomo Ciarrapico", "Mattia Torre", "Luca Vendruscolo")),
        # the film's title without quotes, in another case, then the word for "by"
        ("Past lives\n\nNu har jag läst lite recensioner av Past Lives av Celine Song och den "
         "verkar jättebra.\n\n" + BLURB, "directors", ("Celine Song",)),
        # Italian: the debut in directing "of" or "for" a name
        ("C'è ancora domani\n\nIl film che segna l’esordio alla regia per Paola Cortellesi, "
         "attrice di notevole livello.\n\n" + BLURB, "directors", ("Paola Cortellesi",)),
        # a director's label in parentheses after the name, inside a line
        ("El crítico\n\nEntrevista con sus responsables:\nHernán Guerschuny (director) y Pablo "
         "Udenio (productor).\n\n" + BLURB, "directors", ("Hernán Guerschuny",)),
        # the word for film, a complement of it, then the word for "of"
        ("Retour à Séoul\n\nIl s'agit du deuxième long-métrage de fiction de Davy Chou après "
         "Diamond Island.\n\n" + BLURB, "directors", ("Davy Chou",)),
        # the verb before the actors, one-word names among them
        ("Ekti Cinemar Golpo\n\nছবির বিভিন্ন চরিত্রে অভিনয় করেছেন চম্পা, সাবেরী আলম, জান্নাতুল "
         "ফেরদৌস পিয়া প্রমুখ।\n", "cast", ("চম্পা", "সাবেরী আলম", "জান্নাতুল ফেরদৌস পিয়া")),
        # lower-case words between a cast cue and its names
        ("Nevděčné bytosti\n\nV rolích sourozenců debutují Dexter Franc a Antonín Chmela.\n",
         "cast", ("Dexter Franc", "Antonín Chmela")),
        # an unlabelled credit block: the director alone on a line, then a long cast line
        ("Als wir träumten\n\nAndreas Dresen\nMerlin Rose, Joel Basman, Julius Nitschkoff, "
         "Ruby O. Fee, Peter Schneider\nDrama\nDE 2015, 117 Min.\n", "directors",
         ("Andreas Dresen",)),
        # one-word names in a list after a cast cue, the last one too
        ("Padaippaalan\n\nநாயகிகளாக அஷ்மிதா, நிலோபர். பேயைப் பார்த்து.\n", "cast",
         ("அஷ்மிதா", "நிலோபர்")),
        # the page's other mentions of the name end before the word read after it
        ("Skhvisi\n\nრეჟისორ ზაზა ხალვაშის ახალი ფილმი. ზაზა ხალვაშის ფილმის პრემიერა.\n",
         "directors", ("ზაზა ხალვაშის",)),
        # a label with its article, a name ended by a danda
        ("Eid Milad Laila\n\nالمخرج\nالسيناريو\nالبطولة\n\nفيلم " + "روائي طويل " * 10
         + "من إخراج رشيد مشهراوي وتمثيل محمد بكري.\n", "directors", ("رشيد مشهراوي",)),
        ("Royal Bengal Tiger\n\nপরিচালনা :রাজেশ গাঙ্গুলি।\n", "directors", ("রাজেশ গাঙ্গুলি",)),
        # labels run together after their values, in a script without spaces before them
        ("Segyeui Juin\n\n작품 정보감독: 윤가은주연: 서수빈, 장혜진장르: 드라마\n", "cast",
         ("서수빈", "장혜진")),
        ("Segyeui Juin\n\n작품 정보감독: 윤가은주연: 서수빈, 장혜진장르: 드라마\n", "directors",
         ("윤가은",)),
        # the cast before "in the roles", as Scandinavian languages write it
        ("Fyra veckor i juni\n\nMed så säkra aktriser som Ghita Nœrby och Tuva Novotny i rollerna "
         "går det bra.\n", "cast", ("Ghita Nœrby", "Tuva Novotny")),
        # the character, then "whom … plays", then the actor
        ("Usekovanje\n\nПортрет породице и Јована, кога игра Павле Менсур, у првој улози.\n",
         "cast", ("Павле Менсур",)),
        ("Nomadland\n\nThe film follows Fern, played by Frances McDormand, across the West.\n",
         "cast", ("Frances McDormand",)),
        # one actor a line under the cast label, each with the role after the word for "as"
        ("Loe Gue End\n\nCast:\nDion Wiyoko sebagai Radit\nNadine Alexandra sebagai Alana\n"
         "Dimas Beck sebagai Timo\n\n" + BLURB, "cast",
         ("Dion Wiyoko", "Nadine Alexandra", "Dimas Beck")),
        ("Sharknado\nIntérpretes: Ian Ziering , Tara Reid\n", "cast", ("Ian Ziering", "Tara Reid")),
        ("Quiet River\nUloge: Goran Bogdan kao Ante, Mia Petričević kao Iva\n", "cast",
         ("Goran Bogdan", "Mia Petričević")),
        # actors named one at a time beside a role word make one list
        ("Molly's Game\n\nJessica Chastain in der Hauptrolle der Molly Bloom. Dazu kommt Idris "
         "Elba als Molly Blooms Anwalt.\n", "cast", ("Jessica Chastain", "Idris Elba")),
        ("Procedurat\n\nVjen dhe aktori Xhelal Tafaj, këtë herë në rolin e inspektorit.\n", "cast",
         ("Xhelal Tafaj",)),
        ("Quiet River\n\n" + BLURB + "\n\nDir. Sam Mendes\n", "directors", ("Sam Mendes",)),
        # a verb that credits the name before it, as a word of its own
        ("Les feuilles mortes\n\nAvec ce film, Aki Kaurismäki signe un condensé de son cinéma.\n",
         "directors", ("Aki Kaurismäki",)),
        # a list of actors that ends "and a number of other actors"
        ("Dar donyaye to\n\nدر این فیلم لیلا حاتمی و علی مصفا و تعدادی از بازیگران بومی بازی "
         "کردند.\n", "cast", ("لیلا حاتمی", "علی مصفا")),
        # a role noun before two names joined by "and": both direct
        ("Quiet River\n\nNovi film redatelja Ivana Horvata i Marka Kovača je drama.\n",
         "directors", ("Ivana Horvata", "Marka Kovača")),
        ("Quiet River\n\nThe filmmakers Anna Keller and John Marsh shot it in Leeds.\n",
         "directors", ("Anna Keller", "John Marsh")),
        # the leads after one cast cue, the others after the next ones of the paragraph
        ("Sestry\n\nV rolích sester debutují Eva Malá a Jana Nová. Otce hraje herec Petr Dub, "
         "dědečka ztělesnil herec Jan Lipa.\n", "cast",
         ("Eva Malá", "Jana Nová", "Petr Dub", "Jan Lipa")),
        ("Meri\n\nFilmi peaosades on Mari Tamm ja Jaan Kask. Teisi tegelasi kehastavad Peeter "
         "Saar ja Liis Org.\n", "cast", ("Mari Tamm", "Jaan Kask", "Peeter Saar", "Liis Org")),
        # Swahili: "to be directed by"
        ("Kivuli\n\nFilamu hiyo imeandikwa na Neema Juma na kuongozwa na Musa Ali, kampuni ya "
         "Bongo.\n", "directors", ("Musa Ali",)),
        # a quoted title and the word for "by"
        ('Dogman\n\nStasera al cinema «Dogman» di Matteo Garrone, in versione originale.\n',
         "directors", ("Matteo Garrone",)),
        # "direction by" and "the direction is by" of more languages
        ("Delegacioni\n\nFilmi me skenar nga Artan Kola dhe regji nga Bujar Alimani u shfaq.\n",
         "directors", ("Bujar Alimani",)),
        ("Враќање\n\nФилмот „Враќање“ по сценарио и режија на Кастриот Абдули ќе биде прикажан.\n",
         "directors", ("Кастриот Абдули",)),
        ("Sertão\n\nA direção é de Guel Arraes, responsável por clássicos do cinema.\n",
         "directors", ("Guel Arraes",)),
        ("Domani\n\nLa regia è di Paola Rossi, al suo primo film.\n", "directors",
         ("Paola Rossi",)),
        ("Heat\n\nIn der Regie von Michael Mann entstand ein Thriller.\n", "directors",
         ("Michael Mann",)),
        ("Heat\n\nY ffilm gan Michael Mann sy'n agor ddydd Gwener.\n", "directors",
         ("Michael Mann",)),
        # the verb after its subject: "X has directed"
        ("Kasky\n\nAku Louhimies on ohjannut hallitun epookkielokuvan.\n", "directors",
         ("Aku Louhimies",)),
        ("Melancholia\n\nControversial film-maker Lars von Trier’s time at Cannes.\n",
         "directors", ("Lars von Trier",)),
        # a cast label of Persian, names between Arabic commas
        ("Dar be darha\n\nکارگردان : امیرحسین صدیق\nهنرپیشگان : مهیار مجیب، لیلی رشیدی، "
         "رضا فیاضی\n", "cast", ("مهیار مجیب", "لیلی رشیدی", "رضا فیاضی")),
        # a line of nothing but names between Arabic commas
        ("سقوط حجر\n\nالمدة: 135 دقيقة\nكريم عبد العزيز، منى زكي، إياد نصار، نيللي كريم.\n"
         "الإخراج: مروان حامد\n", "cast",
         ("كريم عبد العزيز", "منى زكي", "إياد نصار", "نيللي كريم")),
        # credit lines "Name (role)": the director's role is a label, the others characters
        ("Orange People\n\nA story of three women.\n\nחנה אזולאי הספרי (בימוי)\n\n"
         "אסתי ירושלמי (סימון)\n\nריטה שוקרון (סבתא זוהרה)\n", "directors", ("חנה אזולאי הספרי",)),
        # the leads after one cast cue, the others after the next: the lists joined win
        ("Sertão\n\nAs estrelas do filme são Caio Blat (“Carandiru”) e Luisa Arraes (“O Debate”). "
         "Outros nomes do elenco são Rodrigo Lombardi (“Travessia”), Luis Miranda (“Encantado’s”) "
         "e Mariana Nunes (“Todas as Flores”).\n", "cast",
         ("Caio Blat", "Luisa Arraes", "Rodrigo Lombardi", "Luis Miranda", "Mariana Nunes")),
        # names listed before "including actors and actresses"
        ("இருகப்பற்று\n\nஇந்த படத்தில் விக்ரம் பிரபு, ஷ்ரத்தா ஸ்ரீநாத், விதார்த் உள்ளிட்ட நடிகர் "
         "நடிகைகள் நடித்துள்ளனர்.\n", "cast", ("விக்ரம் பிரபு", "ஷ்ரத்தா ஸ்ரீநாத்", "விதார்த்")),
        # a nationality in lower case between the actor's role noun and the name
        ("Anatomie\n\nL'actrice allemande Sandra Hüller y interprète le rôle d'une écrivaine.\n",
         "cast", ("Sandra Hüller",)),
        # a list in a sentence: a nickname in quotes after the first name, a comma glued to
        # the word for "and" after the last
        ("Ujinga\n\nFilamu imewashirikisha wasanii nyota kama vile Yvonne Cherryl ‘Monalisa’, "
         "Hemed Suleiman, Mboto, Vanitha Omary,na wasanii wengine wanaotamba.\n", "cast",
         ("Yvonne Cherryl", "Hemed Suleiman", "Mboto", "Vanitha Omary")),
        # the word for actress before the name
        ("Враќање\n\nВо една од главните улоги се појавува француската актерка Делфин Депардје.\n",
         "cast", ("Делфин Депардје",)),
        # actors in parentheses after the characters described, not directors so listed
        ("Bitchkram\n\nOm vänskapen mellan två unga tjejer (Linda Molin, Fanny Ketter) på landet. "
         "Regissören gillar europeiska regissörer (François Truffaut, Bernardo Bertolucci).\n",
         "cast", ("Linda Molin", "Fanny Ketter")),
        ("Retour à Séoul\n\nElle est tout en nuances. Les personnages secondaires (superbes "
         "Louis-Do de Lencquesaing et Guka Han) aussi.\n\n" + BLURB, "cast",
         ("Louis-Do de Lencquesaing", "Guka Han")),
        # a by-line with the cast after it; a name with its label in parentheses; an
        # abbreviated label
        ("Heat\n\nA detective hunts a thief across the city.\n"
         "di Michael Mann, con Al Pacino, Robert De Niro\n", "directors", ("Michael Mann",)),
        ("Heat\n\nA detective hunts a thief across the city.\nMichael Mann (regia)\n",
         "directors", ("Michael Mann",)),
        ("Heat\n\nA detective hunts a thief across the city.\nRéal. : Michael Mann\n",
         "directors", ("Michael Mann",)),
        # "y" both joins a name ("Ortega y Gasset") and ends one before the next
        ("Heat\n\nA detective hunts a thief across the city.\n"
         "Protagonizada por Al Pacino, Robert De Niro y Val Kilmer\n", "cast",
         ("Al Pacino", "Robert De Niro", "Val Kilmer")),
        # a pronoun before the role word is no one's name: the name before it elsewhere is
        ("இருகப்பற்று\n\nயுவராஜ் தயாளன் இயக்கத்தில் வருகிற 6ஆம் தேதி வெளிவரும் படம்.\n\n"
         "இவர் இயக்கத்தில் இதற்குமுன் போட்டா போட்டி வெளிவந்துள்ளது. இவர் சொன்னார்.\n",
         "directors", ("யுவராஜ் தயாளன்",)),
        # a flattened line of labels: the next label's first word is no part of the name
        ("Mircea\n\nTitlu: Mircea An: 1989 Regizor: Sergiu Nicolaescu Autorul scenariului: "
         "Titus Popovici Actori: Sergiu Nicolaescu, Vlad Nemes\n\nAtat ca regizor, cat si ca "
         "actor, Sergiu Nicolaescu joaca.\n", "directors", ("Sergiu Nicolaescu",)),
        # the next cell glued to the name: a country
        ("The Rep\n\nDirector: Morgan WhiteCanada (2012) • 99 minutes • Not rated\n",
         "directors", ("Morgan White",)),
        # a crew listed "Name role and Name role": the director before the role noun, not the
        # sound man after "and"
        ("Allra augu á mér\n\nMyndin var skotin á tíu dögum og starfsfólk á setti samanstóð af "
         "Pascal Payant leikstjóra og Simon Danielsson hljóðmanni, og leikurunum fjórum.\n",
         "directors", ("Pascal Payant",)),
        # a nationality between the cue and the name
        ("27 Noites\n\nDirigido e protagonizado pelo uruguaio Daniel Hendler, o projeto foi "
         "filmado em Buenos Aires.\n", "directors", ("Daniel Hendler",)),
        ("Vaca Profana\n\nProduzido por Juliana Vicente, com roteiro de Gabriela Amaral e "
         "direção de René Guerra, o curta conduz o espectador.\n", "directors", ("René Guerra",)),
        # three directors or more after a cue, the list closed by "and", prose after it
        ("Serambi\n\nSerambi adalah film dokumenter yang disutradarai Garin Nugroho, Tonny "
         "Trimarsanto, Lianto Suseno dan Viva Westi serta diproduksi oleh Christine Hakim.\n",
         "directors", ("Garin Nugroho", "Tonny Trimarsanto", "Lianto Suseno", "Viva Westi")),
        # names in parentheses a few words after a director's noun direct; they play no one
        ("Colibrí\n\nLa película avanza gracias al manejo de actores de parte de sus "
         "directores, los hermanos Salazar (Juanpedro Salazar y Francisco Salazar), con ritmo.\n",
         "directors", ("Juanpedro Salazar", "Francisco Salazar")),
        # actors listed each with the word for actor after the name, the crew among them
        ("Allra augu á mér\n\nGuðmundur Ingi aðalleikari og framleiðandi myndarinnar, Oliwia "
         "Drozdzyk aðalleikona, Þóra Karítas leikkona og Birgir Hilmarsson tónskáld myndarinnar "
         "tóku á móti gestum.\n", "cast", ("Guðmundur Ingi", "Oliwia Drozdzyk", "Þóra Karítas")),
        # "is playing the role of" a character described in lower case after it
        ("Rustom\n\nAkshay Kumar as Cdr Rustom is outstanding on screen. Ileana D’Cruz is "
         "playing the role of a lady trapped in a mesmerized world.\n", "cast",
         ("Akshay Kumar", "Ileana D’Cruz")),
        # rows "Actor as Character" flattened into one line: each actor the last two words
        # before the next "as"
        ("Sunshine on Leith\n\nA musical set in Edinburgh.\n\nGeorge MacKay as Davy Henshaw "
         "Kevin Guthrie as Ally Freya Mavor as Liz Henshaw Antonia Thomas as Yvonne\n", "cast",
         ("George MacKay", "Kevin Guthrie", "Freya Mavor", "Antonia Thomas")),
        # one cast list read twice (a cue "Stars" and a label "DIE STARS:") is one vote: the
        # actors paired with their characters win
        ("Roter Himmel\n\nDIE STORY: Leon (Thomas Schubert) und Felix (Langston Uibel) wollen "
         "arbeiten. Doch dann tauchen Nadja (Paula Beer) und Devid (Enno Trebs) auf.\n\n"
         "DIE STARS: Paula Beer gewann 2020 den Darstellerpreis der Berlinale.\n", "cast",
         ("Thomas Schubert", "Langston Uibel", "Paula Beer", "Enno Trebs")),
        ("Orange People\n\nA story of three women.\n\nJane Doe (Director)\nEsti Levi (Simone)\n"
         "Rita Cohen (Grandma Zohra)\nYoram Tal (Jacky)\n", "cast",
         ("Esti Levi", "Rita Cohen", "Yoram Tal")),
        # a director cut to an initial and the surname, written in full elsewhere on the page
        ("Kai apkabinsiu tave\n\nPremjeroje kalbėjo režisierius K.Vildžiūnas ir aktorė "
         "E.Latėnaitė.\n\nVėliau Kristijonas Vildžiūnas padėkojo žiūrovams.\n\n" + BLURB,
         "directors", ("Kristijonas Vildžiūnas",)),
        ("Солнечный удар\n\nНа премьере выступил режиссёр Н. Михалков.\n\nНикита Михалков "
         "рассказал о съёмках.\n\n" + BLURB, "directors", ("Никита Михалков",)),
        # another given name before the surname: the initial stays
        ("Солнечный удар\n\nНа премьере выступил режиссёр Н. Михалков.\n\nАнна Михалков "
         "рассказала о съёмках.\n\n" + BLURB, "directors", ("Н Михалков",)),
    ],
)  # fmt: skip
def test_people_cues(text: str, field: str, value: object) -> None:
    assert getattr(film_of(text), field) == value


@pytest.mark.parametrize(
    ("text", "field"),
    [
        # a fact line's language is no director
        ("映画館の夢\n\n2022年/日本語/日本/77分\n監督は日本語。\n", "directors"),
        # a heading under an empty cast label is no actor
        ("מותו של הקולנוע\n\nשחקנים ראשיים\n\nביקורות\n\nכתוב ביקורת\n", "cast"),
        # a fact's label and its value in short under the title: no name alone
        ("Hit the Road\n\nLanguage Per/Engl\n\n" + BLURB, "directors"),
        ("Hit the Road\n\nRuntime Ninety Minutes\n\n" + BLURB, "directors"),
    ],
)  # fmt: skip
def test_no_person_made_of_page_words(text: str, field: str) -> None:
    assert getattr(film_of(text), field) == ()


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        ("Director Dave Skerah", "Dave Skerah"),
        ("शूजीत सिरकार लेखक", "शूजीत सिरकार"),
        ("Sam Mendes Cast", "Sam Mendes"),
        ("Jane DoeCast", "Jane Doe"),  # the next cell of a flattened page glued on
        ("Leonardo DiCaprio", "Leonardo DiCaprio"),
        ("Ronald McDonald", "Ronald McDonald"),
        ("Con O'Neill", "Con O'Neill"),
        (
            "María de la Luna",
            "María de la Luna",
        ),  # a role case needs a capitalised role  # one word would be left: no label taken off
        ("Indi", "Indi"),  # a capitalised word close to a country's name stays
        ("और परफॉर्मेंस", None),  # "and performance": no name opens with the word for "and"
        ("Ben Affleck", "Ben Affleck"),  # "ben" is "and" in lower case only
        ("日本語", None),
        ("ביקורות", None),
        ("דרמה", None),
        ("ישראלי", None),
        ("Reviews", None),
    ],
)
def test_person(name: str, tidy: str | None) -> None:
    assert person(name) == tidy


@pytest.mark.parametrize(
    ("value", "page_inverted", "found"),
    [
        ("Fábri, Zoltán", True, ["Fábri, Zoltán"]),
        ("Fábri, Zoltán", False, ["Fábri", "Zoltán"]),  # two surnames, as far as we know
        ("Páger, Antal\nGörbe, János", False, ["Páger, Antal", "Görbe, János"]),
        ("Kowalski, Jan; Nowak, Anna Maria", False, ["Kowalski, Jan", "Nowak, Anna Maria"]),
        ("Jan Kowalski; Anna Nowak", False, ["Jan Kowalski", "Anna Nowak"]),
        (
            "Olivia Colman, Toby Jones; Colin Firth, Tom Brooke",
            False,
            ["Olivia Colman", "Toby Jones", "Colin Firth", "Tom Brooke"],
        ),
        ("Depardieu, Dewaere, Mastroianni", True, ["Depardieu", "Dewaere", "Mastroianni"]),
        ("Olivia Colman, Toby Jones", True, ["Olivia Colman", "Toby Jones"]),
    ],
)
def test_inverted_names_stay_whole(value: str, page_inverted: bool, found: list[str]) -> None:
    assert names(value, page_inverted) == found


def test_inverted_names_need_every_line_so_written() -> None:
    assert inverted_names("Páger, Antal\nOlivia Colman") == []


def test_asides_go_before_names_are_split() -> None:
    assert without_asides("A (role; other [note]), B [x]") == "A, B"


def test_a_long_cast_line_keeps_a_credit_block_together() -> None:
    lines = (
        "Andreas Dresen",
        "Merlin Rose, Joel Basman, Julius Nitschkoff, Ruby O. Fee, Peter Schneider",
        "Drama",
        "DE 2015, 117 Min.",
    )
    assert fact_block(lines, set())[1] == ["Andreas Dresen"]


@pytest.mark.parametrize(
    ("name", "page", "tidy"),
    [
        # the film's title after the director's name
        ("Стефан Командарев Съдилището", "нов филм на Стефан Командарев Съдилището",
         "Стефан Командарев"),
        ("Paul Thomas Anderson", "Paul Thomas Anderson's film; Paul Thomas Anderson",
         "Paul Thomas Anderson"),
        ("Стефан Командарев Светът", "Стефан Командарев Светът е голям. Стефан Командарев",
         "Стефан Командарев"),
        # an initial's dot, and the name's last word inflected in the other mentions
        ("Antti J Jokinen", "Ohjaus Antti J. Jokinen. Antti J. Jokisen elokuva; Antti J. "
         "Jokisen ohjaama", "Antti J Jokinen"),
        # "son of" ends no name, whatever the page's other mentions (one misspelt)
        ("فريد بن فريد", "من إخراج فريد بن فريد وانتاج. وقال فريد بن فزيد بعد", "فريد بن فريد"),
        ("Karim Ben Karim", "by Karim Ben Karim. Karim Ben Kerim said", "Karim Ben Karim"),
    ],
)  # fmt: skip
def test_names_tidied_by_the_page(name: str, page: str, tidy: str) -> None:
    assert in_page(name, page, frozenset({"съдилището"})) == tidy


def test_no_name_starts_on_a_vowel_sign() -> None:
    assert name_at("நடித்திருக்கும் தியான்பிரபு, தனது", len("நடித்த")) is None


def test_an_empty_cast_label_takes_no_paragraph() -> None:
    paragraph = "فيلم " + "روائي طويل " * 10 + "عن سائق تاكسي في رام الله."
    film = film_of(f"Eid Milad Laila\n\nالبطولة\n\n{paragraph}\n")
    assert film.cast == ()
    assert film.synopsis.startswith("فيلم روائي")


def test_label_with_its_article() -> None:
    assert field_of("السيناريو") == ("writers",)
    assert field_of("سيناريو") == ("writers",)


def test_a_role_word_inside_a_word_pairs_no_one() -> None:
    text = "Nomadland\n\nThe van displayed by Frances McDormand in the lot is hers.\n"
    assert film_of(text).cast == ()


def test_names_parted_by_dashes_in_a_list() -> None:
    from indexer.extract.pages.cues import names_from

    text = "Colin Firth – Helena Bonham Carter – Geoffrey Rush – Michael"
    assert names_from(text, 0) == ["Colin Firth", "Helena Bonham Carter", "Geoffrey Rush"]
    # two names parted by a dash are no list
    assert names_from("Anna Berg – Tom Lind and more", 0) == ["Anna Berg"]
    assert names_from("Tom Hanks, Meg Ryan – Jan Ek", 0) == ["Tom Hanks", "Meg Ryan"]


def test_a_list_takes_the_evidence_of_the_names_it_holds() -> None:
    page = (
        "Halimun\n\n" + BLURB + "\n\nHalimun membariskan gabungan pelakon seperti Beto "
        "Kusyairy, Nabila Huda, Kodi Rasheed, Harun Hashim dan Puteri Balqis Azizi.\n\n"
        "Watak Laila (Kodi Rasheed) pula lakonan Kodi Rasheed.\n"
    )
    assert film_of(page).cast[:3] == ("Beto Kusyairy", "Nabila Huda", "Kodi Rasheed")


def test_a_longer_run_of_names_is_likelier_the_cast() -> None:
    page = (
        "Leynilögga\n\n"
        + BLURB
        + "\n\nÞakkir fá Nínu Petersen, Sverri Þór Sverrissyni, Jóni Gnarr og "
        "Hannesi Þór Halldórssyni.\n\nFram koma Auðunn Blöndal, Egill Einarsson, Steinunn Ólína "
        "Þorsteinsdóttir, Vivian Ólafsdóttir, Sverrir Þór Sverrisson og Björn Hlynur "
        "Haraldsson.\n"
    )
    assert film_of(page).cast[:2] == ("Auðunn Blöndal", "Egill Einarsson")


@pytest.mark.parametrize(
    ("page", "cast"),
    [
        # the guests first, the film's credits later: the list beside the director wins the tie
        (
            "Quiet River\n\n" + BLURB + "\n\nThe premiere drew many guests: the critic Tom "
            "Lind, the actors Anna Berg, Jan Ek and Sara Holm, the mayor Per Alm.\n\nOn stage "
            "came director Maria Blom, the producer Olle Ring and the actors Lena Nyman, Karl Dahl "
            "and Eva Stark.\n",
            ("Lena Nyman", "Karl Dahl", "Eva Stark"),
        ),
        # the director named by initial and surname, the credit by the full name
        (
            "Tylus upė\n\n" + BLURB + "\n\nRežisierius J.Valaitis.\n\nSvečiai: kritikas Tomas "
            "Lindas, aktorius Aną Bergaitę, Joną Ekį, Sarą Holmaitę.\n\nScenoje režisierius Jonas "
            "Valaitis, aktoriai Lina Nymanaitė, Karolis Dalis, Eva Starkaitė ir kiti.\n",
            ("Lina Nymanaitė", "Karolis Dalis", "Eva Starkaitė"),
        ),
        # in the director's paragraph, a sentence later: weaker, still enough for a tie (after a
        # cue of the cast, "stars": since session 29 a list after a bare "with" weighs less)
        (
            "Quiet River\n\n" + BLURB + "\n\nThe premiere drew many guests. The actors Anna "
            "Berg, Jan Ek and Sara Holm came.\n\nThe film is by Maria Blom. It stars Lena "
            "Nyman, Karl Dahl and Eva Stark.\n",
            ("Lena Nyman", "Karl Dahl", "Eva Stark"),
        ),
    ],
)
def test_a_cast_list_beside_the_director_wins_a_tie(page: str, cast: tuple[str, ...]) -> None:
    assert film_of(page).cast[:3] == cast


def test_a_list_of_names_each_with_its_character_in_parentheses() -> None:
    from indexer.extract.pages.people import paired_with_characters

    # the names in parentheses are the characters of the names listed, not their actors
    block = (
        "Kisah ini, seperti Ana Rahim (Orked), Budi Santoso (Mak Inom), Boon Tan (Pak Atan),\n"
        "Lee Wong (Kak Yam), Tom Field (Ah Ming), Eva Lim (Mei).\n"
    )
    assert not {"Mak Inom", "Pak Atan", "Kak Yam"} & set(paired_with_characters(block))
    # a character's actor in parentheses, the characters listed by no run of names
    assert paired_with_characters("Kisah Ma (Wu Renlin) dan anaknya.\n") == ["Wu Renlin"]


def test_a_director_noun_of_another_crew_member_names_no_director() -> None:
    from indexer.extract.pages.cues import mentions

    text = (
        "Filmas scenārija autore ir Pakalniņa, skaņu režisors – Anrijs Krenbergs. Art director "
        "Jan Ek worked with the director Tom Lind."
    )
    assert [m.name for m in mentions(text, "director_nouns")] == ["Tom Lind"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('É indiscutível que o novo longa de Marcelo Lordello, "Eles Voltam", apresenta',
         ["Marcelo Lordello"]),
        ("Insensibles (2012), primer largometraje de Juan Carlos Medina, se abre",
         ["Juan Carlos Medina"]),
        # "largo", the critics' short word for a feature, after an ordinal or "new"
        ("vuelve a verse el primer largo de Ana Ruiz, que", ["Ana Ruiz"]),
        ("el nou llarg de Marta Puig s'estrena", ["Marta Puig"]),
        ("a primeira longametraxe de Xosé Leis chega", ["Xosé Leis"]),
        # "a lo largo de": "throughout", no film
        ("viajan a lo largo de Buenos Aires", []),
    ],
)  # fmt: skip
def test_the_words_for_a_feature_film_before_its_director(text: str, found: list[str]) -> None:
    from indexer.extract.pages.possessive import film_of

    assert [m.name for m in film_of(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Maltese "under the direction of", Icelandic "directed by" agreeing with the film
        ("B’direzzjoni ta’ Dominic Said, il-film Malti Id-Destin", ["Dominic Said"]),
        ("Kvikmyndin Hafið, leikstýrð af Baltasar Kormáki, er virkilega vel heppnuð",
         ["Baltasar Kormáki"]),
        ("Scannán faoi stiúir Rachael Moriarty atá ann", ["Rachael Moriarty"]),
    ],
)  # fmt: skip
def test_directed_by_cues_of_more_languages(text: str, found: list[str]) -> None:
    from indexer.extract.pages.cues import mentions

    assert [m.name for m in mentions(text, "directed_by")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Thai writes its words without spaces: the cue glued to the words around it, the
        # name a given name and a surname, the sentence glued after it
        ("หนังเรื่องนี้ของผู้กำกับสมชาย ใจดี คือหนังที่ดีมาก", ["สมชาย ใจดี"]),
        ("ผู้กำกับ สมชาย ใจดี คือหนังที่ดีมาก", ["สมชาย ใจดี"]),
        ("ผลงานการกำกับของ สมชาย ใจดี ผู้กำกับที่สร้างชื่อจาก หนังเก่า", ["สมชาย ใจดี"]),
        # a relative clause or the word for film glued to the cue is no name
        ("ผู้กำกับที่สร้างชื่อจาก หนังเก่า", []),
        ("ผู้กำกับภาพยนตร์ชื่อดัง มากมาย", []),
    ],
)  # fmt: skip
def test_a_thai_cue_glued_to_the_words_around_it(text: str, found: list[str]) -> None:
    from indexer.extract.pages.cues import mentions

    assert [m.name for m in mentions(text, "directed_by")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a directing debut names its director in every language that says "debut of"
        ("'Het water', het regiedebuut van Anna Smit, ging in première", ["Anna Smit"]),
        ("It is the directorial debut of Maria Lind and opens the festival", ["Maria Lind"]),
        ("Ein starkes Regiedebüt von Jonas Berg, das berührt", ["Jonas Berg"]),
        ("Le premier long métrage de Claire Dubois sort mercredi", ["Claire Dubois"]),
        ("La ópera prima de Lucía Gil llega a los cines", ["Lucía Gil"]),
        ("Режиссёрский дебют Ивана Петрова вышел в прокат", ["Ивана Петрова"]),
        # an actor's debut is no cue
        ("It is the acting debut of Maria Lind and opens the festival", []),
    ],
)  # fmt: skip
def test_a_directing_debut_before_its_director(text: str, found: list[str]) -> None:
    from indexer.extract.pages.cues import mentions

    assert [m.name for m in mentions(text, "directed_by")] == found


def test_the_turkish_possessive_of_director() -> None:
    from indexer.extract.pages.cues import mentions

    text = "filmin yönetmeni Çağan Irmak, 'En iyi ilk Yönetmen' ödülünü almıştı"
    assert [m.name for m in mentions(text, "director_nouns")][:1] == ["Çağan Irmak"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Finnish "star" as a verb, Afrikaans "actors", Swahili "played by"
        ("Teräsleidit-elokuvaa tähdittävät Seela Sella (s. 1936), Saara Pakkasvirta (s. 1938) "
         "sekä Leena Uotila (s. 1947).", ["Seela Sella; Saara Pakkasvirta; Leena Uotila"]),
        ("So het die drie akteurs Leandie du Randt, Neels van Jaarsveld en Tim Theron vertel",
         ["Leandie du Randt; Neels van Jaarsveld; Tim Theron"]),
        ("Ni filamu iliyochezwa na Rachel Haule (Recho) na kuzalishwa na mume wake",
         ["Rachel Haule"]),
        # the word for actors in the plural, or an actress, before the names
        ("Este filme prima pelas suas atrizes, Ana Moreira e Rita Blanco.",
         ["Ana Moreira; Rita Blanco"]),
        ("Es spielen die Darstellerinnen Nina Hoss und Sandra Hüller.",
         ["Nina Hoss; Sandra Hüller"]),
        ("Destaquen les actrius Laia Costa i Anna Castillo.", ["Laia Costa; Anna Castillo"]),
        ("Filmen har skådespelarna Alicia Vikander och Noomi Rapace.",
         ["Alicia Vikander; Noomi Rapace"]),
        # the Dutch lead actress, the Japanese "the leads are"
        ("De hoofdrolspeelster Anna de Wit won eerder een prijs.", ["Anna de Wit"]),
        ("主演は山田太郎、名役者です。", ["山田太郎"]),
    ],
)  # fmt: skip
def test_cast_cues_of_more_languages(text: str, found: list[str]) -> None:
    from indexer.extract.pages.cues import cast_lists

    assert [m.name for m in cast_lists(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a one-character "and" glued between two CJK names parts them
        ("主演は三船敏郎と志村喬、名役者です。", ["三船敏郎; 志村喬"]),
        ("主演：张智霖和张继聪。", ["张智霖; 张继聪"]),
        ("主演：张智霖、张继聪和梁家辉。", ["张智霖; 张继聪; 梁家辉"]),
        # nothing after it that is a name's run: the list ends
        ("主演は三船敏郎と共演した俳優たち", ["三船敏郎"]),
    ],
)
def test_cjk_cast_lists_parted_by_a_glued_and(text: str, found: list[str]) -> None:
    from indexer.extract.pages.cues import cast_lists

    # (Chinese "主演" is a cue both before and after the names: the same list twice)
    assert [m.name for m in cast_lists(text)][:1] == found


def test_turkish_leads_named_before_sharing_the_leading_roles() -> None:
    from indexer.extract.pages.cues import cast_before

    text = "Beren Saat ve Uğur Yücel’in başrolleri paylaştığı “Benim Dünyam”ın ilk gösterimi"
    assert [m.name for m in cast_before(text)] == ["Beren Saat; Uğur Yücel"]


def test_a_cast_cue_then_lower_case_words_and_a_colon() -> None:
    from indexer.extract.pages.cues import cast_lists

    text = "Din distribuția filmului mai fac parte: Ada Lupu, Mihaela Rădescu și Tudor Morar."
    assert [m.name for m in cast_lists(text)] == ["Ada Lupu; Mihaela Rădescu; Tudor Morar"]


@pytest.mark.parametrize(
    ("name", "tidy"),
    [
        # the character in a case ending after an apostrophe, then the actor who plays it
        ("Martin Bright’ı Matt Smith", "Matt Smith"),
        ("Ed Vulliamy’yi Rhys Ifans", "Rhys Ifans"),
        # an apostrophe inside a name stays
        ("Sean O’Brien", "Sean O’Brien"),
        ("D’Angelo Smith Jones", "D’Angelo Smith Jones"),
    ],
)
def test_no_name_goes_on_past_a_case_ending(name: str, tidy: str) -> None:
    assert person(name) == tidy


def test_irish_actor_in_the_part_of_a_character() -> None:
    from indexer.extract.pages.roles import role_pairs

    text = "Tá Cillian Ó Gairbhí i bpáirt Alan Cranitch, mac Róise, sa scannán."
    assert [m.name for m in role_pairs(text)] == ["Cillian Ó Gairbhí"]


def test_an_event_is_no_director() -> None:
    from indexer.extract.pages.directormodel import HAND, MODEL, DirectorBallot
    from indexer.extract.pages.people import _weigh
    from indexer.extract.pages.titles import Title

    block = "‘Legalidade’, longa de Zeca Brito, no 35º Festival Latino de Chicago"
    ballot = DirectorBallot()
    ballot.vote("Festival Latino de Chicago", "genitive_bare_title", "")
    ballot.vote("Zeca Brito", "film_of", "longa de")
    _weigh(ballot, block, "", Title("Legalidade"))
    assert ballot.candidates["festival latino de chicago"].features["event_name"] == 1.0
    best = MODEL.scored(ballot, HAND).best()
    assert best is not None and best.value == "Zeca Brito"


def test_a_line_of_names_each_with_a_film_in_parentheses() -> None:
    page = (
        "THE RAILWAY MAN (15)\n\nWHO’S IN IT?\n\nColin Firth (The King’s Speech), Nicole Kidman "
        "(Moulin Rouge), Jeremy Irvine (Now Is Good), Stellan Skarsgård (Good Will Hunting)\n\n"
        + BLURB
        + "\n"
    )
    assert film_of(page).cast[:2] == ("Colin Firth", "Nicole Kidman")
