"""A corpus of hostile tar archives (shared by the unit tests of the extractor and the
end-to-end tests that upload them to slicer.local or serve them to the client)."""

from __future__ import annotations

import io
import tarfile
from collections.abc import Callable

__all__ = ["HOSTILE", "SAFE_BUT_SKIPPED", "archive"]

Entry = tuple[str, bytes, bytes | None, str]  # name, type, data, linkname


def archive(
    *entries: Entry, fmt: int = tarfile.PAX_FORMAT, pax: dict[str, str] | None = None
) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=fmt) as tar:
        for name, kind, data, link in entries:
            info = tarfile.TarInfo(name)
            info.type = kind
            info.mode = 0o644
            info.linkname = link
            if pax:
                info.pax_headers = dict(pax)
            if data is not None:
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            else:
                tar.addfile(info)
    return buffer.getvalue()


def _raw_name(name: bytes, data: bytes = b"x") -> bytes:
    """A ustar archive with a name tarfile would refuse to write (e.g. with a NUL)."""
    info = tarfile.TarInfo("placeholder")
    info.size = len(data)
    block = bytearray(info.tobuf(tarfile.USTAR_FORMAT))
    block[0:100] = name[:100].ljust(100, b"\0")
    block[148:156] = b" " * 8
    chk = sum(block[:512])
    block[148:156] = f"{chk:06o}\0 ".encode()
    return bytes(block) + data.ljust(512, b"\0") + b"\0" * 1024


def _pax_path(path: str) -> bytes:
    record = f"path={path}\n".encode()
    length = len(record) + 3
    while len(str(length)) + 1 + len(record) != length:
        length = len(str(length)) + 1 + len(record)
    body = f"{length} ".encode() + record
    header = tarfile.TarInfo("././@PaxHeader")
    header.type = tarfile.XHDTYPE
    header.size = len(body)
    out = header.tobuf(tarfile.USTAR_FORMAT) + body.ljust(-(-len(body) // 512) * 512, b"\0")
    info = tarfile.TarInfo("innocent")
    info.size = 1
    return out + info.tobuf(tarfile.USTAR_FORMAT) + b"x".ljust(512, b"\0") + b"\0" * 1024


REG, DIR, SYM, LNK, CHR = (
    tarfile.REGTYPE,
    tarfile.DIRTYPE,
    tarfile.SYMTYPE,
    tarfile.LNKTYPE,
    tarfile.CHRTYPE,
)

#: Archives whose extraction must be refused as a whole (name → builder).
HOSTILE: dict[str, Callable[[], bytes]] = {
    "dotdot": lambda: archive(("../escape.txt", REG, b"pwned", "")),
    "nested-dotdot": lambda: archive(("a/../../escape.txt", REG, b"pwned", "")),
    "absolute": lambda: archive(("/tmp/slicer-absolute-escape.txt", REG, b"pwned", "")),
    "empty-name": lambda: _raw_name(b""),
    "nul-in-pax-name": lambda: _pax_path("ok\0/../../escape.txt"),
    "pax-dotdot": lambda: _pax_path("../../escape.txt"),
    "very-long-component": lambda: archive(("x" * 300, REG, b"long", "")),
    "very-long-path": lambda: archive(("/".join(["d" * 200] * 25), REG, b"long", "")),
    "dot-component": lambda: archive(("./a/./b", REG, b"dot", "")),
    "double-slash": lambda: archive(("a//b", REG, b"dup", "")),
}

#: Archives that extract, but whose dangerous entries are skipped or neutralised.
SAFE_BUT_SKIPPED: dict[str, Callable[[], bytes]] = {
    # a symlink pointing outside, then a file written "through" it
    "symlink-then-file": lambda: archive(
        ("lnk", SYM, None, "/tmp"), ("lnk/slicer-through-symlink.txt", REG, b"pwned", "")
    ),
    "relative-symlink-then-file": lambda: archive(
        ("up", SYM, None, "../.."), ("up/slicer-through-symlink.txt", REG, b"pwned", "")
    ),
    "hardlink-outside": lambda: archive(("passwd", LNK, None, "/etc/passwd")),
    "hardlink-dotdot": lambda: archive(("h", LNK, None, "../../../etc/passwd")),
    "device-node": lambda: archive(("null", CHR, None, "")),
    "setuid-file": lambda: _setuid(),
}


def _setuid() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo("suid")
        info.mode = 0o4755
        info.size = 2
        tar.addfile(info, io.BytesIO(b"#!"))
        info = tarfile.TarInfo("sgid-dir")
        info.type = tarfile.DIRTYPE
        info.mode = 0o2775
        tar.addfile(info)
    return buffer.getvalue()
