"""Column types shared by the models and the migrations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any, Final

from sqlalchemy import BigInteger, DateTime
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO: Final = timedelta(microseconds=1)


def to_micros(moment: datetime) -> int:
    """Exact microseconds since the Unix epoch of an aware datetime."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are not stored: give a time zone")
    return (moment - EPOCH) // _MICRO


def from_micros(value: int) -> datetime:
    return EPOCH + timedelta(microseconds=value)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime, exact to the microsecond.

    SQLite: a 64-bit integer of microseconds since the epoch (compact, fast to compare).
    PostgreSQL: ``timestamp with time zone``.
    """

    impl = BigInteger
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(DateTime(timezone=True))
        return dialect.type_descriptor(BigInteger())

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if dialect.name == "postgresql":
            if value.tzinfo is None:
                raise ValueError("naive datetimes are not stored: give a time zone")
            return value.astimezone(UTC)
        return to_micros(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.astimezone(UTC)
        return from_micros(int(value))
