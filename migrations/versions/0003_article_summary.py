"""article.summary: each article's topics, countries and speaker ids as one JSON value

Lists read it instead of three lookups per page. Existing rows are filled in here with the statement
app/storage/summaries.py uses at ingest (copied, as a migration must not change when the app does).

Revision ID: 0003
Revises: 0002
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SUMMARY_SQL = """
json_object(
  'topics', (SELECT json_group_array(json(j)) FROM (
      SELECT json_object('qcode', t.qcode, 'slug', t.slug, 'label', t.label, 'score', x.score) AS j
      FROM article_topic x JOIN topic t ON t.qcode = x.qcode
      WHERE x.article_pk = article.pk ORDER BY x.score DESC, t.qcode)),
  'countries', (SELECT json_group_array(country) FROM (
      SELECT country FROM article_country WHERE article_pk = article.pk ORDER BY country)),
  'speaker_ids', (SELECT json_group_array(id) FROM (
      SELECT s.id FROM article_speaker x JOIN speaker s ON s.pk = x.speaker_pk
      WHERE x.article_pk = article.pk ORDER BY s.id)))
"""


def upgrade() -> None:
    # plain ADD COLUMN: SQLite adds it in place, where a batch (copy) migration would rewrite the table
    op.execute("ALTER TABLE article ADD COLUMN summary VARCHAR NOT NULL DEFAULT '{}'")
    op.execute(f"UPDATE article SET summary = {SUMMARY_SQL}")


def downgrade() -> None:
    op.execute("ALTER TABLE article DROP COLUMN summary")
