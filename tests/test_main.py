"""The app refuses to start on a file it cannot serve, with a message that says what to do."""

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app


def test_missing_database_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="CORPUS_DB=.*corpus ingest"):
        create_app(Settings(corpus_db=tmp_path / "absent.db"))


def test_a_file_of_another_schema_is_refused_at_startup(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE unrelated(x)")
    with pytest.raises(RuntimeError, match="schema revision None.*corpus migrate"):
        with TestClient(create_app(Settings(corpus_db=db))):
            pass
