"""Thai."""

from __future__ import annotations

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="th",
    labels=table(
        title="ชื่อเรื่อง|ชื่อภาพยนตร์",
        original_title="ชื่อเรื่องต้นฉบับ",
        year="ปี|ปีที่ฉาย",
        release="วันที่เข้าฉาย|วันเข้าฉาย|เข้าฉาย",
        directors="ผู้กำกับ|กำกับ|กำกับโดย",
        writers="บทภาพยนตร์|ผู้เขียนบท",
        cast="นักแสดง|นำแสดงโดย|ผู้แสดง",
        producers="ผู้อำนวยการสร้าง|อำนวยการสร้าง",
        countries="ประเทศ",
        genres="ประเภท|แนว",
        runtime="ความยาว|เวลาฉาย",
        languages="ภาษา",
        synopsis="เรื่องย่อ",
        cinematography="กำกับภาพ",
        editing="ตัดต่อ",
    ),
    directed_by=split("กำกับโดย|ผลงานกำกับของ|ผู้กำกับ|กำกับการแสดงโดย"),
    starring=split("นำแสดงโดย|ร่วมแสดงโดย"),
    director_nouns=split("ผู้กำกับ"),
    minutes=split("นาที"),
    hours=split("ชั่วโมง|ชม"),
    months=split(
        "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|"
        "ตุลาคม|พฤศจิกายน|ธันวาคม|ม.ค|ก.พ|มี.ค|เม.ย|พ.ค|มิ.ย|ก.ค|ส.ค|ก.ย|ต.ค|พ.ย|ธ.ค"
    ),
    genres=genre_table(
        Thriller="ระทึกขวัญ",
        Science_Fiction="ไซไฟ|นิยายวิทยาศาสตร์|วิทยาศาสตร์",
        Drama="ดราม่า",
        Comedy="ตลก|คอมเมดี้",
        Horror="สยองขวัญ",
        Romance="โรแมนติก",
        Action="แอ็คชั่น|แอคชั่น",
        Documentary="สารคดี",
        Animation="แอนิเมชัน|แอนิเมชั่น|การ์ตูน",
        Crime="อาชญากรรม",
        Fantasy="แฟนตาซี",
        War="สงคราม",
        Music="มิวสิคัล",
        Biography="ชีวประวัติ",
        History="ประวัติศาสตร์",
        Family="ครอบครัว",
        Adventure="ผจญภัย",
        Mystery="ลึกลับ",
        Western="คาวบอย",
    ),
    conjunctions=split("และ"),
    film_words=split("ภาพยนตร์|หนัง|หนังเรื่อง"),
    review_words=split("รีวิว"),
)
