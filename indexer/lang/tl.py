"""Tagalog and Filipino."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, genre_table, split, table

DATA = Language(
    critic_roles=split("kritiko ng pelikula"),
    code="tl",
    labels=table(
        title="pamagat|pamagat ng pelikula",
        original_title="orihinal na pamagat",
        year="taon",
        release="petsa ng paglabas|inilabas noong",
        directors="direktor|direksyon|sa direksyon ni",
        writers="manunulat|iskrip|sumulat|isinulat ni",
        cast="mga artista|mga gumaganap|pinagbibidahan ni|pinagbibidahan nina",
        music="musika",
        producers="prodyuser",
        countries="bansa",
        runtime="haba|tagal",
        languages="wika",
        synopsis="buod|sinopsis|buod ng pelikula|banghay",
        ignore="badyet",
        genres="genre|uri|kategorya",
    ),
    directed_by=split(
        "sa direksyon ni|sa direksiyon ni|idinirehe ni|dinirehe ni|idinirek ni|direksyon ni|"
        "direksiyon ni|sa pamamahala ni"
    ),
    written_by=split("isinulat ni"),
    starring=split(
        "pinagbibidahan ni|pinagbibidahan nina|tampok sina|tampok|itinatampok|aktres na si|"
        "aktor na si|bida sina|bida si|pinangungunahan ni|pinangungunahan nina"
    ),
    #: "Direk" is also how a director is addressed, before the name ("Direk Lino Brocka")
    honorifics=split("Ginoong|Ginang|Binibining|Direk"),
    plays=split("bilang"),
    # "ginampanan ng aktor na si …": "ng" before a common noun, then the name
    role_of=split(
        "ginampanan ni|ginagampanan ni|gagampanan ni|ginampanan nina|ginampanan ng|ginagampanan ng"
    ),
    conjunctions=split("at"),
    director_nouns=split("direk|direktor|direktor na si|direk na si"),
    first_person=split("ako|kami|tayo|namin|natin"),
    minutes=split("minuto"),
    hours=split("oras"),
    months=cldr_months("fil", skip="hun|set|dis|ago"),
    genres=genre_table(
        **{"Children's Film": "pelikulang pambata"},
        Drama="drama",
        Comedy="komedya|katatawanan|komedi",
        Romantic_Comedy="romantikong komedya|romantikong komedi",
        Documentary="dokumentaryo",
        Horror="katatakutan|lagim",
        Romance="romansa|pag-ibig|romantiko|romantikong",
        Action="aksiyon|aksyon",
        Animation="animasyon",
        Crime="krimen",
        Fantasy="pantasya",
        Thriller="thriller",
        Adventure="pakikipagsapalaran",
        War="digmaan|giyera",
        Family="pampamilya",
        History="kasaysayan",
        Biography="talambuhay",
        Short="maikling pelikula",
        Melodrama="melodrama",
        Road_Movie="road movie",
        Mystery="misteryo",
        Music="musikal",
        Science_Fiction="kathang-agham|science fiction",
        Sports="palakasan",
    ),
    film_plurals=split("mga pelikula"),
    institution_words=split(
        "festival|instituto|akademya|gawad|parangal|arkibo|paaralan|pundasyon|sentro|kategorya"
    ),
    film_words=split("pelikula|pelikulang"),
    year_from=split("noong"),
    film_of=split("ni"),
    is_a=split("ay isang"),
    event_words=split(
        "premiere*|pagpapalabas|ipapalabas|ipinalabas|festival*|sa mga sinehan|sinehan|tiket|"
        "ngayon|ngayong gabi|kompetisyon|programa"
    ),
    story_words=split(
        "kuwento|kwento|isinasalaysay|sinusundan|buhay|bata|batang|babae|dalaga|lalaki|"
        "binata|pamilya|ama|tatay|ina|nanay|anak|kapatid|asawa|pag-ibig|pagmamahal|kaibigan|"
        "natuklasan|nagpasya|kailangan|baryo|bayan|lungsod"
    ),
    notice_words=split("covid*|pandemya|karapatang-ari"),
    quote_in=split("sa|para sa"),
    # he, she: the third person beside a verb of saying after a quotation
    quote_pronouns=split("siya"),
    speech_verbs=split("sinabi|sinasabi|tinawag|isinulat|sabi"),
    read_also=split("basahin din"),
    acting_words=split("gumaganap|gumanap bilang|pinakamahusay na aktres|pinakamahusay na aktor"),
    lead_words=split("lead actress na si|lead actor na si|bida na si"),
    release_verbs=split("ipinalabas|pagbubukas|pagbukas|iprinodyus|iprinudyus"),
    comment_headings=split("mga komento"),
    # language coverage audit: a cue table the module lacked
    year_words=split("noong|taong|noong taong"),
    quote_according=split("ayon kay|ayon sa|ayon kina"),
    other_words=split("iba pa|higit pa|kaugnay|pinakabago|susunod|nakaraan|katulad|inirerekomenda"),
    section_headings=split("rebyu|basahin din"),
    unstemmed_genres=split("romansa"),
)
