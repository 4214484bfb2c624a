"""A director's name cut to size by what the page writes elsewhere: a labelled name the page's
layout wrapped onto the next line ("Diretor: Michel" / "Franco") is the two words the page
writes together in another place ("Michel Franco" in the credits)."""

from __future__ import annotations

import re

#: the first word of the next line after a value that ends its line
_NEXT_LINE_WORD = r"[ \t]*\n[ \t]*([^\W\d_][\w'’-]*)(?![\w'’-]*[ \t]*[:：])"


def wrapped_on(name: str, block: str) -> str:
    """``name`` (a labelled director of one word) with the word that opens the next line, when
    the value ends its line there and the page writes the two words together elsewhere: a
    name the layout wrapped ("Diretor: Michel" / "Franco" beside "…, Michel Franco, …");
    else ``name``. A label opening the next line ("Elenco:") is no part of it."""
    name = name.strip()
    if not name or " " in name:
        return name
    found = re.search(rf"(?<![\w'’-]){re.escape(name)}{_NEXT_LINE_WORD}", block)
    if found is None:
        return name
    whole = f"{name} {found.group(1)}"
    return whole if re.search(rf"(?<![\w'’-]){re.escape(whole)}(?![\w'’-])", block) else name
