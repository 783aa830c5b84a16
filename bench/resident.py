"""Keep the database file in memory while the servers are loaded.

This VM runs DAMON with a `pageout` scheme (/sys/kernel/mm/damon/admin/kdamonds/0): page-cache pages
nobody touched for 60 s are dropped, up to 128 MB a second. A 1M-article file is 7.6 GB, so during a
run the pages an endpoint needs have often been dropped since the last endpoint read them, and the
server reads them back from disk while its other requests wait: p99s of 50 ms to 1.7 s in runs where
the same requests took 20 ms with the file cached. A production host with the file in its page cache
does not pay that, and what the benchmark compares is the servers, so the file is mapped and locked
in memory (mlock) for the loads. Both servers read the same locked pages.
"""

import ctypes
import ctypes.util
import mmap
import os
import time
from contextlib import contextmanager
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

_libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
_libc.mmap.restype = ctypes.c_void_p
_libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
_libc.mlock.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
_libc.munmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
_MAP_FAILED = ctypes.c_void_p(-1).value


@dataclass
class Residency:
    seconds: float = 0.0
    locked_mib: float = 0.0
    failed: str | None = None  # why a file could not be locked (it was then only read once)
    _maps: list[tuple[int, int]] = field(default_factory=list)


def _read_once(path: Path, chunk: int = 8 << 20) -> None:
    with path.open("rb", buffering=0) as f:
        while f.read(chunk):
            pass


@contextmanager
def resident(db: Path) -> Iterator[Residency]:
    """Lock `db` and its -wal in memory for the duration; where locking is refused, read them once."""
    state = Residency()
    started = time.monotonic()
    try:
        for path in (db, db.with_name(db.name + "-wal")):
            size = path.stat().st_size if path.exists() else 0
            if not size:
                continue
            fd = os.open(path, os.O_RDONLY)
            try:
                addr = _libc.mmap(None, size, mmap.PROT_READ, mmap.MAP_SHARED, fd, 0)
            finally:
                os.close(fd)  # the mapping keeps the file
            if addr in (None, _MAP_FAILED):
                state.failed = f"mmap {path}: {os.strerror(ctypes.get_errno())}"
                _read_once(path)
                continue
            state._maps.append((addr, size))
            if _libc.mlock(ctypes.c_void_p(addr), size) != 0:
                state.failed = f"mlock {path}: {os.strerror(ctypes.get_errno())}"
                _read_once(path)
                continue
            state.locked_mib += size / 2**20
        state.seconds = time.monotonic() - started
        yield state
    finally:
        for addr, size in state._maps:
            _libc.munmap(ctypes.c_void_p(addr), size)  # unmapping unlocks
