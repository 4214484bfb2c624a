"""Turkish."""

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="tr",
    labels=table(
        title="başlık|film adı",
        original_title="orijinal adı|orijinal adi|orijinal ismi",
        year="yıl|yapım yılı",
        release="vizyon tarihi|gösterim tarihi",
        directors="yönetmen|yonetmen|yönetmenler",
        writers="senaryo|senarist",
        cast="oyuncular|başrol|başrollerde",
        cinematography="görüntü yönetmeni",
        editing="kurgu",
        music="müzik",
        sound="ses|ses tasarımı",
        producers="yapımcı",
        companies="yapım",
        countries="ülke",
        genres="tür|tur",
        runtime="süre|sure",
        languages="dil",
        synopsis="konu|özet",
        awards="ödüller",
        press="eleştiriler",
    ),
    directed_by=split("yönetmenliğini|yönetmenliğinde"),
    starring=split("başrollerinde|başrolde"),
    director_nouns=split("yönetmen"),
    minutes=split("dk|dakika"),
    hours=split("saat|sa"),
    months=split("ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"),
    genres=genre_table(Drama="dram", Comedy="komedi", Documentary="belgesel", Horror="korku"),
    conjunctions=split("ve"),
    film_words=split("film|filmi"),
    by=split("yönetmen"),
)
