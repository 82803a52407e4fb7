"""Phone search by digits; 1–2 character Japanese search on SQLite.

Adds ``calls.phone_digits`` (the ASCII digits of the customer's phone, indexed) and, on
SQLite, the ``call_fts_cjk`` index (one token per Japanese character) filled from the
existing trigram index. It is contentless: the text stays in ``call_fts`` only.

Revision ID: 0002
Revises: 0001
Create Date: 2026-05-10
"""

from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BATCH = 5000


# Frozen copies of the helpers as they were when this revision was written.
def _digits_of(text: str | None) -> str | None:
    if not text:
        return None
    digits = re.sub(r"\D+", "", unicodedata.normalize("NFKC", text))
    return digits or None


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0x31F0 <= code <= 0x31FF
        or code == 0x3005
        or 0x20000 <= code <= 0x2FA1F
    )


def _cjk_body(body: str) -> str:
    out: list[str] = []
    gap = False
    for ch in body:
        if _is_cjk(ch):
            out.append(ch)
            gap = False
        elif not gap and out:
            out.append("x")
            gap = True
    while out and out[-1] == "x":
        out.pop()
    return " ".join(out)


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("calls") as batch:
        batch.add_column(sa.Column("phone_digits", sa.String(40), nullable=True))
        batch.create_index("ix_calls_phone_digits", ["phone_digits"])
    rows = bind.execute(
        sa.text("SELECT pk, customer_phone FROM calls WHERE customer_phone IS NOT NULL")
    ).all()
    update = sa.text("UPDATE calls SET phone_digits = :d WHERE pk = :pk")
    params = [{"pk": pk, "d": _digits_of(phone)} for pk, phone in rows]
    for i in range(0, len(params), BATCH):
        bind.execute(update, params[i : i + BATCH])

    if bind.dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE call_fts_cjk USING fts5("
            "body, tokenize='unicode61', content='', columnsize=0)"
        )
        insert = sa.text("INSERT INTO call_fts_cjk(rowid, body) VALUES (:pk, :body)")
        bodies = bind.execute(sa.text("SELECT rowid, body FROM call_fts")).all()
        cjk = [{"pk": pk, "body": _cjk_body(body)} for pk, body in bodies]
        cjk = [p for p in cjk if p["body"]]
        for i in range(0, len(cjk), BATCH):
            bind.execute(insert, cjk[i : i + BATCH])


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS call_fts_cjk")
    with op.batch_alter_table("calls") as batch:
        batch.drop_index("ix_calls_phone_digits")
        batch.drop_column("phone_digits")
