"""Extraction: document text -> film records. One module per input kind, all pure.

- :mod:`.pages`: raw film pages as plain text (festival catalogues, listings, reviews).
- :mod:`.frontmatter`: editor-written Markdown files with YAML front matter.
- :mod:`.catalogue`: JSON Lines / CSV catalogues of many films or many quotes.

No function here touches the file system: :mod:`indexer.corpus` reads and decodes files and
hands their text (or lines) to these functions.
"""
