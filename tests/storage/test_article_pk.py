"""Article keys sort like publication days, which bounded newest-first search depends on."""

import datetime as dt
import sqlite3
from pathlib import Path

from app.storage.article_pk import DAY_SHIFT, SQL_DAY_ORDINAL, day_ceiling, day_floor, day_of


def test_key_ranges_of_consecutive_days_touch_and_round_trip() -> None:
    day = dt.date(2024, 2, 29)
    assert day_ceiling(day) == day_floor(day + dt.timedelta(days=1))
    assert day_of(day_floor(day)) == day_of(day_ceiling(day) - 1) == day
    assert day_floor(dt.date(9999, 12, 31)) < 2 ** 63 and day_floor(dt.date(1, 1, 1)) == 1 << DAY_SHIFT


def test_sqlite_computes_the_same_day_ordinal() -> None:
    with sqlite3.connect(":memory:") as conn:
        for day in (dt.date(1, 1, 1), dt.date(1970, 1, 1), dt.date(2025, 11, 14), dt.date(9999, 12, 31)):
            sql = "SELECT " + SQL_DAY_ORDINAL.format(column="?")
            assert conn.execute(sql, (day.isoformat(),)).fetchone()[0] == day.toordinal()


def test_stored_keys_follow_publication_days(generated_db: Path) -> None:
    with sqlite3.connect(generated_db) as conn:
        rows = conn.execute("SELECT pk, published FROM article").fetchall()
        assert conn.execute("SELECT value FROM corpus_meta WHERE key = 'pk_layout'").fetchone()[0] == "day"
    assert all(day_of(pk) == dt.date.fromisoformat(published) for pk, published in rows)
    by_key = [published for _, published in sorted(rows)]
    assert by_key == sorted(by_key)
