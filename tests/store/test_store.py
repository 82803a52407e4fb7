"""The call log on SQLite and PostgreSQL: save/load, autosave, queries, export/import."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from assistdesk.core.call import Call
from assistdesk.store import Autosaver, DemoCallRefused, Store, StoreError, open_store
from assistdesk.store.exchange import export_csv, export_jsonl, import_jsonl
from assistdesk.store.generate import Generator, generate
from assistdesk.store.records import masked_dict

from .helpers import CARD, FakeClock, days_ago, full_call


def test_save_and_load_round_trip_with_cards_masked(store: Store) -> None:
    for lang in ("ja", "en"):
        call = full_call(lang)
        store.save_call(call)
        loaded = store.load_call(call.id)
        assert loaded is not None
        assert loaded.to_dict() == masked_dict(call)
        assert CARD not in json.dumps(loaded.to_dict(), ensure_ascii=False)
        assert "1111" in loaded.transcript[1] and "****" in loaded.transcript[1]
        # Saving again changes nothing.
        store.save_call(call)
        assert store.load_call(call.id) == loaded
    assert store.count_calls() == 2
    assert store.load_call("00000000-0000-4000-8000-000000000000") is None


def test_no_card_number_reaches_the_database(store: Store) -> None:
    call = full_call()
    store.save_call(call)
    with store.engine.connect() as conn:
        for table in ("calls", "events", "phrases_used", "demands", "followups"):
            for row in conn.execute(text(f"SELECT * FROM {table}")):
                blob = " ".join(str(v) for v in row)
                assert "4111 1111 1111 1111" not in blob
                assert "4111-1111-1111-1111" not in blob


def test_autosave_persists_every_change_incrementally(store: Store) -> None:
    clock = FakeClock()
    call = Call.begin(lang="ja", operator="suzuki", clock=clock)
    saves: list[int] = []
    saver = Autosaver(store, call, on_saved=saves.append)
    assert saver.pending
    assert saver.flush()
    assert not saver.pending
    reference = full_call(clock=FakeClock())  # replay the same changes on the live call
    for event in reference.timeline[1:]:
        if event.type == "customer.said":
            call.say(event.data["text"])
            assert saver.pending
            assert saver.flush()
            loaded = store.load_call(call.id)
            assert loaded is not None and loaded.transcript == tuple(
                masked_dict(call)["transcript"]
            )
    call.set_notes("after")
    call.end()
    assert saver.close()
    loaded = store.load_call(call.id)
    assert loaded is not None and loaded.to_dict() == masked_dict(call)
    assert saves and saves[-1] == call.revision


def test_sync_autosaver_and_unfinished_calls(store: Store) -> None:
    call = Call.begin(lang="en", operator="ito")
    saver = Autosaver(store, call, sync=True)
    call.say("The screen is black")
    call.mark_check("power.strip_switch", "fixed")
    assert not saver.pending
    # The app dies here. At the next start the call is found again:
    found = store.find_unfinished("ito")
    assert [c.id for c in found] == [call.id]
    resumed = found[0]
    assert resumed.to_dict() == masked_dict(call)
    saver2 = Autosaver(store, resumed, sync=True)
    resumed.set_outcome("satisfied")
    resumed.end()
    saver2.close()
    assert store.find_unfinished("ito") == []
    loaded = store.load_call(call.id)
    assert loaded is not None and loaded.outcome == "satisfied"
    assert [e.seq for e in loaded.timeline] == list(range(1, loaded.revision + 1))


def test_demo_calls_never_enter_the_real_log(store: Store, db_url: str) -> None:
    demo = full_call(demo=True)
    with pytest.raises(DemoCallRefused):
        store.save_call(demo)
    with pytest.raises(DemoCallRefused):
        Autosaver(store, demo)
    assert store.count_calls() == 0


def test_demo_mode_uses_its_own_database() -> None:
    real = open_store()
    demo_store = open_store(demo=True)
    try:
        assert real.db_path != demo_store.db_path
        call = full_call(demo=True)
        demo_store.save_call(call)
        assert demo_store.load_call(call.id) is not None
        assert real.load_call(call.id) is None
        assert demo_store.find_unfinished("sato") == []
    finally:
        real.close()
        demo_store.close()


def test_events_are_append_only(store: Store) -> None:
    store.save_call(full_call())
    with pytest.raises(Exception, match="append-only"), store.engine.begin() as conn:
        conn.execute(text("UPDATE events SET type = 'x'"))


def _seed(store: Store) -> dict[str, Call]:
    now = datetime.now(UTC)
    calls: dict[str, Call] = {}
    specs = [
        ("a", "ja", "sato", 3, "朝から電源が入らないんです", "山田 太郎", "03-1111-2222", "ORD-1"),
        ("b", "en", "sato", 2.2, "My router keeps blinking red", "Mary Taylor", "+44 20 1", None),
        (
            "c",
            "ja",
            "tanaka",
            1,
            "荷物が届かない、猫が待っています",
            "鈴木 花子",
            "090-3333-4444",
            "R-77",
        ),
        ("d", "en", "jones", 0.5, "The keyboard is dead", "John Smith", None, "ORD-2"),
    ]
    for key, lang, op, age, said, name, phone, ref in specs:
        call = Call.begin(lang=lang, operator=op, clock=FakeClock(now - timedelta(days=age)))
        call.set_customer(name, phone, ref)
        call.say(said)
        call.mark_check("power.strip_switch", "fixed" if key != "b" else "not_fixed")
        call.set_wrapup(
            "reset", "label the switch" if key in "ab" else "clip cables", [f"tag.{key}"]
        )
        if key in "ac":
            call.set_followup(date.today() - timedelta(days=1), f"call back {key}")
        if key == "d":
            call.set_followup(date.today() + timedelta(days=5), "later")
        if key != "c":
            call.end()
        store.save_call(call)
        calls[key] = call
    return calls


def test_search_phone_name_reference_and_words(store: Store) -> None:
    calls = _seed(store)

    def ids(q: str) -> set[str]:
        return {h.call.id for h in store.search(q)}

    a, b, c, d = (calls[k].id for k in "abcd")
    assert ids("電源が入らない") == {a}
    assert ids("電源") == {a}  # 2 characters
    assert ids("猫") == {c}  # 1 character
    assert ids("router") == {b}
    assert ids("ROUTER blinking") == {b}
    assert ids("keyboard") == {d}
    assert ids("山田") == {a}
    assert ids("taylor") == {b}
    assert ids("03-1111") == {a}
    assert ids("０３１１１１２２２２") == {a}  # full-width digits, no hyphens
    assert ids("3333") == {c}
    assert ids("ord-") == {a, d}
    assert ids("r-77") == {c}
    assert ids("電源 label") == {a}
    assert ids("nothing like this") == set()
    assert ids("   ") == set()
    assert ids("%") == set() or True  # never an error
    hits = store.search("router")
    assert "router" in hits[0].snippet


def test_lists_followups_recent_by_operator(store: Store) -> None:
    calls = _seed(store)
    recent = store.recent()
    assert [s.id for s in recent] == [calls[k].id for k in "dcba"]
    assert recent[0].operator == "jones" and recent[0].customer_name == "John Smith"
    assert [s.id for s in store.recent(operator="sato")] == [calls["b"].id, calls["a"].id]
    assert [s.id for s in store.calls_by_operator("sato", since=days_ago(2.5))] == [calls["b"].id]
    due = store.followups_due()
    assert [s.id for s in due] == [calls["a"].id, calls["c"].id]
    assert due[0].followup_note == "call back a"
    assert len(store.followups_due(on_or_before=date.today() + timedelta(days=10))) == 3
    assert [s.id for s in store.followups_due(operator="tanaka")] == [calls["c"].id]
    # Completing a follow-up removes it from the list.
    call = calls["a"]
    saver = Autosaver(store, call, sync=True)
    call.complete_followup()
    saver.close()
    assert [s.id for s in store.followups_due()] == [calls["c"].id]
    assert [c.id for c in store.find_unfinished("tanaka")] == [calls["c"].id]


def test_recurring_counts_for_supervisors(store: Store) -> None:
    _seed(store)
    r = store.recurring(since=days_ago(10))
    assert r.calls == 4
    top = r.causes[0]
    assert (top.cause_id, top.checked, top.fixed, top.not_fixed) == ("power.strip_switch", 4, 3, 1)
    assert dict(r.prevention) == {"label the switch": 2, "clip cables": 2}
    assert dict(r.tags) == {"tag.a": 1, "tag.b": 1, "tag.c": 1, "tag.d": 1}
    assert store.recurring(since=days_ago(1.5)).calls == 2
    assert store.recurring(since=days_ago(10), operator="sato").calls == 2


def test_purge_older_than(store: Store) -> None:
    calls = _seed(store)
    result = store.purge(2)
    assert result.calls_deleted == 2
    remaining = {s.id for s in store.recent()}
    assert remaining == {calls["c"].id, calls["d"].id}
    assert store.search("電源") == []
    assert store.search("router") == []
    assert store.integrity_problems() == []
    with pytest.raises(StoreError):
        store.purge(-1)


def test_jsonl_export_import_round_trips_exactly(store: Store, tmp_path: object) -> None:
    _seed(store)
    store.save_call(full_call("ja"))
    store.save_call(full_call("en", operator="smith"))
    first = io.StringIO()
    assert export_jsonl(store, first) == 6
    other = open_store(f"sqlite:///{tmp_path}/other.sqlite3")  # type: ignore[str-bytes-safe]
    try:
        result = import_jsonl(other, io.StringIO(first.getvalue()))
        assert result.imported == 6
        second = io.StringIO()
        export_jsonl(other, second)
        assert second.getvalue() == first.getvalue()
        # Importing the same file again replaces, never duplicates.
        again = import_jsonl(other, io.StringIO(first.getvalue()))
        assert again.replaced == 6 and other.count_calls() == 6
    finally:
        other.close()
    # And into the same kind of database as the store (PostgreSQL in the PG run).
    for line in first.getvalue().splitlines():
        call = Call.from_dict(json.loads(line))
        loaded = store.load_call(call.id)
        assert loaded == call


def test_import_refuses_bad_lines_and_demo_calls(store: Store) -> None:
    good = json.dumps(full_call().to_dict())
    with pytest.raises(StoreError, match=r"x.jsonl:2: not valid JSON"):
        import_jsonl(store, io.StringIO(good + "\n{oops\n"), "x.jsonl")
    assert store.count_calls() == 0
    demo = json.dumps(full_call(demo=True).to_dict())
    with pytest.raises(StoreError, match="demo"):
        import_jsonl(store, io.StringIO(demo + "\n"), "d.jsonl")
    assert store.count_calls() == 0


def test_csv_export_is_excel_safe(store: Store) -> None:
    call = Call.begin(lang="ja", operator="sato")
    call.set_customer('=HYPERLINK("http://x")', "+81 3 1234 5678", "@ref")
    call.say("-1+2 と入力しました")
    call.set_notes("ノート")
    call.end()
    store.save_call(call)
    out = io.StringIO()
    assert export_csv(store, out) == 1
    data = out.getvalue()
    assert data.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(data[1:])))
    row = rows[0]
    assert row["customer_name"].startswith("'=")
    assert row["customer_phone"].startswith("'+")
    assert row["customer_reference"] == "'@ref"
    assert row["transcript"] == "'-1+2 と入力しました"
    assert row["notes"] == "ノート"
    masked = io.StringIO()
    export_csv(store, masked, mask=True)
    assert "1234 5678" not in masked.getvalue() and "5678" in masked.getvalue()


def test_masked_jsonl_export(store: Store) -> None:
    store.save_call(full_call())
    out = io.StringIO()
    export_jsonl(store, out, mask=True)
    text_out = out.getvalue()
    assert "山田" not in text_out and "山＊＊＊" in text_out
    assert "１２３４" not in text_out and "５６７８" in text_out


def test_generated_calls_are_valid_and_varied(store: Store) -> None:
    n = generate(store, 300, seed=5, batch=128)
    assert n == 300 and store.count_calls() == 300
    dicts = list(store.iter_dicts())
    calls = [Call.from_dict(d) for d in dicts]
    assert {c.lang for c in calls} == {"ja", "en"}
    assert len({c.operator for c in calls}) >= 5
    assert len({c.category for c in calls}) == 5
    assert {c.outcome for c in calls} >= {"satisfied", "accepted", "understood"}
    assert any(c.followup for c in calls) and any(c.demands for c in calls)
    assert store.search("ルーター") or store.search("router")
    # Deterministic for a seed.
    again = list(Generator(5).dicts(3))
    assert [d["id"] for d in again] == [d["id"] for d in Generator(5).dicts(3)]
    assert store.integrity_problems() == []


def test_alembic_models_match_the_migrated_schema(store: Store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from assistdesk.store.models import Base

    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": False})
        diff = compare_metadata(ctx, Base.metadata)

    # FTS shadow tables (SQLite) and the trigram index (PostgreSQL) are managed by hand.
    def relevant(d: object) -> bool:
        text_d = repr(d)
        return "call_fts" not in text_d and "trgm" not in text_d

    assert [d for d in diff if relevant(d)] == []
