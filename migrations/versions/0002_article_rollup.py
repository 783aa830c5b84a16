"""article_rollup: precomputed article counts per day and month, for totals and facets

Existing databases get an empty table; the next `corpus ingest` fills it, because this revision comes
with EXTRACTOR_VERSION 5, which re-derives every stored article (and gives articles day-ordered keys).

Revision ID: 0002
Revises: 0001
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'article_rollup',
        sa.Column('dim', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column('grain', sqlmodel.sql.sqltypes.AutoString(length=1), nullable=False),
        sa.Column('period', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('dim', 'key', 'grain', 'period', 'language', name=op.f('pk_article_rollup')),
    )
    op.create_index('ix_article_rollup_dim_grain_period', 'article_rollup',
                    ['dim', 'grain', 'period', 'language', 'key', 'n'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_article_rollup_dim_grain_period', table_name='article_rollup')
    op.drop_table('article_rollup')
