"""Schema migrations, run by the CLI (ingest, migrate) and never by the read-only API."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

# Tables SQLModel cannot describe: the FTS5 virtual table and the shadow tables SQLite makes for it.
FTS_TABLES = frozenset(f"{table}{shadow}" for table in ("article_fts", "quote_fts", "speaker_fts")
                       for shadow in ("", "_data", "_idx", "_content", "_docsize", "_config"))


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Keeps autogenerate from proposing to drop the FTS tables it cannot see in the models."""
    return not (type_ == "table" and name in FTS_TABLES)


def migrations_dir() -> Path:
    """The top-level `migrations/` folder: beside the package in a checkout, else in the working directory."""
    for candidate in (Path(__file__).resolve().parents[1] / "migrations", Path.cwd() / "migrations"):
        if (candidate / "env.py").is_file():
            return candidate
    raise FileNotFoundError("migrations/ folder not found beside the app package or in the working directory")


def alembic_config(db_path: Path | str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{db_path}")
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config(engine.url.database or "")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str = "base") -> None:
    cfg = alembic_config(engine.url.database or "")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config("")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
