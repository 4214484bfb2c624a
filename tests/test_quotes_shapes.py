"""Attribution shapes and press blocks: connector words, name suffixes, web addresses, an
outlet that speaks before a quotation, and quotes kept because their block vouches for them."""

from __future__ import annotations

import pytest
from page_support import Found, quotes

from indexer.extract.pages import extract_page
from indexer.extract.pages.quotes.who import Who, is_person, parse


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a critic and an outlet joined by a word for "at", "in", "for" (language data)
        ("Jón Jónsson hjá Morgunblaðið, stærsta dagblaði landsins.", "Jón Jónsson|Morgunblaðið"),
        ("(Anna Karlsson i Sydsvenskan)", "Anna Karlsson|Sydsvenskan"),
        ("Mark Kermode in the Observer", "Mark Kermode|the Observer"),
        ("Jana Nováková pro Lidové noviny", "Jana Nováková|Lidové noviny"),
        ("Ion Popescu pentru Dilema", "Ion Popescu|Dilema"),
        ("Peter Travers of Rolling Stone", "Peter Travers|Rolling Stone"),
        # the outlet first, beyond doubt, then the critic after a dash or a colon
        ("Variety — Peter Debruge", "Peter Debruge|Variety"),
        ("Le Monde – Jacques Mandelbaum", "Jacques Mandelbaum|Le Monde"),
        ("IndieWire: David Ehrlich", "David Ehrlich|IndieWire"),
        # an outlet, the critic's role word, the critic (the `critic_roles` of the language)
        ("《纽约时报》影评人 曼诺拉·达吉斯", "曼诺拉·达吉斯|纽约时报"),
        ("The Guardian film critic Peter Bradshaw", "Peter Bradshaw|The Guardian"),
        # a remark in brackets after the outlet is no part of it
        ("Jessica Kiang, Variety (Berlinale 2024)", "Jessica Kiang|Variety"),
        # an outlet the quote catalogues cite is never a person
        ("Time Out", "|Time Out"),
        ("Иван Петров в «Коммерсанте»", "Иван Петров|Коммерсанте"),
        ("Jan Kowalski w „Gazecie Wyborczej”", "Jan Kowalski|Gazecie Wyborczej"),
        # a generation after the name is part of it, never the outlet
        ("Marcel Štefančič, jr., Mladina", "Marcel Štefančič, jr.|Mladina"),
        ("João Moreira Filho, Folha", "João Moreira Filho|Folha"),
        # a web address with any country's domain is an outlet beyond doubt
        ("kommersant.ru", "|kommersant.ru"),
        ("Ana Horvat, tportal.hr", "Ana Horvat|tportal.hr"),
        # an article and one name are an outlet, not a person
        ("(De Morgen)", "|De Morgen"),
        ("Nederlands Dagblad", "|Nederlands Dagblad"),
        # a known outlet keeps a first word that is a word for "in" elsewhere (Irish "san")
        ("Jane Doe, San Francisco Chronicle", "Jane Doe|San Francisco Chronicle"),
        # the comma set inside a known outlet's name: its first word is no part of the critic's
        ("Tom Reed Sydney, Morning Herald", "Tom Reed|Sydney Morning Herald"),
        # a name glued to the outlet after it by a page that set them in two elements
        ("Anna BergThe Daily Herald", "Anna Berg|The Daily Herald"),
        ("Mary McNamaraLos Angeles Times", "Mary McNamara|Los Angeles Times"),
        ("Kate O'MalleyFilm Weekly (UK)", "Kate O'Malley|Film Weekly (UK)"),
        ("Tom DebrugeIndieWire", "Tom Debruge|IndieWire"),
        # a name in square brackets after the outlet, read like one in round brackets
        ("Irish Times [Jane Doe]", "Jane Doe|Irish Times"),
        ("RogerEbert.com [John Roe]", "John Roe|RogerEbert.com"),
        # the outlet before a dash is told from the person by its shape, not its place
        ("France info - Jean Dupont", "Jean Dupont|France info"),
        ("20 minutes - Marie Martin", "Marie Martin|20 minutes"),
        ("Ciné Fanatique - Marie Martin", "Marie Martin|Ciné Fanatique"),
        # a critic then an outlet with no separator: a word of outlets' names, an article
        ("Jane Doe Screendaily", "Jane Doe|Screendaily"),
        ("John O'Roe The Film Stage", "John O'Roe|The Film Stage"),
    ],
)
def test_attribution_shapes(text: str, who: str) -> None:
    critic, outlet = (part or None for part in who.split("|"))
    found = parse(text)
    assert found is not None
    assert (found.critic, found.outlet) == (critic, outlet)


def test_connector_between_two_names_is_not_an_attribution_beyond_doubt() -> None:
    assert parse("Mauro Infonet no WhatsApp") == Who("Mauro Infonet", "WhatsApp", False)
    # a word for a kind of publication ("portal") opens an outlet's name, never a person's
    assert parse("Portal Infonet no WhatsApp") == Who(None, "Portal Infonet no WhatsApp", False)


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Marcel Štefančič, jr.", True),
        ("Robert De Niro", True),
        ("La Stampa", False),
        # a genre line under the source ("British Drama", "Romantic Comedy") names nobody
        ("British Drama", False),
        ("Romantic Comedy", False),
        ("Comédie française", False),
        ("Courtney Love", True),
    ],
)
def test_is_person(name: str, person: bool) -> None:
    assert is_person(name) is person


