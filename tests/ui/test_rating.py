"""The rating control shows the number and its words, and can be left out."""

from __future__ import annotations

from PySide6.QtCore import Qt

from haven.ui.kit.rating import RatingInput


def test_a_rating_shows_its_verbal_anchor(qtbot) -> None:
    rating = RatingInput("Distress now", "distress", initial=0)
    qtbot.addWidget(rating)
    assert rating.value() == 0 and rating.anchor_text() == "calm"
    rating.setValue(10)
    assert rating.anchor_text() == "the most distress you can imagine"


def test_the_keyboard_moves_the_rating_one_step_at_a_time(qtbot) -> None:
    rating = RatingInput("Comfort", "comfort", initial=5)
    qtbot.addWidget(rating)
    seen: list[object] = []
    rating.changed.connect(seen.append)
    qtbot.keyClick(rating.slider(), Qt.Key.Key_Right)
    assert rating.value() == 6 and seen[-1] == 6


def test_an_optional_rating_starts_left_out_and_can_be_given(qtbot) -> None:
    rating = RatingInput("Stress", "stress")
    qtbot.addWidget(rating)
    assert rating.value() is None and rating.anchor_text() == "Not rated"
    rating.setValue(3)
    assert rating.value() == 3


def test_a_required_rating_cannot_be_left_out(qtbot) -> None:
    rating = RatingInput("Distress", optional=False)
    qtbot.addWidget(rating)
    assert rating.value() == 5
    rating.setValue(None)
    assert rating.value() == 5
