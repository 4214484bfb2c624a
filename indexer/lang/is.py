"""Icelandic."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    function_words=split("að|það|við|ekki|hún|hann|með|fyrir|í|á|úr|eftir|þar|sem"),
    code="is",
    country_names=coded(SU="sovétríkin", CS="tékkóslóvakía", YU="júgóslavía"),
    quote_pronouns=split("hann|hún"),
    labels=table(
        title="titill",
        original_title="upprunalegur titill",
        year="ár|framleiðsluár",
        release="frumsýning",
        directors="leikstjóri|leikstjórn|leikstjórar",
        writers="handrit|handritshöfundur|handritshöfundar",
        cast="aðalhlutverk|leikarar|leikendur|í aðalhlutverkum|leikari|leikkona|leikona|"
        "aðalleikari|"
        "aðalleikona",
        cinematography="kvikmyndataka",
        editing="klipping",
        music="tónlist",
        producers="framleiðandi|framleiðendur",
        countries="land|lönd",
        genres="tegund|tegundir",
        runtime="lengd",
        languages="tungumál|tal",
        synopsis="söguþráður|um myndina|um kvikmyndina|söguþráðurinn",
        ignore="texti|aldurstakmark",
        awards="verðlaun",
    ),
    directed_by=split(
        "leikstj.|í leikstjórn|leikstýrt af|leikstýrð af|leikstýrður af|kvikmynd eftir|mynd eftir|"
        "heimildarmynd eftir|heimildamynd eftir"
    ),
    starring=split(
        "með|í aðalhlutverkum|í aðalhlutverki|í helstu hlutverkum|með aðalhlutverk fara|"
        "aðalhlutverk leika|"
        "leikari|leikkona|leikarar|leikararnir"
    ),
    director_nouns=split("leikstjórinn|leikstjóri|leikstjóra"),
    # "sem leikarinn Paddy Considine leikstýrir": the verb after its subject
    directed_after=split("leikstýrir|leikstýrði|leikstýrðu"),
    first_person=split("ég|mér"),
    minutes=split("mín|mínútur|mínútna"),
    hours=split("klst|klukkustund|klukkustundir"),
    months=split(
        "janúar|febrúar|mars|apríl|maí|júní|júlí|ágúst|september|október|nóvember|"
        "desember|jún|júl|ágú|nóv"
    ),
    colour_words=split("litur|svarthvít"),
    genres=genre_table(
        Feature_Film="leikin kvikmynd",
        Drama="drama|dramamynd|dramað",
        Short="stuttmynd",
        Comedy="gamanmynd|grínmynd|kómedía",
        Documentary="heimildarmynd|heimildamynd",
        Horror="hrollvekja|hryllingur|hryllingsmynd",
        Mystery="ráðgáta|mystería",
        Thriller="spennumynd|tryllir|ógnartryllir|spennutryllir",
        Animation="teiknimynd|teiknimyndir",
        Action="hasarmynd",
        Crime="glæpamynd|sakamálamynd",
        Science_Fiction="vísindaskáldskapur|dystópía",
        War="stríðsmynd",
        Music="söngleikur",
        Biography="ævisaga|ævisöguleg|ævisögulegur",
        Family="fjölskyldumynd",
        Adventure="ævintýramynd",
        Romance="rómantísk|rómantík",
        Fantasy="fantasía",
        History="sögulegur|söguleg|sögulegt",
        **{"Children's Film": "barnamynd"},
        Road_Movie="vegamynd|road movie",
        Black_Comedy="svört kómedía",
        Romantic_Comedy="rómantísk gamanmynd",
        Western="vestri",
        Sports="íþróttamynd",
    ),
    conjunctions=split("og"),
    institution_words=split(
        "hátíð*|kvikmyndahátíð*|stofnun*|kvikmyndastofnun*|akademí*|verðlaun*|safn*|skól*|sjóð*|"
        "miðstöð*|vika|viku|daga*|flokk*"
    ),
    film_words=split(
        "kvikmynd|kvikmyndin|kvikmyndina|kvikmyndinni|kvikmyndar|kvikmyndarinnar|myndin|myndina|"
        "myndinni|myndarinnar|mynd"
    ),
    film_plurals=split("kvikmyndir|kvikmynda|kvikmyndum"),
    year_from=split("frá árinu|frá"),
    # "fyrsta mynd Tinnu Hrafnsdóttur", "kvikmynd Rúnars Rúnarssonar": the possessor after
    genitive_endings=split("s|ar|u"),
    genitive_after=True,
    review_words=split("gagnrýni"),
    this_words=split("þessi|þetta|þessa|þessari|þessarar|þessum|þessu|þessara"),
    plays=split("í hlutverki|leikur"),
    #: "sem" is "who", "which" too (and Portuguese "without"): read on Icelandic pages only
    plays_own=split("sem"),
    role_of=split("leikinn af|leikin af|leikið af|leiknir af|leiknar af|túlkaður af|túlkuð af"),
    titled=split("sem heitir"),
    event_words=split(
        "frumsýn*|sýning*|sýnd|hátíð*|kvikmyndahátíð*|í bíó|bíó|miða*|í dag|í kvöld|keppni*|"
        "dagskrá*"
    ),
    story_words=split(
        "saga|sögu*|segir frá|fylgir|líf|lífi*|býr|ungur|ung|unga|ungi|ungan|kona|konu*|"
        "stúlk*|strák*|drengur|fjölskyld*|faðir|föður|móðir|móður|sonur|dóttir|bróðir|systir|"
        "ást*|vinur|vinkona|vinir|vini|uppgötvar|ákveður|verður|þorp*"
    ),
    notice_words=split("covid*|kórónuveir*|faraldur*|öll réttindi áskilin"),
    quote_in=split("hjá|í|fyrir|á"),
    speech_verbs=split(
        "telur|taldi|lofar|lofaði|bætir við|bætti við|segist|sagðist|"
        "skrifar|skrifaði|segir|sagði|kallar|kallaði|lýsir|lýsti"
    ),
    critic_roles=split("gagnrýnandi|gagnrýnanda|gagnrýnandinn|gagnrýnandans|rýnir|rýnis|rýninum"),
    genre_endings=split("a|ur|in|ir|ar|um|inn|ina|nni|na|i|s|is|num|inum|ana|unum"),
    genre_stem_endings=split("ur|ir|r|ar"),
    acting_words=split(
        "leikur|leika|í hlutverki|í hlutverkum|hlutverki sínu|besta leikkona|besti leikari"
    ),
    lead_words=split(
        "í aðalhlutverki|í aðalhlutverkinu|fer með aðalhlutverkið|fer með aðalhlutverk|"
        "aðalleikari|aðalleikkona"
    ),
    release_verbs=split("frumsýnd|frumsýnd|kom út|gerð"),
    year_words=split("árið|ári"),
    comment_headings=split("ummæli|athugasemdir"),
    other_words=split(
        "aðrar|aðrir|önnur|fleiri|meira|tengt|tengdar|tengdar fréttir|nýjast*|næsta|fyrri|"
        "svipað*|mest lesið"
    ),
    section_headings=split("gagnrýni|dómur|niðurstaða|lesa meira|fréttir"),
    rating_words=split("leyfð öllum|bönnuð innan|ára|aldurstakmark"),
    ticket_words=split("miðar|miði|kaupa miða|miðaverð|verð|aðgangur"),
    loading_words=split("hleður"),
    genre_everyday_words=split("fantasía"),
)
