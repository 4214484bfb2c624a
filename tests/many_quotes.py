"""A film with hundreds of critics' quotes, for tests of pages that must stay short."""

from __future__ import annotations

from pathlib import Path

MANY_QUOTES_ID = "the-long-applause-2016"
MANY_QUOTES_TITLE = "The Long Applause"
OUTLETS = ("The Daily Reel", "Screen Weekly", "Film Quarterly", "Night Projector")


def write_many_quotes_film(folder: Path, quotes: int) -> Path:
    """Write ``the-long-applause.md`` with ``quotes`` distinct quotes (and a long source path)."""
    lines = [
        "---",
        f"title: {MANY_QUOTES_TITLE}",
        "year: 2016",
        "director: Damien Hollis",
        "cast: [Emma Stanton, Ryan Gosford]",
        "countries: [United States]",
        "genres: [Musical, Romance]",
        "runtime: 128",
        "quotes:",
    ]
    for n in range(1, quotes + 1):
        lines += [
            f"  - text: Review number {n} finds the dancing luminous and the ending bittersweet.",
            f"    critic: Critic {n:03d}",
            f"    outlet: {OUTLETS[n % len(OUTLETS)]}",
        ]
    lines += [
        "---",
        "Two dreamers in Los Angeles fall in love while chasing jazz and the stage.",
        "",
    ]
    # a deep, long folder name: the page must wrap it, not widen
    deep = folder / "festival-archive-2016-very-long-folder-name-without-any-spaces-at-all"
    deep.mkdir(parents=True, exist_ok=True)
    path = deep / "the-long-applause-press-kit-with-a-very-long-file-name-0123456789abcdef.md"
    path.write_text("\n".join(lines), "utf-8")
    return path
