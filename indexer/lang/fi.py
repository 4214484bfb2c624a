"""Finnish."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, stem_nationalities, table

DATA = Language(
    code="fi",
    nationalities=stem_nationalities(
        "nen|sen|sta|set|sia|sessa|sesta|seen|selle|sten|siin|sissa|sten",
        US="amerikkalai|yhdysvaltalai",
        GB="brittiläi|englantilai",
        RU="venäläi",
        KR="eteläkorealai",
    ),
    country_names=coded(
        MK="makedonia",
        GB_ENG="englanti",
        NL="hollanti",
        SU="neuvostoliitto",
        CS="tšekkoslovakia|tsekkoslovakia",
        YU="jugoslavia",
    ),
    labels=table(
        title="nimi|elokuva",
        original_title="alkuperäinen nimi|alkuperäisnimi",
        year="vuosi|valmistumisvuosi|tuotantovuosi|ilmestymisvuosi",
        release="ensi ilta|ensi-ilta",
        directors="ohjaajat|ohjaus|ohjaaja|ohjannut",
        writers="käsikirjoitus|käsikirjoittaja",
        cast="pääosissa|näyttelijät|rooleissa|pääosassa",
        cinematography="kuvaus",
        editing="leikkaus",
        music="musiikki",
        producers="tuottaja|tuotanto",
        countries="alkuperämaa|valmistusmaa|maa|maat|tuotantomaa",
        genres="lajityyppi|genre|lajityypit|tyylilaji",
        runtime="kesto|pituus",
        languages="kieli|kielet",
        synopsis="juoni|sisältö|elokuvasta",
        ignore="ikäraja|levittäjä|tekstitys",
        awards="palkinnot",
    ),
    directed_after=split(
        "on ohjannut|ohjasi|ohjaama|ohjaaman|ohjaamaa|ohjaamassa|ohjaamat|ohjaamia"
    ),
    # not "ohjaama", "ohjaamassa": the agent's participle follows its maker in the genitive
    # ("Jim Jarmuschin ohjaama Only Lovers Left Alive"), the film's name after it
    directed_by=split("ohj.|ohjannut|ohjasi|on ohjannut"),
    starring=split(
        "näyttelijä|näyttelijät|pääosissa|pääosassa|pääroolissa|rooleissa|näyttelevät|"
        "tähdittävät|tähdittää|tähdittämä|tähdittämässä"
    ),
    director_nouns=split("ohjaaja|elokuvaohjaaja|dokumentaristi"),
    first_person=split("minä|minun|meidän|mä"),
    minutes=split("min|minuuttia|minuutti"),
    hours=split("t|tuntia|h|tunti"),
    months=split(
        "tammikuu|helmikuu|maaliskuu|huhtikuu|toukokuu|kesäkuu|heinäkuu|elokuu|"
        "syyskuu|lokakuu|marraskuu|joulukuu|tammikuuta|helmikuuta|maaliskuuta|"
        "huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|"
        "marraskuuta|joulukuuta"
    ),
    colour_words=split("väri|värit|mustavalkoinen|mv"),
    genres=genre_table(
        Feature_Film="fiktioelokuva|näytelmäelokuva",
        Christmas_Film="joulufilmi|jouluelokuva",
        Youth_Film="nuortenelokuva|nuorisoelokuva",
        Propaganda_Film="propagandaelokuva",
        Political_Film="poliittinen elokuva",
        Gangster_Film="gangsterielokuva",
        Disaster_Film="katastrofielokuva",
        Martial_Arts="kamppailuelokuva",
        Superhero_Film="supersankarielokuva",
        Spy="vakoiluelokuva",
        Erotic_Film="eroottinen elokuva",
        Drama="draama|ihmissuhde-elokuva|ihmissuhdedraama",
        Fiction="fiktio",
        Short="lyhytelokuva|lyhytfilmi",
        Comedy="komedia|komediallinen",
        Documentary="dokumentti|dokumenttielokuva|dokumentaarinen|dokumenttifilmi",
        Horror="kauhu|kauhuelokuva",
        Thriller="trilleri|jännityselokuva",
        Animation="animaatio|animaatioelokuva|piirretty|animoitu",
        Romance="romantiikka|romanttinen",
        Action="toimintaelokuva|toimintafilmi",
        Crime="rikoselokuva",
        Science_Fiction="scifi|tieteiselokuva|tieteisfiktio|sci-fi|dystopia",
        Fantasy="fantasia",
        War="sotaelokuva|sota",
        Western="lännenelokuva|western",
        Music="musikaali|musiikki",
        Biography="elämäkerta|elämäkertaelokuva|elämäkerrallinen",
        History="historiallinen",
        Family="perhe-elokuva|perhe",
        Adventure="seikkailu|seikkailuelokuva",
        Mystery="mysteeri",
        Black_Comedy="musta komedia",
        Tragicomedy="tragikomedia|tragikoominen",
        Satire="satiiri",
        Romantic_Comedy="romanttinen komedia",
        Historical_Drama="historiallinen draama|pukudraama",
        War_Drama="sotadraama",
        Social_Drama="sosiaalinen draama",
        Political_Thriller="poliittinen trilleri",
        Political_Drama="poliittinen draama",
        Coming_of_Age="kasvutarina|kasvukertomus",
        Family_Drama="perhedraama",
        Melodrama="melodraama",
        **{"Children's Film": "lastenelokuva"},
        Road_Movie="road movie",
        Psychological_Thriller="psykologinen trilleri",
        Psychological_Drama="psykologinen draama",
        Parody="parodia",
        Silent="mykkäelokuva|mykkäfilmi",
    ),
    conjunctions=split("ja|sekä"),
    production_words=split("tuotanto"),
    film_plurals=split("elokuvat|elokuvia|elokuvien|elokuvista|elokuviin"),
    institution_words=split(
        "festivaali*|elokuvafestivaali*|säätiö*|instituut*|akatemia*|palkinto*|arkisto*|koulu*|"
        "keskus*|kilta*|viikko*|kategoria*"
    ),
    film_words=split("elokuva|elokuvan"),
    genitive_endings=split("n"),
    review_words=split("arvostelu"),
    trailer_words=split("traileri"),
    titled=split("nimeltä"),
    plays=split("esittää"),
    role_endings=split("na|nä"),
    press_headings=split("arvostelut"),
    speech_verbs=split(
        "kirjoittavat|sanovat|toteavat|kirjoittivat|kuvaa|kuvasi|luonnehtii|luonnehti|pitää|piti|"
        "kiittää|kiitti|ylistää|ylisti|arvioivat|kehuvat|kehuivat|tiivistää|tiivisti|huomauttaa|"
        "huomautti|kommentoi|hehkuttaa|hehkutti|moittii|moitti|kuvailevat|"
        "kirjoittaa|sanoo|toteaa|kirjoitti|sanoi|totesi|kehuu|kehui|kuvailee|kuvaili|lisää|lisäsi|"
        "arvioi|mukaan"
    ),
    event_words=split(
        "ensi-ilta*|ensiesity*|näytös*|näytetään|festivaali*|elokuvateatter*|teattereissa|"
        "liput|lippu*|tänään|tänä iltana|kilpailu*|ohjelmisto*|ohjelma*|gaala*"
    ),
    story_questions=split("mistä elokuva kertoo|mistä on kyse|mistä se kertoo"),
    story_words=split(
        "tarina*|kertoo|seuraa|elämä*|elää|asuu|nuori|nuoren|nuoret|nainen|naise*|tyttö*|"
        "poika*|poja*|perhe*|isä*|äiti*|sisar*|veli*|velje*|aviomie*|vaimo*|rakkau*|ystäv*|"
        "huomaa|löytää|päättää|täytyy|joutuu|kylä*|kaupunki*|lapsuu*|rakastuu|päähenkilö*|"
        "sankari*"
    ),
    notice_words=split(
        "covid*|korona*|pandemia*|kopiointi on kielletty|kaikki oikeudet pidätetään|"
        "tilaa uutiskirje|uutiskirje*|arkistoomme|arkistostamme"
    ),
    respectively=split("vastaavasti|järjestyksessä"),
    own_critic=split("arvostelijamme|kriitikkomme"),
    press_words=split(
        "kriitikoiden|elokuvakriitikot|arvostelijat|"
        "kriitikot|arvostelu|arvostelut|lehdistö|media|toimittaja|toimittajat"
    ),
    critic_roles=split(
        "kriitikon|elokuvakriitikon|arvostelija|arvostelijan|kolumnisti|kriitikko|elokuvakriitikko"
    ),
    award_words=split("paras|parhaan|parhaasta"),
    quote_pronouns=split("hän"),
    genre_endings=split(
        "a|ä|n|t|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|na|nä|ja|jä|ita|itä|ien|en|in|ihin|iin|"
        "an|än|aa|ää"
    ),
    acting_words=split(
        "näyttelee|esittää|roolissa|roolisuoritus|roolisuoritusta|roolisuorituksen|roolisuorituksesta|"
        "roolityö|roolityötä|roolityöstä|paras naispääosa|paras miespääosa"
    ),
    lead_words=split("pääosassa|pääroolissa"),
    relative_pronouns=split("joka|jonka"),
    release_verbs=split("ilmesty|julkais|valmistu|ensi-iltansa|ensi-illan"),
    year_words=split("vuonna|vuoden"),
    comment_headings=split("kommentit|kommentti|kommentoi"),
    coproduction_words=split("yhteistuotanto|yhteistuotantona|yhteistuotantoa"),
    other_words=split(
        "muut|muita|muuta|lisää|liittyv*|aiheeseen liittyv*|uusimmat|viimeisimmät|tuoreimmat|"
        "seuraava|edellinen|samankaltai*|suositel*|luetuimmat"
    ),
    section_headings=split(
        "arvostelu|arvio|arvostelut|arviot|tuomio|yhteenveto|lue myös|julkaistu|uusimmat uutiset|"
        "uutiset|jaa"
    ),
    rating_words=split("sallittu|kielletty alle|k|s|ikäraja|vuotta"),
    ticket_words=split("liput|lippu|osta|osta liput|varaa|hinta|sisäänpääsy"),
    loading_words=split("ladataan"),
    genre_adjectives=genre_table(Drama="dramaattinen"),
    unstemmed_genres=split("parodia"),
    genre_everyday_words=split("fantasia"),
)
