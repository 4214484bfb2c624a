"""Quotations set in one repeated layout read as a run (quotes44): each period's slots sign
its own quotation, the run deciding once which slot holds the critic and which the outlet."""

from __future__ import annotations

from page_support import quotes

from indexer.extract.pages.quotes.slots import periodic_slots
from indexer.extract.pages.quotes.units import QUOTE, Unit

_DIGEST = (
    "Foreign press\n"
    "A choice of the year's reviews, with no claim to be complete, of a long list.\n"
    "Heritage\n"
    "Le Monde, Paris, 1980. May 14.\n"
    "„... The two actresses are superb, so much that the film wins us over at the end.”\n"
    "Jean Vomarot\n"
    "Kavorin Zeitung, Berlin, 1980. June.\n"
    "„A well-made film, if rather academic, that shows no renewal of its author.”\n"
    "Ginette Talubier\n"
    "Il Gekemaba, Rome, 1980. May 11.\n"
    "„... a finely directed duet that rises above the melodrama of its story.”\n"
    "Luc Perrival\n"
    "Huvo Radu, Montreal, 1980. May.\n"
    "„The brilliance and finesse of the film leave a nostalgia for an era.”\n"
    "Max Ordenhof\n"
)

_HEADED = (
    "Praise for the film\n"
    "\n"
    "Aylin Vardanoğlu\n"
    "Oyuncuların performansı olağanüstü\n"
    "“Genel çerçevede insan denen muammanın derinliklerine iniyor ve oradan dönüyor.”\n"
    "\n"
    "Şenay Aydoğmuş\n"
    "Çok güzel yazılmış\n"
    "“Yeni bir halka üzere geldi bana, karanlık karakterleri başka bir yere taşıyor.”\n"
    "\n"
    "Selin Gürsoy\n"
    "Senaryo ritmi kusursuz\n"
    "“Ülkede kök salmış birçok yara burada başka bir biçimde karşımıza çıkıyor.”\n"
    "\n"
    "Suzan Demirtaş\n"
    "Tekrar taşradayız\n"
    "“Evvelki sinemaları ile ortak paydada, yeniden taşranın kasvetine dönüyoruz.”\n"
)

_CYRILLIC = (
    "Пресса о фильме\n"
    "Коммерсантъ, Москва, 2019\n"
    "«Картина о послевоенном Ленинграде, снятая с редкой для дебютанта уверенностью.»\n"
    "Антон Долгин\n"
    "Журнал Вотолин, Москва, 2019\n"
    "«Фильм держит зрителя в напряжении от первого до последнего кадра.»\n"
    "Мария Кувшинова\n"
    "Гекемаба, Петербург, 2019\n"
    "«Два главных женских образа сыграны с поразительной точностью и болью.»\n"
    "Андрей Плахотин\n"
)


def test_an_outlet_over_each_quotation_and_a_critic_under_it() -> None:
    assert [(c, o) for _, c, o in quotes(_DIGEST)] == [
        ("Jean Vomarot", "Le Monde"),
        ("Ginette Talubier", "Kavorin Zeitung"),
        ("Luc Perrival", "Il Gekemaba"),
        ("Max Ordenhof", "Huvo Radu"),
    ]


def test_a_critic_and_a_heading_over_each_quotation_parted_by_blank_lines() -> None:
    assert [c for _, c, _ in quotes(_HEADED)] == [
        "Aylin Vardanoğlu",
        "Şenay Aydoğmuş",
        "Selin Gürsoy",
        "Suzan Demirtaş",
    ]


def test_the_same_layout_in_another_script() -> None:
    assert [(c, o) for _, c, o in quotes(_CYRILLIC)] == [
        ("Антон Долгин", "Коммерсантъ"),
        ("Мария Кувшинова", "Журнал Вотолин"),
        ("Андрей Плахотин", "Гекемаба"),
    ]


def test_a_source_read_whole_under_its_quotation_is_kept() -> None:
    body = (
        "Críticas\n"
        "\n"
        "«Rastrea en la memoria reciente para ofrecer un furioso retrato del barrio.»\n"
        "Luis Marvizón: Diario Gekemaba\n"
        "\n"
        "«La película, a veces costumbrista, otras un poco melodramática, convence.»\n"
        "Carmen Lobato: Diario Vatoli\n"
        "\n"
        "«Es una buena película, cargada de buenas intenciones, un relato clásico.»\n"
        "Philipp Engelor: Diario Huvo\n"
    )
    assert [(c, o) for _, c, o in quotes(body)] == [
        ("Luis Marvizón", "Diario Gekemaba"),
        ("Carmen Lobato", "Diario Vatoli"),
        ("Philipp Engelor", "Diario Huvo"),
    ]


def test_speakers_taking_turns_sign_no_run() -> None:
    body = (
        "Scene 4\n"
        "NEIL\n"
        "“We should never have come back to this house after the storm.”\n"
        "SUE\n"
        "“You said the very same thing last winter, and we stayed.”\n"
        "NEIL\n"
        "“Last winter we had somewhere else to go, and now we have not.”\n"
        "SUE\n"
        "“Then we stay until the roads are open again, as we always do.”\n"
    )
    lines = tuple(body.splitlines())
    units = [Unit(k, k, QUOTE, lines[k].strip("“”")) for k in (2, 4, 6, 8)]
    assert periodic_slots(units, lines) == set()


def test_both_ends_repeating_the_period_tell_nothing() -> None:
    body = (
        "Press\n"
        "Kavorin Zeitung, Berlin, 1980. June.\n"
        "„A well-made film, if rather academic, that shows no renewal of its author.”\n"
        "Huvo Radu, Montreal, 1980. May.\n"
        "„The brilliance and finesse of the film leave a nostalgia for an era.”\n"
        "Il Gekemaba, Rome, 1980. May 11.\n"
        "„... a finely directed duet that rises above the melodrama of its story.”\n"
        "Vatoli Tribune, Paris, 1980. May 14.\n"
    )
    lines = tuple(body.splitlines())
    units = [Unit(k, k, QUOTE, lines[k].strip("„”")) for k in (2, 4, 6)]
    assert periodic_slots(units, lines) == set()
