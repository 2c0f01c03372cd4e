"""The kinds of text a field may hold, each one pattern, and the text helpers every area shares.

A field declares its kind by its pattern (``field(pattern=LABEL)``); the validator, the JSON
Schema and the strategies read the same pattern.

    >>> import re
    >>> bool(re.fullmatch(LABEL, "Kampung KB")), bool(re.fullmatch(LABEL, " Kampung KB"))
    (True, False)
    >>> join_overlapping("Kepala Dinas", "Dinas Kesehatan")
    'Kepala Dinas Kesehatan'
"""

from __future__ import annotations

from typing import Final

__all__ = ["LABEL", "LINE", "NON_BLANK", "URL", "join_overlapping", "title_case"]

#: A name or label on one line: no control characters, no leading, trailing or doubled spaces.
LABEL: Final = r"[^\s\x00-\x1f\x7f-\x9f]+(?: [^\s\x00-\x1f\x7f-\x9f]+)*"
#: One line of text that is not blank: no control characters (line breaks among them).
LINE: Final = r"[^\x00-\x1f\x7f]*[^\s\x00-\x1f\x7f][^\x00-\x1f\x7f]*"
#: Free text (line breaks allowed) that is not blank.
NON_BLANK: Final = r"[\s\S]*\S[\s\S]*"
#: An http(s) URL without spaces.
URL: Final = r"https?://[^\s]{1,2000}"


def join_overlapping(label: str, name: str) -> str:
    """``label`` followed by ``name``, the words they share written once ("Kepala Dinas" + "Dinas X")."""
    label_words, name_words = label.split(" "), name.split(" ")
    for size in range(min(len(label_words), len(name_words)), 0, -1):
        if [w.casefold() for w in label_words[-size:]] == [w.casefold() for w in name_words[:size]]:
            return " ".join((*label_words, *name_words[size:]))
    return f"{label} {name}"


def title_case(name: str) -> str:
    """``name`` with each word's first letter upper case and the rest lower case.

    A letter is a word's first after a space, a hyphen or a period (initials
    stay capitals); an apostrophe does not start a word.

    >>> title_case("TRINANI ROCHAENINGSIH-PUTRI A.H. NUR'AINI")
    "Trinani Rochaeningsih-Putri A.H. Nur'aini"
    """
    out = []
    start = True
    for char in name:
        out.append(char.upper() if start else char.lower())
        start = char in " -." or (start and not char.isalpha())
    return "".join(out)
