"""Table tests of :mod:`indexer.extract.pages.genres`, :mod:`indexer.extract.pages.genrelines`
and the narrower genres of :mod:`indexer.normalize`."""

from __future__ import annotations

import pytest

from indexer import normalize as n
from indexer.extract.pages import genrelines as gl
from indexer.extract.pages import genres as g


@pytest.mark.parametrize(
    ("label", "narrow", "wide"),
    [
        ("black comedy", ["Black Comedy", "Comedy"], ["Comedy"]),
        ("Tragicomedia", ["Tragicomedy", "Drama", "Comedy"], ["Drama", "Comedy"]),
        ("трагикомедия", ["Tragicomedy", "Drama", "Comedy"], ["Drama", "Comedy"]),
        ("historical drama", ["Historical Drama", "Drama", "History"], ["Drama", "History"]),
        ("romantic comedy", ["Romantic Comedy", "Comedy", "Romance"], ["Comedy", "Romance"]),
        ("drama keluarga", ["Family Drama", "Family", "Drama"], ["Family", "Drama"]),
        ("スペースオペラ", ["Space Opera", "Science Fiction"], ["Science Fiction"]),
        ("Drama", ["Drama"], ["Drama"]),
        ("Sentimentale", ["Romance"], ["Romance"]),  # Italian labels of romance
        # satire is a narrower comedy, in any language's word for it
        ("Satire", ["Satire", "Comedy"], ["Comedy"]),
        ("sátira", ["Satire", "Comedy"], ["Comedy"]),
        ("сатира", ["Satire", "Comedy"], ["Comedy"]),
        # the word for a short film in the language modules
        ("короткометражка", ["Short"], ["Short"]),
        ("Kortfilm", ["Short"], ["Short"]),
        ("kratki film", ["Short"], ["Short"]),
        # a psychological drama is a drama; a film noir is a crime film
        ("психодрама", ["Psychological Drama", "Drama"], ["Drama"]),
        ("drame psychologique", ["Psychological Drama", "Drama"], ["Drama"]),
        ("Noir", ["Film Noir", "Crime"], ["Crime"]),
        ("neo-noir", ["Film Noir", "Crime"], ["Crime"]),
        ("누아르", ["Film Noir", "Crime"], ["Crime"]),
    ],
)
def test_narrow_genres_come_first_and_the_catalogue_keeps_the_vocabulary(
    label: str, narrow: list[str], wide: list[str]
) -> None:
    assert (n.genre_names(label, narrow=True), n.genre_names(label)) == (narrow, wide)


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        # a script without spaces: the genre word wherever it stands
        ("這是一部以小人物故事串連的黑色喜劇,拍得幽默", ["Black Comedy"]),
        ("韓国映画初のスペースオペラで話題の作品", ["Space Opera"]),
        # Thai vowel marks are part of the word; "หนังรัก" (a love film) is a romance
        ("หนังรักที่ดีที่สุดแห่งปี", ["Romance"]),
        # Indic combining marks are part of the word
        ("ఈ సినిమా ఓ థ్రిల్లర్ డ్రామా", ["Thriller", "Drama"]),
        # a short word just before the word for film; a compound with it
        ("2010 yapımı dram filmi", ["Drama"]),
        # an inflected adjective of a narrower genre before the genre word
        ("Film je satirična komedija o životu iza kamere", ["Satire", "Comedy"]),
        ("En satirisk komedi om en barnskara", ["Satire"]),  # then Comedy: see below
        # a genre word, then a word that makes it a narrower genre
        ("si perde nei meandri del thriller psicologico", ["Psychological Thriller"]),
        ("een Nederlandse dramafilm uit 2006", ["Drama"]),
        # two words side by side that name a narrower genre, inflected
        ("трейлер історичної драми", ["Historical Drama", "History", "Drama"]),
        ("film bergenre drama keluarga", ["Family Drama"]),
        # a two-word narrower genre with both words inflected, the first no genre's own
        ("glavnu ulogu u psihološkom trileru na temu nestale dece", ["Psychological Thriller"]),
        ("В этой чёрной комедии о двух братьях", ["Black Comedy"]),
        # "-action" ends everyday words, never a compound's genre word
        ("the film's refraction of Chekhov, a strange attraction", []),
        # a hyphenated pair
        ("Драма-хоррордың сюжеті", ["Drama", "Horror"]),
        # a five-letter genre word's stem reads its inflections only ("actie" is no "acting")
        ("his relatives acting in it", []),
        # a word read only whole: its stem begins everyday words elsewhere
        ("two special events this autumn", []),
        ("Toni Servillo in veste di produttore", []),
        # a compound's inflected genre word ("ógnartryllir" in the dative)
        ("um sé að ræða ógnartrylli um eftirleiki", ["Thriller"]),
        # an everyday genre word beside the word for film, a short word at most between
        ("It is essentially a war film, and of course", ["War"]),
        ("C'est un film de guerre poignant", ["War"]),
        ("news reports on the war in Ukraine", []),
        ("the war that the film shows", []),
        # … or in a two-word phrase that names it and another genre (a narrower one here)
        ("It is a war drama about two brothers", ["War Drama"]),
        # a genre of two words in a script whose vowel signs are marks ("साइंस फिक्शन")
        ("इस बार फिल्म में उन्होंने साइंस फिक्शन में कदम रखा है", ["Science Fiction"]),
        # two narrower genres side by side stay two
        ("Petzold's film, a spellbinding noir melodrama", ["Film Noir", "Melodrama"]),
        ("this musical drama focuses on the life of the young", ["Music", "Drama"]),
        # Burmese says a horror film a ghost film ("သရဲကား")
        ("သရဲနဲ့ ဟာသ ပေါင်းစပ်ထားပြီး", ["Horror", "Comedy"]),
        # a short genre word right after the word for film (Malay "filem aksi")
        ("memuji filem aksi terbaharu, Banduan, terutamanya", ["Action"]),
    ],
)
def test_sentence_genres(sentence: str, genres: list[str]) -> None:
    assert g._sentence_genres(sentence) == genres


