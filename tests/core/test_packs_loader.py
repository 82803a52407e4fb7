from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistdesk.core.packs import check_paths, load_language
from assistdesk.core.packs.loader import read_file

CAUSE = """\
kind: causes
lang: ja
items:
  - id: power.strip_switch
    title: 電源タップのスイッチ
    category: device
    products: [パソコン]
    triggers: [電源が入らない, タップのランプが消えている, うんともすんとも]
    check:
      reason: 接触の具合
      action: タップのスイッチを入れ直す
      say: 念のため、タップのスイッチを一度切って入れ直していただけますか。
    next: [壁のコンセントに直接差す]
"""


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def messages(paths: list[Path]) -> list[str]:
    return [str(p) for p in check_paths(paths)]


def test_valid_file_has_no_problems(tmp_path: Path) -> None:
    path = write(tmp_path / "ja", "c.yaml", CAUSE)
    result = read_file(path, "ja")
    assert result.problems == []
    assert [item.id for item, _ in result.items] == ["power.strip_switch"]  # type: ignore[attr-defined]


def test_unknown_field_is_reported_on_its_line(tmp_path: Path) -> None:
    path = write(tmp_path / "ja", "c.yaml", CAUSE + "    colour: red\n")
    assert messages([path]) == [f"{path}:14: unknown field 'colour'"]


def test_missing_field_points_at_the_item(tmp_path: Path) -> None:
    text = CAUSE.replace("    next: [壁のコンセントに直接差す]\n", "")
    path = write(tmp_path / "ja", "c.yaml", text)
    assert messages([path]) == [f"{path}:4: missing field 'next'"]


def test_shift_jis_file_is_named_as_such(tmp_path: Path) -> None:
    path = write(tmp_path / "ja", "c.yaml", CAUSE, encoding="cp932")
    (problem,) = messages([path])
    assert problem.startswith(f"{path}:5: ")
    assert "Shift-JIS" in problem


def test_yaml_syntax_error_has_line(tmp_path: Path) -> None:
    path = write(tmp_path / "ja", "c.yaml", "kind: causes\nlang: ja\nitems: [\n  - a: b\n")
    (problem,) = messages([path])
    assert problem.startswith(f"{path}:4: YAML syntax error")


@pytest.mark.parametrize("text", ["", "   \n# only a comment\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    path = write(tmp_path / "ja", "c.yaml", text)
    assert messages([path]) == [f"{path}:1: file is empty"]


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    first = write(tmp_path / "ja", "a.yaml", CAUSE)
    second = write(tmp_path / "ja", "b.yaml", CAUSE)
    assert messages([tmp_path]) == [
        f"{second}:4: duplicate id 'power.strip_switch' (first defined at {first}:4)"
    ]


def test_duplicate_key_in_mapping(tmp_path: Path) -> None:
    path = write(tmp_path / "ja", "c.yaml", CAUSE.replace("    title:", "    title: a\n    title:"))
    assert f"{path}:6: duplicate key 'title'" in messages([path])


def test_shaming_check_script_is_rejected(tmp_path: Path) -> None:
    text = CAUSE.replace("念のため、", "スイッチを入れ忘れていませんか。")
    path = write(tmp_path / "ja", "c.yaml", text)
    (problem,) = messages([path])
    assert problem.startswith(f"{path}:12: check.say of 'power.strip_switch' says '忘れ'")


def test_bad_id_and_placeholder(tmp_path: Path) -> None:
    text = CAUSE.replace("power.strip_switch", "Power").replace("念のため、", "念のため{name}様、")
    path = write(tmp_path / "ja", "c.yaml", text)
    found = messages([path])
    assert f"{path}:4: id 'Power' must be lowercase like 'power.strip_switch'" in found
    assert any(":12: check.say: unknown placeholder {name}" in m for m in found)


def test_lang_must_match_folder(tmp_path: Path) -> None:
    path = write(tmp_path / "en", "c.yaml", CAUSE)
    assert messages([tmp_path]) == [f"{path}:2: lang 'ja' does not match its folder 'en'"]


def test_category_must_name_an_intake_template(tmp_path: Path) -> None:
    write(tmp_path / "ja", "c.yaml", CAUSE)
    intake = write(
        tmp_path / "ja",
        "intake.yaml",
        "kind: intake\nlang: ja\nitems:\n  - id: network\n    title: ネット\n    prompts:\n"
        + "".join(f"      - {{id: p{i}, label: l, ask: a}}\n" for i in range(4)),
    )
    packs, problems = load_language(tmp_path / "ja", "ja")
    assert intake.exists()
    assert [p.message for p in problems] == [
        "cause 'power.strip_switch' has category 'device', which is not an intake template "
        "(network)"
    ]
    assert len(packs.causes) == 1


def test_missing_folder_and_no_files(tmp_path: Path) -> None:
    assert messages([tmp_path / "nope"]) == [f"{tmp_path / 'nope'}:1: no such file or folder"]
    (tmp_path / "ja").mkdir()
    assert messages([tmp_path]) == [f"{tmp_path / 'ja'}:1: no pack files (*.yaml) in this folder"]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_loader_never_crashes_on_bytes(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "ja" / "x.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(raw)
    for problem in read_file(path, "ja").problems:
        assert problem.line >= 1


yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(["id", "title", "triggers", "x", "items"]), children)
    ),
    max_leaves=12,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["causes", "demands", "empathy", "intake", "bogus"]), yaml_values)
def test_loader_never_crashes_on_structures(tmp_path: Path, kind: str, items: object) -> None:
    import json

    path = tmp_path / "ja" / "x.yaml"
    path.parent.mkdir(exist_ok=True)
    body = json.dumps({"kind": kind, "lang": "ja", "items": items}, ensure_ascii=False)
    path.write_text(body, encoding="utf-8")
    result = read_file(path, "ja")
    assert result.problems or result.items


def test_alias_bomb_and_recursion_are_refused(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i, name in enumerate("bcdefgh"):
        prev = "abcdefgh"[i]
        bomb += f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]\n"
    path = write(tmp_path / "ja", "bomb.yaml", bomb)
    (problem,) = messages([path])
    assert "too many values" in problem
    loop = write(tmp_path / "ja", "loop.yaml", "a: &x [*x]\n")
    assert messages([loop]) == [f"{loop}:1: YAML nests too deeply"]
