"""figure indexes that end in (published, id), the list's sort, for each filter a list is asked for

With the id in the (reporter, kind, partner, published) index a fully filtered list reads its page
straight off the index; before, SQLite walked every figure of the kind newest first and filtered
(0.8 ms at a million articles). A list filtered only by reporter or only by partner sorted every
figure of that country (0.16 s at 100,000 articles); these read one index range in order.

Revision ID: 0005
Revises: 0004
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_figure_reporter_kind_partner_published_id', 'figure',
                    ['reporter', 'kind', 'partner', 'published', 'id'], unique=False)
    op.drop_index('ix_figure_reporter_kind_partner_published', table_name='figure')
    op.create_index('ix_figure_reporter_published_id', 'figure', ['reporter', 'published', 'id'], unique=False)
    op.create_index('ix_figure_partner_published_id', 'figure', ['partner', 'published', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_figure_partner_published_id', table_name='figure')
    op.drop_index('ix_figure_reporter_published_id', table_name='figure')
    op.create_index('ix_figure_reporter_kind_partner_published', 'figure',
                    ['reporter', 'kind', 'partner', 'published'], unique=False)
    op.drop_index('ix_figure_reporter_kind_partner_published_id', table_name='figure')
