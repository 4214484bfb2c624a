"""Macedonian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="mk",
    nationalities=coded(
        SU="советски|советскиот|советска|советската",
        YU="југословенски|југословенскиот|југословенска|југословенската",
    ),
    quote_pronouns=split("тој|таа"),
    country_names=coded(
        MK="македонија", HK="хонгконг", SU="советски сојуз", CS="чехословачка", YU="југославија"
    ),
    labels=table(
        title="наслов",
        original_title="оригинален наслов",
        year="година|година на производство",
        release="премиера",
        directors="режија|режисер|режисерка|режисери",
        writers="сценарио",
        cast="улоги|актери|главни улоги|во улогите|улогите",
        cinematography="кинематографер|фотографија",
        editing="монтажа",
        music="музика",
        sound="звук",
        production_design="сценографија",
        producers="продуцент",
        companies="продукција",
        countries="држава",
        genres="жанр|жанрови",
        runtime="времетраење",
        languages="јазик",
        synopsis="содржина|синопсис|за филмот|опис",
        awards="награди",
        ignore="фестивали|други фестивали",
    ),
    directed_by=split(
        "во режија на|режија на|режија|режиран од|режирал|режирала|реж.|филм на|филмот на"
    ),
    starring=split(
        "актер|актерка|актерот|актерката|актери|во улогите|во главните улоги|"
        "во главната улога|играат"
    ),
    director_nouns=split("режисерот|режисер|режисерката|режисерка|документарист"),
    minutes=split("мин|минути|минута"),
    hours=split("ч|час|часа|часот"),
    months=split(
        "јануари|февруари|март|април|мај|јуни|јули|август|септември|октомври|ноември|"
        "декември|јан|фев|јун|јул|авг|сеп|окт|ное|дек"
    ),
    colour_words=split("колор|во боја|ц/б|црно-бел"),
    genres=genre_table(
        **{"Children's Film": "детски филм"},
        Feature_Film="игран филм",
        Fiction="игран",
        Drama="драма",
        Short="краток филм|краткометражен",
        Comedy="комедија",
        Documentary="документарен|документарец",
        Horror="хорор",
        Thriller="трилер",
        Animation="анимиран|анимација",
        Romance="романтичен",
        Action="акционен",
        Science_Fiction="научна фантастика|научнофантастичен|антиутопија",
        Fantasy="фантазија",
        War="воен",
        War_Drama="воена драма",
        Family_Drama="семејна драма",
        Western="вестерн",
        Music="мјузикл|музички",
        Biography="биографски",
        History="историски",
        Family="семеен",
        Adventure="авантуристички",
        Mystery="мистерија",
        Tragicomedy="трагикомедија|трагикомичен|трагикомична",
        Satire="сатира",
        Black_Comedy="црна комедија",
        Historical_Drama="историска драма",
        Political_Thriller="политички трилер",
        Political_Drama="политичка драма",
        Melodrama="мелодрама",
        Crime="криминалистички|криминален",
        Biopic="биографска драма",
        Psychological_Thriller="психолошки трилер",
        Psychological_Drama="психолошка драма",
        Road_Movie="роуд муви|road movie",
        Romantic_Comedy="романтична комедија",
    ),
    conjunctions=split("и"),
    production_words=split("продукциј|производств"),
    film_plurals=split("филмови|филмовите"),
    institution_words=split(
        "фестивал*|институт*|академиј*|наград*|архив*|школ*|фонд*|центар|центарот|недел*|денови|"
        "категориј*"
    ),
    film_words=split("филм|филмот"),
    #: "филмот на Милчо Манчевски": the possessor after "на" ("of")
    film_of=split("на"),
    review_words=split("рецензија"),
    plays=split("во улогата на|игра"),
    plays_own=split("како"),
    titled=split("насловен"),
    by=split("реж."),
    first_person=split("ние"),
    event_words=split(
        "премиер*|проекциј*|прикажан*|фестивал*|натпревар*|во кината|кино|билет*|денес|"
        "вечерва|програм*"
    ),
    story_words=split(
        "приказ*|прикажува|следи|живот*|живее|млад*|жен*|девојк*|девојче*|момче*|семејств*|"
        "татко|мајка*|син|синот|ќерк*|брат|сестр*|сопруг*|љубов*|пријател*|открива|одлучува|"
        "мора|село|град*"
    ),
    notice_words=split("covid*|коронавирус*|пандемиј*|сите права задржани"),
    quote_in=split("во|за|на"),
    speech_verbs=split("пишува|напиша|вели|рече|изјави|ја нарече|го нарече"),
    critic_roles=split("критичар|филмски критичар"),
    genre_endings=split("а|и|е|та|то|те|ата|ите|ни|на|но|от|ен|ски|ска"),
    acting_words=split("игра|глуми|во улогата|најдобра актерка|најдобар актер"),
    lead_words=split("во главната улога|главната улога"),
    release_verbs=split("снимен|прикажан|излезе|премиерно"),
    year_words=split("година|годината"),
    year_of=split("година|г."),
    comment_headings=split("коментари|коментар"),
    other_words=split(
        "други|повеќе|поврзани|слични|најнови|последни|следн*|претходн*|препорачан*|најчитани"
    ),
    genre_everyday_words=split("историја"),
)
