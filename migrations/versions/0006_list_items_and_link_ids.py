"""article.item (the list item, rendered) replaces article.summary; link tables carry the article id

A list page now reads one stored JSON value per article instead of building it with json_object and
splicing in the summary (SQLite's rendering and Python's splicing were a fifth of a list request).
The topic and country link tables get the article's id, and their list index becomes (value,
published, id, pk): a page of one topic is read off the index in the list's order, where the id
tie-break used to join and sort every article of the page's last day. Existing rows are filled in
with the statement app/storage/summaries.py uses at ingest (copied: a migration must not change
when the app does).

Revision ID: 0006
Revises: 0005
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The summary lists, as app/storage/summaries.py wrote them at this revision: in the item, and (on the
# way down) alone in the old summary column.
LISTS = """
  'topics', (SELECT json_group_array(json(j)) FROM (
      SELECT json_object('qcode', t.qcode, 'slug', t.slug, 'label', t.label, 'score', x.score) AS j
      FROM article_topic x JOIN topic t ON t.qcode = x.qcode
      WHERE x.article_pk = article.pk ORDER BY x.score DESC, t.qcode)),
  'countries', (SELECT json_group_array(country) FROM (
      SELECT country FROM article_country WHERE article_pk = article.pk ORDER BY country)),
  'speaker_ids', (SELECT json_group_array(id) FROM (
      SELECT s.id FROM article_speaker x JOIN speaker s ON s.pk = x.speaker_pk
      WHERE x.article_pk = article.pk ORDER BY s.id))"""
ITEM_SQL = f"""
json_object(
  'id', id, 'title', title, 'published', published, 'language', language, 'dateline', dateline, 'lead', lead,
  {LISTS},
  'figure_count', figure_count, 'url', '/v1/articles/' || id)
"""
SUMMARY_SQL = f"json_object({LISTS})"

# (table, its value column, old index, new index)
LINKS = (("article_topic", "qcode", "ix_article_topic_qcode_published", "ix_article_topic_qcode_published_id"),
         ("article_country", "country", "ix_article_country_country_published",
          "ix_article_country_country_published_id"))


def upgrade() -> None:
    # plain ALTER TABLE: SQLite adds a column in place, where a batch (copy) migration would rewrite the table
    op.execute("ALTER TABLE article ADD COLUMN item VARCHAR NOT NULL DEFAULT '{}'")
    op.execute(f"UPDATE article SET item = {ITEM_SQL}")
    op.execute("ALTER TABLE article DROP COLUMN summary")
    for table, column, old, new in LINKS:
        op.execute(f"ALTER TABLE {table} ADD COLUMN article_id VARCHAR(200) NOT NULL DEFAULT ''")
        op.execute(f"UPDATE {table} SET article_id = (SELECT id FROM article WHERE pk = {table}.article_pk)")
        op.drop_index(old, table_name=table)
        op.create_index(new, table, [column, 'published', 'article_id', 'article_pk'], unique=False)


def downgrade() -> None:
    for table, column, old, new in LINKS:
        op.drop_index(new, table_name=table)
        op.create_index(old, table, [column, 'published', 'article_pk'], unique=False)
        op.execute(f"ALTER TABLE {table} DROP COLUMN article_id")
    op.execute("ALTER TABLE article ADD COLUMN summary VARCHAR NOT NULL DEFAULT '{}'")
    op.execute(f"UPDATE article SET summary = {SUMMARY_SQL}")
    op.execute("ALTER TABLE article DROP COLUMN item")