def test_a_sentence_naming_the_title_in_another_case_is_about_the_film() -> None:
    block = (
        "Menu\nHome\nReviews and interviews of the week, all of them in one place for you\n"
        "Short line here\nAnother line of menu text that runs on for ten words or so\n"
        "„The Father“ ist ein clever konstruiertes, ergreifendes Drama."
    )
    assert g.prose_genres(block, "THE FATHER") == ["Drama"]


def test_a_genre_word_before_another_films_quoted_name_is_not_this_films() -> None:
    block = "O filme de estreia, depois do documentário “Recife Frio”, é um drama."
    assert g.prose_genres(block, "O Som ao Redor") == ["Drama"]
    # in a script without spaces only the characters just before the name are cut
    block = "導演的第一部劇情長片,把小人物的故事拍成黑色喜劇,整體水平都比《海角》更勝一籌。"
    assert g.prose_genres(block, "停車") == ["Drama", "Black Comedy", "Comedy"]
    assert g.prose_genres("這部紀錄片《海角》很好看,本片卻是一部喜劇電影,拍得幽默。", "X") == [
        "Comedy"
    ]
    assert g.prose_genres("O filme “Recife Frio” é um documentário.", "Recife Frio") == [
        "Documentary"
    ]
    # the genre word before the word for film before another film's name
    block = 'Фільм про хор. Також покажуть документальний фільм "Життя на межі".'
    assert g.prose_genres(block, "Щедрик") == []


@pytest.mark.parametrize(
    ("block", "genres"),
    [
        ("De: Kleber Mendonça Filho // Género: Drama, Thriller // Classificação: M/12",
         ["Drama", "Thriller"]),
        ("Regie: Ana Lasa | Genre: Tragikomödie | 2021", ["Tragicomedy", "Drama", "Comedy"]),
        ("Genre-Kino in Berlin: alles über Filme", []),
        # the Korean bar-like vowel after the label ("장르ㅣ 드라마")
        ("주연ㅣ 박정표\n\n장르ㅣ 드라마\n\n제작년도ㅣ 2014년", ["Drama"]),
        # a label of a script without capitals glued to the value before it, with or
        # without a colon, the next label glued on after the genre words
        ("개봉2023.05.01등급15세 관람가장르코미디러닝타임101분감독김민수", ["Comedy"]),
        ("개봉: 2019감독: 김민수장르: 드라마, 심리출연: 박지영", ["Drama"]),
        ("导演：王小明类型：剧情/爱情主演：李雷", ["Drama", "Romance"]),
        # a short value that the next label closes, a word of no genre in it
        ("감독: 김민수주연: 박지영장르: 한국 독립 · 드라마개봉: 2025년 10월", ["Drama"]),
        # Tamil: a Latin genre word that the label of the running time closes ("கால அளவு")
        ("இயக்கம்:மணிரத்னம்சினிமா வகை:Dramaகால அளவு:2 Hrs 10 Min", ["Drama"]),
        # the label and no genre word after it
        ("이 장르영화의 감독은 김민수다", []),
    ],
)  # fmt: skip
def test_a_genre_label_inside_a_line(block: str, genres: list[str]) -> None:
    assert g.decide([], [], [], block, "")[0] == genres


