"""The call log's tables (SQLAlchemy 2.x typed ORM) — the schema at the head revision.

Schema changes only through Alembic migrations (``store/migrations``); a test checks that
these models and the migrated database agree.

A call's row holds its scalar fields; the lists live in child tables keyed by the call's
integer ``pk`` (compact, and the rowid of the SQLite full-text index). ``events`` is the
append-only timeline (updates are refused by a trigger). Free text is card-masked before
it is written (see :mod:`assistdesk.store.privacy`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from assistdesk.store.types import UTCDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Operator(Base):
    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CallRow(Base):
    __tablename__ = "calls"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operators.id"))
    lang: Mapped[str] = mapped_column(String(2))
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    customer_name: Mapped[str | None] = mapped_column(String(200))
    customer_phone: Mapped[str | None] = mapped_column(String(100))
    customer_reference: Mapped[str | None] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(100))
    channel: Mapped[str] = mapped_column(String(20))
    intake: Mapped[str] = mapped_column(Text)  # JSON object prompt_id → answer
    transcript: Mapped[str] = mapped_column(Text)  # JSON list of the customer's lines
    fault_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome: Mapped[str | None] = mapped_column(String(20))
    immediate_action: Mapped[str] = mapped_column(Text)
    prevention: Mapped[str] = mapped_column(Text)
    handoff_summary: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Added by revision 0002: digits of customer_phone, for phone search.
    phone_digits: Mapped[str | None] = mapped_column(String(40))

    __table_args__ = (
        Index("ix_calls_started_at", "started_at"),
        Index("ix_calls_operator_started", "operator_id", "started_at"),
        Index("ix_calls_customer_reference", "customer_reference"),
        Index(
            "ix_calls_unfinished",
            "operator_id",
            sqlite_where=text("ended_at IS NULL"),
            postgresql_where=text("ended_at IS NULL"),
        ),
        Index("ix_calls_phone_digits", "phone_digits"),
    )


class CheckResult(Base):
    __tablename__ = "check_results"

    call_pk: Mapped[int] = mapped_column(
        ForeignKey("calls.pk", ondelete="CASCADE"), primary_key=True
    )
    cause_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10))
    scripted: Mapped[bool] = mapped_column(Boolean)

    __table_args__ = (
        Index("ix_check_results_cause_id", "cause_id"),
        {"sqlite_with_rowid": False},
    )


class PhraseRow(Base):
    __tablename__ = "phrases_used"

    call_pk: Mapped[int] = mapped_column(
        ForeignKey("calls.pk", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    ref: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = ({"sqlite_with_rowid": False},)


class DemandRow(Base):
    __tablename__ = "demands"

    call_pk: Mapped[int] = mapped_column(
        ForeignKey("calls.pk", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    demand_id: Mapped[str] = mapped_column(String(100))
    verbatim: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    declined: Mapped[bool] = mapped_column(Boolean)

    __table_args__ = ({"sqlite_with_rowid": False},)


class FollowupRow(Base):
    __tablename__ = "followups"

    call_pk: Mapped[int] = mapped_column(
        ForeignKey("calls.pk", ondelete="CASCADE"), primary_key=True
    )
    due: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(Boolean)

    __table_args__ = (Index("ix_followups_done_due", "done", "due"),)


class VocTagRow(Base):
    __tablename__ = "voc_tags"

    call_pk: Mapped[int] = mapped_column(
        ForeignKey("calls.pk", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(100), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_voc_tags_tag", "tag"), {"sqlite_with_rowid": False})


class EventRow(Base):
    """The append-only timeline (a trigger refuses updates)."""

    __tablename__ = "events"

    call_pk: Mapped[int] = mapped_column(
        ForeignKey("calls.pk", ondelete="CASCADE"), primary_key=True
    )
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    type: Mapped[str] = mapped_column(String(40))
    data: Mapped[str] = mapped_column(Text)  # JSON object

    __table_args__ = ({"sqlite_with_rowid": False},)


class CallSearch(Base):
    """PostgreSQL only: the normalised searchable text of a call (pg_trgm GIN index).

    On SQLite the same text lives in the FTS5 tables ``call_fts`` (trigram) and
    ``call_fts_cjk`` (one token per Japanese character, for 1–2 character queries),
    created by the migrations.
    """

    __tablename__ = "call_search"

    call_pk: Mapped[int] = mapped_column(
        ForeignKey("calls.pk", ondelete="CASCADE"), primary_key=True
    )
    body: Mapped[str] = mapped_column(Text)


calls: Table = cast(Table, CallRow.__table__)
operators: Table = cast(Table, Operator.__table__)
check_results: Table = cast(Table, CheckResult.__table__)
phrases_used: Table = cast(Table, PhraseRow.__table__)
demands: Table = cast(Table, DemandRow.__table__)
followups: Table = cast(Table, FollowupRow.__table__)
voc_tags: Table = cast(Table, VocTagRow.__table__)
events: Table = cast(Table, EventRow.__table__)
call_search: Table = cast(Table, CallSearch.__table__)
