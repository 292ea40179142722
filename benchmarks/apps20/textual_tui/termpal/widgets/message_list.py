"""Scrollable list of chat messages."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Markdown


class MessageView(Markdown):
    def __init__(self, role: str, text: str = "") -> None:
        super().__init__(text, classes=role)
        self.role = role
        self._text = text
        self._streaming = False

    def update_text(self, text: str) -> None:
        self._text = text
        self.update(text)
        if self.parent is not None:
            self.parent.scroll_end(animate=False)

    def finish(self) -> None:
        self._streaming = False
        self.remove_class("streaming")


class MessageList(VerticalScroll):
    def add(self, role: str, text: str) -> MessageView:
        view = MessageView(role, text)
        self.mount(view)
        self.scroll_end(animate=False)
        return view

    def start_stream(self, role: str) -> MessageView:
        view = self.add(role, "")
        view._streaming = True
        view.add_class("streaming")
        return view

    def clear(self) -> None:
        self.remove_children()
