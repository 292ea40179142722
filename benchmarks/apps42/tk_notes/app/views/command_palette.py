"""Ctrl+Shift+P command palette."""
from __future__ import annotations

import tkinter as tk
from tkinter import ttk


class Completer:
    """Fuzzy prefix completion over command titles."""

    def __init__(self, titles: list[str]):
        self.titles = titles

    def completion(self, text: str) -> list[str]:
        text = text.lower().strip()
        if not text:
            return list(self.titles)
        scored = []
        for t in self.titles:
            low = t.lower()
            if low.startswith(text):
                scored.append((0, t))
            elif all(part in low for part in text.split()):
                scored.append((1, t))
        return [t for _, t in sorted(scored)]


class CommandPalette(tk.Toplevel):
    def __init__(self, master, registry, on_run):
        super().__init__(master)
        self.overrideredirect(True)
        self.registry = registry
        self.on_run = on_run
        self.completer = Completer(registry.titles())
        x = master.winfo_rootx() + master.winfo_width() // 2 - 220
        y = master.winfo_rooty() + 60
        self.geometry(f"440x280+{x}+{y}")
        self.query = tk.StringVar()
        entry = ttk.Entry(self, textvariable=self.query)
        entry.pack(fill="x", padx=4, pady=4)
        entry.focus_set()
        self.listbox = tk.Listbox(self, activestyle="dotbox")
        self.listbox.pack(fill="both", expand=True, padx=4, pady=(0, 4))
        self.query.trace_add("write", lambda *_: self._filter())
        entry.bind("<Return>", self._run)
        entry.bind("<Escape>", lambda _e: self.destroy())
        entry.bind("<Down>", lambda _e: self._move(1))
        entry.bind("<Up>", lambda _e: self._move(-1))
        self.bind("<FocusOut>", lambda _e: self.destroy())
        self._filter()

    def _filter(self) -> None:
        self.listbox.delete(0, "end")
        for title in self.completer.completion(self.query.get()):
            self.listbox.insert("end", title)
        if self.listbox.size():
            self.listbox.selection_set(0)

    def _move(self, delta: int) -> None:
        cur = self.listbox.curselection()
        idx = max(0, min(self.listbox.size() - 1, (cur[0] if cur else 0) + delta))
        self.listbox.selection_clear(0, "end")
        self.listbox.selection_set(idx)

    def _run(self, _event=None) -> None:
        cur = self.listbox.curselection()
        if cur:
            title = self.listbox.get(cur[0])
            self.destroy()
            self.on_run(title)