SHAPES = [
    (
        "tail with a connector word",
        "„Hlý og fyndin mynd um fjölskyldu og vináttu.“ Jón Jónsson hjá Morgunblaðið.",
        [("Hlý og fyndin mynd um fjölskyldu og vináttu.", "Jón Jónsson", "Morgunblaðið")],
    ),
    (
        "outlet with a web address after the last sentence",
        "Картина о любви и войне, снятая с редкой сдержанностью и точностью. kommersant.ru",
        [
            (
                "Картина о любви и войне, снятая с редкой сдержанностью и точностью.",
                None,
                "kommersant.ru",
            )
        ],
    ),
    (
        "an outlet speaks right before the quotation",
        "Kritikarane er samde, og NRK omtalar filmen slik: «Ein intens og rørande film om "
        "sorg og håp i ei lita bygd.»",
        [("Ein intens og rørande film om sorg og håp i ei lita bygd.", None, "NRK")],
    ),
    (
        "list dashes before quotations",
        "In de pers:\n- 'De mooiste film van het jaar, zonder twijfel.' (Het Nieuwsblad)\n"
        "- 'Sublieme beelden.' (Humo)\n- 'Een gevoelige en intelligente film.' (De Morgen)",
        [
            ("De mooiste film van het jaar, zonder twijfel.", None, "Het Nieuwsblad"),
            ("Sublieme beelden.", None, "Humo"),
            ("Een gevoelige en intelligente film.", None, "De Morgen"),
        ],
    ),
    (
        "critic and outlet around an Arabic comma after a dash, quotations left open",
        "“فيلم ممتع وذكي عن الدمية الشهيرة والعالم من حولها. – سارة فاين ، ديلي ميل\n"
        "“عمل أصلي حقًا ومن أذكى أفلام السنة وأطرفها – ريتشارد روبر ، Chicago Sun-Times",
        [
            ("فيلم ممتع وذكي عن الدمية الشهيرة والعالم من حولها.", "سارة فاين", "ديلي ميل"),
            ("عمل أصلي حقًا ومن أذكى أفلام السنة وأطرفها", "ريتشارد روبر", "Chicago Sun-Times"),
        ],
    ),
    (
        "the source signed after a paragraph belongs to the quotation that ends it",
        '"A quiet and devastating courtroom drama about motherhood”—Jane Doe, Art Forum. The '
        "film follows a young writer who attends a trial in a northern town and slowly finds "
        "herself in it. “Like the crime at its center, nothing is simple about this "
        "film”—John Roe, Autostraddle.",
        [
            ("A quiet and devastating courtroom drama about motherhood", "Jane Doe", "Art Forum"),
            (
                "Like the crime at its center, nothing is simple about this film",
                "John Roe",
                "Autostraddle",
            ),
        ],
    ),
    (
        "an outlet heading the paragraphs of its review",
        "Awards 19 wins including the Grand Prix of Cannes from 45 nominations\n"
        "The Guardian\n"
        "There is a bone-chilling cold in the film’s location but a wonderful human warmth "
        "in this offbeat story of strangers on a train.\n"
        "Beautifully believable performances from the two leads add emotional weight to "
        "a story that could have been slight.",
        [
            (
                "There is a bone-chilling cold in the film’s location but a wonderful human "
                "warmth in this offbeat story of strangers on a train.",
                None,
                "The Guardian",
            ),
            (
                "Beautifully believable performances from the two leads add emotional weight to "
                "a story that could have been slight.",
                None,
                "The Guardian",
            ),
        ],
    ),
    (
        "a signature ending the paragraph, marks mixed",
        "Drama emosiynol o Corea am fabwysiadu a chwilio am deulu. ‘Mae ffilm feistrolgar Chou "
        "yn bortread o gymeriad sy’n newid siâp dros amser.” Kimberley Sheehan, BFI.",
        [
            (
                "Mae ffilm feistrolgar Chou yn bortread o gymeriad sy’n newid siâp dros amser.",
                "Kimberley Sheehan",
                "BFI",
            )
        ],
    ),
    (
        "sources listed before 'respectively' go to the quotations in order",
        "La prensa se ha deshecho en elogios, y medios como Variety, Slash Film o Screen Daily "
        "han comentado, respectivamente: «Un ejercicio de tensión sostenida de principio a fin» "
        "o «un hallazgo cinematográfico en todos sus aspectos» o «una película que no se olvida "
        "fácilmente».",
        [
            ("Un ejercicio de tensión sostenida de principio a fin", None, "Variety"),
            ("un hallazgo cinematográfico en todos sus aspectos", None, "Slash Film"),
            ("una película que no se olvida fácilmente", None, "Screen Daily"),
        ],
    ),
    (
        "a critic named before the role word in a script without capitals",
        "김영수 평론가는 영화 '작은역'에 대해 \"철로를 들어내고 싶다\"는 혹평과 함께 3점을 주었다.",
        [("철로를 들어내고 싶다", "김영수", None)],
    ),
    (
        "a paragraph quoted with a speech dash",
        '- Så det er sjældent, at noget er et mesterværk, som det sker med "Dronningen", '
        "siger Jacob Wendt Jensen, der selv mener, at filmen har fortjent stjernerne.",
        [
            (
                'Så det er sjældent, at noget er et mesterværk, som det sker med "Dronningen"',
                "Jacob Wendt Jensen",
                None,
            )
        ],
    ),
    (
        "'respectively' after the quotations",
        "Critics were divided: Variety and The Guardian called it “a towering achievement of "
        "modern cinema” and “a long and tiresome exercise in style” respectively.",
        [
            ("a towering achievement of modern cinema", None, "Variety"),
            ("a long and tiresome exercise in style", None, "The Guardian"),
        ],
    ),
    (
        "a comma and a dash before the verb of saying",
        "«Тонкий и печальный фильм о любви и утрате», — пишет Антон Долин в «Медузе».",
        [("Тонкий и печальный фильм о любви и утрате", "Антон Долин", "Медузе")],
    ),
    (
        "a sentence opening with 'for' and an outlet, no comma",
        "Für die FAZ ist der Film „ein stilles und verheerendes Gerichtsdrama über Mutterschaft“.",
        [("ein stilles und verheerendes Gerichtsdrama über Mutterschaft", None, "die FAZ")],
    ),
    (
        "an outlet's name with 'della' after 'according to'",
        "Secondo il Corriere della Sera è «un dramma giudiziario silenzioso e devastante».",
        [("un dramma giudiziario silenzioso e devastante", None, "il Corriere della Sera")],
    ),
    (
        "'in the opinion of' as language data",
        "Zdaniem „Gazety Wyborczej” to „cichy i przejmujący dramat sądowy o macierzyństwie”.",
        [("cichy i przejmujący dramat sądowy o macierzyństwie", None, "Gazety Wyborczej")],
    ),
    (
        "'as' opening the sentence is no part of the critic's name",
        "As Peter Bradshaw wrote in The Guardian, the film is “a quiet and devastating "
        "courtroom drama about motherhood”.",
        [
            (
                "a quiet and devastating courtroom drama about motherhood",
                "Peter Bradshaw",
                "The Guardian",
            )
        ],
    ),
    (
        "an Indonesian verb of saying after the quotation, the outlet after 'dari'",
        '"Sebuah film yang hangat dan jujur tentang keluarga." ujar Rina Wijaya, kritikus '
        "dari Jakarta Post.",
        [("Sebuah film yang hangat dan jujur tentang keluarga.", "Rina Wijaya", "Jakarta Post")],
    ),
    (
        "an Indonesian verb with its suffix before the quotation, then 'he also adds'",
        "Budi Santoso menyebutnya sebagai “film yang sangat berani”. Ia juga menambahkan "
        "“sulit dilupakan setelah lampu bioskop menyala.”",
        [
            ("film yang sangat berani", "Budi Santoso", None),
            ("sulit dilupakan setelah lampu bioskop menyala.", "Budi Santoso", None),
        ],
    ),
    (
        "a Vietnamese verb of judging after the writer 'of' the outlet",
        'Cây bút Anna Berg của Daily Herald nhận định rằng "Một bộ phim tinh tế và cảm động '
        'về tình bạn".',
        [("Một bộ phim tinh tế và cảm động về tình bạn", "Anna Berg", "Daily Herald")],
    ),
    (
        "verb-final: the outlet is the subject before the quotation, after its kind",
        '미국 일간지 데일리 헤럴드는 "두 배우의 연기가 빛나는 따뜻하고 슬픈 가족 영화"라고 '
        '적었고, 영화 전문 매체 ScreenFeed는 "올해 가장 아름다운 장면들로 가득한 작품"이라고 '
        "평했다.",
        [
            ("두 배우의 연기가 빛나는 따뜻하고 슬픈 가족 영화", None, "데일리 헤럴드"),
            ("올해 가장 아름다운 장면들로 가득한 작품", None, "ScreenFeed"),
        ],
    ),
    (
        "verb-final: a verb of judging after the quotation, then a sibling in the same form",
        '무비 플래닛은 "끝까지 긴장을 놓을 수 없는 훌륭한 스릴러 영화"라고 호평했으며, 시네 '
        '라운지는 "배우들의 앙상블이 돋보이는 작품"이라고 이야기했다.',
        [
            ("끝까지 긴장을 놓을 수 없는 훌륭한 스릴러 영화", None, "무비 플래닛"),
            ("배우들의 앙상블이 돋보이는 작품", None, "시네 라운지"),
        ],
    ),
    (
        'verb-final: the quotation as the modifier of a noun of judging ("…"는 호평)',
        "시네 라운지는 “극단적인 연출이 없이도 만족스러운 스릴러를 만들 수 있다는 것을 "
        "보여줬다”는 호평을 남겼다.",
        [
            (
                "극단적인 연출이 없이도 만족스러운 스릴러를 만들 수 있다는 것을 보여줬다",
                None,
                "시네 라운지",
            )
        ],
    ),
    (
        "verb-final: quotations set one after another share the particle glued to the last; "
        "the subject stands before words about the film",
        "영화전문지인 시네 라운지는 영화 ‘바다’에 대해 “조용하지만 깊은 울림을 주는 영화” "
        "“배우들의 앙상블이 돋보이는 작품”이라고 평했다.",
        [
            ("조용하지만 깊은 울림을 주는 영화", None, "시네 라운지"),
            ("배우들의 앙상블이 돋보이는 작품", None, "시네 라운지"),
        ],
    ),
    (
        "verb-final: a sentence that reports a quotation with no subject of its own goes on "
        "with the subject named before",
        "미국 일간지 데일리 헤럴드는 “두 배우의 연기가 빛나는 따뜻한 가족 영화”라고 적었다. "
        "하지만 “결말은 다소 급하게 마무리되는 느낌이다”라고 덧붙였다.\n\n또한 “음악이 "
        "지나치게 감상적으로 쓰였다”고 전했다.",
        [
            ("두 배우의 연기가 빛나는 따뜻한 가족 영화", None, "데일리 헤럴드"),
            ("결말은 다소 급하게 마무리되는 느낌이다", None, "데일리 헤럴드"),
            ("음악이 지나치게 감상적으로 쓰였다", None, "데일리 헤럴드"),
        ],
    ),
    (
        "a verb of saying and an outlet after the quotation, a few words in lower case after it",
        "Kritiken var hård mot filmen. ”Ett modigt och vackert debutverk om en familj”, skrev "
        "Dagens Nyheter exempelvis i helgen.",
        [("Ett modigt och vackert debutverk om en familj", None, "Dagens Nyheter")],
    ),
    (
        "the same in English, the outlet with its article",
        "Critics were kind. “A brave and beautiful debut about a family,” wrote the Daily "
        "Planet last week.",
        [("A brave and beautiful debut about a family,", None, "the Daily Planet")],
    ),
    (
        "a single mark closes before a particle glued to it after a digit",
        "영화 ‘바다 9’이 개봉했다. 영국 일간 데일리 헤럴드는 “조용하지만 깊은 울림을 주는 "
        "영화”라고 했다.",
        [("조용하지만 깊은 울림을 주는 영화", None, "데일리 헤럴드")],
    ),
    (
        "verb-final: the critic before a quotation the sentence ends by reporting, the one "
        "outlet the sentence names",
        "Londra’da çıkan The Daily Herald gazetesinin eleştirmeni Anna Berg, filmden “sessiz "
        "ve güzel” diye söz etti.",
        [("sessiz ve güzel", "Anna Berg", "The Daily Herald")],
    ),
    (
        "a verdict in words over the source starts the next review",
        "• , 80% Tomatometer Score\n"
        "• , Fresh Tomatometer Score\n"
        "Anna BergThe Daily Herald\n"
        "A patient, generous film that trusts its actors and its audience alike.\n"
        "Read full article\n"
        "• , Rotten Tomatometer Score\n"
        "Tom DebrugeIndieWire\n"
        "Handsome to look at, but the story never finds a pulse of its own.\n"
        "Read full article",
        [
            (
                "A patient, generous film that trusts its actors and its audience alike.",
                "Anna Berg",
                "The Daily Herald",
            ),
            (
                "Handsome to look at, but the story never finds a pulse of its own.",
                "Tom Debruge",
                "IndieWire",
            ),
        ],
    ),
    (
        "an article and an outlet after the verb end the clause; the next outlet in the "
        "sentence is the next quotation's",
        "The critics are split. “Tender and very funny” said the Observer. “Far too long "
        "for its story,” said the Guardian, while the Daily Herald called it “a sentimental "
        "and clumsy postcard from the past”.",
        [
            ("Tender and very funny", None, "the Observer"),
            ("Far too long for its story,", None, "the Guardian"),
            ("a sentimental and clumsy postcard from the past", None, "Daily Herald"),
        ],
    ),
    (
        "a long sentence naming critic and outlet introduces the quotation below after a colon",
        "Jag har läst några recensioner av filmen.\n"
        "I Dagens Nyheter 12/3 skriver recensenten Anna Berg som ger filmen fyra av fem:\n"
        '"En stillsam och vacker film om två systrar som hittar tillbaka till varandra."',
        [
            (
                "En stillsam och vacker film om två systrar som hittar tillbaka till varandra.",
                "Anna Berg",
                "Dagens Nyheter",
            )
        ],
    ),
    (
        "Latin names glued to Chinese text, the outlet in title marks before the role",
        "各國影評多給予肯定。《每日星報》影評人Anna Berg則讚不絕口,「今年最動人的電影。」"
        "英國影評人Tom Reed認為節奏太慢;雜誌主編Kate Lane甚至說:「像一場漫長的夢。」",
        [
            ("今年最動人的電影。", "Anna Berg", "每日星報"),
            ("像一場漫長的夢。", "Kate Lane", None),
        ],
    ),
    (
        "a critic's name and an outlet beyond doubt with a blank line between are one source",
        "A generous, patient film that lets its two leads carry every scene without a single "
        "false note.\n\nAnna Berg\n\nThe Daily Herald\n\nScreening times and tickets",
        [
            (
                "A generous, patient film that lets its two leads carry every scene without a "
                "single false note.",
                "Anna Berg",
                "The Daily Herald",
            )
        ],
    ),
    (
        "a reporting sentence that names no person and one outlet beyond doubt",
        "Hati ang mga kritiko sa Cannes. Sinabi ng pahayagang Daily Herald sa London na ito "
        "ay “isang tahimik at magandang pelikula tungkol sa pamilya”.",
        [("isang tahimik at magandang pelikula tungkol sa pamilya", None, "Daily Herald")],
    ),
    (
        "a quotation joined by 'and' to a short one whose source follows shares it",
        'Beautifully drawn, the film is "full of warmth, wit and grace" and "gentle", said '
        "Anna Berg in The Daily Herald.",
        [("full of warmth, wit and grace", "Anna Berg", "The Daily Herald")],
    ),
    (
        "a sentence naming critic and outlet leads to the quotation with a colon, no verb",
        "Reviews have been warm, with Anna Berg of the Daily Herald full of praise for the "
        "lead: “a performance of rare stillness that carries the whole film”.",
        [
            (
                "a performance of rare stillness that carries the whole film",
                "Anna Berg",
                "the Daily Herald",
            )
        ],
    ),
    (
        "a French verb of saying before a colon heads the quotation",
        'Jeanne Moreau précise : "Un film dense et habité, que la réalisatrice a construit '
        'comme un roman à tiroirs, et dont on sort bouleversé".',
        [
            (
                "Un film dense et habité, que la réalisatrice a construit comme un roman à "
                "tiroirs, et dont on sort bouleversé",
                "Jeanne Moreau",
                None,
            )
        ],
    ),
    (
        "an outlet beyond doubt ends the line after a headline and a quotation",
        "Ein Meisterwerk! »Der beste Film des Jahres, klug, warm und genau erzählt.« Der Spiegel",
        [("Der beste Film des Jahres, klug, warm und genau erzählt.", None, "Der Spiegel")],
    ),
    (
        "'Name / Outlet :' before the quotation, a link to the review after it",
        'Marc Lenoir / CineVue : "Un film incandescent sur le désir, porté par deux actrices '
        'magnifiques." - Lire la critique complète',
        [
            (
                "Un film incandescent sur le désir, porté par deux actrices magnifiques.",
                "Marc Lenoir",
                "CineVue",
            )
        ],
    ),
    (
        "a critic named between dashes inside the quotation",
        "“Padre prepotente e un tantino beone, che governa la famiglia a schiaffoni – scrive "
        "Marco Bianchi – moglie più intelligente di lui, instancabile lavoratrice in casa "
        "e fuori.”",
        [
            (
                "Padre prepotente e un tantino beone, che governa la famiglia a schiaffoni – "
                "scrive Marco Bianchi – moglie più intelligente di lui, instancabile lavoratrice "
                "in casa e fuori.",
                "Marco Bianchi",
                None,
            )
        ],
    ),
    (
        "'Name (\"Outlet\")' in the sentence before, a verb alone after a dash goes on",
        'Anna Nowak ("Kino Polskie") dodaje, że film może „wydawać się nieco przestarzały na '
        "tle innych filmów reżyserki”. „To w większym stopniu historia o nieobecności niż "
        "byciu razem” – stwierdziła. Z kolei Jan Kowalski („Filmowy Tygodnik”) zwraca uwagę na "
        "„wspaniałą” grę aktorską. „Jest między nimi wyjątkowa chemia, odczuwalna w każdej "
        "scenie” – ocenia.",
        [
            (
                "wydawać się nieco przestarzały na tle innych filmów reżyserki",
                "Anna Nowak",
                "Kino Polskie",
            ),
            (
                "To w większym stopniu historia o nieobecności niż byciu razem",
                "Anna Nowak",
                "Kino Polskie",
            ),
            (
                "Jest między nimi wyjątkowa chemia, odczuwalna w każdej scenie",
                "Jan Kowalski",
                "Filmowy Tygodnik",
            ),
        ],
    ),
    (
        "quotations run together on one line, each source glued between them",
        "“A gripping, intelligent thriller that never lets up.”Jane Doe, The Daily Planet“An "
        "elegant and chilling crime epic.”John Roe, The Evening Star",
        [
            (
                "A gripping, intelligent thriller that never lets up.",
                "Jane Doe",
                "The Daily Planet",
            ),
            ("An elegant and chilling crime epic.", "John Roe", "The Evening Star"),
        ],
    ),
    (
        "quotations run together on one line, sources between spaces, the outlet first or not",
        '"Un récit épuré et prenant, une des réussites du festival." Le Monde "Un pur '
        'thriller électrisé par un suspense permanent." Première - Jean Dupont "Un film '
        "d'aventures et de dénonciation.\" 20 minutes - Marie Martin",
        [
            ("Un récit épuré et prenant, une des réussites du festival.", None, "Le Monde"),
            ("Un pur thriller électrisé par un suspense permanent.", "Jean Dupont", "Première"),
            ("Un film d'aventures et de dénonciation.", "Marie Martin", "20 minutes"),
        ],
    ),
    (
        "a critic's name glued to the opening mark",
        "Jane Doe“A gripping, intelligent thriller that never lets up.”\n"
        "John Roe“An elegant and chilling crime epic with two great performances.”",
        [
            ("A gripping, intelligent thriller that never lets up.", "Jane Doe", None),
            ("An elegant and chilling crime epic with two great performances.", "John Roe", None),
        ],
    ),
    (
        "an outlet in quotation marks after the critic's name and a comma",
        "«Захватывающий и умный триллер, который не отпускает ни на минуту»\n"
        "Иван Петров, «Вечерняя газета»",
        [
            (
                "Захватывающий и умный триллер, который не отпускает ни на минуту",
                "Иван Петров",
                "Вечерняя газета",
            )
        ],
    ),
    (
        "'calling it' after the critic and the outlet's possessive",
        "The Morning Herald’s Jane Doe gave it five stars, calling it “a gripping, intelligent "
        "thriller that never lets up”.",
        [("a gripping, intelligent thriller that never lets up", "Jane Doe", "The Morning Herald")],
    ),
    (
        "an outlet then a Han name in full-width brackets",
        "「息もつかせぬ、恐ろしく知的なスリラー」（朝日新聞 山田太郎）",
        [("息もつかせぬ、恐ろしく知的なスリラー", "山田太郎", "朝日新聞")],
    ),
    (
        "'Name / Outlet' under the quotation, the outlet named by its word for magazine",
        '"Sürükleyici ve zekice kurgulanmış bir gerilim."\nAli Yılmaz / Sinema Dergisi',
        [("Sürükleyici ve zekice kurgulanmış bir gerilim.", "Ali Yılmaz", "Sinema Dergisi")],
    ),
    (
        "an outlet with no outlet word before a colon, led like a sibling that has one",
        "Filmstarts: „Ein packender, hochintelligenter Thriller, der nie nachlässt.“\n"
        "Kino-Zeit: „Ein eleganter und kühler Krimi mit zwei großen Darstellern.“",
        [
            ("Ein packender, hochintelligenter Thriller, der nie nachlässt.", None, "Filmstarts"),
            ("Ein eleganter und kühler Krimi mit zwei großen Darstellern.", None, "Kino-Zeit"),
        ],
    ),
    (
        "the outlet leading the quotation with a colon, the critic in brackets after it",
        'Télérama : "Des images concrètes, qui nous hantent depuis toujours." [Louis Guichard]\n\n'
        'Le Nouvel Observateur : "Une œuvre d’une beauté sombre, et éblouissante. " [Ana Roy]',
        [
            (
                "Des images concrètes, qui nous hantent depuis toujours.",
                "Louis Guichard",
                "Télérama",
            ),
            ("Une œuvre d’une beauté sombre, et éblouissante.", "Ana Roy", "Le Nouvel Observateur"),
        ],
    ),
    (
        "an outlet over a critic's by-line over the review, a link to the whole review under it",
        "Críticas da imprensa\n"
        "Diário de Pernambuco\npor Júlio Cavani\n"
        "A agonia da passagem do tempo é compartilhada com o espectador em momentos de tensão.\n"
        "A crítica completa está disponível no site Diário de Pernambuco\n"
        "Almanaque Virtual\npor Emmanuela Oliveira\n"
        "É indiscutível que o novo longa é uma ficção sobre dois irmãos e a sua viagem.\n"
        "A crítica completa está disponível no site Almanaque Virtual",
        [
            (
                "A agonia da passagem do tempo é compartilhada com o espectador em momentos de "
                "tensão.",
                "Júlio Cavani",
                "Diário de Pernambuco",
            ),
            (
                "É indiscutível que o novo longa é uma ficção sobre dois irmãos e a sua viagem.",
                "Emmanuela Oliveira",
                "Almanaque Virtual",
            ),
        ],
    ),
    (
        "an outlet, a blank line, an author's label over the review",
        "Basın Eleştirisi\n\nEvrensel\n\nYazar: Şenay Aydemir\n\n"
        "Son dönemde çekilen politik yapımlar arasında kayda değer bir iş olmasına rağmen az "
        "ilgi görmüş.\n\nEleştirinin tamamı için: Evrensel",
        [
            (
                "Son dönemde çekilen politik yapımlar arasında kayda değer bir iş olmasına rağmen "
                "az ilgi görmüş.",
                "Şenay Aydemir",
                "Evrensel",
            )
        ],
    ),
    (
        "a critic and outlet over each review, a labelled score glued after some",
        "Federico Marín Bellón (Diario ABC)Nota: 4\n\n"
        "Ojalá el guión hubiera exigido un poco más, el conjunto se desvanece sin un género.\n\n"
        "Alberto Bermejo (Diario El Mundo)Nota: 4\n\n"
        "Arranca reconstruyendo con verosímil y divertido acierto la atmósfera de aquellos "
        "rodajes.\n\n"
        "Jordi Costa (Diario El País)\n\n"
        "Dunia Ayaso y Félix Sabroso, en su película más sólida y madura hasta la fecha.",
        [
            (
                "Ojalá el guión hubiera exigido un poco más, el conjunto se desvanece sin un "
                "género.",
                "Federico Marín Bellón",
                "Diario ABC",
            ),
            (
                "Arranca reconstruyendo con verosímil y divertido acierto la atmósfera de aquellos "
                "rodajes.",
                "Alberto Bermejo",
                "Diario El Mundo",
            ),
            (
                "Dunia Ayaso y Félix Sabroso, en su película más sólida y madura hasta la fecha.",
                "Jordi Costa",
                "Diario El País",
            ),
        ],
    ),
    (
        "three outlets, none known, each leading its quotation with a colon",
        'Excessif : " Face à ces deux comédiens géants, Haneke n\'a jamais été aussi délicat. "\n\n'
        'Les Fiches du cinéma : " Une empathie inédite, un grand film d\'amour. "\n\n'
        'Elle : " Un grand film qui n\'est pas facile, qui nous oblige à regarder en face. "',
        [
            (
                "Face à ces deux comédiens géants, Haneke n'a jamais été aussi délicat.",
                None,
                "Excessif",
            ),
            ("Une empathie inédite, un grand film d'amour.", None, "Les Fiches du cinéma"),
            (
                "Un grand film qui n'est pas facile, qui nous oblige à regarder en face.",
                None,
                "Elle",
            ),
        ],
    ),
    (
        "a block vouches for its short quotes",
        '"A towering achievement of modern cinema" ★★★★★ de Volkskrant\n\n'
        '"A requiem for a friendship" ★★★★ NRC\n\n'
        '"Beautifully told" ★★★★ VPRO Cinema\n\n'
        '"Makes a stunning impression" ★★★★ Nederlands Dagblad',
        [
            ("A towering achievement of modern cinema", None, "de Volkskrant"),
            ("A requiem for a friendship", None, "NRC"),
            ("Beautifully told", None, "VPRO Cinema"),
            ("Makes a stunning impression", None, "Nederlands Dagblad"),
        ],
    ),
    (
        "a score with a decimal before the source over each quote",
        "Reviews\n\n5.0         Jessica Zafra (InterAksyon)\n\n"
        "“In this film, life beats people to the ground, but they refuse to be broken.”\n\n"
        "4.5         Katrina Santiago (Manila Times)\n\n"
        "“The greatness of the film was the effort it took to tell this story with care.”",
        [
            (
                "In this film, life beats people to the ground, but they refuse to be broken.",
                "Jessica Zafra",
                "InterAksyon",
            ),
            (
                "The greatness of the film was the effort it took to tell this story with care.",
                "Katrina Santiago",
                "Manila Times",
            ),
        ],
    ),
    (
        "a paragraph led by its critic and outlet and a dash, a score at its end",
        "Anupama Chopra (NDTV) – The end result is heart-felt and intermittently funny but not "
        "flat-out delightful. You need oodles of patience to enjoy this one. – 2.5/5\n\n"
        "Shubhra Gupta (Indian Express) – But the downside is that it is too lax, and, after a "
        "point, too stuffed. – 2/5",
        [
            (
                "The end result is heart-felt and intermittently funny but not flat-out "
                "delightful. You need oodles of patience to enjoy this one.",
                "Anupama Chopra",
                "NDTV",
            ),
            (
                "But the downside is that it is too lax, and, after a point, too stuffed.",
                "Shubhra Gupta",
                "Indian Express",
            ),
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [s[1:] for s in SHAPES], ids=[s[0] for s in SHAPES])
def test_quote_shapes(body: str, expected: list[Found]) -> None:
    assert quotes(body) == expected


def test_a_lone_name_is_the_outlet_where_the_block_writes_outlets_first() -> None:
    """Sources that write the outlet before the critic ("Première - Name"): a name alone in
    their block, which could be a person's, stands where the outlet does."""
    body = (
        '"Un récit épuré et prenant, une des réussites du festival." Le Monde - Jean Dupont "Un '
        'pur thriller électrisé par un suspense permanent." Première - Marie Martin "Un film '
        'd\'aventures et de dénonciation de la violence." Regard Vif "Une belle histoire '
        "d'amitié et de solidarité.\" 20 minutes - Paul Roux"
    )
    assert quotes(body)[2] == (
        "Un film d'aventures et de dénonciation de la violence.",
        None,
        "Regard Vif",
    )


def test_sources_over_their_quotes_under_the_synopsis_head_them() -> None:
    """Source lines and paragraphs in turn, evenly spaced, under the synopsis: the first source
    has nothing above it to sign, so each heads the paragraph below it, and one left over at the
    end (where the page was cut) signs nothing."""
    body = (
        "Críticas\n\nSol, una niña de siete años, pasa el día en casa de su abuelo, ayudando a "
        "organizar una fiesta sorpresa para su padre. A medida que avanza el día, el caos "
        "invade poco a poco a la familia.\n\nJane Doe Screendaily\n\nUna película que logra "
        "el verdadero milagro de captar lo más personal.\n\nJohn Roe The Guardian\n\nUn "
        "retrato de una familia mexicana que rebosa belleza y dramatismo.\n\nAnna Berg "
        "Variety\n\nUn drama conmovedor poblado por un abanico de criaturas.\n\nMark Lane "
        "The New Yorker"
    )
    assert quotes(body)[-3:] == [
        (
            "Una película que logra el verdadero milagro de captar lo más personal.",
            "Jane Doe",
            "Screendaily",
        ),
        (
            "Un retrato de una familia mexicana que rebosa belleza y dramatismo.",
            "John Roe",
            "The Guardian",
        ),
        ("Un drama conmovedor poblado por un abanico de criaturas.", "Anna Berg", "Variety"),
    ]


def test_block_layout_ignores_what_the_source_names() -> None:
    """A source that names an outlet alone follows siblings that name a critic and an outlet:
    the layout is the quotation's, the rating's and the marks' before the source."""
    body = (
        "**** 4/5 „Einstök, vel leikin kvikmynd sem snertir við manni.“ Jón Jónsson hjá Vefurinn.\n"
        "***** 5/5 „Fyndin, hlý og ef til vill besta mynd ársins.“ Anna Sigurðar hjá Blaðið.\n"
        "**** 4/5 „Besta dramað í vetur“ Nöjesmix."
    )
    assert quotes(body)[-1] == ("Besta dramað í vetur", None, "Nöjesmix")


def test_question_about_critics_opens_a_press_block() -> None:
    body = (
        "What are critics saying?\n"
        "Saint Omer is a deeply intellectual film, but it is also heartfelt and compassionate.\n"
        "The Hollywood Reporter by Lovia Gyarkye\n"
        "There is a combination of humane sensitivity and intellectual agility in this story."
    )
    assert [text[:20] for text, _, _ in quotes(body)] == [
        "Saint Omer is a deep",
        "There is a combinati",
    ]


def test_block_does_not_vouch_for_a_lone_short_line() -> None:
    """Without two quotes kept on their own in the same layout, a short quotation with a weak
    source is not a quote."""
    assert quotes('"Beautifully told" ★★★★ VPRO Cinema') == []


def test_heading_over_a_paragraph_is_not_vouched_for() -> None:
    """A weak name on a line of its own over a paragraph is a heading, even in a run of
    paragraphs whose sources follow them."""
    body = (
        "The story of a boy who finds a baby in a stolen car and learns to care for it.\n"
        "Film Notes\n"
        "A raw and tender film about a thug who becomes a father despite himself.\n"
        "The Guardian August 2007\n"
        "A gripping tale of redemption set in the townships of Johannesburg, well told.\n"
        "Culture Wars 2007"
    )
    texts = [text for text, _, _ in quotes(body)]
    assert not any(text.startswith("The story of a boy") for text in texts)


@pytest.mark.parametrize(
    "body",
    [
        'يُعرض اليوم الفيلم الوثائقي "عرض" (مصر، فلسطين) من إخراج مي سعد في مهرجان القاهرة.',
        "شاهدنا الفيلم أمس في السينما الكبيرة مع الأصدقاء – وكان العرض رائعًا جدًا ، مع جمهور",
    ],
)
def test_caseless_comma_in_prose_names_no_critic(body: str) -> None:
    """A comma in a script without capitals names a critic only after a dash and before an
    outlet, with a name of two or three words before it."""
    assert all(critic is None for _, critic, _ in quotes(body))


def test_outlet_under_a_quotation_is_its_source_not_a_heading() -> None:
    body = (
        "“A film that treats love and betrayal with a theological seriousness”\n"
        "Guardian ★★★★★\n"
        "The exhibition will take place between one and half past two, with a talk on the "
        "history of the neighbourhood and its cinemas.\n"
        "Tickets are on sale at the box office and online from Monday, with reduced prices "
        "for members and students."
    )
    assert quotes(body) == [
        ("A film that treats love and betrayal with a theological seriousness", None, "Guardian")
    ]


@pytest.mark.parametrize(
    "body",
    [
        # a title in single marks with a particle glued after the close
        "영화 '작은역'은 서로의 마음을 확인하기도 전에 멀어진 두 남녀가 다시 만나는 이야기로 "
        "두 배우가 주연을 맡았다.",
        # a title after the word for film, in a sentence that names a critic
        "김영수 평론가는 2013년 영화 '나가요 미스콜'에 1점을 주었다.",
        # readers' reactions in the sentence after the one that names the critic
        '김영수 평론가의 혹평은 화제가 됐다. 네티즌들은 "보다가 현타 온 듯" 등 반응을 보였다.',
    ],
)
def test_korean_news_prose_is_not_quotes(body: str) -> None:
    assert [critic for _, critic, _ in quotes(body)] == [None] * len(quotes(body))
    assert not any(text.startswith(("작은역", "나가요")) for text, _, _ in quotes(body))


def test_speech_dash_in_the_first_person_is_a_statement() -> None:
    body = (
        "– Jeg ville lave en film om skyld og tilgivelse i en lille by, siger May el-Toukhy, "
        "der har skrevet manuskriptet sammen med Maren Louise Käehne."
    )
    assert quotes(body) == []


def test_the_pages_own_critic_writes_for_its_publication() -> None:
    page = (
        "Source: https://www.volkskrant.nl/cultuur/the-post\n"
        "Title: The Post\nDirector: Steven Spielberg\n\n"
        "De Volkskrant sprak Spielberg over zijn film.\n\n"
        "Vier sterren had onze recensent over voor The Post. 'Gelukkig is het ook een fijne "
        "krantenfilm, met drukpersen en journalisten die fervent zitten te tikken.'\n"
    )
    films = extract_page(page, "q.txt").films
    assert [(q.critic, q.outlet) for q in films[0].quotes] == [(None, "De Volkskrant")]


def test_title_in_capitals_after_a_critic_is_no_outlet() -> None:
    body = (
        "“So delicately crafted and intimately performed that I am in awe of it.” –Edgar "
        "Wright (SHAUN OF THE DEAD, SCOTT PILGRIM VS. THE WORLD)"
    )
    assert [(critic, outlet) for _, critic, outlet in quotes(body)] == [("Edgar Wright", None)]


def test_at_here_before_a_title_is_no_outlet() -> None:
    body = "Tại đây “Đảo Của Dân Ngụ Cư” cũng sẽ tham gia tại các sự kiện chính thức."
    assert all(outlet is None for _, _, outlet in quotes(body))


@pytest.mark.parametrize(
    "more",
    ["", ' 이어 "다음 작품에서도 함께하고 싶은 사람들이다"라고 덧붙였다.'],
)
def test_verb_final_statement_without_evidence_names_no_outlet(more: str) -> None:
    """An actor's statement in the same form ("Name은 "…"고 말했다") has no word of kind, no
    outlet's name and no verb of judging: its subject is not given as an outlet, nor to the
    sentence after it that drops its subject."""
    body = '배우 김민수는 "촬영하는 내내 모두가 가족처럼 서로를 아껴 주었다"고 말했다.' + more
    assert all(outlet is None for _, _, outlet in quotes(body))


@pytest.mark.parametrize(
    "link",
    [
        "Baca Juga : Sekuel Film Lain Hadirkan Dua Pemain Baru",
        "Read also: The Ten Best Films of the Year So Far",
        "Читайте также: Новый фильм режиссёра выходит весной",
    ],
)
def test_a_link_to_another_article_is_no_quote(link: str) -> None:
    # the words for "read also" of each language (language data) head a link line, page
    # furniture; three such lines used to come out as quotes by a critic called "Baca Juga"
    body = f"{link}\n\n“A tense, superbly made thriller.” — Mark Kermode, The Observer\n\n{link}"
    found = quotes(body)
    assert [critic for _, critic, _ in found] == ["Mark Kermode"]


def test_titles_after_a_director_are_no_quotes_of_an_outlet() -> None:
    """Films listed in quotation marks after "di Name," (a filmography in prose) are not quotes
    whose source is the director."""
    body = (
        "Paola Rossi è indimenticabile in “Sotto una buona stella” di Carlo Verdone, “Come un "
        "gatto in tangenziale” e “Ritorno a coccia di morto” del marito Riccardo Milani."
    )
    assert not any(outlet == "Carlo Verdone" for _, _, outlet in quotes(body))


def test_a_characters_line_is_no_critics_quote() -> None:
    """ "“…,” says Name’s fiddler": the speaker is a character the actor plays, not a critic."""
    body = (
        "Words can sting harder than a punch. “I just don’t like you anymore, Pádraic,” says "
        "Brendan Gleeson’s fiddle player Colm in this wondrous new fable."
    )
    assert not any(critic and "Gleeson" in critic for _, critic, _ in quotes(body))


def test_a_character_and_actress_in_brackets_are_no_source() -> None:
    body = (
        "Marianne (Noémie Merlant) looks at her and says “we will never see each other again "
        "after this summer ends”."
    )
    assert not any(critic == "Marianne" for _, critic, _ in quotes(body))


def test_the_films_title_in_quotation_marks_is_no_quote() -> None:
    page = (
        "Title: Portrait of a Lady on Fire\nDirector: Céline Sciamma\n\n"
        'Anna Nowak ("Kino Polskie") dodaje, że "Portrait of a Lady on Fire" może "wydawać '
        'się nieco przestarzały na tle innych filmów reżyserki".\n'
    )
    found = [q.text for q in extract_page(page, "q.txt").films[0].quotes]
    assert found == ["wydawać się nieco przestarzały na tle innych filmów reżyserki"]


def test_an_opening_mark_alone_on_its_line_opens_the_text_below() -> None:
    """A large decorative mark over each review ("\"" / text) makes the text a quotation."""
    body = (
        '"\nSomething in it turns the raw material I was cold to into a delight. The cynicism '
        'melted away quickly.\n"\nSomething dulls the sharpness of the film, and its private '
        "character yields a collective statement."
    )
    assert [text[:20] for text, _, _ in quotes(body)] == [
        "Something in it turn",
        "Something dulls the ",
    ]


def test_a_short_paragraph_signed_below_like_its_sibling_is_a_quote() -> None:
    """Paragraphs each signed on the line below, a blank line around each source: a short
    sentence over a weak source is kept when the pair next to it is kept on its own."""
    body = (
        "Olivia Colman keeps killing it.\n\nSilver Screen Notes\n\n"
        "You have to submit to its moodiness and pacing, all of it in keeping with the era of "
        "its setting.\n\nNational Post\n"
    )
    assert quotes(body)[0] == ("Olivia Colman keeps killing it.", None, "Silver Screen Notes")


def test_a_heading_right_over_a_paragraph_is_no_signature() -> None:
    body = (
        "She learns to live again.\n\nSilver Screen Notes\nThe film follows a woman through "
        "one long winter in a town by the sea.\n\n"
        "You have to submit to its moodiness and pacing, all of it in keeping with the era of "
        "its setting.\n\nNational Post\n"
    )
    assert not any(text.startswith("She learns") for text, _, _ in quotes(body))


def test_a_characters_line_in_capitals_is_dialogue() -> None:
    """ "NEIL: “…”" reads like an acronym's outlet, but the page names Neil as a character."""
    body = (
        "Robert De Niro plays Neil McCauley, a professional thief.\n\n"
        "NEIL: \"Don't let yourself get attached to anything you are not willing to walk out "
        'on in thirty seconds flat."'
    )
    assert quotes(body) == []


def test_names_before_colons_in_a_dialogue_are_no_outlets() -> None:
    body = (
        "Maria: „Ich will nicht mehr zurück in dieses Haus, niemals wieder.“\n"
        "Peter: „Dann bleib eben hier, wenn du das wirklich willst.“"
    )
    assert quotes(body) == []


@pytest.mark.parametrize("third", ["Rapace", "Faucon"])
def test_speakers_before_colons_are_no_outlets(third: str) -> None:
    """A press review names each source once; a scene's speakers come back in turn, and
    speak as "I" and "we"."""
    body = (
        'Rapace : " Tu ne partiras pas d\'ici sans avoir payé ce que tu me dois. "\n'
        'Colombe : " Alors il faudra me retenir de force, car je pars ce soir. "\n'
        f'{third} : " Alors reste encore une nuit et nous en reparlerons demain. "'
    )
    assert quotes(body) == []


def test_a_short_labelled_value_is_no_quote() -> None:
    """ "Rated PG: coarse language, sexual content": a label that looks like a name over a few
    words that end no sentence is a fact line, not a critic's verdict."""
    assert quotes("Rated PG: coarse language, sexual content") == []


def test_a_headline_repeating_the_start_of_a_quote_is_dropped() -> None:
    body = (
        '"C\'est une drôle de palme"\n\n'
        "Eric Neuhoff : \"C'est une drôle de palme, d’abord, parce qu'on va plus se souvenir "
        'du discours que du film lui-même."'
    )
    assert quotes(body) == [
        (
            "C'est une drôle de palme, d’abord, parce qu'on va plus se souvenir du discours "
            "que du film lui-même.",
            "Eric Neuhoff",
            None,
        )
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Tom Hanks (Forrest) – a simple man who tells the story of his life to strangers.",
        "THAT'S A WRAP - Poster Award-winning director Marcel Walz’s upcoming horror thriller is "
        "scheduled to release on digital platforms.",
    ],
)
def test_a_name_and_a_part_or_a_title_leading_a_paragraph_is_no_source(line: str) -> None:
    assert all(critic is None for _, critic, _ in quotes(line))


def test_a_critics_possessive_before_the_review_is_the_critic() -> None:
    body = (
        "The reviews are in and they are overwhelmingly positive:\n"
        "John Anderson's starred review at Newsday: \"An ostensibly innocent act, with "
        'vibrations that travel around forever"'
    )
    assert quotes(body) == [
        (
            "An ostensibly innocent act, with vibrations that travel around forever",
            "John Anderson",
            "Newsday",
        )
    ]


def test_every_quotation_of_a_paragraph_led_by_its_source_is_the_sources() -> None:
    body = (
        'Ella Taylor of the LA Weekly: A "saucy, rowdy, heartfelt and terribly sweet movie" and '
        'adds "it neither skirts nor condescends to the difficulties faced by poor urban '
        'communities assailed by rapid change."'
    )
    found = quotes(body)
    assert [q[0][:5] for q in found] == ["saucy", "it ne"]
    assert {(critic, outlet) for _, critic, outlet in found} == {("Ella Taylor", "the LA Weekly")}


def test_a_critics_name_glued_to_the_next_review_signs_the_one_above() -> None:
    body = (
        "Ein Vater besucht seine Tochter in Bukarest und spielt dabei allerlei Rollen, was ebenso "
        "lustig wie traurig ist.\n"
        "Thomas BodmerMêlant critique sociale et chronique intimiste, le film réussit un petit "
        "bijou de sensibilité.\n"
        "Gérard CrespoLe triomphe à Cannes, qui ne doit surtout pas faire croire à un film "
        "consensuel, était le choc de voir un chef-d’œuvre."
    )
    assert [(text[:10], critic) for text, critic, _ in quotes(body)] == [
        ("Ein Vater ", "Thomas Bodmer"),
        ("Mêlant cri", "Gérard Crespo"),
    ]


def test_a_hyphen_glued_after_a_closing_mark_makes_a_compound_not_a_source() -> None:
    body = (
        "Der Hund trabt durch ganz Film-Deutschland, begeistert neben dem "
        '"Wir sind (fast) Palme"-Filme her. Was ebenso lustig ist wie der Film selbst, nur kürzer.'
    )
    assert all(outlet != "Filme" and critic != "Filme" for _, critic, outlet in quotes(body))


def test_a_quoted_outlet_after_a_verb_of_saying_is_the_source() -> None:
    body = (
        '"O que torna a conexão ainda mais pungente é que a atriz aparece como a versão idosa '
        'da protagonista", avalia o "Hollywood Reporter".\n\n'
        '"A personagem possui força e estoicismo fenomenais que tornam cada momento de dor '
        'ainda mais comovente", reforça o "IndieWire".'
    )
    assert [(text[:10], outlet) for text, _, outlet in quotes(body)] == [
        ("O que torn", "Hollywood Reporter"),
        ("A personag", "IndieWire"),
    ]


def test_a_source_between_two_quotations_in_prose_signs_the_one_before() -> None:
    body = (
        "The story is beautifully played by its lead and ends as a satisfying delight. "
        "‘Brilliantly believable central performance’ Mark Kermode, The Observer, "
        "‘An instant classic’ Peter Bradshaw, The Guardian."
    )
    assert quotes(body) == [
        ("Brilliantly believable central performance", "Mark Kermode", "The Observer"),
        ("An instant classic", "Peter Bradshaw", "The Guardian"),
    ]


def test_a_source_under_a_quotation_signs_it_not_the_plain_paragraph_below() -> None:
    body = (
        "'In its creative audacity and its uncompromising moral seriousness, the film "
        "accomplishes about as much as any war movie can.'\n"
        "A. O. Scott, New York Times.\n"
        "'It is a modern war movie of unusual poetic-political resonance and a brilliant stroke' \n"
        "\n"
        "James Verniere, Boston Herald.\n"
        "Oh... and it did win the Golden Lion at Venice."
    )
    assert [(text[:9], critic) for text, critic, _ in quotes(body)][:2] == [
        ("In its cr", "A. O. Scott"),
        ("It is a m", "James Verniere"),
    ]


def test_unsigned_press_lines_beside_a_signed_one_are_quotes() -> None:
    body = (
        "One of the year's best films. Bone-chilling, eye-dazzling, heart-wrenching.\n"
        "Astonishing. Jaw-dropping image after jaw-dropping image; ideas and pathos too.\n"
        "Guy Lodge\n"
        "VARIETY\n"
        "Hugely rewarding.\n"
        "Extraordinary. I left the cinema dazed and elated by its artistry.\n"
        "A knockout. This transfixing drama plays out in unexpected ways."
    )
    assert [(text[:11], critic) for text, critic, _ in quotes(body)] == [
        ("One of the ", None),
        ("Astonishing", "Guy Lodge"),
        ("Hugely rewa", None),
        ("Extraordina", None),
        ("A knockout.", None),
    ]


def test_names_with_initials_over_prose_quotes_are_no_verdicts() -> None:
    body = (
        "The reviews are in and they are overwhelmingly positive:\n"
        'Stephen Holden at The New York Times: "As smart and warmhearted an exploration as '
        'American independent cinema has produced"\n'
        'Gary M. Kramer in Gay City News: "Profoundly moving"\n'
        'A. O. Scott in The New York Times: "A small miracle of a film"\n'
        "J. R. Jones of the Chicago Reader liked it less, as did others I have read."
    )
    assert all(critic for _, critic, _ in quotes(body))


@pytest.mark.parametrize(
    ("body", "outlet"),
    [
        # a periodical and the issue the quote comes from, before a colon
        (
            "film-dienst 3/2006: Facettenreiche Tragikomödie mit typisierten Figuren, die aber "
            "genügend Spielraum haben.",
            "film-dienst",
        ),
        # a web address in brackets ending the paragraph
        (
            "Ohne die junge Hauptdarstellerin wäre der Film kaum vorstellbar. Sie verwandelt sich "
            "in einen rasenden Vulkan, der kaum zu bändigen ist. (programmkino.de)",
            "programmkino.de",
        ),
    ],
)
def test_a_periodicals_issue_or_a_bracketed_address_is_the_outlet(body: str, outlet: str) -> None:
    assert [o for _, _, o in quotes(body)] == [outlet]


def test_a_flattened_press_block_after_a_signed_paragraph() -> None:
    body = (
        "A man dreams up a way to score his entire family jobs working for the rich, and it "
        "goes wrong.—The Detroit News“It's a nearly perfect film, from its framing to the "
        "performances.” Arizona Republic“Parasite is a great film all right, not to be missed.” "
        "Buffalo News"
    )
    assert [(text[:9], outlet) for text, _, outlet in quotes(body)] == [
        ("A man dre", "The Detroit News"),
        ("It's a ne", "Arizona Republic"),
        ("Parasite ", "Buffalo News"),
    ]


def test_a_linked_reviews_headline_signs_the_quotations_above_it() -> None:
    body = (
        "97% – Rotten Tomatoes\n"
        "“A quiet masterpiece from the Japanese director, it is a story about grief, love and "
        "work.”\n"
        "“A virtuoso of intimacy, he has a thing for cars, or the familiarities their tight "
        "spaces create.”\n"
        "‘Drive My Car’ Review: A Director Takes Your Heart for a Spin- The New York Times"
    )
    assert [(text[:9], outlet) for text, _, outlet in quotes(body)] == [
        ("A quiet m", "The New York Times"),
        ("A virtuos", "The New York Times"),
    ]


def test_a_name_and_a_comma_ending_a_paragraph_signs_it() -> None:
    body = (
        "A thoroughly entertaining, completely unpredictable love story. It is one of the best "
        "films I have seen this year. Leonard Maltin,"
    )
    assert [(text[:12], critic) for text, critic, _ in quotes(body)] == [
        ("A thoroughly", "Leonard Maltin")
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # an acronym's genitive with a colon, then the critic
            "SvD:s Jeanette Gentele skriver i sin recension att ”Östlund bedriver något som "
            "kunde beskrivas som psykologisk krigföring mot publiken.”",
            ("Jeanette Gentele", "SvD"),
        ),
        (  # an outlet's genitive, the critic's role, the critic
            "I hans hemstad skriver GP:s recensent Emma Engström: ”Med varje film har han "
            "finslipat sina instrument och blivit stabil på handen.”",
            ("Emma Engström", "GP"),
        ),
        (  # after the quotation: a verb, the outlet's genitive and the role, no name
            "‘Skuespilpræstationerne er overbevisende og seværdige – specielt Mads "
            "Mikkelsens,' skriver The Guardians anmelder.",
            (None, "The Guardian"),
        ),
    ],
)
def test_an_outlets_genitive_before_a_critics_role_is_the_outlet(
    body: str, expected: tuple[str | None, str]
) -> None:
    assert [(critic, outlet) for _, critic, outlet in quotes(body)] == [expected]


