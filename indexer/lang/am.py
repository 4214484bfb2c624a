"""Amharic."""

from __future__ import annotations

from indexer.lang.base import Language, cldr_months, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("ሃያሲ"),
    code="am",
    country_names=coded(HK="ሆንግ ኮንግ"),
    verb_final=True,
    starring=split("ተዋናይ|ተዋናይት|አርቲስት"),
    labels=table(
        title="ርዕስ",
        year="ዓመት",
        directors="ዳይሬክተር|ዳይሬክሽን",
        writers="ደራሲ",
        cast="ተዋንያን|ተዋናዮች",
        producers="ፕሮዲዩሰር",
        countries="ሀገር|አገር",
        runtime="ርዝመት",
        languages="ቋንቋ",
        synopsis="ማጠቃለያ",
        genres="ዘውግ",
    ),
    # "… በዳይሬክተርነት": … as director; "… ዳይሬክት ያደረገው": which … directed
    directed_after=split("ዳይሬክት የተደረገው|ዳይሬክት የተደረገ|በዳይሬክተርነት|ዳይሬክት ያደረገው|ዳይሬክት ያደረገችው|ዳይሬክት ያደረገ"),
    #: "… as actor": "… በተዋናይነት"
    starring_after=split("በተዋናይነት"),
    director_nouns=split("ዳይሬክተር"),
    first_person=split("እኔ|እኛ"),
    minutes=split("ደቂቃ"),
    hours=split("ሰዓት"),
    months=cldr_months("am"),
    genres=genre_table(
        Drama="ድራማ",
        Comedy="ኮሜዲ|አስቂኝ",
        Action="አክሽን",
        Horror="አስፈሪ",
        Romance="የፍቅር",
        Documentary="ዘጋቢ|ዘጋቢ ፊልም",
        Thriller="ትሪለር",
        Animation="አኒሜሽን",
        War="ጦርነት",
        History="ታሪካዊ",
        Short="አጭር ፊልም",
        Adventure="ጀብዱ|ጀብደኛ",
        Crime="ወንጀል",
        Family="ቤተሰብ",
        Fantasy="ምናባዊ",
        Music="ሙዚቃ|ሙዚቃዊ",
        Science_Fiction="ሳይንሳዊ ልብወለድ|ሳይንሳዊ ልብ ወለድ",
        Biography="የሕይወት ታሪክ",
        Sports="ስፖርት",
        Western="ዌስተርን",
    ),
    conjunctions=split("እና"),
    film_plurals=split("ፊልሞች|ፊልሞችን"),
    film_words=split("ፊልም"),
    event_words=split("መጀመሪያ ማሳያ|ማሳያ|ፌስቲቫል|ሲኒማ|ትኬት|ዛሬ|ዛሬ ማታ|ውድድር|ፕሮግራም"),
    story_words=split(
        "ታሪክ|ሕይወት|ህይወት|ወጣት|ሴት|ልጃገረድ|ወንድ|ቤተሰብ|አባት|እናት|ልጅ|ወንድም|እህት|ባል|ሚስት|ፍቅር|ጓደኛ|መንደር|ከተማ"
    ),
    notice_words=split("ኮቪድ|ኮሮና|መብቱ በህግ የተጠበቀ"),
    comment_headings=split("አስተያየቶች|አስተያየት"),
    # language coverage audit: a cue table the module lacked
    release_verbs=split("የተለቀቀ|ተለቀቀ"),
)
