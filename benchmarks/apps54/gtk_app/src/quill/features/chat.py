"""Sidebar 'Ask Quill' chat. Mistral only for now (EU data residency request from #142)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from quill.ai import get_mistral_client

SYSTEM = "You are Quill, a helpful writing assistant. The user's document is below.\n\n{doc}"


@dataclass
class ChatSession:
    document: str = ""
    model: str = "mistral-small-latest"
    history: list[dict] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.client = get_mistral_client()

    def _messages(self) -> list[dict]:
        return [{"role": "system", "content": SYSTEM.format(doc=self.document[:20000])}, *self.history]

    def ask(self, question: str) -> str:
        self.history.append({"role": "user", "content": question})
        res = self.client.chat.complete(model=self.model, messages=self._messages())
        answer = res.choices[0].message.content
        self.history.append({"role": "assistant", "content": answer})
        return answer

    def ask_streaming(self, question: str) -> Iterator[str]:
        self.history.append({"role": "user", "content": question})
        pieces = []
        response = self.client.chat.stream(model=self.model, messages=self._messages())
        with response as events:
            for event in events:
                delta = event.data.choices[0].delta.content
                if delta:
                    pieces.append(delta)
                    yield delta
        self.history.append({"role": "assistant", "content": "".join(pieces)})

    def reset(self) -> None:
        self.history.clear()


def build_chat_panel(session: ChatSession):
    """Sidebar widget. Imported lazily by the window so tests don't need Gtk."""
    from gi.repository import GLib, Gtk

    from quill import workers

    box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=6)
    scroller = Gtk.ScrolledWindow(vexpand=True)
    transcript = Gtk.TextView(editable=False, wrap_mode=Gtk.WrapMode.WORD_CHAR)
    scroller.set_child(transcript)
    entry = Gtk.Entry(placeholder_text="Ask about your document…")
    box.append(scroller)
    box.append(entry)
    buf = transcript.get_buffer()

    def append(text: str) -> bool:
        buf.insert(buf.get_end_iter(), text)
        return GLib.SOURCE_REMOVE

    def on_activate(widget):
        question = widget.get_text().strip()
        if not question:
            return
        widget.set_text("")
        widget.set_sensitive(False)
        append(f"\n\nYou: {question}\nQuill: ")
        workers.run_streaming(
            lambda: session.ask_streaming(question),
            append,
            lambda: widget.set_sensitive(True),
        )

    entry.connect("activate", on_activate)
    return box
