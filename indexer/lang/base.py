"""The shape of one language's data: what film pages in that language write.

A language module (``indexer/lang/fr.py``, ...) defines ``DATA = Language(...)``; the
extractor never names a language, it reads the union of every module through
:mod:`indexer.lang`. Adding a language is adding one module and its name to
:data:`indexer.lang.CODES`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.diskcache import cldr_table

#: the metadata of a field of :class:`Language` whose words only the normaliser
#: (:mod:`indexer.normalize`) reads: :func:`indexer.lang.data_entries` leaves them out, as the
#: readers of names and outlets that ask for every word of the language data never had them
NORMALISER_ONLY = {"data_entries": False}


@dataclass(frozen=True)
class Language:
    """Words a page in one language uses for film facts and around press quotes (all lower
    case, as written).

    ``labels`` maps a field (``directors``, ``year``, ...) to the words that label it.
    ``directed_by``/``written_by``/``starring`` are prose cues written before the names
    ("un film de", "reż.", "starring"); ``director_nouns`` are role nouns written before a
    name ("la réalisatrice", "режисьор"); ``directed_after``/``starring_after`` are the role
    words that head-final languages write after the names ("윤종빈감독", "… 領銜主演").
    ``plays`` are the words between an actor and the character they play ("Ario Bayu,
    sebagai Ardi", "Frances McDormand plays Fern"); ``role_of`` the words between a character
    and the actor who plays it ("城戸役の妻夫木聡さん", "చిట్టిబాబు పాత్రలో రాంచరణ్").
    ``minutes``/``hours`` are runtime units, ``months`` month names (any case form),
    ``genres`` genre words -> English genre,
    ``film_words`` the words for "film" that introduce a title ("фильм «…»", "Film 22 Menit"),
    ``by`` the word that credits a director on a line of its own ("De: Karim Aïnouz").
    ``titled`` the words for "titled" after the word for film ("a film called X").
    ``review_words`` the words a review's headline ends with ("X Movie Review").
    ``is_a`` the words that open a definition ("is a", "est un"): "X is a 2009 film" names X.
    ``name_endings`` the case endings written after an apostrophe on a name ("Ceylan'ın",
    "Sözen'in"), which are not part of it.

    What pages write around quotes from the press (read by
    :mod:`indexer.extract.pages.quotes`): ``press_headings`` head a block of press quotes
    ("Pressestimmen", "la presse en parle"; the label ``press`` is the fact scanner's own
    list); ``quote_by`` put the critic after them ("by Name", "par Name"; not ``by``,
    which credits a director and holds "de"); ``quote_in`` put the outlet after them ("in The
    Guardian", "no Expresso"); ``speech_verbs`` report what a critic wrote ("Name observed",
    "écrit Name"); ``quote_review`` end a line that heads an outlet's review ("Chicago Reader
    review:"; not ``review_words``, which end a film review's headline and hold "movie
    review"). ``comment_headings`` head visitors' comments ("Kommentare"), ``reply_words``
    are a comment's reply link on a line of its own ("Antworten"), ``time_at`` the word
    between a comment's date and its time ("2019 at 10:30", "um"); ``tagline_headings`` head
    a film's own slogan ("Accroche"). ``sentence_words`` start sentences, so are capitalised
    without being names ("When", "Quand"); ``first_person`` are the pronouns of a statement
    rather than a review ("nous"): one written with a capital counts only so written ("I";
    "i" is "in" in Swedish), one that ends in an apostrophe is elided before the next word
    ("j'"). ``verb_final`` marks a language whose sentences end with their verb.
    """

    code: str
    labels: dict[str, tuple[str, ...]] = field(default_factory=dict)
    directed_by: tuple[str, ...] = ()
    written_by: tuple[str, ...] = ()
    starring: tuple[str, ...] = ()
    director_nouns: tuple[str, ...] = ()
    directed_after: tuple[str, ...] = ()
    starring_after: tuple[str, ...] = ()
    #: verb-final languages that write the act of directing before the name and the verb after
    #: it, the name marked by the agent's case: "निर्देशन … ने किया" ("the direction … did"),
    #: "दिग्दर्शन …ने केल"; "…" stands for the name
    directed_framed: tuple[str, ...] = ()
    #: the words before a guest's name at a screening ("in the presence of", "en présence
    #: de"): a person, whom a cinema's programme names near the film
    presence: tuple[str, ...] = ()
    plays: tuple[str, ...] = ()
    #: words for "as" between an actor and the character played that are common words of the
    #: language ("Alan Rickman som Reagan": "som" is also "who", "that"): read on pages of the
    #: language only, where the other languages' ``plays`` are read on every page
    plays_own: tuple[str, ...] = ()
    role_of: tuple[str, ...] = ()
    #: head-final languages that write the act of playing, the character its object, then
    #: the actors it describes: "飾演 … 的" ("the … who plays"), "演じたのは" ("the one who
    #: played is"); "…" stands for the character, where there is one
    role_framed: tuple[str, ...] = ()
    #: the word written after an actor in parentheses after the character played: "马福礼
    #: (陈建斌饰)", "(조진웅 분)"
    role_marks: tuple[str, ...] = ()
    #: the word written before a voice actor and a colon in parentheses after the character
    #: voiced: "駒田琉生(声:早見沙織)"
    voice_marks: tuple[str, ...] = ()
    minutes: tuple[str, ...] = ()
    hours: tuple[str, ...] = ()
    #: the one- or two-letter signs a language writes for the minute and the hour, too short
    #: to be read alone ("м", metres too; "ч"): read only as a pair, hours then minutes
    #: ("1ч 38м"), beside CLDR's narrow signs of the two units
    minute_signs: tuple[str, ...] = ()
    hour_signs: tuple[str, ...] = ()
    months: tuple[str, ...] = ()
    genres: dict[str, str] = field(default_factory=dict)
    #: the genres of the facet vocabulary (English names), each with the words of this
    #: language that name it on a page in any language and in the catalogues: pages borrow
    #: them ("un thriller", "ein Drama"), so prose reads them on every page, where it reads
    #: ``genres`` only on a page in this language (:mod:`indexer.extract.pages.genrelang`).
    #: The vocabulary is every genre the modules name here (:func:`indexer.lang.vocabulary_genres`)
    vocabulary_genres: dict[str, tuple[str, ...]] = field(
        default_factory=dict, metadata=NORMALISER_ONLY
    )
    #: more spellings of the vocabulary's genres (inflected forms, "film of horror" wordings),
    #: read as ``vocabulary_genres`` are, and the words of the narrower genres
    #: (:data:`indexer.normalize.SUBGENRES`: "black comedy", "road movie"); a word of both is
    #: this table's genre ("black comedy" is Black Comedy, then Comedy)
    genre_aliases: dict[str, str] = field(default_factory=dict, metadata=NORMALISER_ONLY)
    #: adjectives of a genre that are everyday words too ("a dramatic turn"): they name the
    #: genre only beside the word for film or another genre word ("film dramatic", "dramatic
    #: comedy", "драматический фильм", "drámai film"), each form written out
    genre_adjectives: dict[str, str] = field(default_factory=dict, metadata=NORMALISER_ONLY)
    #: genre words (of ``genres`` or the vocabulary) read only whole, never by their stem: the
    #: stem begins everyday words of other languages or of their own ("eventyr": "events",
    #: "vestern": "in veste di", "детский": "детский дом", an orphanage; "romance" and its kin
    #: keep "roman": a novel, "românesc"; "parodia" and its kin: "parodė", "parodo",
    #: Lithuanian for "showed", "shows")
    unstemmed_genres: tuple[str, ...] = field(default=(), metadata=NORMALISER_ONLY)
    #: genre words that are everyday words too ("A love story", "detective Hae-joon arrives",
    #: "uma noite de fantasia", "una historia íntima"; the words for history that are the
    #: words for a story too): a sentence that opens with one names no genre, nor a credit
    #: sentence's clause that holds one
    genre_everyday_words: tuple[str, ...] = field(default=(), metadata=NORMALISER_ONLY)
    #: how a fact line says colour or black and white ("Cores", "колор", "s/w"): a cell
    #: that is neither a fact nor prose
    colour_words: tuple[str, ...] = ()
    conjunctions: tuple[str, ...] = ()
    #: "and" written as a prefix of the next word ("محمد الأحمد ويوسف عباس")
    prefix_conjunctions: tuple[str, ...] = ()
    film_words: tuple[str, ...] = ()
    #: in a script that writes a syllable a character (Hangul), the copula's and the endings
    #: glued to the word for film after a genre word ("스릴러 영화이다": is a thriller film;
    #: "공포 영화로": as a horror film), which no ending of a letter or two of other scripts
    #: reaches; no case particle, after which a genre word is a noun of the sentence ("영화의
    #: 역사": the history of film)
    film_word_endings: tuple[str, ...] = ()
    #: the noun for a film's production, as a stem an ending may follow ("production",
    #: "Produktion", "produkcj", "إنتاج", "prodhim"): a nationality or a country's name
    #: beside it names the film's country as beside the word for film ("a German-Albanian
    #: production", "من إنتاج الإمارات")
    production_words: tuple[str, ...] = ()
    #: the noun for a country's cinema, written whole ("Australian cinema", "polskiego kina",
    #: "cinéma français"): a nationality beside it names the film's country as beside the
    #: word for film (not "kinach", in cinemas, where a film is shown)
    cinema_words: tuple[str, ...] = ()
    #: the nouns after a country's possessive that make the film its pick for an award
    #: ("Iceland's submission for the Academy Awards", "India's entry", "the UK's Oscar
    #: hopeful"): the country is the film's
    entry_words: tuple[str, ...] = ()
    #: the possessive ending written after an apostrophe on a name, before ``entry_words``
    #: ("France’s submission", "Türkiye’nin Oscar adayı")
    possessive_endings: tuple[str, ...] = ()
    by: tuple[str, ...] = ()
    is_a: tuple[str, ...] = ()
    review_words: tuple[str, ...] = ()
    #: the words for a film's trailer ("trailer", "bande-annonce", "予告編"): a heading that
    #: ends with them wraps the film's name ("Kes Trailer")
    trailer_words: tuple[str, ...] = ()
    titled: tuple[str, ...] = ()
    name_endings: tuple[str, ...] = ()
    #: the endings of a name in the genitive, the possessor of "Bo Widerbergs thriller",
    #: "Նատալյա Բելյաուսկենեի … ֆիլմը", "film Roberta Zemeckisa", "фильм Андрея Кончаловского"
    #: (the name is kept as written); ``genitive_after``: the possessor follows the word for
    #: film (Slavic) rather than precedes it (Germanic, Finnic, Baltic, Armenian, Georgian)
    genitive_endings: tuple[str, ...] = ()
    genitive_after: bool = False
    #: the words for a film or a director's work that carry the possessor's ending
    #: themselves, the possessor before them unmarked: Hungarian "Enyedi Ildikó filmje"
    #: ("Ildikó Enyedi's film"), "… rendezése" ("… direction")
    possessed_film_words: tuple[str, ...] = ()
    #: in a language that writes the genitive after the noun (``genitive_after``), the words
    #: for a new film, a release's novelty or a debut (besides ``film_words``) whose
    #: possessor in the genitive is the film's maker: "novinku Jiřího Vejdělka", "дебют
    #: Рауля Гейдарова", "стрічки Дмитра Мойсєєва" (not "work", "drama": a writer's, an
    #: actor's as often)
    new_film_nouns: tuple[str, ...] = ()
    #: the endings of a possessive adjective made from a surname, in all its cases and
    #: genders, before the word for film: "Matanićev novi film" (Dalibor Matanić's),
    #: "Nikolaevův film" (South and West Slavic)
    possessive_adjective_endings: tuple[str, ...] = ()
    #: titles of address written before a name, not part of it ("Saudara Syamsul Yusof",
    #: "Bapak", "الفنان"), case as written
    honorifics: tuple[str, ...] = ()
    #: the words for a prize's winner, written as the last part of a compound with the
    #: prize's name before a person's name ("Oscar-Preisträger Kevin Macdonald",
    #: "Oscar-winnaar", "Cannes-winner"): a descriptor, no part of the name
    laureates: tuple[str, ...] = ()
    #: in a script without spaces, the words that qualify a role word written straight before
    #: it, never a name: "最佳导演" (best director, an award's category), "大导演" (a great
    #: director), "已故導演"; one character stands at the end of the run, longer ones anywhere
    role_qualifiers: tuple[str, ...] = ()
    #: the word between the word for film (and maybe one adjective) and its director's name:
    #: "la quinta película de Dagur Kári", "filme de", "film karya", "phim của"
    film_of: tuple[str, ...] = ()
    #: the word between the word for a review and the film's name, as an address writes it:
    #: "movie-review-of-gully-boy", "critica-de-la-pelicula", "recensione-di-…"
    review_of: tuple[str, ...] = ()
    #: the words between the word for film and its year: "a Swedish feature from 1981",
    #: "Spielfilm aus dem Jahre 2011", "långfilm från 1981"
    year_from: tuple[str, ...] = ()
    #: words written after a name that are not part of it: postpositions ("आर. बाल्की की फिल्म")
    postpositions: tuple[str, ...] = ()
    #: case particles written glued to the end of a noun in a script without spaces between
    #: words (Burmese "ရာဇဝင်ကို": the object marker): a name ends with them, without them
    case_particles: tuple[str, ...] = ()
    #: the words written after the last name of a list that say it goes on ("and others",
    #: "etc."), perhaps with the subject's particle glued on: "A, B, C 등이 출연했다", "AらがN出演",
    #: "A、B等主演"; a list read backwards from the cue after it starts before them
    list_ends: tuple[str, ...] = ()
    press_headings: tuple[str, ...] = ()
    quote_by: tuple[str, ...] = ()
    quote_in: tuple[str, ...] = ()
    speech_verbs: tuple[str, ...] = ()
    quote_review: tuple[str, ...] = ()
    comment_headings: tuple[str, ...] = ()
    reply_words: tuple[str, ...] = ()
    time_at: tuple[str, ...] = ()
    tagline_headings: tuple[str, ...] = ()
    sentence_words: tuple[str, ...] = ()
    first_person: tuple[str, ...] = ()
    #: third-person pronouns, which stand where a name would ("இவர் இயக்கத்தில்", "under his
    #: direction"): no one's name (scripts with capitals write them in lower case already)
    pronouns: tuple[str, ...] = ()
    #: articles and determiners that open a noun phrase ("the", "das", "een"): never a
    #: person's given name, so no name's first word ("Das Fest", "The Room"); words that are
    #: also given names or surnames elsewhere ("la", "le", "al", "una") are left out
    determiners: tuple[str, ...] = ()
    #: the articles a language writes before a person's name ("la Roser", "en Pep", "l'Amparo",
    #: "η Judi Dench"): no part of the name; one ending in an apostrophe is elided, glued on
    name_articles: tuple[str, ...] = ()
    #: the endings of words that are no names in a language that glues them on: a modifier's,
    #: a clause link's, a verb's or a copula's ("다양한", "입체적", "간결하게", "名役者です"):
    #: no name of its script ends so
    non_name_endings: tuple[str, ...] = ()
    #: a critic's role written beside the name ("Jane Doe (film critic)", "山田太郎（映画評論家）")
    critic_roles: tuple[str, ...] = ()
    #: a generation written after a person's name, often after a comma ("Name, jr.", "Name
    #: ml.", "Name Filho"): part of the name, never an outlet
    name_suffixes: tuple[str, ...] = ()
    #: the word of a patronymic written in lower case after the name, part of it ("Bobur
    #: Sher oʻgʻli", "Rasim oğlu")
    patronymics: tuple[str, ...] = ()
    #: in the Arabic script, where a name is a given name and a family name, the words that
    #: make it three ("محمود بن محمود", "أمجد أبو العلا", "روح الله حجازی"): a third word
    #: with none of them is the sentence going on ("المخرج عمرو عرفة نجح": "… succeeded")
    name_joiners: tuple[str, ...] = ()
    #: in a script written without spaces, the family names that open a person's name
    #: ("杨", "楊", "阮"): after a director's cue a name runs on into the sentence ("导演毕赣携
    #: 主演…", "導演阮鳳儀曾經以…"), a family name and one or two given characters
    surnames: tuple[str, ...] = ()
    #: … the characters written glued before a name there ("是由窦骁": "it is by"; "與",
    #: "and"; "劇中", "in the film"): a name starts at the family name after them
    glued_before_name: tuple[str, ...] = ()
    #: … and the characters that follow a name there, no given name's second character
    #: ("携": "with", "新": "new", "的": "of"): "毕赣携" is "毕赣" and a word
    after_surname_name: tuple[str, ...] = ()
    #: an honorific written after a person's name ("이동진 씨", "山田さん"): the name before it
    #: is a person's, never an outlet's (``honorifics`` are the titles written before one)
    honorifics_after: tuple[str, ...] = ()
    #: "respectively": the quotations after it go in order to the sources listed before it
    #: ("Variety, Slash Film o Ain't It Cool News han comentado, respectivamente: «…» o «…»")
    respectively: tuple[str, ...] = ()
    #: the page's own critic ("our critic", "onze recensent"): a quotation after it is the
    #: review of the publication whose page it is
    own_critic: tuple[str, ...] = ()
    #: words of outlets' names that are no evidence of an outlet alone ("Film Notes" is a
    #: heading) but never part of a person's name ("Film Threat", "Leinwand", "Écran Large")
    media_words: tuple[str, ...] = ()
    #: articles written before an outlet's name after a speech verb ("γράφει η Καθημερινή",
    #: "says the Guardian"); case is kept
    outlet_articles: tuple[str, ...] = ()
    #: words of an outlet's name or of a press role, written as words of their own, that are
    #: never the critic's name after the outlet ("씨네21 김혜리" but not "한겨레 신문")
    press_nouns: tuple[str, ...] = ()
    #: words that speak of the press and its writers without naming one ("critics", "the
    #: press", "媒体", "기자"): an unsigned quotation in prose near them is the press's; one
    #: far from them is a statement the news reports ("“…”, says the director")
    press_words: tuple[str, ...] = ()
    #: the words that name again an outlet named before ("the newspaper", "tidningen", "이
    #: 신문"): a quote they sign is that outlet's
    outlet_anaphora: tuple[str, ...] = ()
    #: the particles written right after a closing quotation mark that make it reported speech
    #: in a verb-final language ("“…”라고 평했다", "「…」と絶賛"): the subject before the
    #: quotation is its source
    quotatives: tuple[str, ...] = ()
    #: the particles that mark a sentence's subject or topic, glued to its last word ("뉴욕
    #: 타임스는", "ガーディアン紙は") or written as a word after it ("트위치 필름 역시", "also")
    topic_particles: tuple[str, ...] = ()
    #: the words for a kind of publication written before its name ("미국 일간지 뉴욕 타임스",
    #: "영화 전문 매체 CBR"): the name is what follows the last of them, and they show that it
    #: names an outlet
    outlet_kinds: tuple[str, ...] = ()
    #: the stems of verbs that say a critic judged the film, written after the quotation in a
    #: verb-final language ("…"라고 호평했다, "…"と絶賛した); they show that its subject is a critic
    #: or an outlet rather than someone making a statement
    review_verbs: tuple[str, ...] = ()
    #: the verb ends the sentence (Persian, Hindi, Tamil, ...): after a cue, words running up
    #: to a full stop are a verb phrase ("… در مقام کارگردان محسوب میشود."), not a name
    #: the words of a link to another article of the site, heading a line ("Read also: …",
    #: "Baca juga: …", "Читайте также: …"): such a line is page furniture, never a quote
    read_also: tuple[str, ...] = ()
    #: the words of a link to the whole review, written after a quotation where its source
    #: would stand ("“…” - Lire la critique complète", "“…” Read the full review"): no source
    review_links: tuple[str, ...] = ()
    #: the words of a heading that opens a review's part or a page's section, or of a post's
    #: dateline, written alone on a line where a quote's source could stand ("Mon avis",
    #: "Mein Eindruck", "Our take", "Verdict", "Avaliação", "Latest news", "Posted on"):
    #: never a critic's or an outlet's name
    section_headings: tuple[str, ...] = ()
    #: the words for other, more, related, latest, next, previous or recommended (a stem with
    #: ``*`` where endings follow) that open a heading of another section or item of the page,
    #: or end it where the adjective follows its noun ("Other news from the parish", "More
    #: from the festival", "Weitere Filme", "Noticias relacionadas", "相关新闻"): the text of
    #: the film does not go on under it. No bare "also" ("myös", "auch"), which opens
    #: sentences and intertitles of the text: its headings are ``read_also``'s
    other_words: tuple[str, ...] = ()
    verb_final: bool = False
    #: whether the language writes a person's family name first and the given name last
    #: ("Nemes Jeles László", "Trần Anh Hùng"): there a known given name closes a name
    #: rather than opens it (:mod:`indexer.extract.pages.familyfirst`)
    family_name_first: bool = False
    #: whether CLDR's names of countries in this language are read as country names (not where
    #: its short names are everyday words or given names of larger languages: Māori "Kini",
    #: Guinea, is Malay "now"; Occitan "Peró", Peru, Spanish "but"; Frisian "Alân", Åland;
    #: nor where they are written in Arabic's own letters, whose words they begin: Sindhi
    #: "ويتنام", Vietnam, begins Arabic "ويتناول", deals with)
    cldr_countries: bool = True
    #: the case ending of the role an actor plays, written on the character's name after the
    #: actor's ("Ilkka Koivula Akseli Koskelana": Koivula as Koskela)
    role_endings: tuple[str, ...] = ()
    #: the definite article written as a prefix, which a label may carry or not ("السيناريو",
    #: "سيناريو")
    article_prefixes: tuple[str, ...] = ()
    #: what tells a story's description from a news or event lede and from page furniture
    #: (read by :mod:`indexer.extract.pages.synopsiscues`). A word ending in ``*`` is a stem
    #: that matches the beginning of a word ("премьер*": "премьера", "премьеры"); the others
    #: match whole words; a word in a script written without spaces or with prefixed particles
    #: (Chinese, Thai, Arabic, Hebrew, …) matches anywhere. ``event_words`` announce a
    #: screening, a release or a festival ("premiere", "in cinemas", "tonight", "se estrena");
    #: ``story_words`` tell a story ("the story of", "lives", "daughter", "falls in love");
    #: ``notice_words`` belong to a notice that is no part of the text (an archive or health
    #: notice, a copyright line: "covid*", "all rights reserved").
    event_words: tuple[str, ...] = ()
    story_words: tuple[str, ...] = ()
    #: the questions a page heads a film's story with, without their question mark ("what is
    #: it about", "de quoi ça parle", "o czym jest film"): the paragraph under such a heading
    #: tells the story, as under a synopsis label
    story_questions: tuple[str, ...] = ()
    #: the plural forms of the words for films ("films", "películas", "фильмы", "영화들", a
    #: stem with ``*`` where endings follow: "filmler*"), no form that is also a singular of
    #: another language ("filme", "filmen", "filmit"): a paragraph that speaks of films in the
    #: plural presents a programme, a festival's line-up, a list or the week's releases, not
    #: the story of one film
    film_plurals: tuple[str, ...] = ()
    notice_words: tuple[str, ...] = ()
    #: the words of an age rating or a certificate, whole phrases as written and the short
    #: codes a rating writes before its age ("certificate", "rated", "från" and "år" of
    #: "Från 15 år", "FSK", "apta para todos los públicos", "K" of "K-12"); a candidate
    #: title made of them, ages and prices only is page furniture (:mod:`.titlefurniture`)
    rating_words: tuple[str, ...] = ()
    #: the words of a ticket, its price and its button ("tickets", "book now", "bestel",
    #: "billetterie", "entrada"): with prices and ages, page furniture
    ticket_words: tuple[str, ...] = ()
    #: what a page's widget writes while it loads ("loading", "cargando", "wird geladen"): a
    #: line that opens with one is the widget's, not a heading
    loading_words: tuple[str, ...] = ()
    #: words that say several countries made a film together, in scripts without spaces
    #: ("合製", "合拍") or unlike the international word ("kopražojum*", Latvian): the
    #: sentence's list of countries is the film's (the Latin and Cyrillic "co-production",
    #: "Koproduktion", "копродукција" are read by one pattern)
    coproduction_words: tuple[str, ...] = ()
    #: names of countries in use that CLDR does not list -> ISO code: historic states ("ССCР"),
    #: former and short names ("Macédoine", "Großbritannien", "한국"), abbreviations ("BRD");
    #: West and East Germany ("ФРГ", "西德", "DDR") are Germany, as the catalogues name them
    country_names: dict[str, str] = field(default_factory=dict)
    #: names of spoken languages that CLDR does not list or names otherwise -> English name:
    #: a language's variety ("Mandarin", "普通话", "Hokkien"), a former or other name ("Farsi",
    #: "Flemish"); the normaliser's (:func:`indexer.normalize.language_name`)
    language_names: dict[str, str] = field(default_factory=dict, metadata=NORMALISER_ONLY)
    #: short codes of countries that fact lines write before a year ("D 2017", "F/D 2019",
    #: "Ö 2022, 113 min": the international vehicle codes that German programmes use) -> ISO
    #: code; read only there, a letter elsewhere being no country
    country_codes: dict[str, str] = field(default_factory=dict)
    #: nationality adjectives -> ISO code ("français", "αμερικανικής"); other adjectives are
    #: read from the country's CLDR name they begin with ("brasileiro")
    nationalities: dict[str, str] = field(default_factory=dict)
    #: the prefixes that make a country's name its nationality, in a language that marks it
    #: before the name ("Kitanzania", "Wamarekani": Swahili's noun-class prefixes on
    #: "Tanzania", "Marekani"): a word of a prefix and a country's CLDR name is its nationality
    nationality_prefixes: tuple[str, ...] = ()
    #: True when the language writes nationality words with a capital ("the Danish Thomas
    #: Vinterberg"): one written before a name is no part of it ("Luxembourger Désirée
    #: Nosbusch"); elsewhere a capitalised one is a surname ("Orosz", "Francés")
    capital_demonyms: bool = False
    #: the word for "best" that makes a role noun an award's category ("Best Director,
    #: Academy Awards 2024", "Mejor Director, …"): the words after it name no one
    award_words: tuple[str, ...] = ()
    #: the nouns of a festival, a prize, an academy, an institute, an archive or a school that
    #: the word for film or a genre word is part of the name of ("Polish Film Institute",
    #: "Festival de Cine Español", "Grand Prix du documentaire", "ドキュメンタリー映画祭"): a
    #: nationality or a genre word beside it names the institution, not the film; stems with
    #: ``*`` where endings follow
    institution_words: tuple[str, ...] = ()
    #: words right after a year and the year's sign (年, 년) that say the film is a work of
    #: that year ("1968年作品", "2019년 작"): the film's year
    made_words: tuple[str, ...] = ()
    #: words of prose that date the film as a release label does, not written as labels:
    #: verbs and nouns of a release, a premiere or the making, stems that an ending may follow
    #: ("வெளியா": "வெளியானது", released; "dihasilkan", produced; "发行"), before or after the
    #: year as the language orders them ("发行于1989年", "1987ஆம் ஆண்டு வெளியானது")
    release_verbs: tuple[str, ...] = ()
    #: the word for "year" in the forms prose writes right before a year ("in the year 2022",
    #: "سنة 2022", "vuonna 2011", "року 2011"): between a release's word and its year, as
    #: if absent ("وإنتاج … سنة 2022": produced in the year 2022)
    year_words: tuple[str, ...] = ()
    #: the abbreviated word for "year" (or its case ending) written right after a year in a
    #: cell of facts, besides the one CLDR's date patterns write (:func:`indexer.lang.year_marks`:
    #: "1978 г.", "2011 m.", "2019 ж."): "2011 r." in Polish, "2011. g." in Croatian
    year_marks: tuple[str, ...] = ()
    #: the case and ordinal endings a language glues to a year after a hyphen ("1968-ci ildə",
    #: "in 1968"; "1980-ban"; "egy 1980-as dráma", "a 1980 drama"): the year is read in prose
    #: as if written alone, where a hyphen before other letters or a digit is a range or a
    #: decade ("1980-1985", "1980-luvulla", "1980-х")
    year_endings: tuple[str, ...] = ()
    #: the prepositions and articles written before a year with a hyphen ("ב-2019": in 2019,
    #: Hebrew; "fl-2019", "tal-1968": in, of, Maltese): the year is read in prose, where a
    #: hyphen after other letters joins the year to a word ("film-2019", an address's)
    year_prefixes: tuple[str, ...] = ()
    #: the genitive "of the year" written after a year that qualifies the noun before it
    #: ("картина 2011 года", "фільм 2011 року", "филм од 2011 година"): after the word for
    #: film, the film's year
    year_of: tuple[str, ...] = ()
    #: the years by which the calendar the language's pages date things in runs ahead of the
    #: common era (the Buddhist era: 543 in Thai and Lao, 544 in Khmer and Sinhala): a year
    #: of that era ("‘นางนาก’ (2542)", "ปี 2553") is read as the common era's (1999, 2010)
    era_offset: int = 0
    #: the years of a calendar of the language's own that its pages give a film and that are
    #: kept as written (the solar hijri years of Persian, 1300-1420: "فیلم مرثیه برف (1383)",
    #: "سال تولید : ۱۳۸۳"), read where a labelled year or the title's parentheses hold them
    own_years: tuple[int, int] = (0, 0)
    #: words that open a sentence about the film without naming it ("It is a charming
    #: comedy", "C'est une comédie", "Це легка музична комедія"): near the top of a page, the
    #: sentence's genre words are the film's
    film_openings: tuple[str, ...] = ()
    #: third-person subject pronouns written beside a verb of saying after a quotation
    #: ("«…», skrev hun i anmeldelsen", "„…“, lisas ta", "“…,” she adds"): the quotation is
    #: the words of the critic named before it
    quote_pronouns: tuple[str, ...] = ()
    #: the pronoun for a thing written beside a verb of saying after a quotation ("‘…,’ it
    #: said", "“…”, klinkt het"): no person, so the outlet named before says it
    outlet_pronouns: tuple[str, ...] = ()
    #: the words for "according to" that may lead a source line over or after a quote
    #: ("Selon La Croix :", "According to Variety:", "Laut Spiegel:"): no part of the
    #: outlet's or the critic's name after them
    quote_according: tuple[str, ...] = ()
    #: the words for "from" between a critic's name and the outlet they write for, in a
    #: script without capitals ("فرناندو گارسیا از نشریه …", "أحمد من صحيفة …")
    quote_from: tuple[str, ...] = ()
    #: the words for "also" written between a source and its verb of writing ("… نیز نوشت",
    #: "… أيضا"): no part of the outlet's name
    also_words: tuple[str, ...] = ()
    #: the endings that a genre word of the language (``genres``) takes in running text, put
    #: in place of its final vowels or after it ("комедия" -> "комедии", "комедией";
    #: "thriller" -> "thrillers"; "vígjáték" -> "vígjátékot"; "드라마" -> "드라마다"): a word of
    #: prose is that language's genre word only as one of these forms, so "animal", "mister",
    #: "thrill" or "documents" are no forms of "animasi", "misteri", "thriller" or
    #: "documentary". A language without endings matches its genre words whole.
    genre_endings: tuple[str, ...] = ()
    #: genre words (of ``genres``) that running text writes as everyday words: Chinese
    #: "剧情" (Drama in a label or a fact line) is a story's plot in prose ("剧情简介", a
    #: synopsis); prose counts one only where the noun for a film is glued after it ("剧情片")
    label_only_genres: tuple[str, ...] = ()
    #: words written right after a genre word that make it a manner, not the film's kind:
    #: a suffix after a hyphen ("-like": "documentary-like", "noir-style") or a noun ("a
    #: documentary feel", "its thriller elements")
    genre_manner_words: tuple[str, ...] = ()
    #: the endings of a genre word's dictionary form that it drops before the
    #: ``genre_endings`` ("tryllir" -> "trylli", Icelandic; "trileris" -> "trilerio",
    #: Lithuanian)
    genre_stem_endings: tuple[str, ...] = ()
    #: the languages (ISO 639-1) that a language detector names for a page in this one, or
    #: whose words it shares so that a page in either writes the other's genre words
    #: (Malay: Indonesian): prose reads a genre word only on a page in its own language or
    #: its kin (:mod:`indexer.extract.pages.genrelang`)
    kin: tuple[str, ...] = ()
    #: in a script without spaces, the nouns for a film or a work that a genre word is
    #: glued before to name a kind of film ("戦争映画", "戦争大作", "战争片", "戰爭大片"): an
    #: everyday genre word ("war", "family") counts there, as "a war film" does
    genre_heads: tuple[str, ...] = ()
    #: words that say the person named before them in the same clause acts in the film: a
    #: performance, a portrayal, a part, an award for acting ("Bukky Bakray received a BAFTA
    #: for her portrayal of Rocks", "Renate Reinsve va ser millor actriu", "Colin Firth
    #: spielt"); the name nearest before one, a few words away and no comma between, is an
    #: actor's (never the director's nor the film's title)
    acting_words: tuple[str, ...] = ()
    #: words for the film's lead, its main part or its lead actor ("the lead actress", "la
    #: protagonista", "in der Hauptrolle", "u glavnoj ulozi", "í aðalhlutverki"): the full name
    #: just after one (a few words in lower case between) or ending its clause before it is the
    #: lead's, where a page names the cast nowhere else (:mod:`.castleads`)
    lead_words: tuple[str, ...] = ()
    #: relative pronouns that open a clause about the person named right before the comma
    #: ("Colin Firth, who is superb as …", "Vincent Lindon, qui incarne …"): the clause's
    #: ``acting_words`` speak of that name
    relative_pronouns: tuple[str, ...] = ()
    #: words of a label that no field knows which say that its value is not the film's own
    #: fact: a place of shooting, of the story or of a screening ("location", "setting",
    #: "shot in", "Drehort"), a market ("territory", "rights"), a person's origin ("born"),
    #: a version ("dubbed"). A value made only of country names or genre words under any
    #: other unknown label beside the film's credits is the film's countries or genres
    #: (:func:`indexer.extract.pages.scan.typed_value`); under one of these it is not. A word
    #: ending in ``*`` is a stem ("tournag*": "tournage", "tournages").
    not_fact_labels: tuple[str, ...] = ()
    #: the words for "this" written before a noun ("this", "ce", "dieses", "этой"): a genre
    #: word right after one (or after one adjective) in the page's text names the film the
    #: page is about ("this gripping thriller", "ce drame", "в этой комедии")
    this_words: tuple[str, ...] = ()
    #: the third person's possessive determiners ("his", "her", "their", "son", "su"): "With
    #: his third feature, Hlynur Pálmason delivers …", "Con su segunda película, Ana Ruiz …":
    #: a clause about the subject's own film whose subject, after the comma, directed it
    own_possessives: tuple[str, ...] = ()
    #: the nouns for a director's work besides ``film_words`` in such a clause ("feature",
    #: "debut", "long métrage"), singular
    work_nouns: tuple[str, ...] = ()
    #: the nouns of a director's craft: in scripts without spaces, those a role noun qualifies
    #: ("导演风格", "the director's style": a run of characters ending in one is no name); in
    #: others, those a possessive owns ("David Lean’s reputation": the possessor directs)
    craft_nouns: tuple[str, ...] = ()
    #: the particle between a possessor and the noun it owns in a script without spaces
    #: ("周冠威的紀錄片《時代革命》", "是枝裕和の新作『怪物』"): a name before it and the word
    #: for film or a work (``film_words``, ``work_nouns``) before the film's own title
    possessive_particles: tuple[str, ...] = ()
    #: in scripts without spaces, the words for "as" between a subject and the role it holds
    #: ("张艺谋作为第五代导演中的翘楚", "Zhang Yimou, as the foremost director of the fifth
    #: generation"): the name before them holds the role noun after them
    role_as: tuple[str, ...] = ()
    #: in scripts without spaces, the words for "is" (a copula, a topic particle) written
    #: between a role noun and the name it gives ("导演是张艺谋", "監督は飯塚健、"): the name
    #: follows them as it follows the role noun alone
    copulas: tuple[str, ...] = ()
    #: the endings that make a role noun plural ("directors", "cinéastes", "کارگردانان"):
    #: "the directors A and B" credits both, but a plural noun before a list that is no pair
    #: joined by "and" names a class ("les cinéastes Chantal Akerman, les frères Dardenne ou
    #: encore …", "directors such as …"), the directors of other films
    plural_endings: tuple[str, ...] = ()
    #: in a script without spaces between a name and its role word, the endings of an adverb
    #: or of a verb joined to the next ("간결하게 연출한다", "directs concisely"; "팽팽하고"):
    #: a run ending so, read backwards from a role word, is no name
    adverb_endings: tuple[str, ...] = ()
    #: in a script without capitals, the adverbs of degree and manner and the focus words
    #: ("very", "well", "wonderfully", "also", "only") that stand between a name and its
    #: verb ("దర్శకుడు చైతన్య చాలా అద్భుతంగా తెరకెక్కించాడు", "the director Chaitanya very
    #: wonderfully made it"): no name holds one, so one ends a name read after a role word
    adverbs: tuple[str, ...] = ()
    #: in a script without capitals, the words of a clause that no person's name holds
    #: besides those of the kinds above (pronouns, postpositions, conjunctions, adverbs):
    #: negations, auxiliary and copular verbs, prepositions, question words, numerals,
    #: determiners ("لم يكن", "वाली है", "მისი ქალიშვილი"); a candidate name that holds
    #: one whole is a clause cut between commas (:mod:`indexer.extract.pages.personname`)
    clause_words: tuple[str, ...] = ()
    #: the frequent function words that tell the language's Latin-script text from its
    #: neighbours' ("the and of", "el la los"): a clear vote for one language's words spares
    #: the statistical detector (:func:`indexer.extract.pages.textlang.function_word_language`);
    #: only words no neighbour writes for a language langdetect does not know (Basque,
    #: Icelandic, Irish)
    function_words: tuple[str, ...] = ()
    #: whether those words only keep a neighbour from a clear vote and never name the page
    #: themselves: a language whose text writes many of another's ("el la de que en" of
    #: Catalan and Spanish, "het van is" of Dutch, "a", "és", "i" of Hungarian too), which
    #: langdetect knows and names
    function_words_block: bool = False


_SPACED = {
    n.replace(" ", "_"): n
    for n in ("production design", "art direction", "costume design", "executive producers")
}


def table(**fields: str) -> dict[str, tuple[str, ...]]:
    """Label table from ``field="word|word two|..."`` (``costume_design`` is a space)."""
    return {_SPACED.get(name, name): split(words) for name, words in fields.items()}


def split(words: str) -> tuple[str, ...]:
    """``"a|b c|d"`` -> ``("a", "b c", "d")``: word lists are written as one string."""
    return tuple(w.strip() for w in words.split("|") if w.strip())


def coded(**codes: str) -> dict[str, str]:
    """Words -> ISO code from ``US="usa|america"``; ``_`` in a code stands for ISO 3166-2's
    hyphen (``GB_WLS="wales"``: a country within a state)."""
    return {w: code.replace("_", "-") for code, words in codes.items() for w in split(words)}


def genre_table(**genres: str) -> dict[str, str]:
    """Genre words from ``Drama="drame|dramatique"`` (``_`` is a space in the genre)."""
    return {w: name.replace("_", " ") for name, words in genres.items() for w in split(words)}


def in_both_scripts(words: dict[str, str], letters: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """``words`` (word -> value) and each word also written in the language's other script,
    for a language whose pages write either (Uzbek in Latin and Cyrillic letters): the letter
    groups of ``letters`` (``("sh", "ш")``, longest first) replaced in their order, a word's
    other letters kept ("qo‘rqinchli" -> "қўрқинчли")."""
    both = dict(words)
    for word, value in words.items():
        both.setdefault(transliterate(word, letters), value)
    return both


def transliterate(word: str, letters: tuple[tuple[str, str], ...]) -> str:
    """``word`` with each letter group of ``letters`` replaced, the first pair that matches
    at a position winning ("ya" before "y"); a group written ``^e`` matches at a word's start
    only (Uzbek "e" is "э" there, "е" elsewhere)."""
    out: list[str] = []
    at = 0
    while at < len(word):
        starts = at == 0 or not word[at - 1].isalpha()
        for latin, other in letters:
            bare = latin.removeprefix("^")
            if word.startswith(bare, at) and (starts or not latin.startswith("^")):
                out.append(other)
                at += len(bare)
                break
        else:
            out.append(word[at])
            at += 1
    return "".join(out)


def stem_nationalities(endings: str, **stems: str) -> dict[str, str]:
    """:func:`coded` for nationality adjectives written as their stem, with every ending the
    language's grammar adds to it (``"|e"``, ``ES="spaans"``: "spaans", "spaanse";
    ``"i|iego|a|…"``, ``DE="niemieck"``: "niemiecki", "niemieckiego", "niemiecka"): the
    adjectives that begin otherwise than the country's name, which no stem of the name finds."""
    return {
        stem + ending: code
        for stem, code in coded(**stems).items()
        for ending in split_endings(endings)
    }


