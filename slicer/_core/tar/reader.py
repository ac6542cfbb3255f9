"""A push parser for tar streams: bytes in, entries and data out (no I/O).

:class:`TarReader` is fed chunks of any size as they arrive from a socket and returns
events: :class:`Member` (a header), ``bytes`` (a slice of the current member's data) and
:data:`END_OF_MEMBER`. Memory stays bounded by the size of one header and the chunks the
caller feeds, whatever the archive holds.

Formats: ustar/v7 headers (parsed by :meth:`tarfile.TarInfo.frombuf`), PAX extended
headers (``path``, ``linkpath``, ``size``, ``mtime``, ``uid``, ``gid``), GNU long names and
long link names. Global PAX headers are read and ignored. GNU sparse files and unknown
header formats are refused (:class:`~slicer.errors.ArchiveError`). As in :mod:`tarfile`,
only regular files (and unknown types) have a data section; directories, links and
devices have none, whatever their size field says (Go writes a directory's host size).
"""

from __future__ import annotations

import tarfile
from dataclasses import dataclass
from typing import Final, Literal, TypeAlias

from slicer.errors import ArchiveError

__all__ = ["END_OF_MEMBER", "EndOfMember", "Member", "TarEvent", "TarReader"]

BLOCK: Final = 512
#: Largest PAX or GNU long-name header we buffer, in bytes.
MAX_META_BYTES: Final = 1 << 20

MemberKind = Literal["file", "directory", "symlink", "hardlink", "other"]


@dataclass(frozen=True)
class Member:
    """One archive entry, as read from its header(s).

    Attributes:
        name: the member name exactly as stored (not validated here).
        kind: ``file``, ``directory``, ``symlink``, ``hardlink`` or ``other`` (devices,
            FIFOs, unknown types).
        size: bytes of data that follow (0 for everything but files and unknown types).
        mode: the stored mode bits.
        mtime: modification time, Unix seconds (may be fractional with PAX).
        linkname: the link target for symlinks and hard links.
        uid, gid: the stored owner ids.
        type: the raw tar type flag.
    """

    name: str
    kind: MemberKind
    size: int
    mode: int
    mtime: float
    linkname: str = ""
    uid: int = 0
    gid: int = 0
    type: bytes = tarfile.REGTYPE


class EndOfMember:
    """Marker event: the current member's data is complete."""

    _instance: EndOfMember | None = None

    def __new__(cls) -> EndOfMember:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "END_OF_MEMBER"


END_OF_MEMBER: Final = EndOfMember()
TarEvent: TypeAlias = Member | bytes | EndOfMember

_KINDS: dict[bytes, MemberKind] = {
    tarfile.REGTYPE: "file",
    tarfile.AREGTYPE: "file",
    tarfile.CONTTYPE: "file",
    tarfile.DIRTYPE: "directory",
    tarfile.SYMTYPE: "symlink",
    tarfile.LNKTYPE: "hardlink",
    tarfile.CHRTYPE: "other",
    tarfile.BLKTYPE: "other",
    tarfile.FIFOTYPE: "other",
}
_META_TYPES = (
    tarfile.XHDTYPE,
    tarfile.XGLTYPE,
    tarfile.SOLARIS_XHDTYPE,
    tarfile.GNUTYPE_LONGNAME,
    tarfile.GNUTYPE_LONGLINK,
)


def _has_data(kind: MemberKind, type_flag: bytes) -> bool:
    return kind == "file" or type_flag not in _KINDS


def _padded(size: int) -> int:
    return -size % BLOCK


def parse_pax(data: bytes) -> dict[str, str]:
    """Parse PAX extended header records (``"%d %s=%s\\n"``); raises ArchiveError."""
    records: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        if data[pos] == 0:  # NUL padding after the last record
            break
        space = data.find(b" ", pos)
        if space < 0:
            raise ArchiveError("malformed PAX header: record without a length")
        try:
            length = int(data[pos:space])
        except ValueError:
            raise ArchiveError("malformed PAX header: bad record length") from None
        end = pos + length
        if length <= space - pos + 1 or end > len(data) or data[end - 1 : end] != b"\n":
            raise ArchiveError("malformed PAX header: bad record length")
        key, sep, value = data[space + 1 : end - 1].partition(b"=")
        if not sep:
            raise ArchiveError("malformed PAX header: record without '='")
        records[key.decode("utf-8", "surrogateescape")] = value.decode("utf-8", "surrogateescape")
        pos = end
    return records


def _pax_number(records: dict[str, str], key: str, kind: type[int] | type[float]) -> float | None:
    if key not in records:
        return None
    try:
        value = kind(records[key])
    except ValueError:
        raise ArchiveError(f"malformed PAX header: bad {key} {records[key]!r}") from None
    if value < 0:
        raise ArchiveError(f"malformed PAX header: negative {key}")
    return value