def test_paragraphs_quoted_with_dashes_before_a_signed_one_are_its_critics() -> None:
    body = (
        "Den britiske avis The Morning Herald giver filmen fire stjerner.\n\n"
        "- Filmen er et ekstremt, forbløffende og bizart spektakel med vanvittige øjeblikke.\n\n"
        "- Filmen har ikke samme klarhed som den forrige, men lykkes med sit mål, skriver "
        "anmelder Peter Holm.\n\n"
        'Filmen hyldes for at være "en mørk og kvalmende satirisk film", skriver Variety.\n\n'
        "- En betydelig klipning ville uden tvivl forbedre filmens udsigt til en varm velkomst.\n\n"
        "- Jeg er så glad for at være her i aften, og jeg takker alle."
    )
    assert quotes(body) == [
        (
            "Filmen er et ekstremt, forbløffende og bizart spektakel med vanvittige øjeblikke.",
            "Peter Holm",
            "The Morning Herald",
        ),
        (
            "Filmen har ikke samme klarhed som den forrige, men lykkes med sit mål",
            "Peter Holm",
            "The Morning Herald",
        ),
        ("en mørk og kvalmende satirisk film", None, "Variety"),
        (
            "En betydelig klipning ville uden tvivl forbedre filmens udsigt til en varm velkomst.",
            None,
            "Variety",
        ),
    ]


