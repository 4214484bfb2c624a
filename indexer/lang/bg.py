"""Bulgarian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="bg",
    quote_pronouns=split("той|тя"),
    country_names=coded(
        DE_W="гфр|западна германия",
        DE_E="гдр|източна германия",
        HK="хонконг|хонгконг",
        MO="макао",
        NL="холандия",
        US="сащ|америка",
        SU="съветския съюз|съветският съюз|съветски съюз",
        GB_ENG="англия",
        GB_SCT="шотландия",
        GB_WLS="уелс",
        GB_NIR="северна ирландия",
    ),
    labels=table(
        title="заглавие|заглавие на филма",
        original_title="оригинално заглавие",
        year="година",
        release="премиера|премиерно",
        directors="режисьор|режисьорка|режисьори|режисура",
        writers="сценарий|сценарист",
        cast="в ролите|актьори|участват|актьорски състав",
        cinematography="оператор",
        editing="монтаж",
        music="музика",
        producers="продуцент",
        countries="държава|страна",
        genres="жанр|жанрове",
        runtime="времетраене|продължителност",
        languages="език",
        synopsis="синопсис|резюме|сюжет",
        awards="награди",
    ),
    directed_by=split(
        "режисьор е|режисьор|на режисьора|режисиран от|режисирана от|на режисьорката|"
        "реж.|филм на|филмът на"
    ),
    starring=split(
        "актьор|актриса|актьорите|в главните роли са|в главните роли|в ролите|"
        "с участието на|участват|играят"
    ),
    director_nouns=split("режисьор|режисьорът|режисьорката|документалист"),
    minutes=split("мин|минути|минута"),
    hours=split("ч|часа|час"),
    months=split(
        "януари|февруари|март|април|май|юни|юли|август|септември|октомври|ноември|"
        "декември|яну|фев|апр|авг|сеп|окт|ное|дек"
    ),
    colour_words=split("цветен|черно-бял|ч/б"),
    genres=genre_table(
        **{"Children's Film": "детски филм"},
        Feature_Film="игрален филм",
        Fiction="игрален",
        Drama="драма",
        Short="късометражен филм|късометражен",
        Comedy="комедия",
        Documentary="документален|документален филм",
        Horror="ужаси|хорър",
        Thriller="трилър",
        Animation="анимация|анимационен|анимационен филм",
        Romance="романтичен",
        Action="екшън",
        Crime="криминален",
        Science_Fiction="научна фантастика",
        Fantasy="фентъзи",
        War="военен",
        Western="уестърн",
        Music="мюзикъл|музикален",
        Biography="биографичен",
        History="исторически",
        Family="семеен",
        Adventure="приключенски",
        Mystery="мистерия",
        Tragicomedy="трагикомедия|трагикомичен|трагикомична",
        Satire="сатира",
        Black_Comedy="черна комедия",
        Romantic_Comedy="романтична комедия",
        Historical_Drama="историческа драма",
        Political_Thriller="политически трилър",
        Political_Drama="политическа драма",
        Melodrama="мелодрама",
        Psychological_Thriller="психологически трилър",
        Psychological_Drama="психологическа драма|психодрама",
        Road_Movie="роуд муви|road movie",
        Parody="пародия",
        Silent="ням",
    ),
    conjunctions=split("и"),
    production_words=split("продукци|производств"),
    film_plurals=split("филми|филмите"),
    film_words=split("филм|филма|филмът"),
    #: "филмът на Стефан Командарев": the possessor after "на" ("of")
    film_of=split("на"),
    titled=split("заглавие"),
    review_words=split("ревю|рецензия"),
    plays=split("в ролята на|играе|изиграва"),
    role_of=split("когото играе|която играе|когото изиграва"),
    by=split("реж."),
    quote_by=split("от"),
    quote_in=split("в|във|за"),
    speech_verbs=split(
        "пише|казва|отбелязва|написа|каза|отбеляза|смята|според|нарича|нарече|добавя|добави|"
        "заключава|заяви|заявява"
    ),
    first_person=split("ние|аз"),
    event_words=split(
        "премиер*|прожекци*|фестивал*|конкурс*|по кината|в кината|кино|билет*|днес|довечера|"
        "програма*"
    ),
    story_words=split(
        "истори*|разказва|проследява|следва|живот*|живее|млад*|жена|жени|момиче*|момче*|"
        "семейств*|баща|майка*|син|сина|дъщер*|брат|сестр*|съпруг*|любов*|приятел*|открива|"
        "решава|трябва|село|град*|детств*|главният герой|героин*|персонаж*"
    ),
    notice_words=split("covid*|коронавирус*|пандеми*|всички права запазени"),
    respectively=split("съответно"),
    critic_roles=split("критик|кинокритик"),
    read_also=split("прочетете още|вижте още"),
    genre_endings=split("а|и|е|я|ът|та|то|те|ата|ия|ият|ия|ите|ни|на|но"),
    acting_words=split("играе|изиграва|в ролята|най-добра актриса|най-добър актьор"),
    relative_pronouns=split("който|която"),
    release_verbs=split("излиза|излезе|заснет|пуснат|премиерно"),
    year_words=split("година|годината"),
    year_of=split("година|г."),
    comment_headings=split("коментари|коментар"),
    coproduction_words=split("съвместна продукция|съвместно производство|копродукция"),
)
