from assistdesk.core.engine import Engine
from assistdesk.core.packs import PackSet
from assistdesk.core.packs.schema import Cause, CheckScript, Demand, Feeling, Variant


def cause(cid: str, triggers: tuple[str, ...], weight: float = 1.0) -> Cause:
    return Cause(
        id=cid,
        title=cid,
        category="device",
        products=("PC",),
        triggers=triggers,
        check=CheckScript(reason="r", action="a", say=f"say {cid}"),
        next=("n",),
        weight=weight,
    )


def make_engine() -> Engine:
    packs = PackSet(
        lang="ja",
        causes=[
            cause(
                "power.strip_switch", ("電源が入らない", "タップのランプが消えてる", "延長コード")
            ),
            cause("power.plug_loose", ("電源が入らない", "掃除してから", "机を動かしてから"), 1.5),
            cause(
                "cable.keyboard_mouse", ("キーボードが効かない", "マウスが動かない", "移動したら")
            ),
        ],
        demands=[
            Demand(
                id="demand.kneel",
                title="土下座の要求",
                severity="high",
                triggers=("土下座しろ", "土下座して謝れ", "膝をついて謝れ"),
                guidance="g",
                say=("s",),
            )
        ],
        feelings=[
            Feeling(
                id="angry", title="怒り", cues=("ふざけるな", "いい加減", "怒"), lines=("a", "b")
            )
        ],
        variants=[Variant(canonical="効かない", variants=("きかない", "反応しない"))],
    )
    return Engine(packs)


def test_distinguishing_cue_ranks_first() -> None:
    engine = make_engine()
    result = engine.analyse("電源入らないんです、タップのランプも消えてて")
    assert [c.id for c in result.causes][:2] == ["power.strip_switch", "power.plug_loose"]
    assert result.causes[0].script == "say power.strip_switch"
    assert result.category == "device"


def test_prior_breaks_ties_between_equal_matches() -> None:
    ids = [c.id for c in make_engine().analyse("電源が入らない").causes]
    assert ids[:2] == ["power.plug_loose", "power.strip_switch"]


def test_variants_and_katakana_fold() -> None:
    result = make_engine().analyse("ｷｰﾎﾞｰﾄﾞが反応しない")
    assert result.causes[0].id == "cable.keyboard_mouse"


def test_demand_and_feeling_in_a_mixed_utterance() -> None:
    result = make_engine().analyse("電源つかないんだよ、ふざけるな、土下座して謝れ！")
    assert [d.id for d in result.demands] == ["demand.kneel"]
    assert result.feeling == "angry"
    assert result.causes[0].id.startswith("power.")


def test_no_demand_in_an_ordinary_request_and_nothing_for_noise() -> None:
    engine = make_engine()
    assert engine.analyse("謝っていただかなくても大丈夫です").demands == ()
    empty = engine.analyse("")
    assert empty.causes == () and empty.demands == () and empty.feeling is None
    assert engine.analyse("!!!???").causes == ()


def test_json_shape_matches_the_contract() -> None:
    data = make_engine().analyse("土下座しろ", top=1).to_json()
    assert set(data) >= {"text", "causes", "demands", "elapsed_ms"}
    assert set(data["demands"][0]) == {"id", "title", "score", "guidance"}
    assert isinstance(data["elapsed_ms"], float)


def test_top_limits_the_causes() -> None:
    assert len(make_engine().analyse("電源が入らない", top=1).causes) == 1
    assert make_engine().analyse("電源が入らない", top=0).causes == ()


def test_english_typos_map_to_known_words() -> None:
    packs = PackSet(
        lang="en",
        causes=[
            cause(
                "printer.offline",
                ("the printer says offline", "printer shows offline", "printer offline"),
            ),
            cause("audio.muted", ("no sound at all", "the speakers are silent", "muted")),
        ],
    )
    engine = Engine(packs)
    assert engine.analyse("pritner ofline agian").causes[0].id == "printer.offline"
    assert engine.analyse("speakres silnet").causes[0].id == "audio.muted"


def test_faint_matches_are_marked_tentative() -> None:
    result = make_engine().analyse("電源入らないんです、タップのランプも消えてて")
    assert not result.causes[0].tentative
    assert all(c.tentative == (c.score < 0.55) for c in result.causes)
