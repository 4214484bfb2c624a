"""A small corpus of editor Markdown films for the search, build and merge tests."""

from __future__ import annotations

import json
from pathlib import Path

FILMS: dict[str, str] = {
    "return-to-dust.md": """---
title: Return to Dust
original_title: Yin Ru Chen Yan
year: 2022
directors: [Li Ruijun]
cast: [Wu Renlin, Hai Qing]
countries: [China]
genres: [Drama, Romance]
runtime: 133
languages: [Mandarin]
quotes:
  - text: "It's a gorgeous, quietly affecting film that finds an unassuming beauty in this simple life in rural China."
    critic: Wendy Ide
    outlet: Guardian
  - text: "An absorbing, beautifully framed drama."
    outlet: Variety
---
Two lonely, middle-aged people are pushed into an arranged marriage in rural Gansu and build a home together.
""",
    "dust.md": """---
title: Dust
year: 2001
directors: [Milcho Manchevski]
countries: [North Macedonia, United Kingdom]
genres: [Western, Drama]
---
An old woman tells a burglar the story of two brothers; the film returns again and again to dust and gold.
""",
    "amelie.md": """---
title: Amélie
original_title: Le Fabuleux Destin d'Amélie Poulain
year: 2001
directors: [Jean-Pierre Jeunet]
countries: [France]
genres: [Comedy, Romance]
quotes:
  - text: "A film so filled with joy that it is quietly affecting in its own whimsical way."
    critic: Roger Ebert
    outlet: Chicago Sun-Times
---
A shy waitress in Montmartre decides to change the lives of the people around her, quietly and affectingly.
""",
    "volver.md": """---
title: Volver
year: 2006
directors: [Pedro Almodóvar]
countries: [Spain]
genres: [Drama, Comedy]
---
Raimunda, her sister and their mother's ghost return to the windy village of La Mancha.
""",
    "seven-samurai.md": """---
title: Seven Samurai
original_title: Shichinin no samurai
year: 1954
directors: [Akira Kurosawa]
cast: [Toshiro Mifune, Takashi Shimura]
countries: [Japan]
genres: [Action, Drama]
---
Farmers hire seven masterless samurai to defend their village against bandits.
""",
    "rashomon.md": """---
title: Rashomon
year: 1950
directors: [Akira Kurosawa]
cast: [Toshiro Mifune, Machiko Kyo]
countries: [Japan]
genres: [Drama, Mystery]
---
Four witnesses give contradictory accounts of a samurai's murder in the forest.
""",
    "a-sun.md": """---
title: 陽光普照
alt_titles: [A Sun]
year: 2019
directors: [Chung Mong-hong]
countries: [Taiwan]
genres: [Drama]
---
陽光普照是一部家庭劇情片。A family is torn apart when the younger son is jailed.
""",
    "untitled-short.md": """---
title: Untitled Short
directors: [Anonymous]
genres: [Short]
---
A short film whose year no source gives.
""",
    "hostile.md": """---
title: "<script>alert(1)</script> Night"
year: 1999
directors: ["<b>Bold</b> Director"]
countries: [France]
genres: [Thriller]
quotes:
  - text: "<img src=x onerror=alert(1)> a night of {{ 7*7 }} terror"
    critic: "<i>Critic</i>"
    outlet: "javascript:alert(1)"
---
A night of terror: <img src=x onerror=alert(1)> and <a href="javascript:alert(1)">a link</a> {{ 7*7 }}.
""",
}