@pytest.mark.parametrize(
    "block",
    [
        "이 영화는 장르적으로 스릴러에 가깝다고 생각한다",  # prose: no label closes the value
        "장르: 한국 독립영화 상영관 안내개봉: 2025년",  # a value of no genre word
    ],
)
def test_no_glued_genre_label_in_prose(block: str) -> None:
    assert g.glued_uncased(block) == ""


def test_a_labelled_genre_beats_genre_words_in_prose() -> None:
    block = "Der Film über zwei Brüder ist eine Komödie."
    assert g.decide(["Melodram"], [], [], block, "X")[0] == ["Melodrama", "Drama"]
    assert g.decide([], [], [], block, "X")[0] == ["Comedy"]


@pytest.mark.parametrize(
    ("block", "genres"),
    [
        # the word for film in the sentence before, on the same line (an abbreviation's dot)
        ("Her new film, Compartment No. 6, is a beguiling romance.", ["Romance"]),
        # the word for film inside a run of Chinese text
        ("台灣導演的第一部劇情長片,把一個小人物故事拍成黑色喜劇",
         ["Drama", "Black Comedy", "Comedy"]),
        # the article written as a prefix
        ("يُعرض اليوم الفيلم الوثائقي في مهرجان القاهرة", ["Documentary"]),
        # three genres at most, each with the genres its narrower one belongs to
        ("The film is a historical drama, a comedy, a thriller and a western.",
         ["Historical Drama", "Drama", "History", "Comedy", "Thriller"]),
        # a narrower genre of three words, hyphened or not, and the genre written after it
        ("A tender coming-of-age drama, the film follows two sisters.",
         ["Coming of Age", "Teen", "Drama"]),
        ("Le film est un récit d'apprentissage sur une adolescente.", ["Coming of Age", "Teen"]),
        # a political thriller or drama, in the languages that name them
        ("Ein packender Politthriller, der Film spielt in Berlin.",
         ["Political Thriller", "Thriller"]),
        ("Il film è un dramma politico ambientato a Roma.", ["Political Drama", "Drama"]),
        # "of age" alone names no genre
        ("The film follows a woman of age ninety who lives alone.", []),
    ],
)  # fmt: skip
def test_prose_genres(block: str, genres: list[str]) -> None:
    assert g.prose_genres(block, "") == genres


@pytest.mark.parametrize(
    ("labelled", "block", "genres"),
    [
        # a label that says only "film" does not stop the prose from naming the genre; the
        # kind of work it names comes after (a feature film is a fiction film)
        (["Spillefilm"], "Filmen er en skæv kærlighedskomedie om Helene.",
         ["Romantic Comedy", "Comedy", "Romance", "Feature Film", "Fiction"]),
        # a label without any genre word ("Category: Original Reviews", "片種: --") neither
        (["Original Reviews"], "Der Film ist eine Komödie.", ["Comedy"]),
        (["--"], "Der Film ist eine Komödie.", ["Comedy"]),
        # a label of an unknown genre with a genre word in it does: the genre words inside a
        # short one are its genres
        (["Kostümfilm-Satire-Burleske"], "Der Film ist eine Komödie.", ["Satire", "Comedy"]),
        (["Drama ya kusisimua"], "", ["Drama", "Thriller"]),
        (["Thriller psicológico español"], "", ["Psychological Thriller", "Thriller"]),
        # … not those of a sentence under the label
        (["Una historia de amor y de crimen entre dos hermanos del pueblo"], "", []),
    ],
)  # fmt: skip
def test_a_label_that_says_film_is_no_genre(
    labelled: list[str], block: str, genres: list[str]
) -> None:
    assert g.decide(labelled, [], [], block, "")[0] == genres


