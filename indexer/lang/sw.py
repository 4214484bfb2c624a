"""Swahili."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    critic_roles=split("mkosoaji|mhakiki"),
    code="sw",
    quote_pronouns=split("yeye"),
    labels=table(
        title="jina la filamu",
        original_title="jina asili",
        year="mwaka",
        release="imetolewa|tarehe ya kutolewa",
        directors="mwongozaji|imeongozwa na|muongozaji",
        writers="mwandishi|imeandikwa na|imetungwa na",
        cast="waigizaji|nyota",
        music="muziki",
        producers="mtayarishaji|watayarishaji|imetayarishwa na",
        countries="nchi",
        runtime="muda|muda wa filamu",
        languages="lugha",
        synopsis="muhtasari|muhtasari wa filamu",
        ignore="imesambazwa na|bajeti",
        genres="aina",
    ),
    # "chini ya uongozi wa": under the direction of; "its director is"
    directed_by=split(
        "imeongozwa na|iliyoongozwa na|kuongozwa na|ikiongozwa na|iliongozwa na|"
        "chini ya uongozi wa|mwongozaji wake ni|muongozaji wake ni"
    ),
    written_by=split("imeandikwa na|iliyoandikwa na"),
    starring=split(
        "waigizaji|ikiwashirikisha|ikiwahusisha|imewashirikisha|imewahusisha|"
        "iliyochezwa na|inayochezwa na|imechezwa na|ikichezwa na|mhusika mkuu|"
        "wahusika wake ni|wahusika wakuu ni|wahusika ni|akiwemo|wakiwemo|akiwamo|wakiwamo|"
        "mwigizaji|muigizaji|mcheza filamu|msanii"
    ),
    plays=split("akicheza kama|anayecheza kama|aliyecheza kama|anacheza kama"),
    director_nouns=split("mwongozaji|muongozaji"),
    first_person=split("mimi|sisi"),
    minutes=split("dakika"),
    hours=split("saa"),
    months=cldr_months("sw", skip="ago|des"),
    genres=genre_table(
        Drama="tamthilia|drama",
        Comedy="vichekesho|komedi",
        Horror="kutisha|ya kutisha",
        Romance="mapenzi",
        Crime="uhalifu",
        Action="mapigano",
        Animation="uhuishaji|katuni",
        Documentary="filamu ya hali halisi",
        Thriller="kusisimua|ya kusisimua",
        Science_Fiction="sayansi ya kubuni",
        Fantasy="njozi",
        War="vita",
        Music="muziki",
        Family="familia",
        Biography="wasifu",
        History="historia|kihistoria",
        Short="filamu fupi",
        Road_Movie="road movie",
    ),
    conjunctions=split("pamoja na|na"),
    institution_words=split(
        "tamasha|festival|taasisi|chuo|tuzo|kumbukumbu|shule|mfuko|kituo|chama|wiki|kipengele"
    ),
    film_words=split("filamu"),
    # class prefixes: ki- (a thing's, a language's: "filamu ya Kitanzania"), m-/wa- (a person,
    # people: "Mtanzania", "Watanzania")
    nationality_prefixes=split("ki|m|wa"),
    titled=split("yenye jina|inayoitwa|iitwayo|iliyoitwa"),
    event_words=split(
        "onyesho|maonyesho|itaonyeshwa|tamasha|sinema|tiketi|usiku wa leo|shindano|"
        "mashindano|programu|uzinduzi"
    ),
    story_words=split(
        "hadithi|inasimulia|inamfuata|maisha|anaishi|kijana|vijana|mwanamke|msichana|mvulana|"
        "familia|baba|mama|mwana|binti|kaka|dada|mume|mke|mapenzi|upendo|rafiki|anagundua|"
        "anaamua|lazima|kijiji|mji"
    ),
    notice_words=split("covid*|korona|janga|haki zote zimehifadhiwa"),
    quote_in=split("katika|kwa"),
    acting_words=split("anaigiza|ameigiza|aliigiza"),
    lead_words=split("mhusika mkuu|mhusika wake mkuu"),
    release_verbs=split("ilitolewa|lilitolewa|ilizinduliwa"),
    year_words=split("mwaka|mwaka wa"),
    #: "filamu ya mwaka 2019": a film of the year 2019
    year_from=split("ya mwaka|ya mwaka wa"),
    comment_headings=split("maoni"),
    genre_everyday_words=split("historia"),
)