def test_unsigned_dash_paragraphs_after_unsigned_prose_are_no_quotes() -> None:
    body = (
        "Filmen havde premiere i går aftes i Cannes.\n\n"
        "- Det var en fantastisk aften for hele holdet bag filmen og festivalen.\n\n"
        "- Publikum rejste sig og klappede i flere minutter efter visningen."
    )
    assert quotes(body) == []


@pytest.mark.parametrize(
    "lead",
    [
        "Pour le journal britannique The Daily Telegraph,",
        "Para el diario estadounidense The New York Times,",
    ],
)
def test_an_outlet_after_a_word_for_for_and_its_kind_is_the_source(lead: str) -> None:
    body = f"{lead} «la Palme n'a pas été un choc, mais le film n'a pas réussi à faire le buzz»"
    outlet = lead.removesuffix(",").split(" The ")[-1]
    assert [found for _, _, found in quotes(body)] == [f"The {outlet}"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            'Carlos Boyero, de El País, explica que la película es "notable, una obra que habla '
            'del pasado con poderío sentimental".',
            ("Carlos Boyero", "El País"),
        ),
        (
            'Pero no es tan positivo Sergi Sánchez, de La Razón: "fracasa en la verosimilitud '
            'de sus giros argumentales y en el dominio de sus tempos".',
            ("Sergi Sánchez", "La Razón"),
        ),
        (
            'Por su parte, Luis Martínez de El Mundo también destaca a los actores, "que están '
            'por encima de las dudas del director".',
            ("Luis Martínez", "El Mundo"),
        ),
        (  # the outlet's article comes from the language data ("las", "os" included)
            'Ana Pérez, de Las Provincias, afirma que es "una película hermosa, valiente y muy '
            'necesaria".',
            ("Ana Pérez", "Las Provincias"),
        ),
        (
            'Eduardo Lopes, do Os Dias, escreve que o filme é "uma obra delicada, serena e '
            'profundamente humana".',
            ("Eduardo Lopes", "Os Dias"),
        ),
        (  # a name with a particle is no critic and outlet
            'Según José Luis de Vicente, la película es "una obra que habla del pasado con '
            'poderío sentimental y sin miedo".',
            ("José Luis de Vicente", None),
        ),
    ],
)
def test_an_outlet_set_after_the_critic_and_a_word_for_of(
    body: str, expected: tuple[str, str | None]
) -> None:
    assert [(critic, outlet) for _, critic, outlet in quotes(body)] == [expected]


