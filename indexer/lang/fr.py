"""French."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, romance_nationalities, split, table

DATA = Language(
    function_words=split("le|la|les|des|et|est|un|une|du|dans|que|qui|pour|sur|au"),
    code="fr",
    country_names=coded(
        DE_W="rfa|allemagne de l ouest",
        DE_E="rda|allemagne de l est",
        SU="union soviétique|urss",
        YU="yougoslavie",
        CS="tchécoslovaquie",
        MK="macédoine",
        GB="grande-bretagne",
        GB_ENG="angleterre",
        GB_SCT="écosse",
        GB_WLS="pays de galles",
        GB_NIR="irlande du nord",
    ),
    nationalities={
        **coded(
            FR="français|française",
            US="américain|américaine",
            GB="britannique",
            DE="allemand|allemande",
            IT="italien|italienne",
            ES="espagnol|espagnole",
            JP="japonais|japonaise",
            SU="soviétique|soviétiques",
            CS="tchécoslovaque|tchécoslovaques",
            YU="yougoslave|yougoslaves",
        ),
        **romance_nationalities(
            "fr",
            GB_SCT="écossais",
            GR="grec|grecque|grecques",
            TR="turc|turque|turques",
            MG="malgache",
            KR="sud-coréen",
            KP="nord-coréen",
            NZ="néo-zélandais",
            US="américain|étatsunien|états-unien",
            CA="canadien",
            MX="mexicain",
            CU="cubain",
            CR="costaricien",
            VE="vénézuélien",
            CO="colombien",
            EC="équatorien",
            PE="péruvien",
            BO="bolivien",
            CL="chilien",
            AR="argentin",
            UY="uruguayen",
            BR="brésilien",
            GB="britannique",
            BE="belge",
            NL="hollandais",
            CH="suisse",
            AT="autrichien",
            FI="finlandais",
            BA="bosnien",
            LV="lettonne|lettonnes",
            CY="chypriote",
            IL="israélien",
            PS="palestinien",
            LB="libanais",
            SY="syrien",
            JO="jordanien",
            IQ="irakien",
            IR="iranien",
            SA="saoudien",
            EG="égyptien",
            LY="libyen",
            TN="tunisien",
            DZ="algérien",
            MA="marocain",
            SN="sénégalais",
            ML="malien",
            BF="burkinabè",
            CI="ivoirien",
            GH="ghanéen",
            NG="nigérian",
            CM="camerounais",
            CD="congolais",
            TD="tchadien",
            MR="mauritanien",
            NE="nigérien",
            BJ="béninois",
            TG="togolais",
            GN="guinéen",
            RW="rwandais",
            ET="éthiopien",
            KE="kényan",
            ZA="sud-africain",
            AF="afghan",
            PK="pakistanais",
            IN="indien",
            BD="bangladais",
            LK="sri-lankais",
            TW="taïwanais",
            HK="hongkongais",
            TH="thaïlandais",
            KH="cambodgien",
            LA="laotien",
            MY="malaisien",
            SG="singapourien",
            PH="philippin",
            AU="australien",
        ),
    },
    labels=table(
        title="titre|titre du film",
        original_title="titre original",
        alt_title="titre international",
        year="année|année de production|annee|année de sortie",
        release="date de sortie en salles|sortie|date de sortie|sortie en salles",
        directors="réalisateurs|réalisatrices|réalisation|réalisateur|réalisatrice|réal|un film de|"
        "réalisé par|mise en scène|réalisateur de film|réalisatrice de film",
        writers="scénario|scenario|scénaristes|scénariste|d après",
        cast="avec|interprétation|distribution|distribution artistique|fiche artistique|acteurs|"
        "interprètes|acteurs principaux|interprètes principaux|comédiens",
        cinematography="image|photographie|directeur de la photographie|chef opérateur",
        editing="montage",
        music="musique|musique originale",
        sound="son",
        production_design="décors|decors",
        art_direction="direction artistique",
        costume_design="costumes",
        producers="producteur|producteurs|production déléguée",
        executive_producers="producteur exécutif",
        countries="pays d'origine|pays|pays de production|origine|nationalité",
        genres="genre|genres",
        runtime="durée|duree",
        languages="langue|langues|version|langue originale",
        synopsis="synopsis|résumé|resume|l histoire|histoire|intrigue|l intrigue|à propos du film|"
        "présentation du film|résumé du film",
        awards="prix|récompenses|distinctions",
        press="extraits de presse|la presse|revue de presse|critiques",
        ignore="distributeur|sous titres|séances|tarif|horaires|salle|casting|directeur de casting|"
        "directrice de casting|direction de casting",
    ),
    directed_after=split(
        "filme son|filme sa|filme ses|signe ici|signe un|signe une|signe son|signe sa|"
        "réalise ici|réalise son|réalise sa|"
        "a réalisé|réalise un|réalise une|a coréalisé|a co-réalisé|revient à la réalisation|"
        "passe derrière la caméra|repasse derrière la caméra"
    ),
    directed_by=split(
        "réal.|un film de|réalisé par|film de|de et avec|mis en scène par|"
        "écrit et réalisé par|réalisée par|coréalisé par|co-réalisé par|"
        "le nouveau film de|le dernier film de|sous la direction de|signe la réalisation|"
        "la réalisation est signée|réalisation signée|la mise en scène est signée|"
        "un film d'|réalisé par l'|réalisée par l'|le nouveau film d'|le dernier film d'|"
        "premier long métrage de|premier long-métrage de|premier long métrage d'|"
        "premier long-métrage d'"
    ),
    written_by=split("écrit par|scénario de"),
    starring=split(
        "acteur|actrice|acteurs|actrices|avec|interprété par|"
        "avec dans les rôles principaux|dans les rôles principaux|interprétée par|"
        "interprétés par|interprétées par|incarnés par|incarnées par|campé par|campée par|"
        "incarné par|incarnée par|porté par|portée par|"
        "l'interprétation de|la prestation de|la performance de|"
        "comédien|comédienne|comédiens|comédiennes"
    ),
    plays=split("dans le rôle de|incarne|joue|interprète|dans la peau de"),
    role_of=split("joué par|jouée par"),
    presence=split("en présence de"),
    director_nouns=split(
        "réalisateur|réalisatrice|cinéaste|le réalisateur|la réalisatrice|"
        "metteur en scène|metteuse en scène|documentariste"
    ),
    minutes=split("min|minutes|mn|mns"),
    hours=split("h|heure|heures"),
    months=split(
        "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|"
        "octobre|novembre|décembre|decembre|janv|févr|avr|juil|sept|déc"
    ),
    colour_words=split("couleur|couleurs|n&b|n/b|noir et blanc"),
    genres=genre_table(
        Feature_Film="film de fiction",
        Christmas_Film="film de noël|conte de noël",
        Youth_Film="film pour la jeunesse",
        Literary_Adaptation="adaptation littéraire",
        Chronicle="chronique",
        Propaganda_Film="film de propagande|propagande",
        Political_Film="film politique|politique",
        Gangster_Film="film de gangsters|film de gangster",
        Heist_Film="film de casse|film de braquage",
        Disaster_Film="film catastrophe|catastrophe",
        Martial_Arts="arts martiaux|film d'arts martiaux",
        Superhero_Film="film de super-héros|super-héros",
        Spy="espionnage|film d'espionnage",
        Mockumentary="documenteur|faux documentaire|faux-documentaire",
        Erotic_Film="érotique|film érotique",
        Light_Comedy="comédie légère",
        Drama="drame|dramatique|comédie dramatique",
        Comedy="comédie|comedie",
        Documentary="documentaire",
        Animation="animation|film d animation|animé",
        Horror="épouvante|horreur|film d'horreur|épouvante-horreur|film d'épouvante",
        Romance="romance|romantique",
        Crime="policier|polar",
        Adventure="aventure",
        Biography="biographie|biographique",
        Family="famille|film familial",
        Fantasy="fantastique",
        History="histoire|historique|film historique",
        Music="musique|comédie musicale",
        Mystery="mystère|mystere",
        Science_Fiction="science-fiction|science fiction|film de science-fiction|dystopie|"
        "film d'anticipation",
        War="guerre",
        Short="court métrage|court-métrage",
        Silent="muet",
        Experimental="expérimental",
        Thriller="thriller|suspense",
        Action="film d'action",
        Western="western",
        Black_Comedy="comédie noire|humour noir",
        Tragicomedy="tragicomédie|tragi-comédie|tragicomique|tragi-comique",
        Melodrama="mélodrame",
        Romantic_Comedy="comédie romantique",
        Historical_Drama="drame historique",
        War_Drama="drame de guerre",
        Social_Drama="drame social",
        Political_Thriller="thriller politique",
        Political_Drama="drame politique",
        Coming_of_Age="récit initiatique|film initiatique|récit d'apprentissage",
        Family_Drama="drame familial",
        Psychological_Thriller="thriller psychologique",
        Supernatural_Horror="horreur surnaturelle|horreur surnaturel",
        Psychological_Drama="drame psychologique|psychodrame",
        Space_Opera="space-opéra",
        **{"Children's Film": "film pour enfants"},
        Docudrama="docufiction|docu-fiction",
        Road_Movie="road movie|road-movie",
        Parody="parodie",
        Sports="film de sport|film sportif",
    ),
    conjunctions=split("et"),
    year_from=split("de|sorti en"),
    cinema_words=split("cinéma"),
    production_words=split("production"),
    film_plurals=split("films|longs-métrages|courts-métrages|documentaires"),
    institution_words=split(
        "festival*|institut|académie|prix|grand prix|trophée*|césar|cinémathèque|archive*|école|"
        "fondation|centre|société|association|commission|rencontres|semaine|journées|mois|"
        "catégorie"
    ),
    film_words=split("film|long métrage|long-métrage|documentaire"),
    film_of=split("de|d’|d'"),
    review_of=split("de|du|des"),
    titled=split("intitulé|intitulée|appelé"),
    review_words=split("critique|la critique"),
    trailer_words=split("bande-annonce|teaser"),
    is_a=split("est un|est une|était un"),
    by=split("de|par|d'"),
    press_headings=split(
        "presse|la presse en parle|revue de presse|critiques|extraits de presse|"
        "ce qu'en dit la presse|les critiques|ce que dit la presse|ce qu’en dit la presse|"
        "critiques presse|critiques de la presse|avis de presse|avis presse|avis de la presse"
    ),
    quote_by=split("par"),
    quote_in=split("dans|pour|en|selon|quant à|quant au"),
    outlet_anaphora=split(
        "le quotidien|le journal|le magazine|l’hebdomadaire|l'hebdomadaire|le mensuel"
    ),
    speech_verbs=split(
        "écrivent|disent|estiment|jugent|notent|soulignent|saluent|a noté|a dit|a conclu|a ajouté|"
        "a expliqué|a affirmé|a déclaré|a résumé|a relevé|a remarqué|a observé|a confié|a lancé|"
        "lance|avait écrit|considère|a considéré|trouve|a trouvé|s'enflamme|s’enflamme|s'emballe|"
        "s’emballe|décrit|a décrit|applaudit|a applaudi|loue|a loué|louait|vante|a vanté|salua|"
        "écrivit|nota|jugea|estima|ajoutait|concluait|remarquait|affirmait|déclarait|qualifiait|"
        "ont écrit|ont salué|ont jugé|"
        "écrit|dit|estime|juge|note|souligne|conclut|qualifie|salue|résume|selon|précise|ajoute|"
        "explique|affirme|poursuit|regrette|tranche|confie|déplore|s’enthousiasme|s'enthousiasme|"
        "s'exclame|s’exclame|remarque|observe|déclare|assure|insiste|indique|publie|"
        "relève|constate|encense|écrivait|disait|estimait|jugeait|notait|soulignait|"
        "résumait|a écrit|a jugé|a estimé|a salué|a souligné|a qualifié|"
        "parle de|parle d'|parle d’|évoque"
    ),
    quote_review=split("critique"),
    comment_headings=split("commentaires|commentaire"),
    reply_words=split("répondre"),
    time_at=split("à"),
    tagline_headings=split("accroche|slogan"),
    sentence_words=split("quand|lorsque|alors|mais|et|puis"),
    first_person=split("j'|j’|je|nous"),
    outlet_kinds=split("quotidien|magazine|hebdomadaire|mensuel|journal|site|revue|webzine|média"),
    press_words=split("critiques|presse|médias|journaliste|journalistes|la critique|chroniqueurs"),
    critic_roles=split(
        "critique de film|critique ciné|critique cinéma|chroniqueur cinéma|chroniqueuse cinéma|"
        "critique|chroniqueur|chroniqueuse|critique de cinéma|"
        # the page's own reviewer ("« … », écrit notre journaliste Manon Dumais")
        "notre journaliste|notre journaliste cinéma"
    ),
    media_words=split("ciné|écran|ecran"),
    outlet_articles=split("le|la|les"),
    event_words=split(
        "avant-première*|première*|projection*|projeté*|festival*|en salle*|au cinéma|"
        "dans les salles|sortie en salle*|sort en salle*|sortira|billet*|aujourd'hui|"
        "aujourd’hui|ce soir|compétition|sélection officielle|programmation|à l'affiche|"
        "à l’affiche|séance*|box-office|soirée*|rencontre avec|cinémathèque*|"
        "en collaboration avec|en partenariat avec|cette semaine|ce week-end|sorti en salle*"
    ),
    story_questions=split(
        "de quoi ça parle|de quoi ca parle|ça parle de quoi|ca parle de quoi|"
        "de quoi parle le film|de quoi parle ce film|de quoi s'agit-il|"
        "quelle est l'histoire|c'est quoi l'histoire"
    ),
    story_words=split(
        "histoire*|raconte|suit|vie|vit|jeune*|femme*|fille*|garçon*|famille*|père|mère|fils|"
        "frère*|sœur*|soeur*|mari|épouse|amour*|ami|amis|amie*|découvr*|décide|doit|village|"
        "enfance|adolescen*|tombe amoureu*|protagoniste*|héros|héroïne*|personnage principal"
    ),
    notice_words=split(
        "covid*|coronavirus|pandémie|confinement|tous droits réservés|reproduction interdite|"
        "abonnez*|newsletter|inscrivez*|nos archives|cet article a été publié|pass sanitaire|"
        "pass vaccinal|port du masque|masque obligatoire|protocole sanitaire|gestes barrières"
    ),
    name_suffixes=split("fils|père"),
    respectively=split("respectivement"),
    own_critic=split("notre critique|notre journaliste"),
    award_words=split("meilleur|meilleure|meilleurs"),
    read_also=split("à lire aussi|lire aussi|voir aussi|à voir aussi"),
    review_links=split(
        "lire la critique complète|lire la critique|critique complète|lire la suite|"
        "voir la critique"
    ),
    determiners=split("un|une|cette|ces|cet|notre|nos|votre|vos|leur|leurs"),
    film_openings=split("c'est|c’est|il s'agit|il s’agit"),
    quote_pronouns=split("il|elle"),
    quote_according=split(
        "aux yeux de|de l'avis de|de l’avis de|pour reprendre les mots de|selon|d'après|d’après"
    ),
    genre_endings=split("s|x"),
    acting_words=split(
        "interprète|incarne|campe|joue le rôle|dans le rôle|son rôle|sa performance|"
        "son interprétation|prix d'interprétation|prix d’interprétation|meilleure actrice|"
        "meilleur acteur|"
        "meilleure interprétation|meilleur second rôle|"
        "jouent|incarnent|interprètent"
    ),
    lead_words=split("actrice principale|acteur principal|rôle principal|rôle-titre|premier rôle"),
    relative_pronouns=split("qui|dont"),
    not_fact_labels=split(
        "lieu*|tournag*|tourne*|decor*|ne|nee|naissance|territoire*|droits|disponible*|doublage|"
        "double*|version*|salle*"
    ),
    this_words=split("ce|cet|cette"),
    own_possessives=split("son|sa|leur"),
    work_nouns=split("long métrage|long-métrage|premier film|œuvre"),
    plural_endings=split("s|x"),
    release_verbs=split("sorti|sortis|distribué|tourné|réalisé en"),
    year_words=split("année|l'année|en l'an"),
    other_words=split(
        "autre|autres|plus de|similaire|similaires|associés|liés|dernier|derniers|dernières|"
        "récents|récentes|suivant|suivante|précédent|précédente|à découvrir|recommandés|"
        "dans la même rubrique|sur le même sujet|les plus lus"
    ),
    section_headings=split(
        "mon avis|notre avis|l'avis de la rédaction|l’avis de la rédaction|avis|notre critique|"
        "la critique|critique|critiques|verdict|notre verdict|le verdict|en bref|conclusion|"
        "en conclusion|à lire aussi|a lire aussi|lire aussi|publié le|mis à jour le|"
        "dernières actualités|actualités|à la une|partager"
    ),
    rating_words=split(
        "tous publics|tout public|interdit aux moins de|déconseillé aux moins de|dès|"
        "à partir de|ans|avertissement|classification"
    ),
    ticket_words=split(
        "billets|billet|billetterie|réserver|réservez|réservation|tarif|tarifs|"
        "tarif réduit|plein tarif|entrée|entrée libre|prix"
    ),
    loading_words=split("chargement|chargement en cours"),
    unstemmed_genres=split("romance|parodie"),
    genre_everyday_words=split("histoire"),
)
