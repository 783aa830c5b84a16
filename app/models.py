"""The database tables. API shapes live in `app/schemas.py`; no route returns these objects.

Every table derived from an article points at `article.pk` with ON DELETE CASCADE, so replacing a
changed file removes everything extracted from its old version in the same transaction.
"""

import datetime as dt
from decimal import Decimal

from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, Numeric
from sqlmodel import Field, SQLModel

SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


def _article_fk() -> Column:  # type: ignore[type-arg]
    return Column(Integer, ForeignKey("article.pk", ondelete="CASCADE"), nullable=False, index=True)


def _article_key() -> Column:  # type: ignore[type-arg]
    """First half of the key of a per-article link table."""
    return Column(Integer, ForeignKey("article.pk", ondelete="CASCADE"), primary_key=True)


class Article(SQLModel, table=True):
    """One source file. `pk` is the FTS rowid; `id` is the public id (the file stem)."""

    __table_args__ = (
        Index("ix_article_published_id", "published", "id"),
        Index("ix_article_language_published_id", "language", "published", "id"),
    )

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True, max_length=200)
    title: str
    published: dt.date
    language: str = Field(max_length=2)
    dateline: str | None = None
    agency: str | None = None
    lead: str
    body: str = Field(description="Paragraphs joined by newlines; the first one is the lead.")
    word_count: int
    figure_count: int = 0
    content_hash: str = Field(max_length=64)
    source_path: str
    item: str = Field(default="{}", sa_column_kwargs={"server_default": "{}"},
                      description="JSON: the article as /v1/articles lists it (app/storage/summaries.py).")


class Speaker(SQLModel, table=True):
    """One person across the corpus; `id` is the Latin slug of the normalised name.

    The aggregates (names, roles, counts, dates) are recomputed from `article_speaker` and `quote`
    at the end of every ingest, for the speakers that ingest touched.
    """

    __table_args__ = (
        Index("ix_speaker_quote_count_id", "quote_count", "id"),
        Index("ix_speaker_last_seen_id", "last_seen", "id"),
    )

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True, max_length=200)
    name: str
    names: str = Field(default="[]", description="JSON list of every form and script seen.")
    roles: str = Field(default="[]", description="JSON list of roles.")
    search_keys: str = Field(default="", description="Folded Latin words of every form, for name search.")
    quote_count: int = 0
    article_count: int = 0
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None


class ArticleSpeaker(SQLModel, table=True):
    """A person quoted in one article, as that article names and describes them."""

    __tablename__ = "article_speaker"

    article_pk: int = Field(sa_column=_article_key())
    speaker_pk: int = Field(sa_column=Column(Integer, ForeignKey("speaker.pk", ondelete="CASCADE"),
                                             primary_key=True, index=True))
    name: str
    roles: str = Field(default="[]", description="JSON list of roles, most specific first.")
    forms: str = Field(default="[]", description="JSON list of the surface forms of the name.")
    published: dt.date


class Quote(SQLModel, table=True):
    __table_args__ = (
        Index("ix_quote_published_id", "published", "id"),
        Index("ix_quote_speaker_pk_published_id", "speaker_pk", "published", "id"),
    )

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True, max_length=220)
    article_pk: int = Field(sa_column=_article_fk())
    article_id: str = Field(max_length=200)
    speaker_pk: int | None = Field(default=None, foreign_key="speaker.pk")
    kind: str = Field(max_length=10)
    text: str
    paragraph: int
    published: dt.date
    language: str = Field(max_length=2)


class Figure(SQLModel, table=True):
    __table_args__ = (
        Index("ix_figure_published_id", "published", "id"),
        Index("ix_figure_kind_published_id", "kind", "published", "id"),
        Index("ix_figure_reporter_kind_partner_published_id", "reporter", "kind", "partner", "published", "id"),
        Index("ix_figure_reporter_published_id", "reporter", "published", "id"),
        Index("ix_figure_partner_published_id", "partner", "published", "id"),
        Index("ix_figure_partner_kind_published", "partner", "kind", "published"),
        Index("ix_figure_value_id", "value", "id"),
    )

    pk: int | None = Field(default=None, primary_key=True)
    id: str = Field(unique=True, max_length=220)
    article_pk: int = Field(sa_column=_article_fk())
    article_id: str = Field(max_length=200)
    kind: str = Field(max_length=20)
    value: Decimal = Field(sa_column=Column(Numeric(38, 6, asdecimal=True), nullable=False))
    unit: str = Field(max_length=8)
    qualifier: str | None = None
    reporter: str | None = Field(default=None, max_length=2)
    partner: str | None = Field(default=None, max_length=2)
    period_start: str | None = Field(default=None, max_length=7)
    period_end: str | None = Field(default=None, max_length=7)
    target: bool = False
    text: str
    paragraph: int
    published: dt.date
    language: str = Field(max_length=2)


class Topic(SQLModel, table=True):
    """The taxonomy in use (IPTC Media Topics plus our subtopics), written by ingest from the code's data."""

    qcode: str = Field(primary_key=True, max_length=60)
    slug: str = Field(unique=True, max_length=100)
    label: str
    label_kk: str
    label_ru: str
    parent: str | None = Field(default=None, max_length=60)
    level: int


# Why the link tables repeat the article's `published` and `id`: a list of one topic or country reads
# its page off the (value, published, id) index in the list's order and fetches only that page's
# articles. Without the id there, the within-day tie-break joined and sorted every article of the
# page's last day (about 160 for a common topic at a million articles).
LINK_SORT_KEY = "The article's id, copied here so the link index gives the list's order."


class ArticleTopic(SQLModel, table=True):
    __tablename__ = "article_topic"
    __table_args__ = (Index("ix_article_topic_qcode_published_id", "qcode", "published", "article_id", "article_pk"),)

    article_pk: int = Field(sa_column=_article_key())
    qcode: str = Field(primary_key=True, max_length=60)
    score: float
    evidence: str = Field(default="[]", description="JSON list of the words that gave the topic.")
    published: dt.date
    article_id: str = Field(max_length=200, description=LINK_SORT_KEY)


class ArticleCountry(SQLModel, table=True):
    __tablename__ = "article_country"
    __table_args__ = (Index("ix_article_country_country_published_id", "country", "published", "article_id",
                            "article_pk"),)

    article_pk: int = Field(sa_column=_article_key())
    country: str = Field(primary_key=True, max_length=2)
    published: dt.date
    article_id: str = Field(max_length=200, description=LINK_SORT_KEY)


class CorpusMeta(SQLModel, table=True):
    """Key/value facts about the corpus as a whole (`corpus_version`, `search_version`, ...)."""

    __tablename__ = "corpus_meta"

    key: str = Field(primary_key=True, max_length=60)
    value: str


class ArticleRollup(SQLModel, table=True):
    """Article counts per day (`grain` 'd', period `YYYY-MM-DD`) and month ('m', `YYYY-MM`) by language
    and for all languages (`language` '*'), overall (`dim` '') and per topic or country (`dim`
    'topic'/'country', `key` the qcode or code). Written by ingest (app/storage/rollups.py); read for
    totals and facets (app/queries/rollups.py), one language's rows at a time."""

    __tablename__ = "article_rollup"
    __table_args__ = (Index("ix_article_rollup_dim_grain_language_period", "dim", "grain", "language", "period",
                            "key", "n"),)

    dim: str = Field(primary_key=True, max_length=10)
    key: str = Field(primary_key=True, max_length=60)
    grain: str = Field(primary_key=True, max_length=1)
    period: str = Field(primary_key=True, max_length=10)
    language: str = Field(primary_key=True, max_length=2)
    n: int