def test_a_short_verdict_signed_after_a_dash_and_no_menu_of_dash_lines() -> None:
    body = (
        "Aktuelle Termine\n"
        "Es konnten keine aktuellen Termine gefunden werden.\n"
        "- Filme\n- Specials\n- Live\n\n"
        "Unbeschreiblich schön.\n– Hollywood Reporter\n"
        "Wim Wenders bester Spielfilm seit Jahrzehnten, subtil, humorvoll, lebensweise.\n"
        "– Der Spiegel"
    )
    assert quotes(body) == [
        ("Unbeschreiblich schön.", None, "Hollywood Reporter"),
        (
            "Wim Wenders bester Spielfilm seit Jahrzehnten, subtil, humorvoll, lebensweise.",
            None,
            "Der Spiegel",
        ),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a word for "the broadcaster" names again the outlet named before
            "Ook de BBC is zeer lovend over de thriller van de regisseur. De omroep noemt de "
            "film 'ontroerend' en 'duister grappig'.",
            [("ontroerend", None, "BBC"), ("duister grappig", None, "BBC")],
        ),
        (  # one word in lower case, an outlet's verdict
            'O The Guardian deu três estrelas ao filme, elogiando a performance "incrível" de '
            "Torres.",
            [("incrível", None, "The Guardian")],
        ),
        (  # one word from a person, or a title in capitals: no quote
            'O ator Ario Bayu disse que o papel é "tampan". Radu Muntean assinou "Furia" e '
            '"Boogie".',
            [],
        ),
    ],
)
def test_a_few_words_in_lower_case_are_an_outlets_verdict(body: str, expected: list[Found]) -> None:
    assert quotes(body) == expected


