"""Dutch."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    function_words=split("het|een|van|is|dat|niet|zijn|voor|naar|bij|wordt|deze|hij|ook"),
    function_words_block=True,
    code="nl",
    country_names=coded(
        DE_W="west-duitsland",
        DE_E="oost-duitsland",
        SU="sovjetunie",
        MK="macedonië",
        CS="tsjecho-slowakije|tsjechoslowakije",
        YU="joegoslavië",
    ),
    labels=table(
        title="titel|filmtitel",
        original_title="originele titel|oorspronkelijke titel",
        year="jaar|productiejaar",
        release="release|première",
        directors="regisseurs|regie|regisseur|geregisseerd door",
        writers="scenario|script",
        cast="cast|met|met o.a.|met onder andere|met onder meer|vertolkers|acteurs|rolverdeling|"
        "hoofdrollen|hoofdrolspelers|in de hoofdrollen",
        cinematography="camera|fotografie",
        editing="montage",
        music="muziek",
        producers="producent|productie",
        countries="land van herkomst|land van oorsprong|productieland|land|landen",
        genres="genre|genres|categorie",
        runtime="duur|speelduur|lengte",
        languages="taal|gesproken taal|talen",
        synopsis="synopsis|inhoud|verhaal|over de film|samenvatting|plot",
        ignore="distributie|ondertiteling|kijkwijzer",
        awards="prijzen|onderscheidingen",
    ),
    laureates=split("winnaar|winnares|laureaat|winnende"),
    directed_by=split(
        "reg.|geregisseerd door|een film van|in regie van|de regie is in handen van|"
        "de regie was in handen van|regie in handen van|de nieuwe film van|onder regie van|"
        "regiedebuut van|debuutfilm van|speelfilmdebuut van|langspeelfilmdebuut van"
    ),
    written_by=split("geschreven door"),
    starring=split(
        "acteur|actrice|met|met in de hoofdrol|met in de hoofdrollen|met onder meer|"
        "met onder anderen|"
        "de vertolking van|het spel van|"
        "acteurs|actrices|hoofdrolspeler|hoofdrolspeelster|hoofdrolspelers|hoofdrolspeelsters"
    ),
    plays=split("als|speelt|in de rol van|vertolkt"),
    role_of=split("gespeeld door|vertolkt door|neergezet door"),
    presence=split("in aanwezigheid van"),
    director_nouns=split("regisseur|filmmaker|cineast|regisseuse|documentairemaker|filmmaakster"),
    directed_after=split("maakt haar regiedebuut|maakt zijn regiedebuut|regisseerde"),
    minutes=split("min|minuten"),
    hours=split("u|uur"),
    months=split(
        "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
        "november|december|mrt"
    ),
    colour_words=split("kleur|z/w|zwart-wit"),
    genres=genre_table(
        Feature_Film="speelfilm",
        Christmas_Film="kerstfilm",
        Youth_Film="jeugdfilm",
        Literary_Adaptation="literatuurverfilming|boekverfilming",
        Propaganda_Film="propagandafilm|propaganda",
        Political_Film="politieke film",
        Gangster_Film="gangsterfilm",
        Disaster_Film="rampenfilm",
        Martial_Arts="vechtsportfilm",
        Superhero_Film="superheldenfilm",
        Spy="spionagefilm",
        Erotic_Film="erotiek|erotische film",
        Drama="drama",
        Fiction="fictie",
        Short="korte film|kortfilm",
        Comedy="komedie",
        Documentary="documentaire|documentairefilm|docu",
        Horror="horror|horrorfilm|griezelfilm",
        Thriller="thriller",
        Animation="animatie|animatiefilm|tekenfilm",
        Romance="romantiek|romantisch|romantische|liefdesfilm",
        Action="actie|actiefilm",
        Crime="misdaad|misdaadfilm",
        Science_Fiction="sciencefiction|science fiction|sci-fi|dystopie",
        Fantasy="fantasy",
        War="oorlog|oorlogsfilm",
        Western="western",
        Music="muziek|musical",
        Biography="biografie|biografisch|biografische",
        History="historisch|geschiedenis",
        Family="familie|familiefilm",
        Adventure="avontuur|avonturenfilm",
        Mystery="mysterie",
        Black_Comedy="zwarte komedie",
        Tragicomedy="tragikomedie|tragikomisch",
        Satire="satire",
        Romantic_Comedy="romantische komedie|liefdeskomedie",
        Historical_Drama="historisch drama|kostuumdrama",
        War_Drama="oorlogsdrama",
        Social_Drama="sociaal drama",
        Political_Thriller="politieke thriller",
        Political_Drama="politiek drama",
        Coming_of_Age="coming-of-age-film|coming-of-agefilm",
        Family_Drama="familiedrama",
        Psychological_Thriller="psychologische thriller",
        Psychological_Drama="psychologisch drama",
        Melodrama="melodrama",
        **{"Children's Film": "kinderfilm|jeugdfilm"},
        Road_Movie="roadmovie|road movie",
        Parody="parodie",
        Silent="stomme film",
        Sports="sportfilm",
    ),
    conjunctions=split("en"),
    year_from=split("uit|uit het jaar"),
    cinema_words=split("cinema"),
    production_words=split("productie"),
    film_plurals=split("films|speelfilms|documentaires"),
    institution_words=split(
        "festival*|filmfestival*|instituut|filminstituut|academie|filmacademie|prijs|filmprijs|"
        "archief|stichting|fonds|filmfonds|centrum|vereniging|week|dagen|categorie"
    ),
    film_words=split("film|speelfilm|langspeelfilm|debuutfilm|documentaire"),
    film_of=split("van"),
    review_of=split("van"),
    genitive_endings=split("s"),
    titled=split("getiteld|genaamd"),
    review_words=split("recensie"),
    trailer_words=split("trailer"),
    is_a=split("is een"),
    by=split("van|door"),
    press_headings=split("recensies|pers|de pers|persstemmen|wat de pers zegt|persreacties"),
    quote_by=split("door"),
    quote_in=split("in|op|voor|bij"),
    outlet_anaphora=split("de krant|het blad|het tijdschrift|het dagblad|de omroep|de zender"),
    speech_verbs=split(
        "schrijven|zeggen|noemen|oordelen|vinden|heeft geschreven|merkt op|merkte op|vat samen|"
        "vatte samen|besluit|besloot|juicht|jubelt|roemt|roemde|loven|beschrijft|beschreef|"
        "omschrijft|omschreef|waarschuwt|waarschuwde|"
        "schrijft|zegt|oordeelt|noemt|concludeert|volgens|schreef|zei|oordeelde|noemde|"
        "concludeerde|vindt|vond|stelt|stelde|meent|meende|voegt toe|voegde toe|aldus|prijst|"
        "prees|looft|loofde|klinkt|klonk"
    ),
    quote_review=split("recensie"),
    comment_headings=split("reacties"),
    reply_words=split("beantwoorden"),
    sentence_words=split("wanneer|maar|en"),
    first_person=split("ik|wij"),
    outlet_kinds=split(
        "website|site|nieuwssite|filmsite|magazine|filmmagazine|krant|dagblad|weekblad|"
        "tijdschrift|vakblad|filmtijdschrift"
    ),
    press_words=split("critici|recensenten|recensie|recensies|pers|media|journalist|journalisten"),
    critic_roles=split(
        "filmcritica|recensente|filmrecensente|"
        "criticus|recensent|filmrecensent|columnist|filmcriticus"
    ),
    event_words=split(
        "première*|vertoning*|vertoond|festival*|in de bioscoop|in de zalen|bioscopen|"
        "kaarten|tickets|vandaag|vanavond|competitie|programma*|draait vanaf|te zien in|"
        "filmmuseum|in samenwerking met|deze week|dit weekend"
    ),
    story_questions=split(
        "waar gaat het over|waar gaat de film over|waarover gaat het|waar gaat deze film over"
    ),
    story_words=split(
        "verhaal|verhalen|vertelt|volgt|leven|leeft|jonge|vrouw*|meisje*|jongen*|familie*|"
        "gezin|vader|moeder|zoon|dochter|broer|zus|liefde|vriend*|ontdek*|besluit|moet|dorp|"
        "stad|jeugd|verliefd*|protagonist*|hoofdpersoon*|hoofdpersonage*"
    ),
    notice_words=split(
        "covid*|corona*|pandemie|alle rechten voorbehouden|abonneer*|nieuwsbrief|mondkap*|"
        "coronatoegangsbewijs|anderhalve meter"
    ),
    name_suffixes=split("jr.|sr."),
    respectively=split("respectievelijk"),
    own_critic=split("onze recensent|onze criticus|onze filmrecensent|onze filmcriticus"),
    award_words=split("beste"),
    read_also=split("lees ook|lees meer|zie ook"),
    review_links=split(
        "lees de volledige recensie|lees de recensie|volledige recensie|lees meer|lees verder"
    ),
    determiners=split("het|een|deze|dit|onze"),
    outlet_articles=split("de|het"),
    film_openings=split("het is|dit is"),
    quote_pronouns=split("hij|ze|zij"),
    outlet_pronouns=split("het"),
    quote_according=split("naar het oordeel van|in de woorden van|volgens"),
    genre_endings=split("s|en|n"),
    acting_words=split(
        "speelt|vertolkt|in de rol|zijn rol|haar rol|vertolking|beste actrice|beste acteur|"
        "beste hoofdrol|beste vrouwelijke hoofdrol|beste mannelijke hoofdrol|beste bijrol|"
        "spelen|vertolken"
    ),
    lead_words=split("hoofdrolspeelster|hoofdrolspeler|in de hoofdrol"),
    relative_pronouns=split("die|wiens|wier"),
    not_fact_labels=split(
        "locatie*|opnamelocatie*|gefilmd|opgenomen|draaiplaats*|geboren|geboorteplaats|rechten|"
        "beschikbaar|nagesynchroniseerd|versie*"
    ),
    this_words=split("deze|dit"),
    plural_endings=split("s|en"),
    own_possessives=split("zijn|haar|hun"),
    work_nouns=split("speelfilm|debuut|speelfilmdebuut|werk"),
    release_verbs=split("uitgebracht|verscheen|verschenen|uitgekomen|gedraaid"),
    year_words=split("jaar|het jaar"),
    other_words=split(
        "andere|meer|gerelateerd*|laatste|nieuwste|volgende|vorige|eerder|eerdere|vergelijkbare|"
        "aanbevolen|meest gelezen"
    ),
    section_headings=split(
        "recensie|onze recensie|de recensie|ons oordeel|oordeel|conclusie|mijn mening|mening|"
        "verdict|het oordeel|lees ook|lees meer|gepubliceerd op|laatste nieuws|nieuws|delen"
    ),
    rating_words=split("alle leeftijden|al|vanaf|jaar|kijkwijzer"),
    ticket_words=split(
        "tickets|ticket|kaarten|kaartjes|bestel|bestellen|reserveer|reserveren|koop|prijs|"
        "prijzen|entree|toegang|gratis"
    ),
    loading_words=split("laden|bezig met laden"),
    unstemmed_genres=split("parodie"),
)
