"""English."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    function_words=split("the|and|of|to|is|in|that|with|for|his|her|this|are|was"),
    code="en",
    country_names=coded(
        US="usa|us|u s|u s a|america|united states of america",
        GB="uk|u k|great britain|britain",
        GB_ENG="england",
        GB_SCT="scotland",
        GB_WLS="wales",
        GB_NIR="northern ireland",
        KR="korea|republic of korea",
        NL="holland",
        DE_W="west germany|frg|federal republic of germany",
        DE_E="east germany|gdr|german democratic republic",
        TR="turkey",
        SU="soviet union|ussr|union of soviet socialist republics",
        CS="czechoslovakia",
        YU="yugoslavia",
        MK="macedonia|republic of north macedonia|republic of macedonia|fyrom",
        CZ="czech",
        CN="prc|peoples republic of china|mainland china|people's republic of china",
        AE="uae",
        VA="vatican",
        CI="ivory coast",
        MM="burma",
        IR="persia|islamic republic of iran",
        HK="hong kong|hong kong sar|hong kong china|hongkong",
        MO="macau",
        TW="taiwan roc",
        ZA="south africa",
        PS="palestine|state of palestine|palestinian territories|palestinian territory",
        IE="republic of ireland",
        BA="bosnia",
        CD="dr congo|drc|zaire|democratic republic of the congo",
        TL="east timor",
        # the formal names of ISO 3166 that catalogues copy where CLDR writes short ones
        RU="russian federation",
        SY="syrian arab republic",
        LA="lao people's democratic republic|lao pdr",
        TZ="united republic of tanzania",
        MD="republic of moldova",
        KP="democratic people's republic of korea",
        VE="bolivarian republic of venezuela",
        BO="plurinational state of bolivia",
        KG="kyrgyz republic",
        SK="slovak republic",
        SA="kingdom of saudi arabia",
    ),
    nationalities=coded(
        US="american",
        GB="british|english",
        FR="french",
        DE="german",
        IT="italian",
        ES="spanish",
        JP="japanese",
        CN="chinese",
        KR="korean|south korean",
        TW="taiwanese",
        IN="indian",
        RU="russian",
        PL="polish",
        DK="danish",
        SE="swedish",
        NO="norwegian",
        FI="finnish",
        IS="icelandic",
        IE="irish",
        NL="dutch",
        BE="belgian",
        CH="swiss",
        LU="luxembourgish|luxembourger",
        AT="austrian",
        GR="greek",
        TR="turkish",
        IR="iranian",
        IL="israeli",
        MX="mexican",
        BR="brazilian",
        AR="argentine|argentinian",
        CL="chilean",
        CO="colombian",
        CA="canadian",
        AU="australian",
        PT="portuguese",
        RO="romanian",
        HU="hungarian",
        CZ="czech",
        MK="macedonian",
        TH="thai",
        PH="filipino",
        EG="egyptian",
        LB="lebanese",
        SN="senegalese",
        SU="soviet",
    ),
    labels=table(
        title="title|film title|movie title",
        original_title="original title|original film title",
        alt_title="english title|international title|translated title|also known as|aka|"
        "other titles",
        year="year|production year|year of production|release year|year released|"
        "date of production",
        release="release date|released|released on|premiere|world premiere|premiered|premiere date|"
        "premiered date|premiered on",
        directors="director|directors|dir|director s|directed|directed by|direction|directors name|"
        "director name|film director|director writer",
        writers="writer|writers|writer s|written by|screenplay|screenplay by|script|"
        "scriptwriter|screenwriter|screenwriters|writers name|writing|story by",
        cast="cast|actors|actor|starring|stars|with|featuring|main cast|leading cast|"
        "voice cast|voices|lead actors|principal cast",
        cinematography="cinematography|cinematography by|cinematographer|"
        "director of photography|dop|photography|camera",
        editing="editing|editor|edited by|film editing|film editing by|editors",
        music="music|music by|original music|original score|score|composer",
        sound="sound|sound design|sound designer|sound by",
        production_design="production design|production designer|production design by|scenography",
        art_direction="art direction|art director",
        costume_design="costume design|costumes|costume designer",
        producers="producer|producers|produced by|producer s",
        executive_producers="executive producer|executive producers|executive producer s",
        companies="production|production company|production companies|production co|"
        "studio|company|companies",
        countries="country|countries|production country|production countries|"
        "country of origin|country of production|countries of origin",
        genres="genre|genres|category",
        runtime="runtime|run time|running time|duration|length|film run time|minutes",
        languages="language|languages|spoken language|primary language|original language|dialogue",
        synopsis="synopsis|summary|plot|plot summary|story|the story|storyline|"
        "film description|description|program note|programme note|about the film|about|"
        "overview|introduction",
        awards="awards|award|awards distinctions|festivals and awards|prizes|festivals awards",
        tags="tags|keywords|themes|etiquetas|schlagwörter",
        not_runtime="approx advert and trailer run time|advert and trailer run time|"
        "trailer run time|ads and trailers|adverts and trailers|screening length|event length",
        press="featured review|press|press quotes|reviews|critics reviews|critics|"
        "what the critics say|praise|praise for|pull quotes",
        ignore="format|formats|color|colour|sound mix|contact|distribution|distributor|"
        "distributed by|sales|international sales|world sales|u s distributor|us distributor|"
        "rating|rated|certificate|classification|mpaa rating|age rating|subtitles|subtitled|"
        "website|web|section|programme|program|venue|date|time|dates|screenings|screening|"
        "tickets|price|copy others|trigger warning|budget|box office|aspect ratio|date added|"
        "features|festivals|other festivals|festival|country of filming|"
        "filming location|filming locations|cast crew|cast and crew|other information|info|"
        "classified|certification|informations|sektion|uk release date|us release date|"
        "theatrical distributor|casting|casting by|casting director|casting directors|"
        "imdb|trailer|ratings|reviewer|by|posted|posted by|published|source|sources",
    ),
    laureates=split("winner|winning|laureate"),
    directed_by=split(
        "dir.|directed and edited by|directed and produced by|directed by|a film by|"
        "written and directed by|co-directed by|from director|helmed by|from filmmaker|"
        "from writer-director|co-written and directed by|produced and directed by|"
        "written, directed and produced by|film from|movie from|documentary from|"
        "directed and co-written by|directed and written by|directorial debut of|"
        "directorial debut by|directorial debut from|debut feature by|debut feature from|"
        "feature debut of|feature debut by|feature debut from|directorial feature by|"
        "feature film by|new feature from|latest feature from"
    ),
    written_by=split(
        "written by|screenplay by|script by|written and directed by|co-written by|adapted by|"
        "co-wrote the screenplay with|wrote the screenplay with"
    ),
    starring=split(
        "actor|actress|actors|starring|stars|with|featuring|co-starring|and stars|"
        "performances from|performances by|also starring|the cast includes|"
        "with performances by|"
        "performance from|performance by|turn from|turn by|"
        "actresses|actors namely|actresses namely|stars namely|actors such as|actresses such as"
    ),
    honorifics=split("Mr.|Mrs.|Ms.|Mr|Mrs|Ms"),
    plays=split(
        "as|plays|playing|portrays|stars as|plays the role of|playing the role of|"
        "is playing the role of|played the role of|in the role of"
    ),
    role_of=split("played by|portrayed by|brought to life by|embodied by"),
    presence=split("in the presence of"),
    director_nouns=split(
        "director|filmmaker|film-maker|writer-director|writer/director|the director|documentarian|"
        "auteur|co-director"
    ),
    minutes=split("min|mins|minutes|minute|m"),
    hours=split("h|hr|hrs|hour|hours"),
    months=split(
        "january|february|march|april|may|june|july|august|september|october|"
        "november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
    ),
    colour_words=split("colour|color|b&w|black and white|black & white|black-and-white|bw"),
    genres=genre_table(
        Drama="drama|dramas",
        Comedy="comedy|comedies",
        Documentary="documentary",
        Thriller="thriller",
        Horror="horror",
        Romance="romance|romantic",
        Animation="animation|animated",
        Crime="crime",
        War="war",
        Western="western",
    ),
    conjunctions=split("and|&"),
    year_from=split("from|made in"),
    cinema_words=split("cinema"),
    production_words=split("production"),
    entry_words=split("submission|entry|hopeful|pick|candidate|contender|selection"),
    possessive_endings=split("s"),
    film_plurals=split("films|movies|documentaries|short films|feature films"),
    institution_words=split(
        "festival*|institute|academy|academy's|award|awards|prize*|archive*|foundation|society|"
        "council|centre|center|guild|association|commission|corporation|club|cinematheque|"
        "grand prix|category|categories"
    ),
    film_words=split("film|movie|documentary"),
    film_of=split("by"),
    review_of=split("of|for"),
    genitive_endings=split("’s|'s"),
    titled=split("titled|entitled|called"),
    review_words=split("review|movie review|film review"),
    trailer_words=split("trailer|teaser"),
    is_a=split("is a|is an|was a|was an"),
    by=split("by"),
    press_headings=split(
        "press|press quotes|reviews|critics reviews|critics' reviews|critics|"
        "what the critics say|what the critics said|praise|praise for|featured review|"
        "critical reception|reception|critics' consensus|press reviews|what the critics are saying|"
        "what the press says|what the press said|press comments|critic reviews|critic's reviews|"
        "critic review|top critics|all critics|reviews from critics|what critics say|"
        "what critics are saying|what critics said|critical acclaim|critical praise"
    ),
    quote_by=split("reviewed by|review by|written by|by"),
    quote_in=split("in|for|at|from|on|of|according to"),
    outlet_anaphora=split("the paper|the newspaper|the magazine|the daily|the publication"),
    speech_verbs=split(
        "opines|suggests|suggested|maintained|maintains|noting|adding|observing|concluding|"
        "enthusing|reckons|reckoned|admitted|admits|warned|warns|complained|complains|lamented|"
        "laments|penned|pens|tweeted|mused|muses|acknowledged|acknowledges|conceded|concedes|"
        "exclaimed|exclaims|cheered|cheers|applauded|applauds|celebrated|celebrates|criticised|"
        "criticized|criticises|criticizes|judged|judges|considered|considers|characterised|"
        "characterized|labelled|labeled|recommended|recommends|"
        "said|says|wrote|writes|writing|observed|observes|noted|notes|called|calls|"
        "described|describes|praised|praises|stated|stating|declared|declares|argued|"
        "argues|commented|comments|concluded|concludes|opined|raved|raves|hailed|hails|"
        "summed up|sums up|saying|adds|added|closes with|enthused|enthuses|gushed|gushes|"
        "proclaimed|proclaims|according to|calling|describing|dubbed|dubbing|deemed|branded|"
        "remarked|explained|explains|insisted|insists|quipped|quips|lauded|lauds|"
        "lauding|praising|hailing|speaks of|spoke of|"
        "put it|puts it|points out|pointed out|asserted|asserts|marvelled|marveled|"
        "summarised|summarized|summarises|summarizes"
    ),
    quote_review=split("review|reviews|critique"),
    comment_headings=split(
        "comments|your comments|user comments|user reviews|leave a comment|leave a reply|"
        "add a comment|comment|post a comment"
    ),
    reply_words=split("reply|log in to reply|report comment"),
    time_at=split("at"),
    tagline_headings=split("tagline|taglines|slogan|motto"),
    sentence_words=split(
        "when|as|after|before|if|while|then|but|and|so|here|there|this|that|these|those|now|"
        "later|until|once|since|because|although|though|even|only|also"
    ),
    first_person=split("I|i'm|i’m|we|my|our"),
    outlet_kinds=split(
        "website|site|magazine|newspaper|journal|publication|outlet|tabloid|trade paper|"
        "trade magazine|webzine"
    ),
    press_words=split(
        "film critics|columnists|"
        "critics|review|reviewers|press|media|journalist|journalists|reporter|reporters|reviews|"
        "newspapers|magazines"
    ),
    critic_roles=split(
        "chief film critic|senior film critic|chief critic|lead film critic|film writer|"
        "staff critic|arts critic|movie reviewer|our journalist|"
        "critic|film critic|reviewer|columnist|film columnist|movie critic|film reviewer"
    ),
    media_words=split(
        "film|films|movie|movies|cinema|cinemas|review|reviews|guide|award|awards|festival"
    ),
    outlet_articles=split("the"),
    event_words=split(
        "premiere*|screening*|screened|screens|festival*|in cinemas|in theaters|in theatres|"
        "at cinemas|at the cinema|will be released|opens in|opening night|now showing|"
        "now playing|book now|on sale|tickets|today|tonight|one night only|this week|"
        "this weekend|competition|line-up|lineup|programme|program|box office|gala|"
        "will return to cinemas|special screening*|q&a|cinematheque|upcoming|upcoming event*"
    ),
    story_questions=split(
        "what is it about|what's it about|whats it about|what is the film about|"
        "what's the film about|what is the movie about|what's the movie about|"
        "what is the story|what's the story|what happens"
    ),
    story_words=split(
        "story|stories|tells|follows|following|life|lives|living|young|woman|women|girl*|boy|"
        "boys|family|families|father|mother|daughter*|son|brother*|sister*|husband|wife|"
        "love*|friend*|discover*|finds|decides|struggl*|journey|must|village|town|childhood|"
        "teenage*|widow*|sets out|is forced|falls in love|protagonist*|main character*|"
        "heroine"
    ),
    notice_words=split(
        "this article|published more than|covid*|coronavirus|pandemic|self-isolation|"
        "lockdown|quarantine|all rights reserved|copyright|may not be reproduced|subscribe|"
        "newsletter|sign up|our archive|from our archive|this article was published|face mask*|"
        "face covering*|proof of vaccination|vaccination certificate*|social distancing"
    ),
    name_suffixes=split("jr|jr.|sr|sr.|junior|senior"),
    respectively=split("respectively"),
    own_critic=split("our critic|our reviewer|our film critic|our journalist"),
    award_words=split("best"),
    read_also=split("read also|see also|also read|read more|related|related article|more on this"),
    review_links=split(
        "read the full review|read full review|full review|read the review|read review|read more"
    ),
    determiners=split("the|this|that|these|those|every|our|their|my|your"),
    capital_demonyms=True,
    film_openings=split("it is|it's|this is|it was|this was"),
    quote_pronouns=split("he|she|they"),
    outlet_pronouns=split("it"),
    quote_according=split("in the words of|in the opinion of|in the view of|according to|from"),
    genre_endings=split("s|es|ies"),
    acting_words=split(
        "portrayal|portrayals|portrays|portraying|performance|performances|plays the|"
        "plays a|plays an|played the|played a|stars as|starred as|shines as|mesmerises as|"
        "mesmerizes as|excels as|is superb as|is excellent as|is terrific as|"
        "is brilliant as|turn as|best actress|best actor|best supporting actress|"
        "best supporting actor|title role|lead role|leading role|starring role|"
        "acting debut|her role|his role|"
        "best performance|best lead performance|best supporting performance|"
        "star in|star as|co-star|are superb as|are excellent as|"
        "is captivating as|is outstanding as|is wonderful as|"
        "is magnificent as|is convincing as"
    ),
    lead_words=split(
        "lead actress|lead actor|leading lady|leading man|lead role|leading role|title role|"
        "main actress|main actor"
    ),
    relative_pronouns=split("who|whose"),
    not_fact_labels=split(
        "location*|setting|set in|shot|filmed|filming|shooting|born|birth*|territor*|rights|"
        "available|dubbed|dubbing|version*|audio|region*|stream*|watch|screened|venue*"
    ),
    this_words=split("this"),
    genre_manner_words=split(
        "-like|-style|-esque|-ish|feel|look|style|approach|aesthetic|aesthetics|realism|"
        "sensibility|flavour|flavor|vibe|vibes|touch|touches|elements|overtones|undertones|"
        "influences|tropes|conventions|experience|footage|material|fashion|techniques"
    ),
    own_possessives=split("his|her|their"),
    work_nouns=split("feature|feature film|debut|debut feature|outing|effort"),
    # "David Lean’s reputation", "Denys Arcand’s output": the possessor made them
    craft_nouns=split("craft|output|oeuvre|filmography|reputation"),
    plural_endings=split("s"),
    directed_after=split(
        "directs this|directs the film|directs a|directs an|co-directs|directed the film|"
        "makes her directorial debut|"
        "makes his directorial debut|made her directorial debut|made his directorial debut|"
        "makes their directorial debut|returns to the director's chair|"
        "returns to the director’s chair|returns behind the camera|steps behind the camera|"
        "makes his debut as a director|makes her debut as a director|"
        "makes his big screen debut as a director|makes her big screen debut as a director|"
        "debuts as a director|made his debut as a director|made her debut as a director|"
        # a listing's last sentence: "Kan Lume (The Art of Flirting) directs."
        "directs."
    ),
    release_verbs=split("release|releasing|premiered|debuted|came out"),
    year_words=split("year|the year|in the year"),
    other_words=split(
        "other|others|more|related|latest|newest|next|previous|recent|similar|further|additional|"
        "recommended|you may also like|you might also like|most read|most popular"
    ),
    section_headings=split(
        "review|reviews|the review|our review|film review|movie review|our take|my take|"
        "the verdict|verdict|our verdict|my verdict|final verdict|my opinion|our opinion|opinion|"
        "my thoughts|final thoughts|conclusion|in conclusion|bottom line|the bottom line|overall|"
        "summary|latest news|latest|news|top stories|trending|posted on|published on|updated on|"
        "posted in|filed under|related posts|related|share|share this|you may also like"
    ),
    rating_words=split(
        "certificate|cert|rated|rating|age rating|classification|and over|and up|"
        "suitable for all|all ages|parental guidance|pg|pg-13|nc-17|not rated|"
        "unrated|from"
    ),
    ticket_words=split(
        "tickets|ticket|book now|book tickets|buy tickets|get tickets|booking|box office|"
        "admission|free admission|concessions|per person|free entry"
    ),
    loading_words=split("loading"),
    #: the genre vocabulary (the facet's values) and its words, which pages in any language borrow
    vocabulary_genres={
        "Action": split("action"),
        "Adventure": split("adventure|adventures"),
        "Animation": split("animation|animated|anime|anime features|cartoons|cartoon"),
        "Biography": split("biography|biographical|biopic"),
        "Comedy": split(
            "comedy|comedies|stand-up comedy|romantic comedy|dark comedy|black comedy|sitcom|"
            "stand up"
        ),
        "Crime": split("crime|criminal"),
        "Documentary": split("documentary|documentaries|docuseries|non-fiction"),
        "Drama": split(
            "drama|dramas|dramedy|tragicomedy|melodrama|period drama|legal drama|"
            "historical drama|political drama|teen drama"
        ),
        "Family": split("family|kids|children|children & family movies|children & family"),
        "Fantasy": split("fantasy"),
        "History": split("history|historical|period|period piece|war & history"),
        "Horror": split("horror|horror movies"),
        "Music": split(
            "music|musical|musicals|music & musicals|concert film|dance|"
            "music videos and concerts|concerts"
        ),
        "Mystery": split("mystery|whodunit"),
        "Romance": split("romance|romantic|romantic movies|love"),
        "Science Fiction": split(
            "science fiction|sci-fi|scifi|sci-fi & fantasy|science fiction & fantasy|sf"
        ),
        "Sports": split("sports|sport|sports movies"),
        "Thriller": split("thriller|thrillers|suspense|psychological thriller|erotic thriller"),
        "War": split("war"),
        "Western": split("western|westerns"),
        "Fiction": split("fiction"),
        "Short": split("short|short film|shorts"),
        "Silent": split("silent|silent film"),
        "Experimental": split("experimental|avant-garde"),
        "Teen": split("teen|teen movies|coming of age|coming-of-age"),
        "LGBTQ": split("lgbtq|lgbtq movies|lgbt|lgbtq+|gay & lesbian|queer"),
        "Faith & Spirituality": split(
            "faith & spirituality|faith and spirituality|religious|christian"
        ),
    },
    #: more spellings of the vocabulary's genres, and the words of the narrower genres
    genre_aliases=genre_table(
        Thriller="thrilling|mystery thriller",
        Drama="biographical drama",
        Music="musical drama",
        Black_Comedy="black comedy|dark comedy",
        Romantic_Comedy="romantic comedy|romcom|rom-com",
        Tragicomedy="tragicomedy|tragi-comedy|tragicomic|tragi-comic",
        Satire="satire",
        Parody="parody|parodies|spoof",
        Melodrama="melodrama",
        Family_Drama="family drama",
        Historical_Drama="historical drama",
        Period_Drama="period drama",
        War_Drama="war drama",
        Social_Drama="social drama",
        Biopic="biopic",
        Road_Movie="road movie|road-movie|roadmovie",
        Space_Opera="space opera",
        Psychological_Thriller="psychological thriller",
        Supernatural_Horror="supernatural horror",
        Psychological_Drama="psychological drama|psychodrama",
        Film_Noir="noir|film noir|film-noir|neo-noir|neo noir",
        Detective="detective|detective story",
        **{"Children's Film": "children's film|children's movie|kids movie"},
        Docudrama="docudrama|docu-drama",
        Survival_Thriller="survival thriller",
        Political_Thriller="political thriller",
        Political_Drama="political drama",
        Coming_of_Age="coming of age|coming-of-age",
        Youth_Film="youth film|youth movie",
        Gangster_Film="gangster|gangsters|gangster film|gangster movie",
        Heist_Film="heist|heist film|heist movie",
        Spy="spy|spy film|spy movie|spy thriller|espionage",
        Disaster_Film="disaster|disaster film|disaster movie",
        Martial_Arts="martial arts|martial arts film|kung fu|wuxia",
        Superhero_Film="superhero|superheroes|superhero film|superhero movie",
        Slasher="slasher|slasher film",
        Mockumentary="mockumentary",
        Light_Comedy="light comedy",
        Chick_Flick="chick flick|chick-flick",
        Historical_Biopic="historical biopic",
        Domestic_Drama="domestic drama",
        Christmas_Film="christmas|christmas film|christmas movie",
        Political_Film="political|politics|political film",
        Propaganda_Film="propaganda|propaganda film",
        Literary_Adaptation="literary adaptation",
        Chronicle="chronicle",
        Erotic_Film="erotic|erotic film|erotica",
        Films_about_Filmmaking="films about filmmaking|film about filmmaking",
        Feature_Film="fiction film",
    ),
    genre_adjectives=genre_table(Drama="dramatic"),
    unstemmed_genres=split("romance"),
    genre_everyday_words=split("love|detective|mystery|fantasy"),
    language_names={
        **dict.fromkeys(split("mandarin|mandarin chinese|putonghua"), "Mandarin"),
        "cantonese": "Cantonese",
        **dict.fromkeys(split("hokkien|taiwanese"), "Hokkien"),
        "farsi": "Persian",
        "flemish": "Dutch",
        "sign language": "Sign Language",
    },
)