def split_endings(endings: str) -> tuple[str, ...]:
    """``"|e|en"`` -> ``("", "e", "en")``: a list of endings, the bare stem written as nothing."""
    return tuple(e.strip() for e in endings.split("|"))


@cldr_table
def cldr_months(locale: str, skip: str = "") -> tuple[str, ...]:
    """Month names of ``locale`` from CLDR (through ``babel``), lower case: the wide names
    in their format and stand-alone forms, then the abbreviated ones without their dots.
    Names of fewer than three characters, names holding a space, a digit or an inner dot
    ("1-р сар", "Meán Fómhair", "ມ.ກ."), and the words of ``skip`` (abbreviations that are
    common words of other languages: "des", "set") are left out."""
    from babel.dates import get_month_names

    skipped = set(split(skip))
    names: dict[str, None] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for name in get_month_names(width, context, locale=locale).values():
                word = name.lower().rstrip(".")
                if len(word) >= 3 and word not in skipped and not re.search(r"[\s\d.]", word):
                    names.setdefault(word)
    return tuple(names)


#: the endings a Romance nationality adjective takes, by its language and the ending of its
#: masculine singular: (ending, the endings that replace it) ("venezolano" -> "venezolana",
#: "venezolanos", "venezolanas"; "péruvien" -> "péruvienne"; "inglês" -> "inglesa")
_ROMANCE_FORMS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "es": (
        ("o", ("o", "a", "os", "as")),
        ("e", ("e", "es")),
        ("a", ("a", "as")),
        ("í", ("í", "íes", "ís")),
        ("ú", ("ú", "úes", "ús")),
        ("", ("", "a", "es", "as")),
    ),
    "pt": (
        ("ão", ("ão", "ã", "ães", "ãos", "ãs")),
        ("o", ("o", "a", "os", "as")),
        ("e", ("e", "es")),
        ("a", ("a", "as")),
        ("", ("", "a", "es", "as")),
    ),
    "it": (
        ("co", ("co", "ca", "chi", "che", "ci")),
        ("o", ("o", "a", "i", "e")),
        ("e", ("e", "i")),
        ("a", ("a", "i", "e")),
    ),
    "fr": (
        ("en", ("en", "enne", "ens", "ennes")),
        ("e", ("e", "es")),
        ("s", ("s", "se", "ses")),
        ("", ("", "e", "s", "es")),
    ),
}


def romance_nationalities(language: str, **codes: str) -> dict[str, str]:
    """:func:`coded` for nationality adjectives of a Romance language written in their
    masculine singular, with the feminine and the plurals its grammar makes of them
    ("venezolano" -> "venezolana", "venezolanos", "venezolanas"): the adjectives whose stem
    differs from the country's name ("estadounidense", "brasileño"), which no stem of the
    name finds. An irregular form is written beside its masculine (``GR="grec|grecque"``)."""
    table: dict[str, str] = {}
    for word, code in coded(**codes).items():
        for ending, forms in _ROMANCE_FORMS[language]:
            if word.endswith(ending):
                stem = word[: len(word) - len(ending)]
                for form in forms:
                    table.setdefault(stem + form, code)
                break
        else:
            table.setdefault(word, code)
    return table