def test_a_review_heading_and_an_outlet_in_brackets_glued_after_the_text() -> None:
    body = (
        'KRITIK:\n"Unfassbar komisch, tieftragisch und in Cannes zu Recht vom Publikum '
        'gefeiert...(DIE ZEIT)\n\n"Jetzt müssen Sie den Film einfach sehen!" (DIE WELT)'
    )
    assert [(critic, outlet) for _, critic, outlet in quotes(body)] == [
        (None, "DIE ZEIT"),
        (None, "DIE WELT"),
    ]


def test_a_rating_glued_after_a_source_opens_the_next_quote_on_the_line() -> None:
    body = (
        "★★★★ ‘Een ode aan de magie van cinema’ – De Telegraaf★★★ ‘Vakkundige acteerwerk en "
        "sfeervolle beelden’ – NRC Handelsblad"
    )
    assert quotes(body) == [
        ("Een ode aan de magie van cinema", None, "De Telegraaf"),
        ("Vakkundige acteerwerk en sfeervolle beelden", None, "NRC Handelsblad"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # a rating in brackets between the source and its quotation, a weak name or not
            "Kinoblick (★★★★) 'Tender, funny and wise'\n"
            "De Avondbode (3/5) 'Een stille, sterke film over rouw'",
            [
                ("Tender, funny and wise", None, "Kinoblick"),
                ("Een stille, sterke film over rouw", None, "De Avondbode"),
            ],
        ),
        (
            # nothing but a space: an outlet beyond doubt, the quotation to the line's end
            "Variety 'Simultaneously tender and forensic, never sentimental'",
            [("Simultaneously tender and forensic, never sentimental", None, "Variety")],
        ),
        (
            # a film's title before its tagline, a name no outlet, is no source
            "Night Train 'Nobody sleeps on the last train home'\n"
            "Kinoblick 'A tender, funny and wise film'",
            [],
        ),
    ],
)
def test_a_source_leading_its_quotation_with_a_rating_or_a_space(
    body: str, expected: list[Found]
) -> None:
    assert quotes(body) == expected


