"""The first call-log schema.

Revision ID: 0001
Revises:
Create Date: 2026-05-10
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from assistdesk.store.types import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

NO_ROWID = {"sqlite_with_rowid": False}


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "operators",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_operators"),
        sa.UniqueConstraint("name", name="uq_operators_name"),
    )
    op.create_table(
        "calls",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("lang", sa.String(2), nullable=False),
        sa.Column("demo", sa.Boolean(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=True),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("customer_name", sa.String(200), nullable=True),
        sa.Column("customer_phone", sa.String(100), nullable=True),
        sa.Column("customer_reference", sa.String(200), nullable=True),
        sa.Column("category", sa.String(100), nullable=True),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("intake", sa.Text(), nullable=False),
        sa.Column("transcript", sa.Text(), nullable=False),
        sa.Column("fault_confirmed", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(20), nullable=True),
        sa.Column("immediate_action", sa.Text(), nullable=False),
        sa.Column("prevention", sa.Text(), nullable=False),
        sa.Column("handoff_summary", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["operator_id"], ["operators.id"], name="fk_calls_operator_id_operators"
        ),
        sa.PrimaryKeyConstraint("pk", name="pk_calls"),
        sa.UniqueConstraint("id", name="uq_calls_id"),
    )
    op.create_index("ix_calls_started_at", "calls", ["started_at"])
    op.create_index("ix_calls_operator_started", "calls", ["operator_id", "started_at"])
    op.create_index("ix_calls_customer_reference", "calls", ["customer_reference"])
    op.create_index(
        "ix_calls_unfinished",
        "calls",
        ["operator_id"],
        sqlite_where=sa.text("ended_at IS NULL"),
        postgresql_where=sa.text("ended_at IS NULL"),
    )

    def child(name: str, *columns: sa.Column[object], pk: list[str], rowid: bool = False) -> None:
        op.create_table(
            name,
            sa.Column("call_pk", sa.Integer(), nullable=False),
            *columns,
            sa.ForeignKeyConstraint(
                ["call_pk"], ["calls.pk"], name=f"fk_{name}_call_pk_calls", ondelete="CASCADE"
            ),
            sa.PrimaryKeyConstraint(*pk, name=f"pk_{name}"),
            **({} if rowid else NO_ROWID),
        )

    child(
        "check_results",
        sa.Column("cause_id", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("scripted", sa.Boolean(), nullable=False),
        pk=["call_pk", "cause_id"],
    )
    op.create_index("ix_check_results_cause_id", "check_results", ["cause_id"])
    child(
        "phrases_used",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("ref", sa.String(200), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        pk=["call_pk", "position"],
    )
    child(
        "demands",
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("demand_id", sa.String(100), nullable=False),
        sa.Column("verbatim", sa.Text(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("declined", sa.Boolean(), nullable=False),
        pk=["call_pk", "position"],
    )
    child(
        "followups",
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        pk=["call_pk"],
        rowid=True,
    )
    op.create_index("ix_followups_done_due", "followups", ["done", "due"])
    child(
        "voc_tags",
        sa.Column("tag", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        pk=["call_pk", "tag"],
    )
    op.create_index("ix_voc_tags_tag", "voc_tags", ["tag"])
    child(
        "events",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        pk=["call_pk", "seq"],
    )
    child("call_search", sa.Column("body", sa.Text(), nullable=False), pk=["call_pk"], rowid=True)

    if dialect == "sqlite":
        # Full text over notes and the customer's words (ja and en): trigram substrings.
        op.execute(
            "CREATE VIRTUAL TABLE call_fts USING fts5(body, tokenize='trigram', detail='none')"
        )
        op.execute(
            "CREATE TRIGGER events_append_only BEFORE UPDATE ON events "
            "BEGIN SELECT RAISE(ABORT, 'the call timeline is append-only'); END"
        )
    elif dialect == "postgresql":
        bind = op.get_bind()
        has_trgm = bind.execute(
            sa.text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        ).scalar()
        if not has_trgm:
            available = bind.execute(
                sa.text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
            ).scalar()
            if available:
                with bind.begin_nested():
                    bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
                has_trgm = 1
        if has_trgm:
            op.execute(
                "CREATE INDEX ix_call_search_body_trgm ON call_search USING gin (body gin_trgm_ops)"
            )
        op.execute(
            "CREATE FUNCTION assistdesk_events_append_only() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'the call timeline is append-only'; END $$"
        )
        op.execute(
            "CREATE TRIGGER events_append_only BEFORE UPDATE ON events "
            "FOR EACH ROW EXECUTE FUNCTION assistdesk_events_append_only()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TABLE IF EXISTS call_fts")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS events_append_only ON events")
        op.execute("DROP FUNCTION IF EXISTS assistdesk_events_append_only()")
    for name in (
        "call_search",
        "events",
        "voc_tags",
        "followups",
        "demands",
        "phrases_used",
        "check_results",
        "calls",
        "operators",
    ):
        op.drop_table(name)
