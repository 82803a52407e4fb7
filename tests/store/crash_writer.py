"""The writer that the crash test kills with SIGKILL (run as a subprocess).

    python -m tests.store.crash_writer SQLITE_URL SEED

Opens the log like the panel does (exclusive lock, recovery, backups, migrations),
resumes unfinished calls, then changes calls as fast as it can. After every save that
``Autosaver.flush()`` confirms it prints ``ACK <id> <revision> <timeline-hash> <hash>``:
from that moment the change must survive anything.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from typing import Any

from assistdesk.core.call import Call
from assistdesk.store import Autosaver, open_store
from assistdesk.store.records import masked_dict

OPERATOR = "crash"
LINES = (
    "電源が入らないんです",
    "The router keeps blinking",
    "カード番号は 4111 1111 1111 1111 です",
    "キーボードが反応しません、朝からずっとです",
    "I have been waiting for my parcel for a week",
)


def digest(value: Any) -> str:
    return hashlib.sha256(
        json.dumps(value, ensure_ascii=False, sort_keys=True).encode()
    ).hexdigest()[:16]


def ack(call: Call) -> None:
    d = masked_dict(call)
    print(f"ACK {call.id} {call.revision} {digest(d['timeline'])} {digest(d)}", flush=True)


def change(call: Call, rng: random.Random) -> None:
    pick = rng.randrange(7)
    if pick == 0:
        call.say(rng.choice(LINES) + " " + "あ" * rng.randrange(0, 300))
    elif pick == 1:
        call.mark_check(rng.choice(["power.strip_switch", "net.router_restart"]), "fixed")
    elif pick == 2:
        call.use_phrase("empathy", "ご不安でしたよね")
    elif pick == 3:
        call.set_notes("メモ " + str(rng.random()) * rng.randrange(1, 50))
    elif pick == 4:
        call.answer_intake(f"q{rng.randrange(3)}", str(rng.random()))
    elif pick == 5:
        call.add_voc_tag(f"tag.{rng.randrange(5)}")
    else:
        call.record_suggestions(["power.strip_switch"], [], "angry")


def main() -> int:
    url, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    store = open_store(url, exclusive=True)
    resumed = store.find_unfinished(OPERATOR)
    print("READY", flush=True)
    while True:
        call = (
            resumed.pop()
            if resumed
            else Call.begin(lang=rng.choice(["ja", "en"]), operator=OPERATOR)
        )
        saver = Autosaver(store, call)
        for _ in range(rng.randint(3, 25)):
            change(call, rng)
            if saver.flush(force=True):
                ack(call)
        call.end()
        if saver.close():
            ack(call)


if __name__ == "__main__":
    sys.exit(main())
