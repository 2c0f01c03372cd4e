"""Files: UTF-8 text read line by line with each bad byte located, and writes that cannot half-happen.

Every reader of text files in kampungkb (the CSV reader, the gazetteer loader) decodes
through :class:`Utf8Lines`, and every writer of a file it is given by path (JSON Lines,
CSV, the command line's ``--output``) writes through :func:`atomic_writer`.

    >>> import io
    >>> lines = Utf8Lines(io.BytesIO(b"a,b\\r\\nc,\\xff\\n"))
    >>> [(text, lines.take_error()) for text in lines]
    [('a,b\\r\\n', None), ('c,\\ufffd\\n', 'not UTF-8 text: byte 7 is not valid UTF-8')]
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
from collections.abc import Iterator
from typing import IO, Any

from ..errors import ErrorCode, ValidationError
from ._lazy import lazy_pattern

__all__ = ["Utf8Lines", "atomic_writer", "read_utf8"]

#: Lines are read in pieces of at most this many bytes, so no single read is unbounded.
_CHUNK = 1024 * 1024
_BOM = "\ufeff"
_LONE_CR = lazy_pattern(r"(?<=\r)(?!\n)")


class Utf8Lines:
    """The lines of a binary stream as text, decoded as UTF-8 piece by piece (a leading BOM dropped).

    Decoding goes on past a byte that is not UTF-8 (it reads as U+FFFD), so a reader can report
    the record that holds it and read the next; the first problem since the last
    :meth:`take_error` is kept, naming the byte's offset in the stream and its line.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._error: str | None = None

    def take_error(self) -> str | None:
        """The first decoding problem since the last call (None when there was none), then forget it."""
        error, self._error = self._error, None
        return error

    def __iter__(self) -> Iterator[str]:
        decoder = codecs.getincrementaldecoder("utf-8")()
        offset = 0  # bytes of the stream handed to the decoder before this piece
        first = True
        parts: list[str] = []
        while True:
            piece = self._stream.readline(_CHUNK)
            pending = decoder.getstate()[0]
            try:
                text = decoder.decode(piece, final=not piece)
            except UnicodeDecodeError as exc:
                if self._error is None:
                    self._error = f"not UTF-8 text: byte {offset - len(pending) + exc.start} is not valid UTF-8"
                text = _decode_replacing(decoder, pending + piece, final=not piece)
            offset += len(piece)
            if first and text:
                text = text.removeprefix(_BOM)
                first = False
            if text:
                parts.append(text)
            if parts and (text.endswith("\n") or not piece):
                # A lone carriage return also ends a line, as in text mode with newline="".
                yield from (line for line in _LONE_CR.split("".join(parts)) if line)
                parts.clear()
            if not piece:
                return


def _decode_replacing(decoder: codecs.IncrementalDecoder, data: bytes, *, final: bool) -> str:
    """Decode ``data`` (the decoder's pending bytes included) with U+FFFD for bad bytes; keep the state."""
    replacing = codecs.getincrementaldecoder("utf-8")("replace")
    text = replacing.decode(data, final=final)
    decoder.setstate(replacing.getstate())
    return text


def read_utf8(stream: IO[bytes]) -> str:
    """The whole of a binary stream as UTF-8 text (a leading BOM dropped), or a ValidationError at ``$``.

    >>> import io
    >>> read_utf8(io.BytesIO(b"\\xef\\xbb\\xbfcode,name\\n"))
    'code,name\\n'
    >>> read_utf8(io.BytesIO(b"code,name\\n35,Jawa\\xc0\\n"))
    Traceback (most recent call last):
    ...
    kampungkb.errors.ValidationError: 1 validation error
    $: not UTF-8 text: byte 17 is not valid UTF-8 [invalid_value]
    """
    lines = Utf8Lines(stream)
    text = "".join(lines)
    error = lines.take_error()
    if error is not None:
        raise ValidationError.single((), error, ErrorCode.INVALID_VALUE)
    return text


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """A binary file that replaces ``path`` only when the ``with`` block ends without an exception.

    The bytes go to a new file in the target's directory, which is flushed to disk and then
    renamed over the target (an atomic step on POSIX and Windows); on any exception — a
    failed record, a full disk, Ctrl-C — the new file is removed and whatever was at ``path``
    is left as it was. The new file gets the old one's permission bits, or the usual ones
    (0o666 less the umask) when there was none. A symbolic link is written through. A target
    that exists and is not a regular file (a device such as ``/dev/stdout``, a named pipe)
    cannot be replaced and is written directly.

    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
    >>> with atomic_writer(target) as handle:
    ...     _ = handle.write(b"new")
    >>> target.read_bytes()
    b'new'
    """
    target = os.path.realpath(os.fspath(path))
    try:
        existing = os.stat(target).st_mode
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing):
        with open(target, "wb") as device:  # /dev/stdout, a named pipe: nothing to replace
            yield device
        return
    directory, name = os.path.split(target)
    temporary, handle = _create_beside(directory, name)
    try:
        with handle:
            if existing is not None:
                os.chmod(temporary, stat.S_IMODE(existing))
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _create_beside(directory: str, name: str) -> tuple[str, Any]:
    """A new, empty file next to ``name`` (exclusively created, so nothing else is overwritten)."""
    while True:
        import secrets  # on first write: it imports hashlib and hmac, which kampungkb's import does not need

        temporary = os.path.join(directory, f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        return temporary, os.fdopen(descriptor, "wb")
