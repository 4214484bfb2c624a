"""Thai."""

from __future__ import annotations

from indexer.lang.base import Language, coded, genre_table, split, table

DATA = Language(
    code="th",
    era_offset=543,
    country_names=coded(HK="ฮ่องกง", MO="มาเก๊า"),
    labels=table(
        title="ชื่อเรื่อง|ชื่อภาพยนตร์",
        original_title="ชื่อเรื่องต้นฉบับ",
        year="ปี|ปีที่ฉาย|ปีที่เข้าฉาย|ปีที่ออกฉาย",
        release="วันที่เข้าฉาย|วันเข้าฉาย|เข้าฉาย",
        # the infobox of the Thai encyclopedia writes its labels with "by" ("กำกับการแสดงโดย")
        directors="ผู้กำกับ|กำกับ|กำกับโดย|กำกับการแสดงโดย|กำกับการแสดง",
        writers="บทภาพยนตร์|ผู้เขียนบท|บทภาพยนตร์โดย|เขียนบทโดย|เรื่องโดย",
        # the verb alone as a label, as "กำกับ" is the director's: "นำแสดง :" (to lead the cast)
        cast="นักแสดง|นำแสดงโดย|ผู้แสดง|นักแสดงนำ|นักแสดงหลัก|นำแสดง|ร่วมแสดง",
        producers="ผู้อำนวยการสร้าง|อำนวยการสร้าง|ผลิตโดย|อำนวยการสร้างโดย",
        music="เพลงโดย|ดนตรีประกอบโดย|ดนตรีประกอบ",
        countries="ประเทศ",
        genres="ประเภท|แนว",
        runtime="ความยาว|เวลาฉาย",
        languages="ภาษา",
        synopsis="เรื่องย่อ",
        cinematography="กำกับภาพ|ถ่ายภาพโดย|กำกับภาพโดย",
        editing="ตัดต่อ|ตัดต่อโดย|เรียบเรียงโดย",
    ),
    directed_by=split(
        # "กำกับฯ โดย": ฯ abbreviates the verb ("กำกับการแสดง", to direct the acting)
        "กำกับโดย|กำกับฯ โดย|กำกับฯโดย|ผลงานกำกับของ|ผลงานการกำกับของ|ผู้กำกับ|กำกับการแสดงโดย|"
        "หนังใหม่ของ|ภาพยนตร์เรื่องล่าสุดของ|"
        "เรื่องล่าสุดของ|ผลงานเรื่องล่าสุดของ|ผลงานล่าสุดของ|ผลงานภาพยนตร์ของ"
    ),
    starring=split("นักแสดง|นักแสดงนำ|นำแสดงโดย|ร่วมแสดงโดย"),
    honorifics=split("คุณ|นาย|นาง|นางสาว"),
    director_nouns=split("ผู้กำกับ"),
    minutes=split("นาที"),
    hours=split("ชั่วโมง|ชม"),
    months=split(
        "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|"
        "ตุลาคม|พฤศจิกายน|ธันวาคม|ม.ค|ก.พ|มี.ค|เม.ย|พ.ค|มิ.ย|ก.ค|ส.ค|ก.ย|ต.ค|พ.ย|ธ.ค"
    ),
    colour_words=split("ขาวดำ"),
    genres=genre_table(
        **{"Children's Film": "ภาพยนตร์เด็ก"},
        Thriller="ระทึกขวัญ",
        Science_Fiction="ไซไฟ|นิยายวิทยาศาสตร์|วิทยาศาสตร์",
        Drama="ดราม่า",
        Comedy="ตลก|คอมเมดี้",
        Horror="สยองขวัญ|หนังผี",
        Romance="โรแมนติก|หนังรัก|ภาพยนตร์รัก",
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
        Melodrama="เมโลดราม่า",
        Short="หนังสั้น|ภาพยนตร์สั้น",
        Road_Movie="โรดมูฟวี่|โรดมูวี่",
        Black_Comedy="ตลกร้าย",
        Romantic_Comedy="โรแมนติกคอมเมดี้",
    ),
    conjunctions=split("และ"),
    institution_words=split("เทศกาล|สถาบัน|รางวัล|หอภาพยนตร์|โรงเรียน|มูลนิธิ|ศูนย์|สัปดาห์"),
    film_words=split("ภาพยนตร์|หนัง|หนังเรื่อง"),
    review_words=split("รีวิว"),
    event_words=split(
        "รอบฉาย|ฉายรอบ|เข้าฉาย|ฉายที่|เทศกาล|โรงภาพยนตร์|บัตร|ตั๋ว|วันนี้|คืนนี้|ประกวด|"
        "โปรแกรม|รอบปฐมทัศน์|ปฐมทัศน์|เวลา|หอภาพยนตร์"
    ),
    story_words=split(
        "เรื่องราว|เล่าเรื่อง|ชีวิต|หนุ่ม|สาว|หญิง|ผู้หญิง|เด็กหญิง|เด็กชาย|ครอบครัว|พ่อ|แม่|"
        "ลูกชาย|ลูกสาว|พี่ชาย|น้องสาว|สามี|ภรรยา|ความรัก|เพื่อน|ค้นพบ|ตัดสินใจ|หมู่บ้าน|"
        "ปัญหา|แรงบันดาลใจ"
    ),
    notice_words=split("โควิด|โคโรนา|สงวนลิขสิทธิ์"),
    critic_roles=split("นักวิจารณ์|นักวิจารณ์ภาพยนตร์"),
    pronouns=split("เขา|เธอ|พวกเขา"),
    relative_pronouns=split("ที่|ซึ่ง"),
    release_verbs=split("ออกฉาย|เข้าฉาย"),
    year_words=split("ปี|ในปี|พ.ศ.|ค.ศ."),
    comment_headings=split("ความคิดเห็น"),
)
