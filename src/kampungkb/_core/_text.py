"""The kinds of text a field may hold, each one linear pattern, and the text helpers every area shares.

Two layers make the text rule:

- **every text field** — whatever its kind, in a tuple or not — refuses the characters in
  :data:`UNWRITABLE`: NUL and the other C0 control characters except tab, line feed and
  carriage return; DEL and the C1 controls (U+007F–U+009F); the bidirectional embeddings,
  overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a name display as
  something it is not; and unpaired surrogates, which cannot be written as UTF-8. The string
  checker (:func:`~kampungkb._core._checks.checker_for`) applies it, so construction, the codec
  and the generated code agree; the error is one ``invalid_value`` naming the character.
- **a field's kind** (``field(pattern=LABEL)``) says what shape its text has. The validator,
  the JSON Schema and the strategies read the same pattern. A ``str`` field declared without a
  kind is :data:`TEXT`.

=============  =============================================================================
kind           holds
=============  =============================================================================
``TEXT``       any writable text (line breaks and tabs allowed), possibly empty
``NON_BLANK``  free text (line breaks and tabs allowed) with at least one visible character
``LINE``       one line, no tab, nothing blank at either end; spacing inside kept as written
``LABEL``      a name or one-line label: words separated by single spaces, no other whitespace
``URL``        an http(s) URL without spaces
=============  =============================================================================

Every pattern is linear: at each position at most one branch can go on (a run of one class is
never followed by an optional piece of the same class), so a failing match costs time in
proportion to the text, however it is built. Length limits are checked before patterns.

    >>> import re
    >>> bool(re.fullmatch(LABEL, "Kampung KB")), bool(re.fullmatch(LABEL, " Kampung KB"))
    (True, False)
    >>> [bool(re.fullmatch(LINE, text)) for text in ("Kampung  KB", "Kampung KB ", "a\\nb")]
    [True, False, False]
    >>> unwritable_at("Kampung \u202eBK"), unwritable_at("Kampung KB")
    (8, None)
    >>> join_overlapping("Kepala Dinas", "Dinas Kesehatan")
    'Kepala Dinas Kesehatan'
"""

from __future__ import annotations

from typing import Final

from ._lazy import lazy_pattern

__all__ = [
    "LABEL",
    "LINE",
    "NON_BLANK",
    "TEXT",
    "UNWRITABLE",
    "UNWRITABLE_CHARACTER",
    "URL",
    "excludes_unwritable",
    "join_overlapping",
    "kind_description",
    "text_kind",
    "title_case",
    "unwritable_at",
]

#: The characters no text field holds (a regular-expression class body): C0 controls but tab,
#: line feed and carriage return; DEL and C1 controls; bidirectional embeddings, overrides and
#: isolates; surrogates (a str holding one cannot be written as UTF-8).
UNWRITABLE: Final = r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
#: Line breaks and tabs: what one-line text does not hold, beyond :data:`UNWRITABLE`.
_BREAKS: Final = r"\t\n\r\u2028\u2029"

_kinds: dict[str, str] = {}


def text_kind(pattern: str, description: str) -> str:
    """Declare a kind of text: its pattern (returned) and how messages name it ("a name or label …").

    >>> PLATE = text_kind("[A-Z]{1,2} [0-9]{1,4}", "a plate number")
    >>> kind_description(PLATE)
    'a plate number'
    """
    if _kinds.get(pattern, description) != description:
        raise ValueError(f"the pattern {pattern!r} is already the kind {_kinds[pattern]!r}: use that kind")
    _kinds[pattern] = description
    return pattern


def kind_description(pattern: str) -> str | None:
    """How messages name the kind of text ``pattern`` is, or None for a pattern declared without one."""
    return _kinds.get(pattern)


#: Any writable text, possibly empty: the kind of a text field declared without one.
TEXT: Final = text_kind(rf"[^{UNWRITABLE}]*", "text without control characters")
#: Free text (line breaks and tabs allowed) that is not blank: optional leading whitespace, a
#: visible character, then anything writable.
NON_BLANK: Final = text_kind(
    rf"[^\S{UNWRITABLE}]*[^\s{UNWRITABLE}][^{UNWRITABLE}]*", "text with at least one visible character"
)
#: One line of text, nothing blank at either end (a title or a path as written): a visible
#: character, then optionally any one-line text ending with a visible character.
LINE: Final = text_kind(
    rf"[^\s{UNWRITABLE}](?:[^{UNWRITABLE}{_BREAKS}]*[^\s{UNWRITABLE}])?",
    "one line of text, without spaces at either end",
)
#: A name or label on one line: words of visible characters separated by single spaces.
LABEL: Final = text_kind(
    rf"[^\s{UNWRITABLE}]+(?: [^\s{UNWRITABLE}]+)*",
    "a name or label on one line: words separated by single spaces, no spaces at either end",
)
#: An http(s) URL without spaces.
URL: Final = text_kind(rf"https?://[^\s{UNWRITABLE}]{{1,2000}}", "an http(s) URL without spaces")

#: The kinds above: no text one of them matches holds an unwritable character (each of their
#: character classes leaves out :data:`UNWRITABLE`, and their literals are printable ASCII).
_WRITABLE_ONLY: Final = frozenset({TEXT, NON_BLANK, LINE, LABEL, URL})


def excludes_unwritable(pattern: str) -> bool:
    """Whether no text matching ``pattern`` holds a character of :data:`UNWRITABLE` (known for the built-in kinds).

    >>> excludes_unwritable(LABEL), excludes_unwritable("[A-Z ]+"), excludes_unwritable(".*")
    (True, False, False)
    """
    return pattern in _WRITABLE_ONLY


#: A character no text field holds (the class :data:`UNWRITABLE`), compiled on first use.
UNWRITABLE_CHARACTER = lazy_pattern(f"[{UNWRITABLE}]")


def unwritable_at(text: str) -> int | None:
    """The index of the first character of ``text`` no text field holds (see :data:`UNWRITABLE`), or None."""
    found = UNWRITABLE_CHARACTER.search(text)
    return None if found is None else found.start()


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
