"""The day rollups as running sums held in memory, one index per process and rollup recount.

Summing rollup rows in SQL (two years of the topic facet is some 2,000 rows at a million articles) was
too slow for the event loop, so each first count of a facet took a thread hop: in-process such a
request cost a median 1.6 ms against 0.7 ms now (`bench/request_cost.py DB --endpoint facets --cold`),
and under load those hops made the facet endpoint's p99 twice the lists'. With a running sum
per (dimension, language, key), any date range costs two bisections per key: the topic facet of two
years is 34 keys, some 70 bisections, and no SQL at all. Loading reads every day row once (1.0 s and
10 MB at a million articles: `bench/rollup_index_load.py DB`); the app loads it at start and again on
the first request after ingest recounted the rollups.
"""

import sqlite3
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from app.deps import may_take_long
from app.queries import totals
from app.storage.rollups import ALL_LANGUAGES

VERSIONS_KEPT = 2  # a request still reading the previous version must not evict the new one

_ROWS = ("SELECT dim, language, key, period, n FROM article_rollup WHERE grain = 'd' "
         "ORDER BY dim, grain, language, period, key")
_DAYS = "SELECT period FROM article_rollup WHERE dim = '' AND grain = 'd' AND language = ? ORDER BY period"
_ALL_DAYS = "SELECT DISTINCT period FROM article_rollup WHERE grain = 'd' ORDER BY period"  # 0.4 s at 1M


@dataclass(frozen=True, slots=True)
class Series:
    """One (dimension, language, key): the axis positions of its days with articles, ascending, and
    `cum[i]`, the articles on the first i of those days."""

    days: array
    cum: array

    def between(self, lo: int, hi: int) -> int:
        """Articles on the axis positions lo <= p < hi."""
        return self.cum[bisect_left(self.days, hi)] - self.cum[bisect_left(self.days, lo)]


@dataclass(frozen=True, slots=True)
class Window:
    """A date range as axis positions lo <= p < hi."""

    lo: int
    hi: int


class RollupIndex:
    def __init__(self, axis: list[str], series: dict[tuple[str, str, str], Series]) -> None:
        self.axis = axis  # every day with articles, ascending ('YYYY-MM-DD' sorts by date)
        self._series = series
        self._keys: dict[tuple[str, str], list[str]] = {}
        for dim, language, key in series:
            self._keys.setdefault((dim, language), []).append(key)
        # each month's first axis position, then the end of the axis
        self._months: list[str] = []
        self._month_starts: list[int] = []
        for pos, day in enumerate(axis):
            if not self._months or self._months[-1] != day[:7]:
                self._months.append(day[:7])
                self._month_starts.append(pos)
        self._month_starts.append(len(axis))

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> "RollupIndex":
        """The axis is the days of the all-articles rows, which every other row's day is among; rollups
        that break that (not written by this code) cost a slower scan for every row's day instead."""
        try:
            return cls._load(conn, [day for (day,) in conn.execute(_DAYS, (ALL_LANGUAGES,))])
        except KeyError:
            return cls._load(conn, [day for (day,) in conn.execute(_ALL_DAYS)])

    @classmethod
    def _load(cls, conn: sqlite3.Connection, axis: list[str]) -> "RollupIndex":
        position = {day: i for i, day in enumerate(axis)}
        days: dict[tuple[str, str, str], array] = {}
        cums: dict[tuple[str, str, str], array] = {}
        for dim, language, key, period, n in conn.execute(_ROWS):
            name = (dim, language, key)
            if name not in days:
                days[name], cums[name] = array("l"), array("q", [0])
            cum = cums[name]
            days[name].append(position[period])
            cum.append(cum[-1] + n)
        return cls(axis, {name: Series(days[name], cums[name]) for name in days})

    def window(self, date_from: str | None, date_to: str | None) -> Window:
        lo = 0 if date_from is None else bisect_left(self.axis, date_from)
        hi = len(self.axis) if date_to is None else bisect_right(self.axis, date_to)
        return Window(lo, max(lo, hi))  # a reversed range is empty, not negative

    def count(self, dim: str, key: str, language: str, w: Window) -> int:
        series = self._series.get((dim, language, key))
        return 0 if series is None else series.between(w.lo, w.hi)

    def by_key(self, dim: str, language: str, w: Window) -> dict[str, int]:
        """Every key of `dim` with articles in the window."""
        counts = ((key, self._series[(dim, language, key)].between(w.lo, w.hi))
                  for key in self._keys.get((dim, language), ()))
        return {key: n for key, n in counts if n}

    def by_month(self, dim: str, key: str, language: str, w: Window) -> dict[str, int]:
        series = self._series.get((dim, language, key))
        if series is None:
            return {}
        counts = {}
        for month, lo, hi in self._months_in(w):
            n = series.between(lo, hi)
            if n:
                counts[month] = n
        return counts

    def _months_in(self, w: Window) -> Iterator[tuple[str, int, int]]:
        i = max(bisect_right(self._month_starts, w.lo) - 1, 0)
        while i < len(self._months) and self._month_starts[i] < w.hi:
            yield self._months[i], max(w.lo, self._month_starts[i]), min(w.hi, self._month_starts[i + 1])
            i += 1


_lock = threading.Lock()
_loaded: dict[str, RollupIndex] = {}


def rollups_version(conn: sqlite3.Connection) -> str:
    """The corpus version at which the rollups were last recounted. Ingest recounts them only at the
    end of a run; the batches it commits before that are versioned `SETTLED+random`, with SETTLED
    the version of that last recount, so an in-place ingest of many batches costs no reloads."""
    return totals.corpus_version(conn).split("+")[0]


def current(conn: sqlite3.Connection) -> RollupIndex:
    """The index of the rollups `conn` reads. Loading one may take a second: on the event loop the
    request is handed to a thread first; threads wanting the same version wait for one load."""
    version = rollups_version(conn)
    found = _loaded.get(version)
    if found is not None:
        return found
    may_take_long()
    with _lock:
        found = _loaded.get(version)
        if found is None:
            found = RollupIndex.load(conn)
            while len(_loaded) >= VERSIONS_KEPT:
                del _loaded[next(iter(_loaded))]
            _loaded[version] = found
    return found


def preload(conn: sqlite3.Connection) -> None:
    """Load at start, in one snapshot, so no request waits for the first load."""
    conn.execute("BEGIN")
    try:
        current(conn)
    finally:
        conn.execute("COMMIT")