def _film(
    title: str,
    year: int,
    directors: list[str],
    cast: list[str],
    genres: list[str],
    synopsis: str,
    quotes: tuple[tuple[str, str, str], ...] = (),
) -> str:
    """An editor Markdown film (front matter as JSON, which YAML reads)."""
    meta: dict[str, object] = {"title": title, "year": year, "genres": genres}
    if directors:
        meta["directors"] = directors
    if cast:
        meta["cast"] = cast
    if quotes:
        meta["quotes"] = [{"text": t, "critic": c, "outlet": o} for t, c, o in quotes]
    lines = [f"{k}: {json.dumps(v)}" for k, v in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n" + synopsis + "\n"


SPIELBERG, HITCHCOCK, SCORSESE = ["Steven Spielberg"], ["Alfred Hitchcock"], ["Martin Scorsese"]
#: films for the examples of issue 9: punctuated titles, people by role, eras, critics' quotes
UNDERSTANDING: dict[str, str] = {
    "afterparty.md": _film(
        "To All the Boys: Always and Forever - The Afterparty",
        2021,
        [],
        [],
        ["Documentary"],
        "Cast members of the To All the Boys films dish about the third movie.",
    ),
    "to-all-the-boys.md": _film(
        "To All the Boys I've Loved Before",
        2018,
        ["Susan Johnson"],
        ["Lana Condor"],
        ["Romance"],
        "A teenager's secret love letters are mailed to all her crushes.",
    ),
    "spider-man.md": _film(
        "Spider-Man",
        2002,
        ["Sam Raimi"],
        ["Tobey Maguire"],
        ["Action"],
        "A student bitten by a spider becomes a hero in New York.",
    ),
    "the-spider.md": _film(
        "The Spider",
        1931,
        ["William Cameron Menzies"],
        [],
        ["Mystery"],
        "A magician solves a murder in a theatre; a man is found dead.",
    ),
    "et.md": _film(
        "E.T. the Extra-Terrestrial",
        1982,
        SPIELBERG,
        ["Henry Thomas"],
        ["Family"],
        "A boy befriends an alien stranded on Earth.",
    ),
    "dragon.md": _film(
        "How to Train Your Dragon",
        2010,
        ["Dean DeBlois"],
        [],
        ["Animation"],
        "A young Viking befriends the dragon he was told to kill: the extra terrestrial other.",
    ),
    "schindler.md": _film(
        "Schindler's List",
        1993,
        SPIELBERG,
        ["Liam Neeson"],
        ["Drama"],
        "A German businessman saves the lives of his Jewish workers.",
    ),
    "raiders.md": _film(
        "Raiders of the Lost Ark",
        1981,
        SPIELBERG,
        ["Harrison Ford"],
        ["Adventure"],
        "An archaeologist races to find the Ark of the Covenant.",
    ),
    "jaws.md": _film(
        "Jaws", 1975, SPIELBERG, ["Roy Scheider"], ["Thriller"], "A shark terrorises a beach town."
    ),
    "colbert.md": _film(
        "Stephen Colbert's Midnight Special",
        2016,
        ["Jim Hoskinson"],
        ["Stephen Colbert"],
        ["Comedy"],
        "Stephen Colbert hosts a variety special.",
    ),
    "psycho.md": _film(
        "Psycho",
        1960,
        HITCHCOCK,
        ["Anthony Perkins", "Janet Leigh"],
        ["Horror"],
        "A secretary on the run stops at a motel.",
    ),
    "rear-window.md": _film(
        "Rear Window",
        1954,
        HITCHCOCK,
        ["James Stewart"],
        ["Mystery"],
        "A photographer watches his neighbours.",
    ),
    "vertigo.md": _film(
        "Vertigo",
        1958,
        HITCHCOCK,
        ["James Stewart", "Kim Novak"],
        ["Mystery"],
        "A detective with a fear of heights follows a woman.",
    ),
    "the-birds.md": _film(
        "The Birds", 1963, HITCHCOCK, ["Tippi Hedren"], ["Horror"], "Birds attack a coastal town."
    ),
    "hitchcock.md": _film(
        "Hitchcock",
        2012,
        ["Sacha Gervasi"],
        ["Anthony Hopkins", "Helen Mirren"],
        ["Drama"],
        "Alfred Hitchcock and his wife Alma Reville make Psycho; Hitchcock risks everything.",
    ),
    "78-52.md": _film(
        "78/52",
        2017,
        ["Alexandre O. Philippe"],
        [],
        ["Documentary"],
        "A study of the shower scene in Alfred Hitchcock's Psycho, shot by Hitchcock in a week.",
    ),
    "tom-sawyer.md": _film(
        "Tom Sawyer",
        1973,
        ["Don Taylor"],
        ["Johnny Whitaker"],
        ["Family"],
        "Tom Sawyer and Huck Finn witness a murder; Tom hanks a rope over the river.",
    ),
    "big.md": _film(
        "Big",
        1988,
        ["Penny Marshall"],
        ["Tom Hanks", "Elizabeth Perkins"],
        ["Comedy"],
        "A boy wishes to be big and wakes up an adult.",
    ),
    "cast-away.md": _film(
        "Cast Away",
        2000,
        ["Robert Zemeckis"],
        ["Tom Hanks", "Helen Hunt"],
        ["Drama"],
        "A courier is stranded on an island.",
    ),
    "sophie.md": _film(
        "Sophie's Choice",
        1982,
        ["Alan J. Pakula"],
        ["Meryl Streep", "Kevin Kline"],
        ["Drama"],
        "A Polish immigrant in Brooklyn carries a terrible secret.",
    ),
    "africa.md": _film(
        "Out of Africa",
        1985,
        ["Sydney Pollack"],
        ["Meryl Streep", "Robert Redford"],
        ["Romance"],
        "A Danish baroness runs a farm in Kenya.",
    ),
    "prada.md": _film(
        "The Devil Wears Prada",
        2006,
        ["David Frankel"],
        ["Meryl Streep"],
        ["Comedy"],
        "A young woman works for a fashion editor.",
    ),
    "godfather.md": _film(
        "The Godfather",
        1972,
        ["Francis Ford Coppola"],
        ["Marlon Brando"],
        ["Crime"],
        "The ageing head of a crime family hands control to his son.",
    ),
    "disco-godfather.md": _film(
        "Disco Godfather",
        1979,
        ["J. Robert Wagoner"],
        ["Rudy Ray Moore"],
        ["Action"],
        "A retired cop runs a disco and fights a drug; the godfather of disco.",
    ),
    "taxi-driver.md": _film(
        "Taxi Driver",
        1976,
        SCORSESE,
        ["Robert De Niro"],
        ["Drama"],
        "A lonely veteran drives a taxi at night in New York.",
    ),
    "raging-bull.md": _film(
        "Raging Bull",
        1980,
        SCORSESE,
        ["Robert De Niro"],
        ["Drama"],
        "The life of the boxer Jake LaMotta.",
    ),
    "goodfellas.md": _film(
        "Goodfellas",
        1990,
        SCORSESE,
        ["Robert De Niro", "Ray Liotta"],
        ["Crime"],
        "The rise and fall of a mob associate.",
    ),
    "irishman-conversation.md": _film(
        "The Irishman: In Conversation",
        2019,
        [],
        ["Martin Scorsese", "Robert De Niro"],
        ["Documentary", "Short"],
        "Martin Scorsese and Robert De Niro talk about The Irishman with Martin Scorsese.",
    ),
    "scorsese-presents.md": _film(
        "Martin Scorsese Presents: The Red Shoes",
        2009,
        ["Thelma Schoonmaker"],
        SCORSESE,
        ["Documentary"],
        "Martin Scorsese presents a restoration; Martin Scorsese on colour.",
    ),
    "best-friends-girl.md": _film(
        "My Best Friend's Girl",
        2008,
        ["Howard Deutch"],
        ["Dane Cook"],
        ["Comedy"],
        "A man is hired to take women on terrible dates.",
        (
            (
                "There's something genuinely transgressive beneath the movie's rom-com "
                "surface, though director Howard Deutch keeps retreating to safer ground.",
                "Critic One",
                "Weekly",
            ),
        ),
    ),
    "burrowers.md": _film(
        "The Burrowers",
        2008,
        ["J.T. Petty"],
        ["Clancy Brown"],
        ["Horror"],
        "Settlers hunt for missing families on the frontier.",
        (
            (
                "At his most placid, JT Petty can make Terrence Malick look like Guy Ritchie. "
                "But when he's not going full-'bore', his quiet, contemplative tone is welcome.",
                "Critic Two",
                "Daily",
            ),
        ),
    ),
    "leagues.md": _film(
        "20,000 Leagues Under the Sea",
        1954,
        ["Richard Fleischer"],
        ["Kirk Douglas"],
        ["Adventure"],
        "A professor is held captive aboard the submarine of Captain Nemo.",
        (
            (
                "This is one of Disney's best, and one of the all-time adventure greats.",
                "Critic Three",
                "Herald",
            ),
        ),
    ),
    "beast.md": _film(
        "Beauty and the Beast",
        2017,
        ["Bill Condon"],
        ["Emma Watson"],
        ["Family"],
        "A young woman is held prisoner by a beast in his castle.",
        (
            (
                "The best of Disney's live-action remakes, and one of the most lavish.",
                "Critic Four",
                "Herald",
            ),
        ),
    ),
    "lost-city.md": _film(
        "The Lost City",
        2005,
        ["Andy Garcia"],
        ["Andy Garcia"],
        ["Drama"],
        "A nightclub owner in Havana faces the revolution.",
        (
            (
                "When it succeeds, the film conveys a bittersweet longing for a lost moment and "
                "the unfulfilled promise of a democratic Cuba.",
                "Critic Five",
                "Tribune",
            ),
        ),
    ),
}


def write_corpus(folder: Path, films: dict[str, str] | None = None) -> Path:
    """Write the films as Markdown files under ``folder/films`` and return ``folder``."""
    target = folder / "films"
    target.mkdir(parents=True, exist_ok=True)
    for name, text in (films or FILMS).items():
        (target / name).write_text(text, "utf-8")
    return folder
