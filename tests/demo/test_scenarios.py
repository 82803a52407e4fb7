"""Scenario files: validation with FILE:LINE, the shipped set, step-by-step play."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistdesk.core.packs.loader import load_language
from assistdesk.core.scenarios import (
    ScenarioPlayer,
    check_folder,
    load_scenarios,
    read_scenario,
)
from assistdesk.resources import packs_dir, scenarios_dir

VALID = """\
id: tiny
lang: en
title: A tiny practice call
brief: The strip is off.
category: device
customer:
  name: Ms Test
  feeling: worried
hidden:
  cause: power.strip_switch
  facts: The strip was switched off.
outcome: satisfied
steps:
  - customer: My PC won't turn on.
    ideal:
      - empathy: worried
      - intake: what
      - apology: worry
      - check: {cause: power.strip_switch}
  - customer: Oh, it's on now!
    ideal:
      - outcome: satisfied
      - close: relief
"""

REQUIRED_TOPICS = {
    "power_strip",
    "keyboard_after_move",
    "registration_slow",
    "not_handled",
    "kneel_demand",
    "money_demand",
    "online_threat",
    "previous_operator",
    "daily_function",
    "weekend_delivery",
    "double_charge_hold",
    "handoff",
}


def write(tmp_path: Path, text: str, name: str = "s.yaml", lang: str = "en") -> Path:
    folder = tmp_path / "scenarios" / lang
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    return [str(p) for p in check_folder(path, packs_dir())]


def test_valid_scenario_has_no_problems(tmp_path: Path) -> None:
    path = write(tmp_path, VALID)
    assert problems(path) == []
    assert problems(tmp_path / "scenarios") == []


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        (
            "  feeling: worried\n",
            "  feeling: worried\n  mood: bad\n",
            9,
            "unknown field 'customer.mood'",
        ),
        ("outcome: satisfied\n", "", 1, "missing field 'outcome'"),
        (
            "  cause: power.strip_switch\n",
            "  cause: power.no_such_thing\n",
            10,
            "cause 'power.no_such_thing' is not in the packs",
        ),
        (
            "      - intake: what\n",
            "      - intake: colour\n",
            17,
            "intake prompt 'colour' is not in template 'device'",
        ),
        (
            "      - apology: worry\n",
            "      - apology: worry\n        empathy: worried\n",
            18,
            "an action has exactly one of",
        ),
        (
            "      - apology: worry\n",
            "      - full_apology: full\n",
            18,
            "a full apology before confirm_fault",
        ),
        ("      - apology: worry\n", "      - apology: full\n", 18, "apology 'full' is full"),
        ("      - close: relief\n", "      - close: goodbye\n", 23, "closing 'goodbye' is not"),
        (
            "      - close: relief\n",
            "      - close: relief\n        line: 9\n",
            24,
            "line 9 is out of range",
        ),
        (
            "      - check: {cause: power.strip_switch}\n",
            "      - say: Sorry, we can't do that.\n",
            10,
            "never checks the hidden cause",
        ),
        ("id: tiny\n", "id: Tiny Call\n", 1, "id 'Tiny Call' must be lowercase"),
        ("lang: en\n", "lang: ja\n", 2, "lang 'ja' does not match its folder 'en'"),
        ("outcome: satisfied\n", "outcome: happy\n", 12, "outcome: Input should be"),
        (
            "      - outcome: satisfied\n",
            "      - outcome: accepted\n",
            22,
            "sets outcome 'accepted' but 'outcome' is 'satisfied'",
        ),
    ],
)
def test_problems_name_file_and_line(
    tmp_path: Path, old: str, new: str, line: int, message: str
) -> None:
    assert old in VALID
    path = write(tmp_path, VALID.replace(old, new, 1))
    found = problems(path)
    assert any(p.startswith(f"{path}:{line}: ") and message in p for p in found), found


def test_bare_refusal_on_the_ideal_path_is_reported(tmp_path: Path) -> None:
    text = VALID.replace(
        "      - close: relief\n", "      - say: Sorry, we can't do that.\n      - close: relief\n"
    )
    path = write(tmp_path, text)
    (found,) = [p for p in problems(path) if "bare refusal" in p]
    assert found.startswith(f"{path}:23: ")


def test_demands_must_be_flagged_and_declined(tmp_path: Path) -> None:
    text = VALID.replace("outcome: satisfied\n", "demands: [demand.kneel]\noutcome: satisfied\n", 1)
    path = write(tmp_path, text)
    assert f"{path}:12: demand 'demand.kneel' is never flagged on the ideal path" in problems(path)
    flagged = text.replace(
        "      - intake: what\n", "      - intake: what\n      - flag: demand.kneel\n"
    )
    path = write(tmp_path, flagged)
    assert f"{path}:12: demand 'demand.kneel' is never declined on the ideal path" in problems(path)


def test_yaml_errors_and_duplicates(tmp_path: Path) -> None:
    path = write(tmp_path, VALID.replace("title: A tiny", "title: [A tiny"))
    (found,) = problems(path)
    assert found.startswith(f"{path}:") and "YAML syntax error" in found
    path = write(tmp_path, VALID + "id: again\n")
    assert f"{path}:24: duplicate key 'id'" in problems(path)


def test_duplicate_scenario_ids_across_files(tmp_path: Path) -> None:
    write(tmp_path, VALID, "a.yaml")
    second = write(tmp_path, VALID, "b.yaml")
    found = problems(tmp_path / "scenarios")
    assert len(found) == 1
    assert found[0].startswith(f"{second}:1: duplicate scenario id 'tiny'")


def test_missing_and_empty_folders(tmp_path: Path) -> None:
    assert problems(tmp_path / "nowhere") == [f"{tmp_path / 'nowhere'}:1: no such file or folder"]
    (tmp_path / "scenarios" / "en").mkdir(parents=True)
    (found,) = problems(tmp_path / "scenarios")
    assert "no scenario files" in found


# the shipped scenarios -----------------------------------------------------------------------


def test_shipped_scenarios_are_valid() -> None:
    assert [str(p) for p in check_folder(scenarios_dir())] == []


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_each_language_covers_the_required_situations(lang: str) -> None:
    scenarios, found = load_scenarios(scenarios_dir() / lang, lang)
    assert found == []
    assert len(scenarios) >= 12
    assert {s.id for s in scenarios} >= REQUIRED_TOPICS


def shipped() -> list[tuple[str, str]]:
    return [
        (lang, path.stem)
        for lang in ("ja", "en")
        for path in sorted((scenarios_dir() / lang).glob("*.yaml"))
    ]


@pytest.mark.parametrize(("lang", "stem"), shipped())
def test_ideal_path_scores_full_marks(lang: str, stem: str) -> None:
    packs, _ = load_language(packs_dir() / lang, lang)
    loaded = read_scenario(scenarios_dir() / lang / f"{stem}.yaml", lang)
    assert loaded.scenario is not None, loaded.problems
    player = ScenarioPlayer(loaded.scenario, packs)
    player.play_ideal()
    result = player.finish()
    assert result.full_marks, [(p.id, p.why) for p in result.missed]
    assert result.max >= 5
    assert player.call.demo


# step-by-step play ---------------------------------------------------------------------------


def test_lines_are_revealed_one_at_a_time(tmp_path: Path) -> None:
    write(tmp_path, VALID)
    scenarios, found = load_scenarios(tmp_path / "scenarios" / "en", "en", packs_root=packs_dir())
    assert found == []
    player = ScenarioPlayer(scenarios.scenarios[0], scenarios.packs)
    assert player.current is None and player.hint() == ()
    first = player.reveal()
    assert first is not None and first.index == 0 and not first.is_last
    assert first.text == "My PC won't turn on."
    assert [a.kind for a in player.hint()] == ["empathy", "intake", "apology", "check"]
    assert player.call.transcript == ("My PC won't turn on.",)
    assert player.call.customer_name == "Ms Test"
    assert player.call.category == "device"
    second = player.reveal()
    assert second is not None and second.is_last
    assert player.reveal() is None
    assert player.call.transcript == ("My PC won't turn on.", "Oh, it's on now!")


def test_perform_acts_out_one_hint(tmp_path: Path) -> None:
    write(tmp_path, VALID)
    scenarios, _ = load_scenarios(tmp_path / "scenarios" / "en", "en", packs_root=packs_dir())
    player = ScenarioPlayer(scenarios.scenarios[0], scenarios.packs)
    player.reveal()
    empathy = player.hint()[0]
    assert player.describe(empathy) == scenarios.packs.feelings[0].lines[0]
    event = player.perform(empathy)
    assert event is not None and event.type == "phrase.used"
    assert event.data["kind"] == "empathy"


def test_a_bad_play_scores_lower_for_the_right_reasons() -> None:
    packs, _ = load_language(packs_dir() / "en", "en")
    scenarios, _ = load_scenarios(scenarios_dir() / "en", "en", packs)
    scenario = scenarios.get("kneel_demand")
    assert scenario is not None
    good = ScenarioPlayer(scenario, packs)
    good.play_ideal()
    good_result = good.finish()

    bad = ScenarioPlayer(scenario, packs)
    call = bad.call
    bad.reveal()
    call.use_phrase("full_apology", "I'm so sorry, it's entirely our fault.", "full")
    bad.reveal()
    call.use_phrase("other", "That's our policy, I'm afraid.")
    bad.reveal()  # the kneel demand: neither recorded nor declined
    bad.reveal()
    call.mark_check("device.overheating", "not_fixed", scripted=False)
    call.answer_intake("what", "laptop shuts down")
    bad.reveal()
    call.set_outcome("unresolved")
    result = bad.finish()

    assert good_result.full_marks
    assert result.total < good_result.total
    missed = {p.id for p in result.missed}
    assert missed == {
        "listened",
        "empathy_first",
        "partial_apology",
        "face_saving",
        "no_bare_no",
        "demand_declined",
        "warm_close",
        "outcome_recorded",
    }
    partial = result.point("partial_apology")
    assert partial is not None and partial.moment is not None
    assert partial.moment.text == "I'm so sorry, it's entirely our fault."


def test_picker_rows_for_the_ui() -> None:
    from assistdesk.core.scenarios import bundled_scenarios, summaries

    scenarios, found = bundled_scenarios("ja")
    assert found == []
    rows = summaries(scenarios.scenarios)
    assert len(rows) == len(scenarios) >= 12
    first = rows[0]
    assert set(first) >= {"id", "title", "level", "brief", "steps", "demands", "outcome"}
    assert scenarios.get(str(first["id"])) is not None
    assert scenarios.files[str(first["id"])].suffix == ".yaml"
