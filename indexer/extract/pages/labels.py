"""The label words of film pages, by field, in many languages.

A page labels its credits "Director:", "Regie |", "監督:", "REALIZADOR:", "Directed by" or
"Режија / Director:". :data:`LABELS` maps every field to the words that introduce it;
:func:`field_of` looks a label up (accent-, case- and punctuation-insensitive). Fields named
``ignore`` are real labels whose values the extractor does not keep (they still end the value
of the label before them), ``release`` is a release date (a fallback for the year) and
``press`` opens a block of critics' quotes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.normalize import key
from indexer.records import ROLES

# fmt: off
LABELS: dict[str, tuple[str, ...]] = {
    "title": (
        "title", "film title", "titulo", "título", "titre", "titel", "titolo", "başlık", "τίτλος",
        "片名", "作品名", "제목", "영화명", "название", "наслов",
    ),
    "original_title": (
        "original title", "original film title", "titulo original", "título original",
        "titre original", "originaltitel", "titolo originale", "orijinal adı", "orijinal adi",
        "πρωτότυπος τίτλος", "原題", "原名", "원제", "оригинален наслов", "оригинальное название",
    ),
    "alt_title": (
        "english title", "international title", "titolo internazionale", "translated title",
        "also known as", "aka", "other titles", "英題", "英文名",
    ),
    "year": (
        "year", "production year", "year of production", "release year", "año", "ano",
        "año de producción", "ano de produção", "année", "année de production", "jahr",
        "produktionsjahr", "anno", "anno di produzione", "yıl", "yapım yılı", "έτος",
        "έτος παραγωγής", "製作年", "制作年", "年份", "제작년도", "제작연도", "година", "год",
        "rok produkcji", "rok", "production year", "date of production",
    ),
    "release": (
        "release date", "released", "released on", "premiere", "world premiere", "estreno",
        "fecha de estreno", "sortie", "date de sortie", "kinostart", "uscita", "data di uscita",
        "estreia", "vizyon tarihi", "πρεμιέρα", "公開日", "劇場公開日", "上映日期", "개봉",
        "премиера", "премьера",
    ),
    "directors": (
        "director", "directors", "director s", "directed by", "direction", "directors name",
        "director name", "film director", "regie", "regia", "regia di", "réalisation",
        "réalisateur", "réalisatrice", "un film de", "dirección", "direccion", "director a",
        "dirigida por", "dirigido por", "realizador", "realizadora", "realização", "direção",
        "yönetmen", "yonetmen", "σκηνοθεσία", "σκηνοθέτης", "監督", "导演", "導演", "감독",
        "режија", "режисер", "режиссёр", "режиссер", "reżyseria", "regisseur", "regisseurin",
        "rendező", "ohjaus", "regi", "instruktør", "režie", "director writer",
    ),
    "writers": (
        "writer", "writers", "writer s", "written by", "screenplay", "screenplay by", "script",
        "scriptwriter", "screenwriter", "screenwriters", "writers name", "writing", "guion",
        "guión", "guiones", "scénario", "scenario", "drehbuch", "buch", "sceneggiatura",
        "roteiro", "argumento", "senaryo", "σενάριο", "脚本", "编剧", "編劇", "각본", "сценарио",
        "сценарий", "scenariusz", "story by", "原作",
    ),
    "cast": (
        "cast", "actors", "actor", "starring", "stars", "with", "featuring", "main cast",
        "leading cast", "interpreti", "intérpretes", "interpretes", "reparto", "elenco", "avec",
        "interprétation", "distribution artistique", "darsteller", "darsteller innen",
        "schauspieler", "besetzung", "mit", "con", "oyuncular", "ηθοποιοί", "πρωταγωνιστούν",
        "παίζουν", "出演", "キャスト", "주연", "출연", "主演", "演员", "演員", "улоги", "актеры",
        "в ролях", "atores", "actores", "elenco principal", "obsada", "voice cast",
    ),
    "cinematography": (
        "cinematography", "cinematography by", "cinematographer", "director of photography",
        "dop", "photography", "camera", "kamera", "bildgestaltung", "fotografía", "fotografia",
        "dirección de fotografía", "direção de fotografia", "photographie", "image",
        "directeur de la photographie", "direttore della fotografia", "görüntü yönetmeni",
        "φωτογραφία", "διεύθυνση φωτογραφίας", "撮影", "摄影", "攝影", "촬영", "кинематографер",
        "оператор", "zdjęcia",
    ),
    "editing": (
        "editing", "editor", "edited by", "film editing", "film editing by", "editors", "schnitt",
        "montaje", "montage", "montaggio", "montagem", "edición", "kurgu", "μοντάζ", "編集",
        "剪辑", "剪輯", "편집", "монтажа", "монтаж",
    ),
    "music": (
        "music", "music by", "original music", "original score", "score", "composer", "musik",
        "música", "musique", "musica", "musiche", "müzik", "μουσική", "音楽", "配乐", "配樂",
        "音乐", "음악", "музика", "музыка", "composición", "musique originale",
    ),
    "sound": (
        "sound", "sound design", "sound designer", "ton", "tondesign", "sonido", "son", "suono",
        "som", "ses", "ses tasarımı", "ήχος", "録音", "音效", "錄音", "录音", "사운드", "음향",
        "звук", "sound by",
    ),
    "production design": (
        "production design", "production designer", "production design by", "szenenbild",
        "décors", "decors", "scenografia", "dirección artística", "diseño de producción", "美術",
        "美术", "미술", "сценографија", "scenography",
    ),
    "art direction": (
        "art direction", "art director", "direction artistique", "ausstattung",
    ),
    "costume design": (
        "costume design", "costumes", "costume designer", "vestuario", "kostüm", "kostümbild",
        "costumi", "figurino", "衣装", "服装",
    ),
    "producers": (
        "producer", "producers", "produced by", "producer s", "productor", "productora",
        "productores", "producteur", "producteurs", "produttore", "produttori", "produzent",
        "produzenten", "produtor", "produtores", "yapımcı", "παραγωγός", "παραγωγοί",
        "プロデューサー", "制片", "制片人", "製片", "監製", "监制", "프로듀서", "продуцент",
        "продюсер", "produkcja",
    ),
    "executive producers": (
        "executive producer", "executive producers", "executive producer s",
        "productor ejecutivo", "producteur exécutif", "ausführender produzent",
    ),
    "companies": (
        "production", "production company", "production companies", "production co", "studio",
        "producción", "produccion", "produktion", "produktionsfirma", "produzione",
        "production companies", "produção", "yapım", "παραγωγή", "製作", "制作", "制片商",
        "製作公司", "제작", "제작사", "продукција", "производство", "company", "companies",
    ),
    "countries": (
        "country", "countries", "production country", "production countries", "country of origin",
        "country of production", "countries of origin", "país", "pais", "países", "paises",
        "pais es", "país es", "pays", "pays de production", "land", "länder", "produktionsland",
        "herkunftsland", "paese", "paesi", "nazione", "origem", "origen", "origine",
        "nacionalidad", "ülke", "χώρα", "χώρα παραγωγής", "製作国", "国家", "國家", "产地",
        "產地", "出品国", "국가", "제작국가", "држава", "страна", "kraj", "production countries",
    ),
    "genres": (
        "genre", "genres", "género", "genero", "géneros", "gênero", "genere", "gattung", "tür",
        "tur", "είδος", "ジャンル", "类型", "類型", "장르", "жанр", "category", "gatunek",
    ),
    "runtime": (
        "runtime", "run time", "running time", "duration", "length", "film run time", "duración",
        "duracion", "durée", "duree", "dauer", "laufzeit", "spieldauer", "länge", "filmlänge",
        "durata", "duração", "duracao", "süre", "sure", "διάρκεια", "上映時間", "片长", "片長",
        "时长", "時長", "상영시간", "러닝타임", "времетраење", "продолжительность",
        "czas trwania", "minutes",
    ),
    "languages": (
        "language", "languages", "spoken language", "primary language", "original language",
        "dialogue", "idioma", "idiomas", "lengua", "langue", "langues", "version", "sprache",
        "sprachen", "originalsprache", "lingua", "língua", "idioma original", "dil", "γλώσσα",
        "言語", "语言", "語言", "언어", "јазик", "язык", "język",
    ),
    "synopsis": (
        "synopsis", "sinopsis", "sinopse", "synopse", "sinossi", "resumen", "resumo", "résumé",
        "summary", "plot", "plot summary", "story", "the story", "storyline", "inhalt",
        "handlung", "inhaltsangabe", "trama", "film description", "description", "program note",
        "programme note", "about the film", "about", "overview", "konu", "υπόθεση", "περίληψη",
        "あらすじ", "ストーリー", "解説", "剧情简介", "劇情簡介", "劇情概述", "剧情概述", "简介",
        "簡介", "줄거리", "시놉시스", "содржина", "сюжет", "описание", "opis", "fabuła",
    ),
    "awards": (
        "awards", "award", "awards distinctions", "festivals and awards", "prizes", "premios",
        "premio", "prix", "récompenses", "distinctions", "auszeichnungen", "preise",
        "festivals awards", "premi", "riconoscimenti", "prêmios", "ödüller", "βραβεία",
        "διακρίσεις", "受賞", "受賞歴", "获奖", "獲獎", "수상", "수상내역", "награди", "награды",
        "nagrody",
    ),
    "tags": (
        "tags", "keywords", "themes", "schlagwörter", "etiquetas",
    ),
    "not_runtime": (
        "approx advert and trailer run time", "advert and trailer run time", "trailer run time",
        "ads and trailers", "adverts and trailers", "screening length", "event length",
    ),
    "press": (
        "featured review", "press", "press quotes", "reviews", "critics reviews", "critics",
        "what the critics say", "praise", "praise for", "extraits de presse", "la presse",
        "revue de presse", "critiques", "pressestimmen", "pressezitate", "kritiken",
        "rassegna stampa", "la critica", "crítica", "críticas", "la crítica", "eleştiriler",
        "κριτικές", "評価", "평론", "媒体评价", "pull quotes",
    ),
    "ignore": (
        "format", "formats", "color", "colour", "sound mix", "contact", "distribution",
        "distributor", "distributed by", "distribution in greece", "distribuye", "distribuidora",
        "distribución", "distribuição", "verleih", "distribuzione", "sales",
        "international sales", "world sales", "u s distributor", "us distributor", "rating",
        "rated", "certificate", "classification", "mpaa rating", "age rating", "fsk",
        "público alvo", "publico alvo", "subtitles", "subtitled", "untertitel", "sottotitoli",
        "subtítulos", "sous titres", "website", "web", "section", "programme", "program",
        "sección", "sektion", "venue", "date", "time", "dates", "screenings", "screening",
        "tickets", "price", "copy others", "trigger warning", "budget", "box office",
        "aspect ratio", "date added", "features", "festivals", "other festivals", "festival",
        "puntuación", "puntuacion", "score", "country of filming", "filming location",
        "filming locations", "海外配給", "发行商", "發行商", "预算", "預算", "票房", "统筹",
        "上映及发行", "电影海报", "基本资料", "配給", "cast crew", "cast and crew",
        "other information", "info", "informations", "classified", "certification",
        "uk release date", "us release date", "theatrical distributor", "фестивали",
        "други фестивали", "website", "imdb", "trailer", "ratings", "reviewer", "by", "posted",
        "posted by", "published", "source", "sources",
    ),
}
# fmt: on

#: Labels read as "<label> <value>" without a colon when the value is a short name list.
SPACE_LABELS = frozenset(
    key(word)
    for word in (
        "directed by",
        "written by",
        "screenplay by",
        "produced by",
        "music by",
        "edited by",
        "cinematography by",
        "film editing by",
        "production design by",
        "starring",
        "director",
        "directors",
        "cast",
        "writer",
        "producer",
        "監督",
        "감독",
        "导演",
        "導演",
        "出演",
        "regie",
        "regia",
        "réalisation",
        "dirección",
        "realizador",
        "yönetmen",
        "σκηνοθεσία",
        "with",
        "featuring",
        "story by",
    )
)

#: Fields whose value may run over several lines without trailing commas.
MULTILINE_FIELDS = frozenset({"awards", "ignore", "synopsis", "companies", "producers"})
#: Fields holding people's names.
PEOPLE_FIELDS = frozenset({"directors", "writers", "cast", *ROLES})


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for field, words in LABELS.items():
        for word in words:
            table.setdefault(key(word), field)
    return table


def field_of(label: str) -> tuple[str, ...]:
    """The fields a label names (``()`` if unknown); bilingual or combined labels such as
    "Режија / Director" or "director/writer" name each part."""
    table = _table()
    k = key(label)
    if not k or len(k) > 60:
        return ()
    if k in table:
        return (table[k],)
    parts = [key(part) for part in label.replace("|", "/").split("/")]
    # bilingual labels: every part known, or the Latin part known beside a translation
    known = [part for part in parts if part in table]
    unknown = [part for part in parts if part not in table]
    if len(parts) < 2 or not known or any(re.search(r"[a-z]", part) for part in unknown):
        return ()
    parts = known
    return tuple(dict.fromkeys(table[part] for part in parts))


def labels_by_length() -> list[tuple[str, str]]:
    """(label key, field) pairs, longest first, for finding a label glued to its value."""
    return sorted(_table().items(), key=lambda item: -len(item[0]))