def test_prose_before_a_quotation_is_no_bare_source() -> None:
    body = "Der Tagesspiegel schreibt «ein Film voller Zärtlichkeit und Wut und Witz»."
    assert [outlet for _, _, outlet in quotes(body)] != ["Der Tagesspiegel schreibt"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            # the opening mark left out, the closing one kept before the source line below
            "A masterpiece, minimalist cinema at its finest and most complex.”\n\n"
            "Jane Doe, The Evening Star",
            [
                (
                    "A masterpiece, minimalist cinema at its finest and most complex.",
                    "Jane Doe",
                    "The Evening Star",
                )
            ],
        ),
        (
            # the same at a paragraph's start, signed in brackets before the prose goes on
            "One of the quiet miracles of the cinema” (Jane Doe, The Evening Star), this is "
            "usually cited as the director's supreme masterpiece and widely seen.",
            [("One of the quiet miracles of the cinema", "Jane Doe", "The Evening Star")],
        ),
        (
            # a heading that ends no sentence over a byline is no quote
            "The latest animated release can be seen only on the platforms, and dubbed\n"
            "Jane Doe, The Evening Star",
            [],
        ),
    ],
)
def test_a_quotation_whose_opening_mark_the_page_left_out(body: str, expected: list[Found]) -> None:
    assert quotes(body) == expected