@pytest.mark.parametrize(
    ("block", "genres"),
    [
        # the page's first prose sentences speak of its film without naming it
        ("Home | Films | About\n An absorbing and emotional Korean drama about adoption and "
         "a young woman who looks for her parents.", ["Drama"]),
        # later sentences must name a film
        ("Home\n" + "A long line of prose about the society and its members. " * 3
         + "\nTickets for the comedy club are on sale in the foyer today.", []),
        # an everyday genre word counts beside another genre word only
        ("Показали тизер воєнного детектива про розвідників, знятий у 2018 році на Донбасі.",
         ["War", "Detective", "Crime", "Mystery"]),
        ("The film follows a family across the war years.", []),
        # … but not beside the word for film in the plural: a class of films, a programme's
        ("One of the coolest war movies ever made, if you ask anybody.", []),
        ("La sala proyecta películas de guerra toda la semana.", []),
        # an article written as a prefix after another prefix ("for the": "لل")
        ("الغريب في هذا الفيلم انه رغم انتمائه للكوميديا الا انه بطيء", ["Comedy"]),
        # a sentence that opens with a genre word names the film's genre, read whole
        ("Kan bara ses i Sverige. Avsnittet är borta sedan länge, tyvärr.\n"
         "Svensk film.\nEn satirisk komedi om en stor barnskara som marscherar in.",
         ["Satire", "Comedy"]),
        ("Anunț\nÎn această dramă românească este vorba despre o elevă de 15 ani.", ["Drama"]),
        # an article before the genre words is not one of the opening words
        ("Home\n" + "A long line of prose about the society and its members. " * 3
         + "\nThe action crime thriller won the praise of critics and audiences.",
         ["Action", "Crime", "Thriller"]),
        # not a genre word in the words that open it, nor a stem ("attraction"), nor an
        # everyday word ("A love story")
        ("Home\n" + "A long line of prose about the society and its members. " * 3
         + "\nIntimacy and attraction swiftly develop between the two women here.", []),
        ("Home\n" + "A long line of prose about the society and its members. " * 3
         + "\nA love story set in the near future where single people must pair.", []),
        # a word hyphened to a genre word before it is read in its language's forms too
        # (Kazakh: a comedy-horror's plot); alone, a form is too weak a sign there
        ("Home\n" + "A long line of prose about the society and its members. " * 3
         + "\nКомедия-хоррордың оқиғасы шағын ауылда бір түнде өтеді.", ["Comedy", "Horror"]),
        ("Home\n" + "A long line of prose about the society and its members. " * 3
         + "\nХоррордың оқиғасы шағын ауылда бір түнде өтеді.", []),
    ],
)  # fmt: skip
def test_lead_sentences_and_everyday_genre_words(block: str, genres: list[str]) -> None:
    assert g.prose_genres(block, "") == genres


@pytest.mark.parametrize(
    ("value", "genres"),
    [
        # genre words glued together when a page's list was flattened, longest word first
        ("RomantikDrama", ["Romance", "Drama"]),
        ("Kort fiktionBørnefilm", ["Short", "Children's Film", "Family"]),
        # the next label glued on after the last genre word
        ("Acciónciencia-ficciónaventurasReparto", ["Action", "Science Fiction", "Adventure"]),
        # one genre word at the start of another word is no genre
        ("Dramaturgie", []),
        ("Actionfilm", ["Action"]),
    ],
)
def test_glued_genre_words(value: str, genres: list[str]) -> None:
    assert gl.glued(value) == genres


@pytest.mark.parametrize(
    ("labelled", "genres"),
    [
        # a site's counts in parentheses separate the values; plurals are inflections
        (["Drámy (1488) Komédie (1038)"], ["Drama", "Comedy"]),
        (["Комедии, драмы"], ["Comedy", "Drama"]),
        (["Kammerspiel"], []),
        # the catalogues' Russian and Ukrainian genre nouns ("история": history)
        (["драма, мелодрама, история"], ["Drama", "Melodrama", "History"]),
        (["драма, історія"], ["Drama", "History"]),
    ],
)
def test_labelled_genres_inflected_or_counted(labelled: list[str], genres: list[str]) -> None:
    assert g.labelled_genres(labelled)[0] == genres


def test_a_genre_label_alone_on_its_line_lists_one_value_a_line() -> None:
    block = "Status: Beta\nKategorien\nKomödie\nDrama\nLiebesfilm\nHandlung\nTale will spielen."
    assert g.decide(["Komödie"], [], [], block, "X")[0] == ["Comedy", "Drama", "Romance"]


def test_a_genre_label_after_a_sentence_dot_on_a_flattened_line() -> None:
    block = "Dirección: Ana Ruiz. País: USA. Género: AcciónaventurasReparto: Ana Ruiz (Rey)."
    assert g.decide([], [], [], block, "")[0] == ["Action", "Adventure"]


