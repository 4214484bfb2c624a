"""Tamil."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="ta",
    country_names=coded(HK="ஹாங்காங்"),
    verb_final=True,
    labels=table(
        title="தலைப்பு",
        year="ஆண்டு|வெளியான ஆண்டு|வெளியீட்டு ஆண்டு",
        directors="இயக்குநர்|இயக்கம்|இயக்குனர்|டைரக்டர்",
        writers="கதை|திரைக்கதை",
        cast="நடிகர்கள்|நடிப்பு",
        music="இசை|இசையமைப்பாளர்",
        cinematography="ஒளிப்பதிவு|ஒளிப்பதிவாளர்",
        editing="படத்தொகுப்பு|படத்தொகுப்பாளர்",
        producers="தயாரிப்பு",
        runtime="நேரம்|கால அளவு|ஓடும் நேரம்",
        languages="மொழி",
        synopsis="கதைச்சுருக்கம்|கதைச் சுருக்கம்|கதைக்களம்",
        countries="நாடு",
        genres="வகை|ஜானர்",
    ),
    directed_after=split("இயக்கத்தில்|இயக்கி|இயக்கிய|இயக்கியுள்ள|இயக்கியிருக்கும்|இயக்கியுள்ளார்|இயக்கியிருக்கிறார்"),
    starring_after=split(
        "நடிப்பில்|நடித்த|உள்ளிட்ட நடிகர் நடிகைகள்|உள்ளிட்ட நடிகர்கள்|உள்ளிட்ட பலர்|உட்பட பலர்|"
        "உட்பட பலர் நடித்துள்ள|உள்ளிட்ட பலர் நடித்துள்ள|உட்பட பலர் நடிக்கும்|நடித்துள்ள|ஜோடியாக"
    ),
    #: the words after a list's last name: "including", "and the others"
    list_ends=split("உள்ளிட்ட|உள்பட|உட்பட|ஆகியோர்|ஆகியோரும்|ஆகியோரின்|போன்றோர்"),
    starring=split("நடிகர்|நடிகை|நடிகர்கள்|நாயகனாக|நாயகியாக|நாயகிகளாக|நாயகர்களாக"),
    director_nouns=split("இயக்குநர்|இயக்குனர்|டைரக்டர்"),
    directed_by=split(
        "இயக்கியுள்ளார்|இயக்கியிருக்கிறார்|இயக்கி இருக்கிறார்|"
        # "the one who directed (it)": "இப்படத்தை இயக்கியது மணி ரத்னம்."
        "இயக்கியது|இயக்கியவர்|இயக்கியிருப்பவர்"
    ),
    #: the respectful word written after a person's name ("மணிகண்டன் அவர்கள்")
    honorifics_after=split("அவர்கள்"),
    first_person=split("நான்|நாங்கள்"),
    minutes=split("நிமிடங்கள்|நிமிடம்"),
    conjunctions=split("மற்றும்"),
    #: called, as, with, through, about, until, like, from; a, this, that; which is, our: no
    #: word of a name
    postpositions=split(
        "என்கிற|என்ற|என்னும்|எனும்|என்று|ஆக|ஆகவும்|உடன்|மூலம்|பற்றி|வரை|போல|போன்ற|போன்று|இருந்து|ஒரு|இந்த|அந்த|இது|அது|கொண்ட|உள்ள|தான்|ஆனால்|"
        "என்பது|நம்|நமது"
    ),
    #: very, well, wonderfully, also, only: no word of a name
    adverbs=split("மிகவும்|மிக|நன்றாக|அழகாக|சிறப்பாக|மிகச்சிறப்பாக|அருமையாக|மட்டும்|கூட"),
    film_plurals=split("படங்கள்|திரைப்படங்கள்"),
    institution_words=split("விழா*|திருவிழா*|நிறுவன*|அகாடமி*|விருது*|பள்ளி*|மையம்*|வாரம்*"),
    # "படத்தின்": of the film; "படத்தில்", "படத்தை": in the film, the film (its object)
    film_words=split("திரைப்படம்|படம்|படத்தின்|படத்தில்|படத்தை|சினிமா"),
    # "திரை விமர்சனம்": screen review; "பட விமர்சனம்", "திரைப்பட விமர்சனம்": film review, the
    # word for film in its form before a noun
    review_words=split("விமர்சனம்|திரை விமர்சனம்|பட விமர்சனம்|திரைப்பட விமர்சனம்"),
    trailer_words=split("டிரெய்லர்|ட்ரெய்லர்"),
    genres=genre_table(
        Drama="டிராமா|நாடகத் திரைப்படம்",
        Comedy="நகைச்சுவை|நகைச்சுவைப்|நகைச்சுவைத்|காமெடி",
        Documentary="ஆவணப்படம்|ஆவணப் படம்|ஆவணத் திரைப்படம்",
        Horror="திகில்|ஹாரர்|பேய்ப் படம்",
        Thriller="த்ரில்லர்|திரில்லர்",
        Animation="அனிமேஷன்|அசைவூட்டம்|அசைவூட்டத்",
        Crime="க்ரைம்|குற்றவியல்",
        Science_Fiction="அறிவியல் புனைவு|அறிவியல் புனைகதை",
        Fantasy="ஃபேண்டஸி",
        Mystery="மர்மம்|மர்மப்|மர்மத்",
        Action="ஆக்சன்|ஆக்‌ஷன்|ஆக்ஷன்",
        History="வரலாற்று|வரலாற்றுப்|வரலாற்றுத்",
        Family="குடும்ப|குடும்பப்|குடும்பத்",
        Adventure="சாகச|சாகசப்|சாகசத்",
        Romance="காதல்|ரொமான்டிக்",
        War="போர்",
        Melodrama="மெலோடிராமா",
        Romantic_Comedy="ரொமான்டிக் காமெடி|காதல் நகைச்சுவை",
        Black_Comedy="பிளாக் காமெடி",
        Music="இசை",
        Biography="வாழ்க்கை வரலாறு",
        Short="குறும்படம்",
        Sports="விளையாட்டு",
        Western="வெஸ்டர்ன்",
    ),
    months=split("ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்"),
    hours=split("மணி"),
    event_words=split(
        "பிரீமியர்*|திரையிட*|திரையீடு*|விழா*|திரையரங்கு*|திரையரங்க*|டிக்கெட்*|இன்று|போட்டி*|"
        "வெளியீ*|வெளியாக*|வசூல்*"
    ),
    story_words=split(
        "கதை*|வாழ்க்கை*|வாழ்கை*|இளைஞ*|இளம்*|பெண்*|சிறுமி*|சிறுவன்*|குடும்ப*|தந்தை*|அப்பா*|"
        "அம்மா*|தாய்*|மகன்*|மகள்*|சகோதர*|கணவ*|மனைவி*|காதல்*|நண்பர்*|நண்ப*|கிராம*|நகர*|"
        "சொல்லும்|போராட்ட*"
    ),
    notice_words=split("கோவிட்*|கொரோனா*|பதிப்புரிமை*"),
    critic_roles=split("விமர்சகர்"),
    this_words=split("இந்த|அந்த"),  # this, that
    pronouns=split("இவர்|அவர்|இவள்|அவள்|இவன்|அவன்|இவர்கள்|அவர்கள்"),
    release_verbs=split("வெளியா|வெளியீ"),  # "வெளியானது": was released,
    #: words of acting beside an actor's name: acted (a stem), acting (and its stem before a
    #: case's ending, "நடிப்பை"), character (a stem)
    acting_words=split("நடித்|நடிப்பு|நடிப்|கதாபாத்திர"),
    comment_headings=split("கருத்துகள்|கருத்துரைகள்"),
    genre_everyday_words=split("காதல்"),
)
