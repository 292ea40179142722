"""Helpers that turn results into Ulauncher result items."""
from __future__ import annotations

from typing import Iterable, List

from ulauncher.api.shared.action.CopyToClipboardAction import CopyToClipboardAction
from ulauncher.api.shared.action.DoNothingAction import DoNothingAction
from ulauncher.api.shared.action.ExtensionCustomAction import ExtensionCustomAction
from ulauncher.api.shared.action.HideWindowAction import HideWindowAction
from ulauncher.api.shared.action.RenderResultListAction import RenderResultListAction
from ulauncher.api.shared.item.ExtensionResultItem import ExtensionResultItem

from .utils.text import truncate, wrap_for_launcher

ICON = "images/icon.png"
ERROR_ICON = "images/error.png"


def answer_item(text: str, subtitle: str = "Enter to copy") -> ExtensionResultItem:
    return ExtensionResultItem(
        icon=ICON,
        name=wrap_for_launcher(text),
        description=subtitle,
        on_enter=CopyToClipboardAction(text),
    )


def pending_item(title: str, data: dict) -> ExtensionResultItem:
    return ExtensionResultItem(
        icon=ICON,
        name=title,
        description="Press Enter to run",
        on_enter=ExtensionCustomAction(data, keep_app_open=True),
    )


def error_item(message: str) -> ExtensionResultItem:
    return ExtensionResultItem(
        icon=ERROR_ICON, name="Something went wrong", description=truncate(message, 200),
        on_enter=HideWindowAction(),
    )


def info_item(title: str, description: str = "") -> ExtensionResultItem:
    return ExtensionResultItem(icon=ICON, name=title, description=description, on_enter=DoNothingAction())


def render(items: Iterable[ExtensionResultItem]) -> RenderResultListAction:
    return RenderResultListAction(list(items))


class ResultFactory:
    """Builds lists of items for a feature; `generate` is called per keystroke."""

    def __init__(self, keyword: str):
        self.keyword = keyword

    def generate(self, entries) -> List[ExtensionResultItem]:
        out = []
        for entry in entries:
            out.append(ExtensionResultItem(
                icon=ICON,
                name=truncate(entry.question, 80),
                description=truncate(entry.answer, 140),
                on_enter=CopyToClipboardAction(entry.answer),
            ))
        return out
