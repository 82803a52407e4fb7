from assistdesk.core.cues import CueCombo
from assistdesk.core.text import VariantFolder

FOLDER = VariantFolder([])


def test_latin_cues_are_whole_words_unless_starred() -> None:
    combo = CueCombo([["you"], ["idiot"]], FOLDER, "en")
    assert combo.matches("you idiot")
    assert not combo.matches("your idiot printer")
    starred = CueCombo([["apolog*"], ["my house"]], FOLDER, "en")
    assert starred.matches("come to my house and apologise")
    assert not starred.matches("come to my house to fix it")


def test_cues_must_be_close_together() -> None:
    combo = CueCombo([["review"], ["post"]], FOLDER, "en")
    assert combo.matches("im going to post a review")
    far = "i read a review before i bought it " + "and it was fine " * 5 + "then i post a letter"
    assert not combo.matches(far)


def test_japanese_cues_match_inside_words_after_folding() -> None:
    combo = CueCombo([["口コミ", "SNS"], ["書くぞ", "晒"]], FOLDER, "ja")
    assert combo.matches("口こみさいとに書くぞ")
    assert combo.matches("snsで晒してやる")
    assert not combo.matches("口こみを見て買いました")
