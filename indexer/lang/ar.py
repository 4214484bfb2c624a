"""Arabic."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="ar",
    labels=table(
        title="العنوان|اسم الفيلم",
        original_title="العنوان الأصلي",
        year="السنة|سنة الإنتاج",
        release="تاريخ العرض|تاريخ الصدور",
        directors="إخراج|المخرج|اخراج|مخرج",
        writers="تأليف|سيناريو|كتابة",
        cast="بطولة|تمثيل|الممثلون|طاقم التمثيل",
        cinematography="تصوير",
        editing="مونتاج",
        music="موسيقى",
        producers="إنتاج|انتاج|منتج",
        countries="البلد|الدولة|بلد الإنتاج",
        genres="النوع|التصنيف",
        runtime="المدة|مدة العرض",
        languages="اللغة",
        synopsis="القصة|ملخص",
    ),
    directed_by=split("من إخراج|إخراج|للمخرج|للمخرجة|اخراج"),
    written_by=split("تأليف|سيناريو"),
    starring=split("بطولة|من بطولة|بمشاركة|تمثيل"),
    director_nouns=split("المخرج|المخرجة"),
    minutes=split("دقيقة|دقائق|د"),
    hours=split("ساعة|ساعات"),
    months=split("يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"),
    genres=genre_table(Drama="دراما", Comedy="كوميدي|كوميديا", Horror="رعب", Documentary="وثائقي"),
    conjunctions=split("و"),
    prefix_conjunctions=split("و"),
    film_words=split("فيلم|الفيلم"),
)
