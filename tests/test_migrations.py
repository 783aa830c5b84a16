"""The migrations build exactly the tables the models describe, and undo cleanly."""

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from app import migrate
from app.db import writer_engine
from app.models import metadata


def _tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_upgrade_to_head_then_downgrade_to_base(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    engine = writer_engine(db)
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == migrate.head_revision()
    tables = _tables(db)
    assert set(metadata.tables) <= tables
    assert "article_fts" in tables
    migrate.downgrade(engine)
    assert migrate.current_revision(engine) is None
    assert _tables(db) == {"alembic_version"}
    migrate.upgrade(engine)  # and back up again
    assert "article_fts" in _tables(db)
    engine.dispose()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    engine = writer_engine(db)
    migrate.upgrade(engine)
    with create_engine(f"sqlite:///{db}").connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_name": migrate.include_name, "compare_type": True})
        diff = compare_metadata(ctx, metadata)
    assert diff == []
    engine.dispose()


def test_fts_index_answers_after_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    engine = writer_engine(db)
    migrate.upgrade(engine)
    engine.dispose()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO article_fts(rowid, title, body, title_stem, body_stem) VALUES (1, 'a', 'b', 'a', 'b')")
        assert conn.execute("SELECT rowid FROM article_fts WHERE article_fts MATCH 'b'").fetchall() == [(1,)]