class TarReader:
    """Feed tar bytes with :meth:`feed`; call :meth:`close` at the end of the stream.

    Raises :class:`~slicer.errors.ArchiveError` for corrupt, unsupported or truncated
    archives. After the end-of-archive marker (a zero block) further input is ignored.
    """

    def __init__(self) -> None:
        self._header = bytearray()
        self._meta = bytearray()
        self._meta_type: bytes | None = None
        self._meta_left = 0
        self._data_left = 0
        self._pad_left = 0
        self._in_member = False
        self._pax: dict[str, str] = {}
        self._long_name: str | None = None
        self._long_link: str | None = None
        self._ended = False
        self._seen_header = False

    @property
    def ended(self) -> bool:
        """Whether the end-of-archive marker has been read."""
        return self._ended

    def feed(self, data: bytes | bytearray | memoryview) -> list[TarEvent]:
        """Consume ``data``; return the events it completes, in order."""
        events: list[TarEvent] = []
        view = memoryview(data).cast("B")
        pos, n = 0, len(view)
        while pos < n and not self._ended:
            if self._data_left:
                take = min(self._data_left, n - pos)
                events.append(bytes(view[pos : pos + take]))
                self._data_left -= take
                pos += take
                if not self._data_left and not self._pad_left:
                    self._end_member(events)
            elif self._pad_left:
                take = min(self._pad_left, n - pos)
                self._pad_left -= take
                pos += take
                if not self._pad_left and self._in_member:
                    self._end_member(events)
            elif self._meta_left:
                take = min(self._meta_left, n - pos)
                self._meta += view[pos : pos + take]
                self._meta_left -= take
                pos += take
                if not self._meta_left:
                    self._finish_meta()
            else:
                take = min(BLOCK - len(self._header), n - pos)
                self._header += view[pos : pos + take]
                pos += take
                if len(self._header) == BLOCK:
                    block, self._header = bytes(self._header), bytearray()
                    self._on_header(block, events)
        return events

    def close(self) -> None:
        """Declare the end of input; raises ArchiveError if it cut an entry short.

        A stream that stops cleanly between entries without the end-of-archive marker is
        accepted, as Go's and Python's readers do.
        """
        if self._ended:
            return
        if self._header or self._data_left or self._pad_left or self._meta_left:
            raise ArchiveError("truncated archive: the stream ended inside an entry")
        if self._meta_type is not None or self._pax or self._long_name or self._long_link:
            raise ArchiveError("truncated archive: an extended header has no entry")
        self._ended = True

    # -- internals ----------------------------------------------------------------------
    def _end_member(self, events: list[TarEvent]) -> None:
        self._in_member = False
        events.append(END_OF_MEMBER)

    def _on_header(self, block: bytes, events: list[TarEvent]) -> None:
        if block.count(0) == BLOCK:
            self._ended = True
            if self._pax or self._long_name or self._long_link:
                raise ArchiveError("truncated archive: an extended header has no entry")
            return
        try:
            info = tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
        except tarfile.HeaderError as exc:
            what = "not a tar archive" if not self._seen_header else "corrupt tar header"
            raise ArchiveError(f"{what}: {exc}") from None
        self._seen_header = True
        if info.size < 0:
            raise ArchiveError("corrupt tar header: negative size")
        if info.type in _META_TYPES:
            if info.size > MAX_META_BYTES:
                raise ArchiveError(f"extended tar header too large ({info.size} bytes)")
            self._meta_type = info.type
            self._meta = bytearray()
            self._meta_left = info.size
            self._pad_left = 0
            if not info.size:
                self._finish_meta()
            return
        if info.type == tarfile.GNUTYPE_SPARSE:
            raise ArchiveError("GNU sparse files are not supported")
        self._emit_member(info, events)

    def _finish_meta(self) -> None:
        data, kind = bytes(self._meta), self._meta_type
        self._meta = bytearray()
        self._meta_type = None
        # The data of a meta header is padded to a block like any other.
        self._pad_left = _padded(len(data))
        if kind in (tarfile.XHDTYPE, tarfile.SOLARIS_XHDTYPE):
            self._pax.update(parse_pax(data))
        elif kind == tarfile.XGLTYPE:
            parse_pax(data)  # validated, then ignored
        elif kind == tarfile.GNUTYPE_LONGNAME:
            self._long_name = data.split(b"\0", 1)[0].decode("utf-8", "surrogateescape")
        elif kind == tarfile.GNUTYPE_LONGLINK:
            self._long_link = data.split(b"\0", 1)[0].decode("utf-8", "surrogateescape")

    def _emit_member(self, info: tarfile.TarInfo, events: list[TarEvent]) -> None:
        name, linkname = info.name, info.linkname
        size, mtime = info.size, float(info.mtime)
        uid, gid = info.uid, info.gid
        if self._long_name is not None:
            name = self._long_name
        if self._long_link is not None:
            linkname = self._long_link
        pax = self._pax
        if "path" in pax:
            name = pax["path"]
        if "linkpath" in pax:
            linkname = pax["linkpath"]
        pax_size = _pax_number(pax, "size", int)
        size = size if pax_size is None else int(pax_size)
        pax_mtime = _pax_number(pax, "mtime", float)
        mtime = mtime if pax_mtime is None else pax_mtime
        pax_uid, pax_gid = _pax_number(pax, "uid", int), _pax_number(pax, "gid", int)
        uid = uid if pax_uid is None else int(pax_uid)
        gid = gid if pax_gid is None else int(pax_gid)
        self._pax, self._long_name, self._long_link = {}, None, None
        kind = _KINDS.get(info.type, "other")
        has_data = _has_data(kind, info.type)
        member = Member(
            name=name,
            kind=kind,
            size=size if has_data else 0,
            mode=info.mode,
            mtime=mtime,
            linkname=linkname,
            uid=uid,
            gid=gid,
            type=info.type,
        )
        events.append(member)
        self._in_member = True
        if has_data and size:
            self._data_left = size
            self._pad_left = _padded(size)
        else:
            self._end_member(events)