@pytest.mark.parametrize(
    ("block", "genres"),
    [
        # several genres on a line of their own, in capitals
        ("Det beste.\n\nEVENTYR / KOMEDIE\n\n«Honor»\nUSA. 12 år.", ["Adventure", "Comedy"]),
        # one genre alone on a line among labelled facts
        ("Премьера: 01.01.1965\nСтраны: СССР\nДокументальный\nО театре.", ["Documentary"]),
        # a site's own label before glued genre words
        ("Yol\n- direktör: Serif Gören\n- Kön: RomantikDrama\n", ["Romance", "Drama"]),
        # a label with its plural's mark, the value glued on (a library catalogue's cells)
        ("Titre(s)Un film / Ana Lasa.\n\nSujet(s)Comédie / Drame\n", ["Comedy", "Drama"]),
        # such a label over words of no genre gives none
        ("Titre(s)Un film / Ana Lasa.\n\nSujet(s)Cinéma iranien\n", []),
        # a menu of genres is no film's genre, nor is one genre word alone among prose
        ("Drama\nKomödie\nHorror\nThriller\n", []),
        ("Heute im Kino.\nDrama\nEine Frau reist nach Rom.", []),
        # a flattened table's line of a bar alone stands between the genre and the labels
        ("Drama |\n|\nRežija: | Ana Primer |\nDržava: | Slovenija |", ["Drama"]),
        ("Drama\n|\nKomedija\n|\nGroza\n", []),  # a menu, bars between its entries
    ],
)  # fmt: skip
def test_lines_made_only_of_genre_words(block: str, genres: list[str]) -> None:
    assert gl.genre_lines(block) == genres


def test_the_greek_category_label_names_the_genre_and_the_first_screening_the_year() -> None:
    from indexer.extract.pages import extract_page

    page = (
        "Μια τρελλή οικογένεια\n\n| Α' Προβολή: | 25 Οκτωβρίου 1965 |\n| Κατηγορία: | Κωμωδία |\n"
        "| Σκηνοθεσία: | Ντίνος Δημόπουλος |\n\n" + "Η Μίκα είναι μια νεαρή γυναίκα. " * 5
    )
    film = extract_page(page, "test").films[0]
    assert (film.genres, film.year) == (("Comedy",), 1965)


@pytest.mark.parametrize(
    ("block", "genres"),
    [
        # a sentence near the top that opens with "it is" speaks of the film
        ("The Lunchbox\n\nThe film, set in Mumbai, revolves around a mistaken delivery by the "
         "lunchbox service of Mumbai, which leads to a relationship between two strangers. It is "
         "an exploration of the possibility of falling in love without meeting someone. It is a "
         "very charming and sweet comedy beautifully played by the two actors, Irrfan Khan and "
         "Nimrat Kaur.", ["Comedy"]),
        ("Прем'єру мені пощастило переглянути ще в березні на зустрічі зі знімальною групою. "
         "Тоді я виділив 5 причин для друзів подивитись цю стрічку. Ось вони:\n\n1. Це легка "
         "музична комедія а-ля гуцульський вестерн в стилі танго, яку варто подивитися всім.",
         ["Music", "Comedy", "Western"]),
        ("La Maria viu sola en un poble petit de la muntanya amb el seu gos vell. Cada matí "
         "baixa al mercat i parla amb tothom del temps. És una comèdia tendra sobre la vellesa "
         "i l'amistat que fa somriure tothom.", ["Comedy"]),
        # further down, or another opening, is no sign
        ("A quiet morning in the village where nothing ever happens at all. The baker opens his "
         "shop early and the children run to school in the rain again. Everyone waits for the "
         "bus that never comes on time in the long winter. The mayor talks about the new road "
         "nobody wants to pay for this year at all. The church bell rings twice at noon and "
         "then the square is empty once more. The river floods the fields every single spring "
         "without fail or warning. It is a comedy of errors, the mayor says.", []),
        # … unless its paragraph speaks of the film
        ("A quiet morning in the village where nothing ever happens at all. The baker opens his "
         "shop early and the children run to school in the rain again. Everyone waits for the "
         "bus that never comes on time in the long winter. The mayor talks about the new road "
         "nobody wants to pay for this year at all. The church bell rings twice at noon and "
         "then the square is empty once more.\nIn the end the movie holds together well and "
         "its three stories meet. Its weak part is the pace of the middle hour, alas. This is "
         "a strong drama about people who cannot forgive.",
         ["Drama"]),
    ],
)  # fmt: skip
def test_a_sentence_that_opens_with_it_is_near_the_top(block: str, genres: list[str]) -> None:
    assert g.prose_genres(block, "X") == genres


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        # a word that begins like a genre word of some language is no form of it
        ("The film follows a wounded animal through the forest", []),
        ("Mister Jones runs the film's small hotel", []),
        ("The thrill of the film is in its last chase", []),
        ("The film draws on documents from the war archive", []),
        ("The film is set in Crimea after the annexation", []),
        ("Film ini mengikuti seorang mister di kota kecil", []),
        # … while the forms that the language's endings make still name a genre
        ("Это одна из лучших комедией этого года, фильм о семье", ["Comedy"]),
        ("The film is one of the finest thrillers of the decade", ["Thriller"]),
        ("Film je najbolja komediju godine, redatelj je", ["Comedy"]),
        ("A film jó vígjátékot ígér a nézőknek és a rendező", ["Comedy"]),
        ("이 영화는 훌륭한 드라마이다 그리고 감독은", ["Drama"]),
        ("Filmas yra puikus trilerio pavyzdys, režisierius", ["Thriller"]),
        ("Фільм — українська музична комедія про село", ["Music", "Comedy"]),
        ("one of the great documentaries of the year, the film", ["Documentary"]),
    ],
)
def test_a_genre_word_matches_only_as_its_languages_forms(sentence: str, genres: list[str]) -> None:
    assert g._sentence_genres(sentence) == genres


