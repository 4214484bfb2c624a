"""Georgian."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    critic_roles=split("კრიტიკოსი|კინოკრიტიკოსი"),
    code="ka",
    nationalities=coded(SU="საბჭოთა"),
    quote_pronouns=split("ის"),
    country_names=coded(
        HK="ჰონკონგი", SU="საბჭოთა კავშირი|სსრკ", CS="ჩეხოსლოვაკია", YU="იუგოსლავია"
    ),
    verb_final=True,
    labels=table(
        title="სათაური",
        year="წელი",
        directors="რეჟისორი|რეჟისორები",
        writers="სცენარი|სცენარისტი",
        cast="როლებში|მსახიობები|მონაწილეობენ|როლები|მთავარ როლებში|როლებს ასრულებენ",
        countries="ქვეყანა",
        genres="ჟანრი",
        runtime="ხანგრძლივობა",
        languages="ენა",
        synopsis="სიუჟეტი",
        release="პრემიერა|გამოსვლის თარიღი|გამოვა|გამოვიდა",
        editing="მონტაჟი",
        cinematography="ოპერატორი",
        producers="პროდიუსერი",
        music="მუსიკა|კომპოზიტორი",
        original_title="ორიგინალური სათაური",
    ),
    directed_by=split("რეჟისორი|რეჟ."),
    starring=split("როლებში|მთავარ როლში|მსახიობი|მსახიობები"),
    director_nouns=split("რეჟისორი|რეჟისორის|რეჟისორ|რეჟისორმა"),
    #: the verb of shooting after its subject in the ergative ("ოთარ იოსელიანმა გადაიღო",
    #: Otar Iosseliani shot it), and "shot by" after the genitive ("… მიერ გადაღებული")
    directed_after=split("გადაიღო|გადაიღეს|მიერ გადაღებული|მიერ გადაღებულ"),
    pronouns=split("მან|მათ|ის|იგი"),
    first_person=split("მე|ჩვენ"),
    minutes=split("წთ|წუთი"),
    colour_words=split("ფერადი|შავ-თეთრი"),
    genres=genre_table(
        **{"Children's Film": "საბავშვო ფილმი"},
        Feature_Film="მხატვრული ფილმი",
        Fiction="მხატვრული",
        Horror="საშინელებათა",
        Adventure="სათავგადასავლო",
        Drama="დრამა",
        Comedy="კომედია",
        Documentary="დოკუმენტური",
        Thriller="თრილერი",
        Animation="ანიმაციური|ანიმაცია",
        Romance="რომანტიკული",
        Action="მძაფრსიუჟეტიანი|ექშენი",
        Crime="კრიმინალური",
        Science_Fiction="სამეცნიერო ფანტასტიკა",
        Fantasy="ფენტეზი",
        War="საომარი",
        Western="ვესტერნი",
        Music="მიუზიკლი|მუსიკალური",
        Biography="ბიოგრაფიული",
        History="ისტორიული",
        Family="საოჯახო",
        Melodrama="მელოდრამა",
        Short="მოკლემეტრაჟიანი",
        Tragicomedy="ტრაგიკომედია",
        Romantic_Comedy="რომანტიკული კომედია",
        Historical_Drama="ისტორიული დრამა",
    ),
    conjunctions=split("და"),
    clause_words=split(
        "მისი|მათი|ეს|ეგ|იგი|შესახებ|შემდეგ|გარეშე|ერთი|ორი|სამი|ან|მაგრამ|რომ|როგორც|არის|იყო|ძალიან|ასევე|რომელიც|რომელსაც|თუ|არ|ვერ|ყველა"
    ),
    film_plurals=split("ფილმები*"),
    institution_words=split(
        "ფესტივალ*|ინსტიტუტ*|აკადემი*|პრემი*|ჯილდო*|არქივ*|სკოლ*|ფონდ*|ცენტრ*|კვირეულ*"
    ),
    film_words=split("სურათი|სურათის|ფილმი|ფილმის"),
    genitive_endings=split("ის|ს"),
    months=split(
        "იანვარი|თებერვალი|მარტი|აპრილი|მაისი|ივნისი|ივლისი|აგვისტო|სექტემბერი|"
        "ოქტომბერი|ნოემბერი|დეკემბერი|იან|თებ|აპრ|ივნ|ივლ|აგვ|სექ|ოქტ|ნოე|დეკ"
    ),
    hours=split("საათი"),
    review_words=split("რეცენზია"),
    event_words=split(
        "პრემიერ*|ჩვენებ*|ფესტივალ*|კინოთეატრ*|კონოთეატრ*|ბილეთ*|დღეს|საღამოს|კონკურს*|"
        "პროგრამ*|აპრილს|მაისს|ივნისს|ივლისს|აგვისტოს|სექტემბერს|ოქტომბერს|ნოემბერს|"
        "დეკემბერს|იანვარს|თებერვალს|მარტს"
    ),
    story_words=split(
        "ისტორი*|ამბავ*|მოგვითხრობს|ყვება|ცხოვრ*|ახალგაზრდ*|ქალ*|გოგონ*|ბიჭ*|ოჯახ*|მამ*|დედ*|"
        "შვილ*|ძმა|ძმის|ძმას|და|ცოლ*|ქმარ*|სიყვარულ*|მეგობარ*|აღმოაჩენს|გადაწყვეტს|უნდა|"
        "სოფელ*|ქალაქ*|ბავშვობ*"
    ),
    notice_words=split("covid*|კორონავირუს*|პანდემი*|ყველა უფლება დაცულია"),
    genre_endings=split("ი|ს|ის|ით|ად|ში|ზე|ა|ები|ების|ია|ს|ში"),
    #: words of acting beside an actor's name: role (cases), performs, portrayed
    acting_words=split("როლს|როლში|როლი|ასრულებს|განასახიერა"),
    release_verbs=split("გადაიღეს|გადაიღო|გადაღებულ|გამოვიდა"),
    year_words=split("წელს|წლის"),
    year_marks=split("წ"),
    comment_headings=split("კომენტარები|კომენტარი"),
)
