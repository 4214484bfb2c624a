"""Gujarati."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("વિવેચક|ફિલ્મ વિવેચક"),
    code="gu",
    country_names=coded(HK="હોંગકોંગ"),
    verb_final=True,
    labels=table(
        title="શીર્ષક",
        year="વર્ષ|રિલીઝ વર્ષ",
        release="રિલીઝ|રિલીઝ તારીખ",
        directors="દિગ્દર્શક|દિગ્દર્શન|ડિરેક્ટર|ડાયરેક્ટર|નિર્દેશક|નિર્દેશન",
        writers="લેખક|પટકથા",
        cast="કલાકારો|કલાકાર",
        music="સંગીત",
        producers="નિર્માતા",
        countries="દેશ",
        runtime="સમયગાળો|અવધિ",
        languages="ભાષા",
        synopsis="સારાંશ|કથાવસ્તુ|વાર્તા",
        ignore="બજેટ",
        genres="શૈલી|પ્રકાર",
    ),
    directed_after=split("દ્વારા દિગ્દર્શિત|દિગ્દર્શિત|દ્વારા નિર્દેશિત|નિર્દેશિત"),
    starring=split("અભિનેત્રી|અભિનેતા"),
    starring_after=split("અભિનીત"),
    directed_framed=split(
        "દિગ્દર્શન … એ કર|દિગ્દર્શન … દ્વારા કરવામાં|નિર્દેશન … એ કર|નિર્દેશન … દ્વારા કરવામાં"
    ),
    director_nouns=split("દિગ્દર્શક|ડિરેક્ટર|ડાયરેક્ટર|નિર્દેશક"),
    first_person=split("હું|અમે"),
    minutes=split("મિનિટ"),
    hours=split("કલાક"),
    months=cldr_months("gu"),
    genres=genre_table(
        Drama="ડ્રામા|નાટક",
        Comedy="કોમેડી|હાસ્ય",
        Horror="હોરર|ભયાનક",
        Thriller="થ્રિલર",
        Romance="રોમેન્ટિક|રોમાન્સ",
        Action="એક્શન",
        Documentary="દસ્તાવેજી|ડોક્યુમેન્ટરી",
        Animation="એનિમેશન",
        Science_Fiction="સાયન્સ ફિક્શન",
        Fantasy="ફેન્ટસી",
        Adventure="એડવેન્ચર|સાહસ",
        Crime="ક્રાઇમ",
        War="યુદ્ધ",
        Music="સંગીત|મ્યુઝિકલ",
        Family="પારિવારિક|કૌટુંબિક",
        Biography="બાયોપિક",
        History="ઐતિહાસિક",
        Short="ટૂંકી ફિલ્મ",
        Mystery="રહસ્ય ફિલ્મ",
        Sports="સ્પોર્ટ્સ|રમતગમત",
        Western="વેસ્ટર્ન",
    ),
    conjunctions=split("અને"),
    postpositions=split("ની|નો|નું|ના|એ|ને|થી|માં"),
    #: the same glued to a noun ("શાહને": to Shah): a name ends with them; not "ના", "ની",
    #: "નો", with which names end ("ભાવના")
    case_particles=split("ને|થી|માં"),
    film_plurals=split("ફિલ્મો"),
    film_words=split("ફિલ્મ|ચલચિત્ર"),
    review_words=split("રિવ્યૂ|સમીક્ષા"),
    event_words=split("પ્રીમિયર*|પ્રદર્શન*|મહોત્સવ*|થિયેટર*|ટિકિટ*|આજે|સ્પર્ધા*|કાર્યક્રમ*|રિલીઝ*"),
    story_words=split(
        "વાર્તા*|કહાની*|જીવન*|યુવાન*|યુવતી*|સ્ત્રી*|મહિલા*|છોકરી*|છોકરો*|પરિવાર*|પિતા*|માતા*|"
        "દીકરો*|દીકરી*|ભાઈ*|બહેન*|પતિ*|પત્ની*|પ્રેમ*|મિત્ર*|ગામ*|શહેર*"
    ),
    notice_words=split("કોવિડ*|કોરોના*|સર્વાધિકાર સુરક્ષિત"),
    #: words of acting beside an actor's name: acting, role, character
    acting_words=split("અભિનય|ભૂમિકા|પાત્ર"),
    release_verbs=split("રિલીઝ|પ્રદર્શિત"),
    year_words=split("વર્ષે"),
    comment_headings=split("ટિપ્પણીઓ|પ્રતિભાવો"),
)
