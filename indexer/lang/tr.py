"""Turkish."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, stem_nationalities, table

DATA = Language(
    code="tr",
    nationalities=stem_nationalities(
        "",
        US="amerikan",
        GB="ingiliz",
        FR="fransız",
        DE="alman",
        ES="ispanyol",
        IT="italyan",
        GR="yunan",
        JP="japon",
    )
    | coded(SU="sovyet"),
    country_names=coded(
        SU="sovyetler birliği",
        PS="filistin",
        US="abd",
        GB_ENG="ingiltere",
        NL="hollanda",
        CS="çekoslovakya",
        YU="yugoslavya",
    ),
    labels=table(
        title="başlık|film adı",
        original_title="orijinal adı|orijinal adi|orijinal ismi",
        year="yıl|yapım yılı|vizyon yılı",
        release="vizyon tarihi|gösterim tarihi",
        directors="yönetmen|yonetmen|yönetmenler|yöneten",
        writers="senaryo|senarist",
        cast="oyuncular|başrol|başrollerde|oyuncu kadrosu|başroldekiler|oynayanlar",
        cinematography="görüntü yönetmeni",
        editing="kurgu",
        music="müzik",
        sound="ses|ses tasarımı",
        producers="yapımcı",
        companies="yapım",
        countries="ülke",
        genres="tür|tur|türü|kategori",
        runtime="süre|sure",
        languages="dil",
        synopsis="konu|özet|filmin konusu|film özeti",
        awards="ödüller",
        press="eleştiriler",
    ),
    directed_by=split("yön.|yönetmenliğini"),
    starring=split(
        "oyuncu|başrollerinde|başrolde|başrollerde|başrollerini|oyuncular|oyuncuları|"
        "oyuncu kadrosunda"
    ),
    honorifics=split("Sayın"),
    director_nouns=split("yönetmen|yönetmeni"),
    starring_after=split(
        "başrolleri paylaştığı|başrollerini paylaştığı|başrolünü üstlendiği|"
        "başrollerini üstlendiği|başrolünde oynadığı"
    ),
    first_person=split("benim|bizim"),
    minutes=split("dk|dak|dakika|dakikalık|dakikalik"),
    hours=split("saat|sa|saatlik"),
    months=split(
        "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
        "oca|şub|ağu|eyl|eki"
    ),
    colour_words=split("renkli|siyah-beyaz|siyah beyaz"),
    genres=genre_table(
        Feature_Film="kurmaca film|uzun metraj kurmaca",
        Fiction="kurmaca",
        Christmas_Film="noel filmi",
        Youth_Film="gençlik filmi",
        Literary_Adaptation="edebiyat uyarlaması|roman uyarlaması",
        Propaganda_Film="propaganda filmi",
        Political_Film="politik film|siyasi film",
        Gangster_Film="gangster filmi",
        Disaster_Film="felaket filmi",
        Martial_Arts="dövüş sanatları",
        Superhero_Film="süper kahraman",
        Spy="casusluk",
        Erotic_Film="erotik",
        Drama="dram|drama|dramatik",
        Comedy="komedi",
        Documentary="belgesel|belgesel film",
        Horror="korku",
        Action="aksiyon",
        Adventure="macera",
        Animation="animasyon|çizgi film",
        Biography="biyografi|biyografik",
        Crime="suç|polisiye",
        Family="aile",
        Fantasy="fantastik",
        History="tarih",
        Music="müzik|müzikal",
        Mystery="gizem",
        Romance="romantizm|romantik",
        Science_Fiction="bilim kurgu|bilimkurgu|bilim-kurgu|distopya|distopik",
        Sports="spor",
        Thriller="gerilim",
        War="savaş",
        Short="kısa film",
        Experimental="deneysel",
        Western="western",
        Black_Comedy="kara komedi",
        Tragicomedy="trajikomedi|trajikomik",
        Satire="hiciv",
        Romantic_Comedy="romantik komedi",
        Historical_Drama="tarihi dram|tarihi drama",
        War_Drama="savaş dramı|savaş draması",
        Social_Drama="sosyal dram|sosyal drama",
        Political_Thriller="politik gerilim",
        Political_Drama="politik dram",
        Family_Drama="aile draması|aile dramı",
        Psychological_Thriller="psikolojik gerilim",
        Psychological_Drama="psikolojik dram|psikolojik drama",
        Road_Movie="yol filmi",
        Melodrama="melodram",
        Film_Noir="kara film",
        **{"Children's Film": "çocuk filmi"},
        Parody="parodi",
        Silent="sessiz film",
    ),
    conjunctions=split("ve"),
    cinema_words=split("sineması|sinema"),
    production_words=split("yapımı|yapım"),
    film_plurals=split("filmler*"),
    institution_words=split(
        "festival*|film festival*|enstitü*|akademi*|ödül*|arşiv*|okul*|vakf*|vakıf*|merkez*|"
        "derneğ*|dernek*|hafta*|günleri*|kategori*"
    ),
    film_words=split("film|filmi"),
    genitive_endings=split(
        "’ın|’in|’un|’ün|’nın|’nin|’nun|’nün|'ın|'in|'un|'ün|'nın|'nin|'nun|'nün"
    ),
    review_words=split("incelemesi|eleştirisi"),
    trailer_words=split("fragman|fragmanı"),
    by=split("yönetmen"),
    # "Türkiye’nin Oscar adayı", "… Oscar aday adayı": the country's entry for an award
    entry_words=split("adayı|aday adayı|temsilcisi"),
    possessive_endings=split("ın|in|un|ün|nın|nin|nun|nün"),
    name_endings=split(
        "ın|in|un|ün|nın|nin|nun|nün|ı|i|u|ü|yı|yi|yu|yü|nı|ni|nu|nü|a|e|ya|ye|na|ne|"
        "da|de|ta|te|nda|nde|dan|den|tan|ten|ndan|nden|la|le|yla|yle|dır|dir|dur|dür|"
        "tır|tir|tur|tür"
    ),
    directed_after=split(
        "yönettiği|yönetmenliğinde|yönetmenliği|yönetmenlik denemesi|ilk yönetmenlik denemesi|"
        "imzasıyla|imzalı|imzasını taşıyan|"
        # "sat in the director's chair": "A’ın yönetmen koltuğuna oturduğu “…” filmi"
        "yönetmen koltuğuna oturduğu|yönetmen koltuğuna oturmuş olduğu|"
        "yönetmen koltuğunda oturduğu|"
        # "wrote and directed", "did the directing of": the name in the genitive before them
        "yazıp yönettiği|kaleme alıp yönettiği|yazdığı ve yönettiği|senaryosunu yazıp yönettiği|"
        "yönetmenliğini yaptığı|yönetmenliğini üstlendiği|yazıp yönetmenliğini yaptığı"
    ),
    press_headings=split("eleştiriler|basın eleştirisi|basın eleştirileri"),
    quote_by=split("yazar"),
    comment_headings=split("yorumlar"),
    speech_verbs=split(
        "yazmış|demiş|söylüyor|söyledi|söylemiş|belirtiyor|belirtmiş|ifade ediyor|ifade etmiş|"
        "değerlendiriyor|değerlendirmiş|övüyor|övmüş|vurguluyor|vurgulamış|tanımlamış|"
        "nitelendirmiş|yorumluyor|yorumlamış|not düştü|not düşüyor|ekledi|ekliyor|eklemiş|"
        "sözlerini kullandı|ifadelerini kullandı|ifadelerine yer verdi|diyordu|yazıyordu|"
        "olarak tanımlıyor|olarak nitelendiriyor|"
        "yazıyor|diyor|yazdı|dedi|diye|söz etti|belirtti|ifadesini kullandı|nitelendirdi|"
        "nitelendiriyor|tanımladı|tanımlıyor|yorumladı|değerlendirdi|övdü|vurguladı|ifade etti|"
        "olarak nitelendirdi|olarak tanımladı|olarak değerlendirdi|olarak yorumladı"
    ),
    event_words=split(
        "galası|galasında|gala|prömiyer*|gösterim*|gösterilecek|festival*|yarışma*|vizyona|"
        "vizyonda|sinemalarda|bilet*|bugün|bu akşam|seçki*|gişe*"
    ),
    story_questions=split("film ne anlatıyor|filmin konusu ne|konusu ne"),
    story_words=split(
        "hikaye*|hikâye*|öykü*|anlatıyor|anlatı*|konu alıyor|takip ediyor|hayat*|yaşam*|"
        "yaşıyor|yaşayan|genç*|kadın*|kız|kızı|oğlan*|erkek*|aile*|baba*|annesi|"
        "annesini|annesiyle|oğlu*|kardeş*|kocası*|eşi*|aşk*|arkadaş*|keşfe*|karar verir|"
        "zorunda|köy*|kasaba*|çocukluğ*|aşık olur|kahraman*|başkarakter*|karakter*"
    ),
    notice_words=split(
        "covid*|koronavirüs*|pandemi*|tüm hakları saklıdır|abone ol*|bülten*|izleyici kitlesi*|"
        "yaş ve üzeri"
    ),
    respectively=split("sırasıyla"),
    press_words=split(
        "eleştirmenleri|film eleştirmenleri|"
        "eleştirmenler|eleştirmenlerin|eleştiri|eleştiriler|basın|medya|gazeteci|gazeteciler"
    ),
    outlet_kinds=split(
        "gazetesi|gazetesinin|gazetesinde|dergisi|dergisinin|dergisinde|sitesi|sitesinin"
    ),
    critic_roles=split(
        "eleştirmenin|sinema yazarı|film yazarı|"
        "eleştirmen|eleştirmeni|sinema eleştirmeni|film eleştirmeni|köşe yazarı"
    ),
    award_words=split("en iyi"),
    read_also=split("ayrıca okuyun|ilginizi çekebilir|bunu da okuyun"),
    review_links=split("eleştirinin tamamı için|eleştirinin tamamı|devamını oku"),
    film_openings=split("bu bir"),
    genre_endings=split(
        "ı|i|u|ü|yı|yi|yu|yü|ya|ye|da|de|ta|te|dan|den|nın|nin|nun|nün|sı|si|su|sü|lar|ler|ları|"
        "leri|yla|yle|dır|dir|nda|nde|sına|sine|sini|sını|ydı|ydi"
    ),
    acting_words=split(
        "oynuyor|oynamış|canlandırıyor|canlandırmış|rolünde|performansı|oyunculuğu|"
        "en iyi kadın oyuncu|en iyi erkek oyuncu"
    ),
    lead_words=split("başrolde|başrolünde|başrol oyuncusu"),
    release_verbs=split(
        "vizyona|gösterime|yapımı|çekilen|çekildi|gösterildi"
    ),  # "vizyona girdi": opened in cinemas
    year_words=split("yılında|yılı"),
    coproduction_words=split("ortak yapım"),
    other_words=split(
        "diğer|daha fazla|ilgili|benzer|en son|son haberler|sonraki|önceki|önerilen|en çok okunan"
    ),
    section_headings=split(
        "eleştiri|film eleştirisi|inceleme|değerlendirme|yorum|yorumlar|sonuç|görüş|son haberler|"
        "haberler|paylaş"
    ),
    rating_words=split("genel izleyici|yaş ve üzeri|yaş|üzeri|genel"),
    ticket_words=split("biletler|bilet|bilet al|satın al|fiyat|giriş ücretsiz|giriş"),
    loading_words=split("yükleniyor"),
    genre_adjectives=genre_table(Drama="dramatik"),
    unstemmed_genres=split("parodi"),
)
