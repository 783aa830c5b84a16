"""article_rollup: counts for all languages together, and an index that reads one language's rows

Lists that filter no language summed every language's rows; the added rows (`language` '*') hold
those sums, and the index puts the language before the period so a date range of one language's
rows is one index range. Existing rollups get their '*' rows here, from their day and month rows.

Revision ID: 0007
Revises: 0006
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("INSERT INTO article_rollup(dim, key, grain, period, language, n) "
               "SELECT dim, key, grain, period, '*', sum(n) FROM article_rollup GROUP BY dim, key, grain, period")
    op.drop_index('ix_article_rollup_dim_grain_period', table_name='article_rollup')
    op.create_index('ix_article_rollup_dim_grain_language_period', 'article_rollup',
                    ['dim', 'grain', 'language', 'period', 'key', 'n'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_article_rollup_dim_grain_language_period', table_name='article_rollup')
    op.create_index('ix_article_rollup_dim_grain_period', 'article_rollup',
                    ['dim', 'grain', 'period', 'language', 'key', 'n'], unique=False)
    op.execute("DELETE FROM article_rollup WHERE language = '*'")