@pytest.mark.parametrize(
    ("word", "genres"),
    [
        ("animal", []),
        ("mister", []),
        ("thrill", []),
        ("documents", []),
        ("crimea", []),
        ("acts", []),  # Dutch "actie" less two letters
        ("dramy", ["Drama"]),
        ("komedii", ["Comedy"]),
        ("tryllinum", ["Thriller"]),
        ("trillera", ["Thriller"]),
    ],
)
def test_word_genres_forms(word: str, genres: list[str]) -> None:
    assert g.word_genres(word) == genres


_LEAD = (
    "The festival opens its doors next week with a strong programme of new works from many "
    "places. Tickets are on sale now at the box office and online for all our members.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "genres"),
    [
        # the word for "this" before a genre word (a few words between at most): the film
        ("With great actors, the chemistry of the cast is the beating heart of this "
         "tragicomedy.", ["Tragicomedy", "Drama", "Comedy"]),
        ("Smith delivers this gripping thriller about a woman who returns to her village.",
         ["Thriller"]),
        ("Smith signe avec ce drame une oeuvre forte sur le retour au village natal.", ["Drama"]),
        ("Режиссёр снял в этой комедии своих друзей и соседей по большому дому.", ["Comedy"]),
        # a genre whose word is a story's noun too, or no genre word after it
        ("The police investigate this crime in the small village for many weeks.", []),
        ("Smith delivers this story about a woman who returns to her little village.", []),
    ],
)  # fmt: skip
def test_a_genre_word_after_the_word_for_this_is_the_films(
    sentence: str, genres: list[str]
) -> None:
    assert g.prose_genres(_LEAD + sentence, "X") == genres


def test_hindi_sentences_end_at_the_danda() -> None:
    # the third sentence, a club's comedy show, is two sentences away from the film
    block = _LEAD + (
        "कल रात हमने तलाश नाम की नई फिल्म देखी। मौसम बहुत अच्छा था और सड़कें खाली थीं। "
        "उसी शाम पड़ोस के बड़े क्लब में एक कॉमेडी शो भी चल रहा था।"
    )
    assert g.prose_genres(block, "तलाश") == []


@pytest.mark.parametrize(
    ("word", "genres"),
    [
        # two or more genre words written as one, the last one maybe inflected
        ("Horrorkomödie", ["Horror", "Comedy"]),
        ("kauhukomedia", ["Horror", "Comedy"]),
        ("scifikauhukomedian", ["Science Fiction", "Horror", "Comedy"]),
        ("dramadokumentären", ["Drama", "Documentary"]),
        ("misdaadkomedie", ["Crime", "Comedy"]),
        # the compounding "s" between the words
        ("skräckkomedi", ["Horror", "Comedy"]),
        # a compound of one genre word and another word keeps its old reading
        ("Dramaturgie", []),
        ("Actionheld", []),
        ("Gefängniskomödie", ["Comedy"]),
    ],
)
def test_compound_genre_words(word: str, genres: list[str]) -> None:
    assert g.word_genres(word) == genres
