"""Japanese."""

from indexer.lang.base import Language, genre_table, split, table

DATA = Language(
    code="ja",
    labels=table(
        title="作品名|タイトル",
        original_title="原題",
        alt_title="英題",
        year="製作年|制作年|公開年",
        release="公開日|劇場公開日|公開",
        directors="監督|監督・脚本",
        writers="脚本|原作|脚本・監督",
        cast="出演|キャスト|主演|声の出演",
        cinematography="撮影",
        editing="編集",
        music="音楽",
        sound="録音",
        production_design="美術",
        costume_design="衣装",
        producers="プロデューサー",
        companies="製作",
        countries="製作国|製作国・地域",
        genres="ジャンル",
        runtime="上映時間|時間",
        languages="言語",
        synopsis="あらすじ|ストーリー|解説|作品解説",
        awards="受賞|受賞歴",
        press="評価",
        ignore="配給|海外配給",
    ),
    director_nouns=split("監督"),
    minutes=split("分"),
    hours=split("時間"),
    genres=genre_table(
        Drama="ドラマ",
        Comedy="コメディ",
        Horror="ホラー",
        Animation="アニメ",
        Documentary="ドキュメンタリー",
        Romance="恋愛",
    ),
)
