from __future__ import annotations

import tkinter as tk
from tkinter import ttk
from typing import Callable


class AssistantPanel(ttk.Frame):
    """Right-hand chat panel."""

    def __init__(self, master, on_ask: Callable[[str], None], on_cancel: Callable[[], None], **kw):
        super().__init__(master, padding=4, **kw)
        self.on_ask = on_ask
        self.transcript = tk.Text(self, wrap="word", state="disabled", height=20, width=42)
        self.transcript.pack(fill="both", expand=True)
        self.transcript.tag_configure("user", foreground="#335")
        self.transcript.tag_configure("assistant", foreground="#060")
        self.transcript.tag_configure("error", foreground="#a00")

        row = ttk.Frame(self)
        row.pack(fill="x", pady=(4, 0))
        self.prompt = ttk.Entry(row)
        self.prompt.pack(side="left", fill="x", expand=True)
        self.prompt.bind("<Return>", self._submit)
        self.ask_btn = ttk.Button(row, text="Ask", command=self._submit)
        self.ask_btn.pack(side="left", padx=(4, 0))
        self.cancel_btn = ttk.Button(row, text="Stop", command=on_cancel, state="disabled")
        self.cancel_btn.pack(side="left", padx=(4, 0))
        self.include_note = tk.BooleanVar(value=True)
        ttk.Checkbutton(self, text="Include current note", variable=self.include_note).pack(anchor="w")

    def _submit(self, _event=None) -> None:
        text = self.prompt.get().strip()
        if text:
            self.prompt.delete(0, "end")
            self.on_ask(text)

    def _append(self, text: str, tag: str) -> None:
        self.transcript.configure(state="normal")
        self.transcript.insert("end", text, (tag,))
        self.transcript.see("end")
        self.transcript.configure(state="disabled")

    def add_user(self, text: str) -> None:
        self._append(f"\nYou: {text}\n", "user")

    def start_answer(self) -> None:
        self._append("AI: ", "assistant")
        self.set_busy(True)

    def add_chunk(self, text: str) -> None:
        self._append(text, "assistant")

    def finish_answer(self) -> None:
        self._append("\n", "assistant")
        self.set_busy(False)

    def add_error(self, text: str) -> None:
        self._append(f"\n[error] {text}\n", "error")
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.ask_btn.configure(state="disabled" if busy else "normal")
        self.cancel_btn.configure(state="normal" if busy else "disabled")
