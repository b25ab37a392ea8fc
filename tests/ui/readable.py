"""Finding text that a person cannot read whole: clipped, cut mid-word, or overlapped.

Used by test_readable_at_any_size.py. A label is clipped when the text it holds needs more
room than it was given (taller than its height once wrapped, or wider than its width when
it does not wrap, or a single word wider than it); a button when its text is wider than the
button. A widget inside a scroll area may be cut by the viewport: that is fine, it scrolls.
Outside one, any part cut off by a parent is clipped too. Overlaps are labels whose box
runs into a visible sibling's.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

SLACK = 1  # pixels of rounding allowed


@dataclass(frozen=True)
class Problem:
    where: str
    what: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}: {self.text[:70]!r}"


def _where(widget: QWidget) -> str:
    names = []
    node: QWidget | None = widget
    while node is not None and len(names) < 4:
        names.append(node.accessibleName() or node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return " < ".join(names)


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    node = widget.parentWidget()
    while node is not None and node is not root.parentWidget():
        if isinstance(node, QAbstractScrollArea):
            return True
        node = node.parentWidget()
    return False


def _cut_by_a_parent(widget: QWidget, root: QWidget) -> bool:
    """Part of the widget lies outside an ancestor that does not scroll."""
    rect = widget.rect()
    node = widget
    offset = widget.pos()
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) or isinstance(
            parent.parentWidget(), QAbstractScrollArea
        ):
            return False  # inside a scroll area's viewport: what is out of view scrolls
        box = rect.translated(offset)
        if not parent.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(box):
            return True
        if parent is root:
            return False
        offset += parent.pos()
        node = parent
        parent = parent.parentWidget()
    del node
    return False


def problems(root: QWidget) -> list[Problem]:
    found: list[Problem] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0 or widget.height() <= 0:
            continue
        if isinstance(widget, QLabel):
            text = widget.text().strip()
            if not text or not widget.pixmap().isNull():
                continue
            w, h = widget.width(), widget.height()
            if widget.wordWrap():
                if widget.heightForWidth(w) > h + SLACK:
                    found.append(Problem(_where(widget), "cut at the bottom", text))
                elif widget.minimumSizeHint().width() > w + SLACK:
                    found.append(Problem(_where(widget), "a word is cut", text))
            elif widget.sizeHint().width() > w + SLACK or widget.sizeHint().height() > h + SLACK:
                found.append(Problem(_where(widget), "cut short", text))
            if _cut_by_a_parent(widget, root):
                found.append(Problem(_where(widget), "cut by the window", text))
            for sibling in (
                widget.parentWidget().findChildren(QWidget) if widget.parentWidget() else []
            ):
                if (
                    sibling is not widget
                    and sibling.parentWidget() is widget.parentWidget()
                    and sibling.isVisibleTo(root)
                    and not isinstance(sibling, QAbstractScrollArea)
                    and sibling.geometry().intersects(widget.geometry().adjusted(2, 2, -2, -2))
                ):
                    found.append(
                        Problem(_where(widget), f"overlaps {type(sibling).__name__}", text)
                    )
                    break
        elif isinstance(widget, QPushButton | QCheckBox | QRadioButton) or (
            isinstance(widget, QAbstractButton) and widget.text()
        ):
            text = widget.text().strip()
            if not text:
                continue
            if widget.sizeHint().width() > widget.width() + SLACK:
                found.append(Problem(_where(widget), "button text cut", text))
            elif _cut_by_a_parent(widget, root) and not _in_scroll_area(widget, root):
                found.append(Problem(_where(widget), "button cut by the window", text))
    return found
