"""Kannada."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("ವಿಮರ್ಶಕ|ಚಲನಚಿತ್ರ ವಿಮರ್ಶಕ"),
    code="kn",
    starring=split("ನಟ|ನಟಿ|ನಟರು"),
    country_names=coded(HK="ಹಾಂಗ್ ಕಾಂಗ್"),
    verb_final=True,
    labels=table(
        title="ಶೀರ್ಷಿಕೆ",
        year="ವರ್ಷ",
        release="ಬಿಡುಗಡೆ|ಬಿಡುಗಡೆ ದಿನಾಂಕ",
        directors="ನಿರ್ದೇಶಕ|ನಿರ್ದೇಶಕರು|ನಿರ್ದೇಶಕಿ|ನಿರ್ದೇಶನ",
        writers="ಚಿತ್ರಕಥೆ|ಕಥೆ",
        cast="ತಾರಾಗಣ|ತಾರಾಬಳಗ|ಪಾತ್ರವರ್ಗ|ಕಲಾವಿದರು",
        music="ಸಂಗೀತ",
        producers="ನಿರ್ಮಾಪಕ|ನಿರ್ಮಾಪಕರು|ನಿರ್ಮಾಣ",
        countries="ದೇಶ",
        runtime="ಅವಧಿ",
        languages="ಭಾಷೆ",
        synopsis="ಕಥಾಸಾರಾಂಶ|ಸಾರಾಂಶ|ಕಥಾಹಂದರ|ಚಿತ್ರದ ಕಥೆ",
        ignore="ಬಜೆಟ್",
        genres="ಪ್ರಕಾರ|ಶೈಲಿ",
    ),
    directed_after=split(
        # "ರಿಷಬ್ ಶೆಟ್ಟಿ ನಟಿಸಿ, ನಿರ್ದೇಶಿಸಿರುವ": acted in and directed
        "ನಟಿಸಿ, ನಿರ್ದೇಶಿಸಿರುವ|ನಟಿಸಿ ನಿರ್ದೇಶಿಸಿರುವ|ನಟಿಸಿ, ನಿರ್ದೇಶಿಸಿದ|ನಟಿಸಿ ನಿರ್ದೇಶಿಸಿದ|"
        "ನಿರ್ದೇಶನದ|ನಿರ್ದೇಶನದಲ್ಲಿ|ನಿರ್ದೇಶಿಸಿರುವ|ನಿರ್ದೇಶಿಸಿದ|ನಿರ್ದೇಶಿಸಿದ್ದಾರೆ|"
        # "has done the direction"; "said action-cut", as film pages write directing
        "ನಿರ್ದೇಶನ ಮಾಡಿರುವ|ನಿರ್ದೇಶನ ಮಾಡಿದ|ನಿರ್ದೇಶನ ಮಾಡಿದ್ದಾರೆ|ಆಕ್ಷನ್ ಕಟ್ ಹೇಳಿರುವ|ಆಕ್ಷನ್ ಕಟ್ ಹೇಳಿದ|"
        "ಆಕ್ಷನ್ ಕಟ್ ಹೇಳಿದ್ದಾರೆ"
    ),
    #: acted, acting; "in the lead role"
    starring_after=split("ಅಭಿನಯದ|ಅಭಿನಯಿಸಿರುವ|ನಟನೆಯ|ನಟಿಸಿರುವ|ಜೋಡಿಯಾಗಿ|ಮುಖ್ಯ ಭೂಮಿಕೆಯಲ್ಲಿ|ಪ್ರಮುಖ ಪಾತ್ರದಲ್ಲಿ"),
    #: "ಶಿವ ಪಾತ್ರದಲ್ಲಿ ರಿಷಬ್": in the role of Shiva, the actor
    role_of=split("ಪಾತ್ರದಲ್ಲಿ"),
    director_nouns=split("ನಿರ್ದೇಶಕ|ನಿರ್ದೇಶಕರು|ನಿರ್ದೇಶಕರಾದ|ನಿರ್ದೇಶಕಿ"),
    first_person=split("ನಾನು|ನಾವು"),
    minutes=split("ನಿಮಿಷಗಳು|ನಿಮಿಷ"),
    hours=split("ಗಂಟೆಗಳು|ಗಂಟೆ"),
    months=cldr_months("kn"),
    genres=genre_table(
        Drama="ನಾಟಕ|ಡ್ರಾಮಾ",
        Comedy="ಹಾಸ್ಯ|ಕಾಮಿಡಿ",
        Documentary="ಸಾಕ್ಷ್ಯಚಿತ್ರ|ಡಾಕ್ಯುಮೆಂಟರಿ",
        Horror="ಹಾರರ್",
        Thriller="ಥ್ರಿಲ್ಲರ್|ಸಸ್ಪೆನ್ಸ್",
        Action="ಆಕ್ಷನ್",
        Romance="ಪ್ರೇಮಕಥೆ|ರೊಮ್ಯಾಂಟಿಕ್|ರೊಮ್ಯಾನ್ಸ್",
        History="ಐತಿಹಾಸಿಕ",
        Family="ಕೌಟುಂಬಿಕ",
        Animation="ಅನಿಮೇಷನ್",
        Adventure="ಸಾಹಸ",
        Crime="ಕ್ರೈಂ|ಕ್ರೈಮ್|ಅಪರಾಧ",
        War="ಯುದ್ಧ",
        Music="ಸಂಗೀತ",
        Biography="ಜೀವನಚರಿತ್ರೆ|ಬಯೋಪಿಕ್",
        Short="ಕಿರುಚಿತ್ರ",
        Fantasy="ಫ್ಯಾಂಟಸಿ",
        Mystery="ಮಿಸ್ಟರಿ",
        Science_Fiction="ಸೈನ್ಸ್ ಫಿಕ್ಷನ್|ವೈಜ್ಞಾನಿಕ ಕಾದಂಬರಿ|ವೈಜ್ಞಾನಿಕ ಕಾಲ್ಪನಿಕ",
        Sports="ಕ್ರೀಡೆ|ಕ್ರೀಡಾ",
        Western="ವೆಸ್ಟರ್ನ್",
    ),
    conjunctions=split("ಮತ್ತು"),
    #: as, called, with, through, about, until, after; a, this, that: no word of a name
    postpositions=split("ಆಗಿ|ಎಂಬ|ಎಂದು|ಜೊತೆ|ಜೊತೆಗೆ|ಮೂಲಕ|ಬಗ್ಗೆ|ವರೆಗೆ|ನಂತರ|ಹಾಗೂ|ಒಂದು|ಈ|ಆ|ಇದು|ಅದು|ಆದರೆ"),
    #: very, well, wonderfully, also, only: no word of a name
    adverbs=split("ತುಂಬಾ|ಬಹಳ|ಅತ್ಯಂತ|ಚೆನ್ನಾಗಿ|ಅದ್ಭುತವಾಗಿ|ಸುಂದರವಾಗಿ|ಕೂಡ|ಕೂಡಾ|ಮಾತ್ರ"),
    case_particles=split("ಲ್ಲಿ|ದಿಂದ|ಕ್ಕೆ"),
    film_plurals=split("ಚಿತ್ರಗಳು|ಸಿನಿಮಾಗಳು"),
    film_words=split("ಚಲನಚಿತ್ರ|ಚಿತ್ರ|ಸಿನಿಮಾ"),
    review_words=split("ವಿಮರ್ಶೆ"),
    event_words=split("ಪ್ರೀಮಿಯರ್*|ಪ್ರದರ್ಶನ*|ಚಿತ್ರೋತ್ಸವ*|ಉತ್ಸವ*|ಚಿತ್ರಮಂದಿರ*|ಟಿಕೆಟ್*|ಇಂದು|ಸ್ಪರ್ಧೆ*|ಬಿಡುಗಡೆ*"),
    story_words=split(
        "ಕಥೆ*|ಜೀವನ*|ಯುವ*|ಯುವಕ*|ಯುವತಿ*|ಮಹಿಳೆ*|ಹುಡುಗಿ*|ಹುಡುಗ*|ಕುಟುಂಬ*|ತಂದೆ*|ತಾಯಿ*|ಮಗ*|ಮಗಳು*|"
        "ಸಹೋದರ*|ಗಂಡ*|ಹೆಂಡತಿ*|ಪ್ರೀತಿ*|ಪ್ರೇಮ*|ಸ್ನೇಹಿತ*|ಗ್ರಾಮ*|ಹಳ್ಳಿ*|ನಗರ*"
    ),
    notice_words=split("ಕೋವಿಡ್*|ಕೊರೊನಾ*"),
    pronouns=split("ಅವರು|ಇವರು|ಅವನು|ಅವಳು"),
    this_words=split("ಈ|ಆ"),  # this, that
    #: words of acting beside an actor's name: acted (a stem), acting, role
    acting_words=split("ನಟಿಸ|ಅಭಿನಯ|ಪಾತ್ರ"),
    release_verbs=split("ಬಿಡುಗಡೆ"),
    year_words=split("ರಲ್ಲಿ"),
    comment_headings=split("ಪ್ರತಿಕ್ರಿಯೆಗಳು|ಕಾಮೆಂಟ್‌ಗಳು"),
)