def test_a_word_before_a_name_particle_is_no_part_of_a_name_written_alone_elsewhere() -> None:
    body = (
        "De regisseur Martin Scorsese noemt de film ‘een van de meest hartverscheurende "
        "filmervaringen sinds lange tijd’.\n\nComplimenten van Martin Scorsese voor de nieuwste "
        "film van de broers: de regisseur noemde het drama ‘een van hun allerbeste films ooit’, "
        "liet Scorsese weten aan Variety."
    )
    assert quotes(body)[-1] == ("een van hun allerbeste films ooit", "Martin Scorsese", "Variety")


def test_a_name_after_according_to_over_a_quotation_signed_by_a_person_is_the_outlet() -> None:
    body = (
        "Selon Claire Fontaine :\n"
        '"Un polar vertigineux qui pointe la misogynie de tout un système. Glaçant." (Emma '
        "Berthet) 5/5"
    )
    assert quotes(body) == [
        (
            "Un polar vertigineux qui pointe la misogynie de tout un système. Glaçant.",
            "Emma Berthet",
            "Claire Fontaine",
        )
    ]


def test_paragraphs_signed_with_the_critics_name_in_capitals() -> None:
    body = (
        "Seguramente tenga varias estatuillas en interpretación, pero es poco probable que se "
        "alce con el galardón una película tan ambigua. LUCÍA FERRER\n\n"
        "A pesar de que no es perfecta, el filme satisface muchos intereses y gustos: tiene "
        "atmósfera y un gran trabajo interpretativo. J. PRATS"
    )
    assert [(critic, outlet) for _, critic, outlet in quotes(body)] == [
        ("LUCÍA FERRER", None),
        ("J. PRATS", None),
    ]


def test_one_paragraph_ending_with_words_in_capitals_is_no_signed_quote() -> None:
    body = (
        "The festival opens on Friday with a gala screening and a reception for the guests "
        "of honour in the old town hall. SAN SEBASTIÁN"
    )
    assert quotes(body) == []


def test_a_paragraph_of_a_press_block_led_by_an_outlet_and_a_dash() -> None:
    body = (
        "Recensioni\n\n"
        "Cinemaleggero.it - Tratto dal romanzo omonimo, presentato in concorso al festival, è "
        "un'ambiziosa coproduzione sostenuta da un cast eccellente.\n\n"
        "Filmselvaggio - Le otto montagne racconta"
    )
    assert quotes(body) == [
        (
            "Tratto dal romanzo omonimo, presentato in concorso al festival, è un'ambiziosa "
            "coproduzione sostenuta da un cast eccellente.",
            None,
            "Cinemaleggero.it",
        )
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_turns_of_speakers_in_capitals_one_in_the_first_person_are_dialogue(gap: str) -> None:
    body = (
        "Famous lines\n\n"
        "MARIA: “I never wanted any of this to happen to us, you know that.”"
        f"{gap}JOHN: “Then why did you stay here all these years, then, Maria?”"
    )
    assert quotes(body) == []


def test_an_acronyms_quote_in_the_first_person_alone_is_kept() -> None:
    body = "Pressestimmen\n\nFAZ: „Ich habe selten einen so zärtlichen und klugen Film gesehen.“"
    assert [outlet for _, _, outlet in quotes(body)] == ["FAZ"]


def test_acronyms_in_a_press_block_are_no_speakers() -> None:
    body = (
        "Pressestimmen\n\nNZZ: „Ein zärtlicher, kluger und sehr komischer Film.“\n"
        "FAZ: „Ich habe selten einen so zärtlichen und klugen Film gesehen.“"
    )
    assert [outlet for _, _, outlet in quotes(body)] == ["NZZ", "FAZ"]


def test_from_and_a_source_leading_its_quotation_with_a_colon() -> None:
    body = (
        "From The Film Almanac: \"This is viewed by many as the director's greatest achievement "
        'and his most personal film."'
    )
    assert quotes(body) == [
        (
            "This is viewed by many as the director's greatest achievement and his most "
            "personal film.",
            None,
            "The Film Almanac",
        )
    ]


def test_the_films_own_director_quoted_alone_makes_a_statement() -> None:
    body = (
        "“We wanted to make a film about two men who are mirror images of each other.”\n"
        "— Michael Mann\n\n"
        "“A tender, funny and quietly radical film about obsession.”\n— Jane Doe, The Evening Star"
    )
    assert quotes(body) == [
        (
            "A tender, funny and quietly radical film about obsession.",
            "Jane Doe",
            "The Evening Star",
        )
    ]


def test_a_source_quoting_its_outlet_with_the_quotations_own_marks() -> None:
    body = (
        "„W nagrodzonej biografii „Bogowie” najbardziej zaskakuje odwaga mówienia o sprawach "
        "życia i śmierci lekko i ironicznie.” – Jan Kowal, „Tygodnik Nowy”"
    )
    assert quotes(body) == [
        (
            "W nagrodzonej biografii „Bogowie” najbardziej zaskakuje odwaga mówienia o sprawach "
            "życia i śmierci lekko i ironicznie.",
            "Jan Kowal",
            "Tygodnik Nowy",
        )
    ]


def test_a_quotation_alone_after_a_paragraph_quoting_a_source_goes_on_with_it() -> None:
    body = (
        "Het magazine Filmblik is een stuk kritischer, met anderhalve ster op vier. “Zodra de "
        "volwassen Eva een decorstuk is geworden, daalt er een zekere rust neer.”\n\n"
        "“Deze film is gefixeerd op het afbeelden van geweld tegen jonge vrouwen.”"
    )
    assert [outlet for _, _, outlet in quotes(body)] == ["Filmblik", "Filmblik"]


def test_an_unsigned_quotation_after_a_signed_one_takes_no_source() -> None:
    body = (
        "“One pleasure of his movies is the ease with which actors come and go.” -Jane Doe, The "
        "Evening Star\n\n“One of his talents is his near-alchemical use of blunt ideas.”"
    )
    assert quotes(body)[1] == (
        "One of his talents is his near-alchemical use of blunt ideas.",
        None,
        None,
    )


def test_a_linked_reviews_headline_that_signs_nothing_is_the_outlets_quote() -> None:
    body = (
        "“A layered, textured film and a definite must watch. Make time for it.”\n\n"
        "Review: the director’s audacious latest steals the heart – The Guardian\n\n"
        "Review: a brilliant dickensian tale for a modern age – The Atlantic"
    )
    assert quotes(body) == [
        ("A layered, textured film and a definite must watch. Make time for it.", None, None),
        ("Review: the director’s audacious latest steals the heart", None, "The Guardian"),
        ("Review: a brilliant dickensian tale for a modern age", None, "The Atlantic"),
    ]
