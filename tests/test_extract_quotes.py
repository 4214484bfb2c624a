"""Critics' quotes on film pages: attribution styles, what is not a quote, and any input."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from page_support import Found, quotes

from indexer.extract.pages.quotes import complete_critic, find_quotes, marks
from indexer.extract.pages.quotes.press import is_press_heading, names_critics
from indexer.extract.pages.quotes.prose import outlet_near
from indexer.extract.pages.quotes.who import Who, known_outlet, ordinary_name, parse

STYLES = [
    (
        "dash line after",
        "“A gripping, superbly acted crime saga.”\n— Jane Doe, Daily Planet",
        [("A gripping, superbly acted crime saga.", "Jane Doe", "Daily Planet")],
    ),
    (
        "outlet in brackets on the next line",
        "“A gripping, superbly acted crime saga.”\n(The Hollywood Reporter)",
        [("A gripping, superbly acted crime saga.", None, "The Hollywood Reporter")],
    ),
    (
        "outlet alone on the next line, unquoted text",
        "Sie nimmt schweizerische Werte auf die Schippe und persifliert sie lustig.\nlenews.ch",
        [
            (
                "Sie nimmt schweizerische Werte auf die Schippe und persifliert sie lustig.",
                None,
                "lenews.ch",
            )
        ],
    ),
    (
        "name (outlet)",
        "“A film of rare and patient beauty.”\nJane Doe (Sight and Sound)",
        [("A film of rare and patient beauty.", "Jane Doe", "Sight and Sound")],
    ),
    (
        "outlet – quote",
        "Daily Planet – “A film of rare and patient beauty.”",
        [("A film of rare and patient beauty.", None, "Daily Planet")],
    ),
    (
        "outlet and colon before the quote",
        "The Guardian: “A film of rare and patient beauty.”",
        [("A film of rare and patient beauty.", None, "The Guardian")],
    ),
    (
        "name, source and year after the quote, then prose on the same line",
        "“To pronounce oneself immune to its charms is to declare oneself a snob.” Kevin Jackson, "
        "Withnail & I, 2004 Set at the fag-end of the 1960s, the comedy follows two actors.",
        [
            (
                "To pronounce oneself immune to its charms is to declare oneself a snob.",
                "Kevin Jackson",
                "Withnail & I",
            )
        ],
    ),
    (
        "Japanese corner brackets and a double dash",
        "「圧倒的な傑作だ。映画の力を見せつける」――朝日新聞",
        [("圧倒的な傑作だ。映画の力を見せつける", None, "朝日新聞")],
    ),
    (
        "short quote, Cyrillic outlet after a dash",
        "«Шедевр современного кино» — Коммерсантъ",
        [("Шедевр современного кино", None, "Коммерсантъ")],
    ),
    (
        "critic after the quote with a reporting verb",
        '"A towering achievement of modern cinema," wrote Manohla Dargis in The New York Times.',
        [("A towering achievement of modern cinema,", "Manohla Dargis", "The New York Times")],
    ),
    (
        "outlet's critic in prose",
        'The Guardian’s Peter Bradshaw called it "a towering achievement of modern cinema".',
        [("a towering achievement of modern cinema", "Peter Bradshaw", "The Guardian")],
    ),
    (
        "name after a dash, outlet on the line below",
        "“A towering achievement of modern cinema.”\n— Jane Doe\nThe Daily Planet",
        [("A towering achievement of modern cinema.", "Jane Doe", "The Daily Planet")],
    ),
    (
        "stars after the outlet",
        "“A towering achievement of modern cinema.”\nEmpire ★★★★★",
        [("A towering achievement of modern cinema.", None, "Empire")],
    ),
    (
        "critic, outlet and stars on lines of their own above the quote",
        "Peter Bradshaw\nThe Guardian\n★★★★\n“A towering achievement of modern cinema.”",
        [("A towering achievement of modern cinema.", "Peter Bradshaw", "The Guardian")],
    ),
    (
        "outlet says",
        'Variety says: "A towering achievement of modern cinema and a joy to watch."',
        [("A towering achievement of modern cinema and a joy to watch.", None, "Variety")],
    ),
    (
        "bullets, dash and outlet",
        "• “A towering achievement of modern cinema.” – Variety\n• “Funny and true.” – Empire",
        [
            ("A towering achievement of modern cinema.", None, "Variety"),
            ("Funny and true.", None, "Empire"),
        ],
    ),
    (
        "name and outlet between dashes",
        '"A towering achievement of modern cinema." - Peter Bradshaw - The Guardian',
        [("A towering achievement of modern cinema.", "Peter Bradshaw", "The Guardian")],
    ),
    (
        "an outlet that reads like a name, known from the quotes catalogue",
        "“Funny, moving and true to life.”\nTime Out",
        [("Funny, moving and true to life.", None, "Time Out")],
    ),
    (
        "outlet as a label before unquoted text in a press block",
        "Press\nThe Guardian: An extraordinary film, funny and moving, and a triumph for its star.",
        [
            (
                "An extraordinary film, funny and moving, and a triumph for its star.",
                None,
                "The Guardian",
            )
        ],
    ),
    (
        "outlet after the last sentence in a press block",
        "Pressestimmen\nEin Film von großer Zärtlichkeit und einem tiefen Humor. Die Zeit",
        [("Ein Film von großer Zärtlichkeit und einem tiefen Humor.", None, "Die Zeit")],
    ),
    (
        "long quoted passage in prose with no attribution",
        'The film has been praised widely, one review calling it "a work of rare tenderness that '
        'never once raises its voice above a whisper" before its festival run.',
        [
            (
                "a work of rare tenderness that never once raises its voice above a whisper",
                None,
                None,
            )
        ],
    ),
    (
        "critic says, on a line of their own",
        "Mark Kermode says:\n“Swings between the hilarious and the horrifying in magnificent "
        "fashion.”",
        [
            (
                "Swings between the hilarious and the horrifying in magnificent fashion.",
                "Mark Kermode",
                None,
            )
        ],
    ),
    (
        "stars before, tilde after",
        "★★★★★ A blood-freezing treatise on the banality of evil. ~ The Times.",
        [("A blood-freezing treatise on the banality of evil.", None, "The Times")],
    ),
    (
        "guillemets, dash and outlet",
        "«Um poderoso melodrama, retrato da condição feminina» - Expresso",
        [("Um poderoso melodrama, retrato da condição feminina", None, "Expresso")],
    ),
    (
        "German marks, name and outlet in brackets",
        "„Ein packendes, großartig gespieltes Epos.“\n(Jane Doe, Blickpunkt:Film)",
        [("Ein packendes, großartig gespieltes Epos.", "Jane Doe", "Blickpunkt:Film")],
    ),
    (
        "reversed guillemets, outlet after a blank line",
        "»Ein zauberhafter Film«\n\nDie Presse\n\n»Ein sanftes Wunder.«\n\nDeadline",
        [("Ein zauberhafter Film", None, "Die Presse"), ("Ein sanftes Wunder.", None, "Deadline")],
    ),
    (
        "attribution before each quote, 'par'",
        "La presse en parle :\nLe Monde par Jane Doe\nUn polar magistral et sombre.\n\n"
        "Les Echos par John Roe\nUne enquête criminelle inachevée, filmée avec précision.",
        [
            ("Un polar magistral et sombre.", "Jane Doe", "Le Monde"),
            ("Une enquête criminelle inachevée, filmée avec précision.", "John Roe", "Les Echos"),
        ],
    ),
    (
        "press block, outlet after each paragraph",
        "Pressestimmen\n\nDie Wahrheit ist bisweilen wie ein wildes Tier im Gerichtssaal.\n"
        "Taz\n\nEntfesselt eine Naturgewalt mit dem Namen Sandra Hüller.\nSüddeutsche Zeitung",
        [
            ("Die Wahrheit ist bisweilen wie ein wildes Tier im Gerichtssaal.", None, "Taz"),
            (
                "Entfesselt eine Naturgewalt mit dem Namen Sandra Hüller.",
                None,
                "Süddeutsche Zeitung",
            ),
        ],
    ),
    (
        "name with a colon heads the quote",
        "Peter Bradshaw:\nHow extraordinary to think that this is the director's feature debut.",
        [
            (
                "How extraordinary to think that this is the director's feature debut.",
                "Peter Bradshaw",
                None,
            )
        ],
    ),
    (
        "dash attribution over several lines with a date",
        "The picture can be squishy and obvious. Yet it works, thanks to the direction.\n"
        "– Jane Doe,\nAtlanta Journal-Constitution,\n23 Mar 2006",
        [
            (
                "The picture can be squishy and obvious. Yet it works, thanks to the direction.",
                "Jane Doe",
                "Atlanta Journal-Constitution",
            )
        ],
    ),
    (
        "critic named in prose",
        "This is the director at his best. Penelope Gilliat observed, “The telling is a "
        "rarity: shy, pithy.” Preserved by Criterion.",
        [("The telling is a rarity: shy, pithy.", "Penelope Gilliat", None)],
    ),
    (
        "critic and outlet in prose, quote in the next sentence",
        "Writing in The Guardian, Peter Bradshaw was fulsome in his praise. He said of the "
        'film: "It is a glorious date movie, and a movie for every occasion."',
        [
            (
                "It is a glorious date movie, and a movie for every occasion.",
                "Peter Bradshaw",
                "The Guardian",
            )
        ],
    ),
    (
        "surname after the quote, full name elsewhere on the page",
        "Autorka recenzji Ann Hornaday chwali aktorów.\n"
        '"To rzadkie, ale ten film trwa 89 minut i mógłby być dłuższy" - uważa Hornaday.',
        [("To rzadkie, ale ten film trwa 89 minut i mógłby być dłuższy", "Ann Hornaday", None)],
    ),
    (
        "a news page naming the one outlet in quotation marks",
        'W "The Washington Post" ukazała się recenzja. Autorka recenzji Ann Hornaday chwali '
        'aktorów.\n"Oszałamiająco piękny do oglądania i słuchania film" - uważa Hornaday.',
        [
            (
                "Oszałamiająco piękny do oglądania i słuchania film",
                "Ann Hornaday",
                "The Washington Post",
            )
        ],
    ),
    (
        "outlet glued to the next quote",
        "'Voortreffelijke film, met geweldige hoofdrollen.'\nNRC'Een ontroerende tragikomedie "
        "over een ouder wordend echtpaar.'\nde Volkskrant",
        [
            ("Voortreffelijke film, met geweldige hoofdrollen.", None, "NRC"),
            (
                "Een ontroerende tragikomedie over een ouder wordend echtpaar.",
                None,
                "de Volkskrant",
            ),
        ],
    ),
    (
        "critic and outlet in the sentence that leads to the quote",
        "While Jane Doe in the Guardian wrote: “A gripping, superbly acted crime saga.”\n\n"
        "John Roe gave it five stars in the Observer: “Tense, wry and beautifully made.”",
        [
            ("A gripping, superbly acted crime saga.", "Jane Doe", "the Guardian"),
            ("Tense, wry and beautifully made.", "John Roe", "the Observer"),
        ],
    ),
    (
        "outlet named in the prose before the quote",
        'The Daily Planet closes with this: "A handsome and gripping duel of a film. Bravo!"',
        [("A handsome and gripping duel of a film. Bravo!", None, "The Daily Planet")],
    ),
    (
        "quotes under a label that is ignored, with no blank line",
        'Trailer:\nThe Daily Planet closes with this: "A handsome and gripping duel of a film."\n'
        "Posted by admin",
        [("A handsome and gripping duel of a film.", None, "The Daily Planet")],
    ),
    (
        "outlet in prose, a short phrase, then more of the same sentence",
        'The Evening Star calls it "tense and gorgeous" and says it is "the finest debut of the '
        'decade so far."',
        [
            ("tense and gorgeous", None, "The Evening Star"),
            ("the finest debut of the decade so far.", None, "The Evening Star"),
        ],
    ),
    (
        "outlet in a sentence ending with a colon over an unquoted paragraph",
        "The NYT concludes with this:\nWhat stays with you is the light on the hills at dawn and "
        "the quiet of the rooms.",
        [
            (
                "What stays with you is the light on the hills at dawn and the quiet of the rooms.",
                None,
                "The NYT",
            )
        ],
    ),
    (
        "a long sentence calling the person a critic and ending with a verb, over the quote",
        "Twenty years ago, after the premiere, the theatre and film critic Jane Doe wrote:\n\n"
        "“The film widens the map of our cinema and the limits of how we see the world.”",
        [
            (
                "The film widens the map of our cinema and the limits of how we see the world.",
                "Jane Doe",
                None,
            )
        ],
    ),
    (
        "critic and a quoted outlet before its kind word over a quote with a word after a mark",
        'Po filmo premjeros 2000 metais kino kritikas Jonas Jonaitis "Ekranas" žurnale rašė:\n\n'
        "“Jis išplėtė mūsų meno ribas. Todėl galime kalbėti apie pasaulėjautą, gerokai "
        "praaugusią “pasaulio pagal mus” standartus.”",
        [
            (
                "Jis išplėtė mūsų meno ribas. Todėl galime kalbėti apie pasaulėjautą, gerokai "
                "praaugusią “pasaulio pagal mus” standartus.",
                "Jonas Jonaitis",
                "Ekranas",
            )
        ],
    ),
    (
        "round-up: said X in Y, then phrases of the same review, never a title",
        '"A smart and truly gripping thriller about memory," said Jane Doe in the Daily Planet. '
        'The story recalls "Star Wars", but the city it builds is "vividly plausible" and '
        '"often breathtaking".',
        [
            ("A smart and truly gripping thriller about memory,", "Jane Doe", "the Daily Planet"),
            ("vividly plausible", "Jane Doe", "the Daily Planet"),
            ("often breathtaking", "Jane Doe", "the Daily Planet"),
        ],
    ),
    (
        "outlet before a Romanian verb of writing",
        'Screen Daily scrie despre film ca este "frugal, simplu si filmat cu grija".',
        [("frugal, simplu si filmat cu grija", None, "Screen Daily")],
    ),
    (
        "short unquoted blurbs, each over a critic and an outlet",
        "Absurd and playful.\nJane Doe, Daily Planet\n\nWild storytelling, absurd comedy.\n"
        "John Roe, Bergens Tidende",
        [
            ("Absurd and playful.", "Jane Doe", "Daily Planet"),
            ("Wild storytelling, absurd comedy.", "John Roe", "Bergens Tidende"),
        ],
    ),
    (
        "unquoted excerpts under a line that counts the reviews",
        "3.5 av 5 Kritikernas betyg • 4 recensioner\n...är en stillsam film om två systrar och "
        "ett hus vid havet.",
        [("...är en stillsam film om två systrar och ett hus vid havet.", None, None)],
    ),
    (
        "a sentence with a colon that speaks of the critics opens a press block",
        "What the critics are saying:\n\nIf the thrillers of old feared lust, this one fears "
        "memory, and it is all the better for it.",
        [
            (
                "If the thrillers of old feared lust, this one fears memory, and it is all the "
                "better for it.",
                None,
                None,
            )
        ],
    ),
    (
        "a later quote that only says 'we read', given to the critic named before",
        'Jane Doe pisze: "Rzadki film, który mógłby trwać dłużej niż trwa naprawdę."\n\n'
        '"Piękna do oglądania, "Zimna Wojna" jest równie piękna do słuchania" - czytamy. '
        "Muzyka nadaje opowieści rozmachu.",
        [
            ("Rzadki film, który mógłby trwać dłużej niż trwa naprawdę.", "Jane Doe", None),
            (
                'Piękna do oglądania, "Zimna Wojna" jest równie piękna do słuchania',
                "Jane Doe",
                None,
            ),
        ],
    ),
    (
        "a later quote in the paragraph followed by 'he adds'",
        '"A cold and elegant thriller," wrote John Roe in the Evening Star. The plot turns on a '
        'letter. "It is the best thing its director has made in a decade," he adds.',
        [
            ("A cold and elegant thriller,", "John Roe", "the Evening Star"),
            (
                "It is the best thing its director has made in a decade,",
                "John Roe",
                "the Evening Star",
            ),
        ],
    ),
    (
        "guillemets, a Russian verb of writing, the critic and the outlet in guillemets",
        "«Один из самых сильных фильмов года» — пишет Антон Долин в «Медузе».",
        [("Один из самых сильных фильмов года", "Антон Долин", "Медузе")],
    ),
    (
        "'selon' and the outlet before the quote",
        "Selon Le Monde, « un film d’une rare délicatesse, porté par deux comédiens ».",
        [("un film d’une rare délicatesse, porté par deux comédiens", None, "Le Monde")],
    ),
    (
        "a sentence that opens with the outlet it speaks for",
        'Para a Folha de S.Paulo, o filme é "uma obra-prima silenciosa sobre a perda".',
        [("uma obra-prima silenciosa sobre a perda", None, "a Folha de S.Paulo")],
    ),
    (
        "outlet in guillemets inside brackets",
        "«Потрясающее кино» («Афиша»)",
        [("Потрясающее кино", None, "Афиша")],
    ),
    (
        "a top critic's name and outlet over an unquoted review",
        "Top Critic\nJane Doe\nDaily Planet\nA beguiling, beautifully made puzzle of a film "
        "that rewards patience.\nFull Review | Original Score: 4/5 | Mar 3, 2023",
        [
            (
                "A beguiling, beautifully made puzzle of a film that rewards patience.",
                "Jane Doe",
                "Daily Planet",
            )
        ],
    ),
    (
        "under a press heading, each outlet over its text with no blank lines",
        "Ce que dit la presse\nTélérama\nUn film bouleversant, porté par une actrice "
        "prodigieuse.\nLes Inrockuptibles\nUne mise en scène élégante au service d’un récit.",
        [
            ("Un film bouleversant, porté par une actrice prodigieuse.", None, "Télérama"),
            ("Une mise en scène élégante au service d’un récit.", None, "Les Inrockuptibles"),
        ],
    ),
    (
        "a source of several words after a dash in scripts without capitals",
        '"فيلم مذهل وشجاع عن الذاكرة والفقدان" - صحيفة الشرق الأوسط\n\n'
        '"स्मृति और हानि पर एक मार्मिक फिल्म।" - दैनिक भास्कर',
        [
            ("فيلم مذهل وشجاع عن الذاكرة والفقدان", None, "صحيفة الشرق الأوسط"),
            ("स्मृति और हानि पर एक मार्मिक फिल्म।", None, "दैनिक भास्कर"),
        ],
    ),
    (
        "a Chinese outlet in title marks on the next line",
        "“一部关于记忆与失去的动人电影。”\n——《新京报》",
        [("一部关于记忆与失去的动人电影。", None, "新京报")],
    ),
    (
        "a verb of writing and an outlet with its article after the quote",
        "«Ένα συγκινητικό φιλμ για τη μνήμη» γράφει η Καθημερινή.",
        [("Ένα συγκινητικό φιλμ για τη μνήμη", None, "Καθημερινή")],
    ),
    (
        "a sentence before the quote that names no one does not borrow the name before it",
        "Jane Doe is luminous as the father. Winner of seven awards, critics have described "
        'it as "one of the best films of the year, tender and wise and funny".',
        [("one of the best films of the year, tender and wise and funny", None, None)],
    ),
    (
        "a character's line later in the paragraph is not the critic's",
        'Variety called it "a triumph of tender, patient filmmaking". In the film, Maria tells '
        'her father "you never came back for us".',
        [("a triumph of tender, patient filmmaking", None, "Variety")],
    ),
    (
        "a source in lower case after a dash, in a press block",
        "Critiques\nUn portrait tendre et drôle des classes populaires. Un joli moment. - à voir "
        "à lire",
        [
            (
                "Un portrait tendre et drôle des classes populaires. Un joli moment.",
                None,
                "à voir à lire",
            )
        ],
    ),
    (
        "a German verb of saying, the critic and 'vom' before the outlet",
        '"Ein zärtliches Porträt der Trauer." sagt Peter Bradshaw vom Guardian.',
        [("Ein zärtliches Porträt der Trauer.", "Peter Bradshaw", "Guardian")],
    ),
    (
        "emphasis marks around an unquoted blurb",
        "*A tender, beautifully acted portrait of grief.* – Daily Planet",
        [("A tender, beautifully acted portrait of grief.", None, "Daily Planet")],
    ),
    (
        "an outlet with its article before a postposition of reporting",
        'A Népszabadság szerint a film "a gyász gyengéd és gyönyörűen eljátszott portréja".',
        [("a gyász gyengéd és gyönyörűen eljátszott portréja", None, "A Népszabadság")],
    ),
    (
        "the word for newspaper before the outlet's name",
        'Harian Kompas menulis bahwa film ini "potret duka yang lembut dan dimainkan dengan '
        'indah".',
        [("potret duka yang lembut dan dimainkan dengan indah", None, "Harian Kompas")],
    ),
    (
        "a one-word outlet in quotation marks after 'według'",
        "Według „Variety” to „czuły i pięknie zagrany portret żałoby”.",
        [("czuły i pięknie zagrany portret żałoby", None, "Variety")],
    ),
    (
        "unquoted excerpts under a count of critic reviews",
        "Metascore 85 · 40 critic reviews\nA tender and beautifully acted portrait of grief "
        "that never raises its voice.",
        [
            (
                "A tender and beautifully acted portrait of grief that never raises its voice.",
                None,
                None,
            )
        ],
    ),
    (
        "a Chinese verb of reporting glued to the quotation, no name",
        "这部电影曾入围柏林电影节,被媒体称作“今年华语电影第一道光”。",
        [("今年华语电影第一道光", None, None)],
    ),
    (
        "corner brackets glued to Chinese prose, the outlet in brackets after",
        "依部電影係一個「令人心碎嘅愛情故事,帶住一股壓抑感」(BFI)",
        [("令人心碎嘅愛情故事,帶住一股壓抑感", None, "BFI")],
    ),
    (
        "outlet and stars before the quote on one line",
        'The Guardian ★★★★★ "A tender, beautifully acted portrait of grief."',
        [("A tender, beautifully acted portrait of grief.", None, "The Guardian")],
    ),
    (
        "an outlet's name in quotation marks before the quote",
        'Według "Gazety Wyborczej" to "czuły i pięknie zagrany portret żałoby".',
        [("czuły i pięknie zagrany portret żałoby", None, "Gazety Wyborczej")],
    ),
    (
        "a Korean outlet and critic's name in brackets, an outlet of two words",
        '"기억과 상실에 관한 아름다운 영화" (씨네21 김혜리)\n\n'
        '"기억과 상실에 관한 영화" - 한겨레 신문',
        [
            ("기억과 상실에 관한 아름다운 영화", "김혜리", "씨네21"),
            ("기억과 상실에 관한 영화", None, "한겨레 신문"),
        ],
    ),
    (
        "a known outlet that starts like a name",
        '"Elegante e ben scritto, una vera sorpresa." New York Times',
        [("Elegante e ben scritto, una vera sorpresa.", None, "New York Times")],
    ),
    (
        "a broadcaster's name after guillemets",
        "«Ein einziger Sog, der in jeder Sekunde Energie überträgt.» Schweizer Fernsehen SRF",
        [
            (
                "Ein einziger Sog, der in jeder Sekunde Energie überträgt.",
                None,
                "Schweizer Fernsehen SRF",
            )
        ],
    ),
    (
        "an adjective between the verb of saying and a known outlet",
        "”Östlund får dig att skratta, men han får dig också att tänka.”, skriver amerikanska "
        "Variety.",
        [("Östlund får dig att skratta, men han får dig också att tänka.", None, "Variety")],
    ),
    (
        "a word for 'the newspaper' after a speech dash names the outlet named before",
        "The New York Times har utsett de 100 bästa filmerna sedan millennieskiftet.\n\n"
        "– Den här är för de utstötta och de ensamma, framhåller tidningen om klassikern.",
        [("Den här är för de utstötta och de ensamma", None, "The New York Times")],
    ),
    (
        "the words for 'the newspaper' written as a name, every word capitalised, are its name",
        "El País publicó ayer su crítica del estreno.\n\n"
        '"Una película rodada con poco dinero y mucha emoción, que retrata una juventud '
        'perdida".\nJuan Gómez: El Periódico',
        [
            (
                "Una película rodada con poco dinero y mucha emoción, que retrata una juventud "
                "perdida",
                "Juan Gómez",
                "El Periódico",
            )
        ],
    ),
    (
        "a word for 'the newspaper' after a closing mark names the outlet named before",
        "Die Süddeutsche Zeitung war begeistert.\n\n"
        "„Ein großer Film über die Liebe und den Tod, mutig erzählt“, schreibt die Zeitung.",
        [
            (
                "Ein großer Film über die Liebe und den Tod, mutig erzählt",
                None,
                "Die Süddeutsche Zeitung",
            )
        ],
    ),
    (
        "a comma after the closing mark, a verb and an outlet of one word in prose",
        "De regisseur kreeg een staande ovatie in Cannes. “Dit is een grote kanshebber om de "
        "Gouden Palm te winnen”, schrijft Deadline.",
        [("Dit is een grote kanshebber om de Gouden Palm te winnen", None, "Deadline")],
    ),
    (
        "a headline that repeats a quote signed in the paragraph under it",
        '"Fatal Attraction van deze eeuw is een volledige knock-out"\n'
        "'Fatal Attraction van deze eeuw is een volledige knock-out', schrijft The Telegraph. "
        "De film krijgt van de Britse krant vijf van de vijf sterren, en dat is het hoogste "
        "cijfer dat de krant dit jaar heeft gegeven.",
        [("Fatal Attraction van deze eeuw is een volledige knock-out", None, "The Telegraph")],
    ),
    (
        "a speech dash, a verb and a critic's role before the name",
        "- Filmen har ikke samme klarhed som sin forgænger, men lykkes med sit mål, skriver "
        "anmelder Peter Bradshaw.",
        [
            (
                "Filmen har ikke samme klarhed som sin forgænger, men lykkes med sit mål",
                "Peter Bradshaw",
                None,
            )
        ],
    ),
    (
        "a word for 'the newspaper' between commas inside the quotation",
        "Outre-Manche, The Guardian salue le film. «C'est du bon boulot, écrit le journal "
        "britannique, et c'est une bonne chose de voir la Palme entre ses mains.»",
        [
            (
                "C'est du bon boulot, écrit le journal britannique, et c'est une bonne chose de "
                "voir la Palme entre ses mains.",
                None,
                "The Guardian",
            )
        ],
    ),
    (
        "a critic named in prose takes the one outlet of the sentence before in the paragraph",
        "La crítica más deslumbrada por el filme es la que publica Deadline. Stephanie Bunbury "
        "considera a Ricardo Darín “uno de los mejores actores del mundo”.",
        [("uno de los mejores actores del mundo", "Stephanie Bunbury", "Deadline")],
    ),
    (
        "an outlet's name in quotation marks after an article is the subject of the sentence",
        'O "Deadline" descreve o filme como uma "celebração ao Brasil", e exalta a atriz.\n\n'
        'A "Variety" afirma que o longa é "profundamente pungente" e bem feito.',
        [
            ("celebração ao Brasil", None, "Deadline"),
            ("profundamente pungente", None, "Variety"),
        ],
    ),
    (
        "a heading after the film's name and a colon is no critic's line for the paragraph above",
        "George (Jean-Louis Trintignant) et Anne (Emmanuelle Riva) sont deux octogénaires, "
        "professeurs de musique à la retraite. Un accident met leur amour à rude épreuve.\n"
        "Amour de Haneke : Critiques Positives\n"
        'Excessif : "Un film d\'amour à mort, très doux sur un sujet extrêmement dur."\n'
        'Filmosphère : "Une mise en scène d\'une précision rare, et des acteurs bouleversants."\n'
        'Cine Movies : "Il nous livre ainsi un film d\'une intensité émotionnelle immense."',
        [
            ("Un film d'amour à mort, très doux sur un sujet extrêmement dur.", None, "Excessif"),
            (
                "Une mise en scène d'une précision rare, et des acteurs bouleversants.",
                None,
                "Filmosphère",
            ),
            (
                "Il nous livre ainsi un film d'une intensité émotionnelle immense.",
                None,
                "Cine Movies",
            ),
        ],
    ),
    (
        "an outlet opening the sentence, a verb, then the critic before a colon",
        "I DN skriver Eva af Lindqvist: ”Oavbrutet spännande, en film om trygghet och hot.”\n\n"
        "I Politiken skriver Kim Skotte: ”En hård og smuk film om en landsby i krise.”",
        [
            ("Oavbrutet spännande, en film om trygghet och hot.", "Eva af Lindqvist", "DN"),
            ("En hård og smuk film om en landsby i krise.", "Kim Skotte", "Politiken"),
        ],
    ),
    (
        "an outlet named like a field's label ('Première': a release) before a quotation",
        'Première : "En s’attachant à ce point aux acteurs, le film est le plus '
        'vibrant."\nExcessif : "Un film d\'amour à mort, très doux sur un sujet extrêmement dur."\n'
        'Filmosphère : "Une mise en scène d\'une précision rare, et des acteurs bouleversants."',
        [
            (
                "En s’attachant à ce point aux acteurs, le film est le plus vibrant.",
                None,
                "Première",
            ),
            ("Un film d'amour à mort, très doux sur un sujet extrêmement dur.", None, "Excessif"),
            (
                "Une mise en scène d'une précision rare, et des acteurs bouleversants.",
                None,
                "Filmosphère",
            ),
        ],
    ),
    (
        "an outlet's name in quotation marks inside a compound with a word for outlet or critic",
        '"Film Comment"-Kritiker A. Stein meinte knapp: "Ein kluger und sehr genauer Film." Das '
        '"Empire"-Magazin sprach von "einem der klügsten Filme des Jahres".',
        [
            ("Ein kluger und sehr genauer Film.", "A. Stein", "Film Comment"),
            ("einem der klügsten Filme des Jahres", None, "Empire"),
        ],
    ),
    (
        "a run of lower-case words quoted after the word for film is a quote, not its title",
        "The Guardian deu três estrelas ao filme. Para o jornal britânico, o longa "
        '"imperfeito e manco" de Salles comove. O filme "Ainda Estou Aqui" estreia em maio.',
        [("imperfeito e manco", None, "The Guardian")],
    ),
    (
        "a Korean outlet's name with its Latin spelling in brackets, kept as written",
        '먼저 스크린 인터내셔널(Screen International)은 "단순한 몽유병에 대한 풍부한 상상력과 '
        '교묘한 변화가 가미된 영화"라고 전했다.',
        [
            (
                "단순한 몽유병에 대한 풍부한 상상력과 교묘한 변화가 가미된 영화",
                None,
                "스크린 인터내셔널(Screen International)",
            )
        ],
    ),
    (
        "a word for 'this newspaper' is no outlet's name when the page names none before it",
        '이 신문은 "봉준호 감독의 특성과 잘 어울리는 우아한 구성과 분위기로 촬영됐다"며 평가했다.',
        [("봉준호 감독의 특성과 잘 어울리는 우아한 구성과 분위기로 촬영됐다", None, None)],
    ),
]


@pytest.mark.parametrize(("body", "expected"), [s[1:] for s in STYLES], ids=[s[0] for s in STYLES])
def test_attribution_styles(body: str, expected: list[Found]) -> None:
    assert quotes(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a visitor's comment with a name and a posting time
        "Jane Smith says:\nMarch 3, 2021 at 10:32 pm\n“I loved this film so much, best thing I saw "
        "all year, highly recommend it.”\nReply",
        # comments under a heading, with a user name, a date and a time
        "Your comments\n\nJadwiga 16. September 2013, 8:14\n\nSkąd ta fala nienawiści, każdy "
        "ma prawo do wypowiadania się, ten film mocno rozczarowuje.\n\nMarcin M. 13. September "
        "2013, 19:06",
        # a tagline
        "“Never waste your pain.”",
        # a tagline under its heading, and a short one alone
        'TAGLINE\n"Some secrets are best left buried forever in the dark."',
        '"Some secrets stay buried."\nIn cinemas 12 May',
        # the film's own dialogue, as a script line and inside the synopsis
        'FORREST: "Life was like a box of chocolates. You never know what you are gonna get."',
        'Synopsis\nWhen Maria says "I will never go back to that village again, not for anyone", '
        "her father falls silent.",
        "Gabrielle: Once you've dribbled past fate, what do you do?\nNaoufel: You run.",
        # a statement being reported
        "The juror presented the award, saying:\n“We are so excited to celebrate this "
        "extraordinary documentary for its vivacity.”",
        # the director speaking in an interview
        "La réalisatrice explique : « Avec ce film, j’ai voulu mettre en scène la force et la "
        "résilience des enfants dans la cour de récréation. »",
        # a biography followed by a filmography
        "Li Ruijun is a Chinese film director and screenwriter, born in 1983 in Gansu.\n\n"
        "2007 The Summer Solstice\n2010 Old Donkey",
        # a synopsis followed by a heading is not a quote with an outlet
        "A detective hunts a crew of professional thieves across Los Angeles.\n\nFilm Notes",
        # words in lower case after a dash, outside a press block
        "A woman returns to her village after twenty years and finds it unchanged. - and so on",
        # "according to" and an inflected outlet is not a critic's name ("Podle Lidových")
        'Podle Lidových novin je film "něžný a krásně zahraný portrét smutku".',
        # a visitor's review under a count of user reviews
        "12 user reviews\nWent with my kids on Sunday and we all enjoyed it a lot, the popcorn "
        "was great too.",
        # a cast line whose last names read like "Name, Outlet"
        "Drama\nMerlin Rose, Joel Basman, Julius Nitschkoff, Ruby O. Fee, Peter Schneider\n2015",
        # a notice followed by the next screenings and their dates
        "As sessões são realizadas na sala 2, sempre às 19h, com entrada gratuita.\n"
        "Próximas Sessões\n27/03 – 19h",
        # titles in corner brackets, one of a single character: no text between two titles
        "続く監督賞は1985年の『乱』の黒澤明以来、国際長編映画賞は3年前の『万引き家族』以来のノミネートである。",
    ],
    ids=[
        "comment",
        "comments-block",
        "tagline",
        "tagline-heading",
        "tagline-short",
        "script-line",
        "dialogue-in-synopsis",
        "dialogue",
        "statement",
        "interview",
        "filmography",
        "synopsis-then-heading",
        "lower-case-tail",
        "according-to-inflected",
        "user-reviews-count",
        "cast-line",
        "screenings",
        "one-character-title",
    ],
)
def test_not_quotes(body: str) -> None:
    assert quotes(body) == []


@pytest.mark.parametrize(
    ("body", "critics"),
    [
        (
            # one paragraph: the outlet's quotation, then its critic named a sentence later
            'Volgens het Amerikaanse Daily Planet vertelt de regisseur een "emotioneel '
            'verbluffend verhaal over een bewogen leven". Recensent Jane Doe begrijpt niet '
            'waarom "zo\'n krachtige film" niet in de officiële selectie zit.',
            ["Jane Doe", "Jane Doe"],
        ),
        (
            # two paragraphs: the critic named in the second is not the first one's
            'Volgens het Amerikaanse Daily Planet vertelt de regisseur een "emotioneel '
            'verbluffend verhaal over een bewogen leven".\n\nRecensent Jane Doe begrijpt niet '
            'waarom "zo\'n krachtige film" niet in de officiële selectie zit.',
            [None, "Jane Doe"],
        ),
    ],
)
def test_an_outlets_quote_takes_the_one_critic_its_paragraph_names(
    body: str, critics: list[str | None]
) -> None:
    assert [critic for _, critic, _ in quotes(body)] == critics


def test_a_long_lead_naming_no_critic_signs_no_statement() -> None:
    body = (
        "At the ceremony last night the competition juror Jane Doe presented the award and "
        "wrote:\n\n“This extraordinary documentary has vivacity and a fresh spirit throughout.”"
    )
    assert all(critic is None for _, critic, _ in quotes(body))


def test_quoted_passage_introduced_in_prose_is_kept_without_critic() -> None:
    # the paragraph speaks of a review: the passage it introduces with a colon is the review's;
    # without a word for the press it would be a statement the page reports (test_quotes34)
    body = (
        "One review follows Fern, one of these new nomads: “At first, life on the road "
        "seems perilous and bleak, with inclement weather and cold economic realities.”"
    )
    assert quotes(body) == [
        (
            "At first, life on the road seems perilous and bleak, with inclement weather and "
            "cold economic realities.",
            None,
            None,
        )
    ]


@pytest.mark.parametrize(
    "statement",
    [
        "Labai jaudinamės, bet tuo pačiu esam labai laimingi, kad po ketverių metų darbo "
        "rodome jums šį filmą",
        "Podařilo se nám natočit skvělý velký film a od začátku jsme věnovali pozornost "
        "každému detailu",
        "Tá an-áthas orainn go raibh rath ar an scannán ag oifig na dticéad ar fud na tíre",
    ],
)
def test_a_passage_in_the_first_person_of_any_language_is_a_statement(statement: str) -> None:
    assert quotes(f"Po premjeri je dodala: „{statement}“.") == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Set in the early '80s, when a singer comes back to town to settle her debts.", []),
        ("A saga of the ‘50’s through the ‘70’s, when the old neighbourhoods emptied.", []),
        ("Negli anni '70, padre e figlia condividono la passione per il cinema.", []),
        ("Nel '45, le nostre città erano in rovina e il cinema usciva per strada.", []),
        ("‘80: la scena rock è in pieno fermento e i concerti sono vietati.", []),
        # a title that starts with a number goes on with a word
        ("Su ópera prima ‘53 días de invierno’ ganó en Málaga.", ["53 días de invierno"]),
        (
            "The critic called it 'a film of rare and quiet grace'.",
            ["a film of rare and quiet grace"],
        ),
    ],
)
def test_an_apostrophe_before_a_decade_opens_no_quotation(text: str, quoted: list[str]) -> None:
    assert [text[start + 1 : end] for start, end in marks.spans(text, 1)] == quoted


def test_prose_after_a_decade_is_no_quote() -> None:
    body = (
        "Hilary works in a grand old cinema in a seaside town in the early '80s, and suffers "
        "periodic outbursts of despair. When a new employee arrives, the two of them find in "
        "each other a way out of their loneliness."
    )
    assert quotes(body) == []


def test_pull_quote_without_attribution_is_kept_without_critic() -> None:
    body = "“A towering, awful masterwork that stays with you long after the lights come up.”"
    assert quotes(body) == [
        (
            "A towering, awful masterwork that stays with you long after the lights come up.",
            None,
            None,
        )
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("— Jane Doe, Daily Planet", Who("Jane Doe", "Daily Planet", True)),
        ("★★★★★ Mark Kermode, The Observer (UK)", Who("Mark Kermode", "The Observer (UK)", True)),
        (
            "– Jason Bailey, Flavorwire - The Best of Sundance",
            Who("Jason Bailey", "Flavorwire", True),
        ),
        ("Seleção de crítica: por Jorge Ramos, no Expresso.", Who("Jorge Ramos", "Expresso", True)),
        ("Le Journal du Dimanche par S.B.", Who("S.B", "Le Journal du Dimanche", True)),
        ("Chicago Reader review:", Who(None, "Chicago Reader", True)),
        ("The Guardian August 2007", Who(None, "The Guardian", True)),
        ("2007 The Summer Solstice", None),
        ("2025, 149 minuuttia", None),
        ("Jane Doe, Daily Planet - 4/5", Who("Jane Doe", "Daily Planet", True)),
        ("20 Minutes par Caroline Vié", Who("Caroline Vié", "20 Minutes", True)),
        ("Mark Kermode Observer", Who("Mark Kermode", "Observer", True)),
        ("Peter Bradshaw The Guardian", Who("Peter Bradshaw", "The Guardian", True)),
        (
            "Edgar Wright (SHAUN OF THE DEAD, HOT FUZZ)",
            Who("Edgar Wright", "SHAUN OF THE DEAD, HOT FUZZ", True),
        ),
        ("⎥ Daily Planet", Who(None, "Daily Planet", True)),
        (
            "Jane Doe, FilmWeek (KPCC - NPR Los Angeles)",
            Who("Jane Doe", "FilmWeek (KPCC - NPR Los Angeles)", True),
        ),
        ("│ Jane Doe, Daily Planet", Who("Jane Doe", "Daily Planet", True)),
        ("Film Threat", Who(None, "Film Threat", True)),
        ("Ecran Large", Who(None, "Ecran Large", False)),
        ("Chicago Sun-Times", Who(None, "Chicago Sun-Times", True)),
        ("Jean-Luc Godard", Who("Jean-Luc Godard", None, False)),
        ("- Jane Doe | Daily Planet", Who("Jane Doe", "Daily Planet", True)),
        ("Daily Planet | Jane Doe", Who("Jane Doe", "Daily Planet", True)),
        ("Jane Doe / Daily Planet", Who("Jane Doe", "Daily Planet", True)),
        ("Daily Planet/Jane Doe", Who("Jane Doe", "Daily Planet", True)),
        ("Jane Doe/Daily Planet", Who("Jane Doe", "Daily Planet", True)),
        ("Evening Star / Jane Doe", Who("Jane Doe", "Evening Star", True)),
        ("Drama/Road Movie", Who(None, "Drama/Road Movie", False)),
        ("Regie/Director", Who(None, "Regie/Director", False)),
        ("—Jane Doe, Daily Planet (★★★★)", Who("Jane Doe", "Daily Planet", True)),
        ("(Carlos Boyero / El País)", Who("Carlos Boyero", "El País", True)),
        ("Peter Bradshaw von The Guardian:", Who("Peter Bradshaw", "The Guardian", True)),
        ("（朝日新聞）", Who(None, "朝日新聞", False)),
        ("――山田太郎（映画評論家）", Who("山田太郎", None, True)),
        ("Jane Doe (film critic)", Who("Jane Doe", None, True)),
        ("4 stars - The Guardian", Who(None, "The Guardian", True)),
        ("Five stars, The Times", Who(None, "The Times", True)),
        ("(映画評論家・山田太郎)", Who("山田太郎", None, True)),
        ("film critic Jane Doe", Who("Jane Doe", None, True)),
        ("It was a long night and we all went home.", None),
        ("24 Mar 2006", None),
    ],
)
def test_parse_attribution(text: str, who: Who | None) -> None:
    assert parse(text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("– Critical Eye", Who(None, "Critical Eye", False)),
        ("Critics Corner", Who(None, "Critics Corner", True)),
        ("Kritiken Online", Who(None, "Kritiken Online", True)),
        ("– Jan Kritikos", Who("Jan Kritikos", None, False)),  # a surname that only opens so
        ("– Jane Critchley", Who("Jane Critchley", None, False)),
    ],
)
def test_a_name_of_the_critics_words_is_an_outlet(text: str, who: Who) -> None:
    assert parse(text) == who


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Pressestimmen", True),
        ("What the critics are saying:", True),
        ("2.4 av 5 Kritikers samlade betyg • 6 recensioner", True),
        ("Tomatometer 91% · 120 Reviews", True),
        ("Amour de Haneke : Critiques positives", True),
        ("Die Jagd: Pressestimmen", True),
        ("Kritik: Der Spiegel", False),
        ("Regie: Michael Haneke", False),
        ("12 user reviews", False),
        ("Press contact:", False),
        ("Cast (12)", False),
        ("Fri 19:00 · Sat 21:00", False),
    ],
)
def test_press_heading(line: str, heading: bool) -> None:
    assert is_press_heading(line) is heading


@pytest.mark.parametrize(
    ("source", "critics"),
    [
        ("The Critics Comment", True),
        ("Kritiken im Überblick", True),
        ("L’avis de la presse", True),
        ("La Presse", False),
        ("Die Presse", False),
        ("Variety", False),
        ("Chicago Sun-Times", False),
    ],
)
def test_names_critics(source: str, critics: bool) -> None:
    assert names_critics(source) is critics


@pytest.mark.parametrize(
    ("critic", "block", "full"),
    [
        ("Chris", "By Chris Kriofske\nChris says: it is good", "Chris Kriofske"),
        ("Hornaday", "Autorka recenzji Ann Hornaday chwali", "Ann Hornaday"),
        ("Jane Doe", "anything", "Jane Doe"),
        ("Hornaday", "no full name here", "Hornaday"),
    ],
)
def test_complete_critic(critic: str, block: str, full: str) -> None:
    assert complete_critic(critic, block) == full


_PAGE_TEXT = st.lists(
    st.sampled_from([*"aZé ,.:;()-–—~★\"“”„«»‘’'\n", "Jane Doe", "The Times", "says", "par"]),
    max_size=600,
).map("".join)


@settings(max_examples=200, deadline=timedelta(seconds=1), suppress_health_check=list(HealthCheck))
@given(_PAGE_TEXT)
def test_any_text_gives_quotes_without_error(text: str) -> None:
    lines = tuple(text.split("\n"))
    for quote, critic, outlet in find_quotes(lines, set(), set(range(len(lines)))):
        assert quote.strip()
        assert critic is None or critic.strip()
        assert outlet is None or outlet.strip()


@settings(max_examples=50, deadline=timedelta(seconds=1))
@given(st.sampled_from("\"“„«»‘'-–~ "), st.integers(min_value=100, max_value=2000))
def test_long_runs_of_marks_and_dashes(char: str, n: int) -> None:
    lines = (char * n, "x " * n + char, f"“{'word ' * n}")
    assert isinstance(find_quotes(lines, set(), set()), list)


def test_known_outlets_are_those_cited_often(tmp_path) -> None:
    from bench.quote_outlets import known_outlets

    rows = [
        {"publisher_name": "Time Out (London)"},
        {"publisher_name": "Time Out"},
        {"publisher_name": "Time Out"},
        {"publisher_name": "Rare Blog"},
        {"publisher_name": None},
    ]
    path = tmp_path / "quotes.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert known_outlets(path, 3) == ["Time Out"]
    assert known_outlets(path, 1) == ["Rare Blog", "Time Out"]


def test_critic_with_an_initial_split_by_the_sentence_end_looks_for_no_outlet_before() -> None:
    text = "Se on saanut kehuja. Sivuston kriitikko Marya E. Gates nosti sen parhaaksi."
    assert outlet_near("Marya E. Gates", text) is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the next sentence opens with a word that opens sentences: no source
            "“A gripping, superbly acted crime saga that never lets go.” Sin embargo, la crítica "
            "no la vio.",
            [("A gripping, superbly acted crime saga that never lets go.", None, None)],
        ),
        (  # a known outlet's name that is a word of prose, in the run of a sentence
            "In one review: “A gripping, superbly acted crime saga that never lets go.” Now "
            "Playing",
            [("A gripping, superbly acted crime saga that never lets go.", None, None)],
        ),
        (  # the same word with a mark before it names the outlet
            "“A gripping, superbly acted crime saga that never lets go.” — Premiere",
            [("A gripping, superbly acted crime saga that never lets go.", None, "Premiere")],
        ),
        (
            "“A gripping, superbly acted crime saga that never lets go.” (Premiere)",
            [("A gripping, superbly acted crime saga that never lets go.", None, "Premiere")],
        ),
        (  # the full listed name
            "“A gripping, superbly acted crime saga that never lets go.” Premiere Magazine",
            [
                (
                    "A gripping, superbly acted crime saga that never lets go.",
                    None,
                    "Premiere Magazine",
                )
            ],
        ),
        (  # a distinctive known name needs no mark
            "“A gripping, superbly acted crime saga that never lets go.” Variety",
            [("A gripping, superbly acted crime saga that never lets go.", None, "Variety")],
        ),
    ],
)
def test_outlet_that_is_a_word_of_prose_needs_a_mark(body: str, expected: list[Found]) -> None:
    assert quotes(body) == expected


@pytest.mark.parametrize(
    ("name", "known", "ordinary"),
    [
        ("Premiere", False, True),  # "Bei der Premiere …"
        ("Premiere Magazine", True, False),
        ("Sin", False, True),  # "Sin embargo, …"
        ("Sin embargo", False, True),
        ("Sin Magazine", True, False),
        ("Time", False, True),
        ("TIME", True, False),  # the list's own case: "TIME Magazine"
        ("Time Out", True, False),
        ("Now Playing", False, True),
        ("Variety", True, False),
        ("The Guardian", True, False),
        ("El País", False, False),
        ("Die Zeit", False, False),
    ],
)
def test_known_outlet_that_is_a_word_of_prose(name: str, known: bool, ordinary: bool) -> None:
    assert (known_outlet(name), ordinary_name(name)) == (known, ordinary)


@pytest.mark.parametrize(
    ("critic", "text", "outlet"),
    [
        ("Anke Sterneborg", "Anke Sterneborg schrieb nach der Premiere in Cannes", None),
        ("Anke Sterneborg", "Anke Sterneborg schrieb in Premiere Magazine", "Premiere Magazine"),
        ("Anke Sterneborg", "Anke Sterneborg schrieb in Variety", "Variety"),
        ("Jane Doe", "Jane Doe of Time Out", "Time Out"),
    ],
)
def test_outlet_near_a_critic_is_no_word_of_prose(
    critic: str, text: str, outlet: str | None
) -> None:
    assert outlet_near(critic, text) == outlet


_STORY = (
    "The story follows a young woman who returns to her village after many years abroad and "
    "finds her family changed. "
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            _STORY + "“This film is such a rush of vitality. It rocks” Peter Bradshaw, The "
            "Guardian “The most authentic film about British teens in years”. Clarisse Loughry, "
            "Independent",
            [
                (
                    "This film is such a rush of vitality. It rocks",
                    "Peter Bradshaw",
                    "The Guardian",
                ),
                (
                    "The most authentic film about British teens in years",
                    "Clarisse Loughry",
                    "Independent",
                ),
            ],
        ),
        (
            _STORY + "“A masterpiece of quiet observation.” — The Guardian; “Funny, moving and "
            "utterly original.” — Empire; “Unmissable, a true original.” — Time Out",
            [
                ("A masterpiece of quiet observation.", None, "The Guardian"),
                ("Funny, moving and utterly original.", None, "Empire"),
                ("Unmissable, a true original.", None, "Time Out"),
            ],
        ),
        (
            # glued dashes, names no catalogue knows: the semicolons make the list
            _STORY + "“A masterpiece of quiet observation and wit.”—Kinoblick; “Funny, moving "
            "and utterly original from start to end.”—Zoom; “Unmissable, a true original.”—The "
            "Evening Star",
            [
                ("A masterpiece of quiet observation and wit.", None, "Kinoblick"),
                ("Funny, moving and utterly original from start to end.", None, "Zoom"),
                ("Unmissable, a true original.", None, "The Evening Star"),
            ],
        ),
    ],
)
def test_run_of_quotes_in_one_line_each_signed_after_it(body: str, expected: list[Found]) -> None:
    assert quotes(body) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Come ha scritto Paolo Mereghetti sul Corriere, “un film che ti resta addosso per "
            "giorni interi”.",
            ("un film che ti resta addosso per giorni interi", "Paolo Mereghetti", "Corriere"),
        ),
        (
            "El País lo describió como «una película valiente, incómoda y necesaria para nuestro "
            "tiempo».",
            ("una película valiente, incómoda y necesaria para nuestro tiempo", None, "El País"),
        ),
        (
            "«Uma obra-prima silenciosa, feita de pequenos gestos e grandes emoções», escreveu o "
            "crítico Jorge Mourinha no Público.",
            (
                "Uma obra-prima silenciosa, feita de pequenos gestos e grandes emoções",
                "Jorge Mourinha",
                "Público",
            ),
        ),
        (
            "“A funny, furious and deeply humane film about work,” writes critic Jane Doe in "
            "Empire.",
            ("A funny, furious and deeply humane film about work,", "Jane Doe", "Empire"),
        ),
        (
            "«Фильм редкой честности и большой силы», пишет кинокритик Антон Долин в «Медузе».",
            ("Фильм редкой честности и большой силы", "Антон Долин", "Медузе"),
        ),
        (
            "По словам критика «Коммерсанта» Андрея Плахова, «это самый честный фильм года о "
            "войне».",
            ("это самый честный фильм года о войне", "Андрея Плахова", "Коммерсанта"),
        ),
        (
            "В рецензии для «Новой газеты» Лариса Малюкова пишет, что это «фильм редкой честности "
            "и большой человеческой силы».",
            (
                "фильм редкой честности и большой человеческой силы",
                "Лариса Малюкова",
                "Новой газеты",
            ),
        ),
    ],
)
def test_source_named_in_the_prose_around_a_quotation(sentence: str, expected: Found) -> None:
    assert quotes(_STORY + sentence) == [expected]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '"Стефан Командарев се завръща с поредната амбициозна картина, “В кръг” смело се '
            'заиграва със социални послания." Това пише най-престижното издание за кино Variety '
            'за новия филм. Публикуваме цялата рецензия, преведена специално за "Гласове".',
            [
                (
                    "Стефан Командарев се завръща с поредната амбициозна картина, “В кръг” смело "
                    "се заиграва със социални послания.",
                    None,
                    "Variety",
                )
            ],
        ),
        (
            '"A gripping thriller that recalls «Heat» at its best and never lets go," wrote the '
            "critic Jane Doe in Empire.",
            [
                (
                    "A gripping thriller that recalls «Heat» at its best and never lets go,",
                    "Jane Doe",
                    "Empire",
                )
            ],
        ),
    ],
)
def test_curly_title_inside_a_straight_quotation(body: str, expected: list[Found]) -> None:
    assert quotes(body) == expected


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("-Bande à part - Olivier Bombarda -.", Who("Olivier Bombarda", "Bande à part", True)),
        ("– Jane Doe, Empire –", Who("Jane Doe", "Empire", True)),
    ],
)
def test_source_set_off_by_dashes_on_both_sides(text: str, who: Who) -> None:
    assert parse(text) == who


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Hollywood Reporter ise filmi “yılın en cesur ve en etkileyici yapımlarından "
            "biri” olarak nitelendirdi.",
            (
                "yılın en cesur ve en etkileyici yapımlarından biri",
                None,
                "The Hollywood Reporter",
            ),
        ),
        (
            "Według krytyka „Polityki” Janusza Wróblewskiego to „najlepszy polski film ostatnich "
            "lat, mądry i poruszający”.",
            (
                "najlepszy polski film ostatnich lat, mądry i poruszający",
                "Janusza Wróblewskiego",
                "Polityki",
            ),
        ),
    ],
)
def test_verbs_and_roles_of_more_languages(sentence: str, expected: Found) -> None:
    assert quotes(_STORY + sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "“A tender, funny and quietly radical film about growing up,” wrote Jane Doe in the "
            "Springfield Bugle.",
            (
                "A tender, funny and quietly radical film about growing up,",
                "Jane Doe",
                "Springfield Bugle",
            ),
        ),
        (
            "«Una película luminosa, divertida y profundamente humana», escribe Ana López en La "
            "Voz de Galicia.",
            (
                "Una película luminosa, divertida y profundamente humana",
                "Ana López",
                "La Voz de Galicia",
            ),
        ),
        (
            "“Un film luminoso, divertente e profondamente umano”, scrive Marco Rossi su Il Secolo "
            "XIX.",
            ("Un film luminoso, divertente e profondamente umano", "Marco Rossi", "Il Secolo XIX"),
        ),
        (
            "“A tender, funny and quietly radical film about growing up,” wrote Jane Doe in May.",
            ("A tender, funny and quietly radical film about growing up,", "Jane Doe", None),
        ),
        (
            "“A tender, funny and quietly radical film about growing up,” said Jane Doe in Berlin.",
            ("A tender, funny and quietly radical film about growing up,", "Jane Doe", None),
        ),
    ],
)
def test_unknown_publication_after_the_critic_who_writes(sentence: str, expected: Found) -> None:
    assert quotes(_STORY + sentence) == [expected]
