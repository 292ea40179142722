from __future__ import annotations

import tkinter as tk
from tkinter import ttk


class EditorView(ttk.Frame):
    def __init__(self, master, font_size: int = 12, **kw):
        super().__init__(master, padding=(6, 4), **kw)
        self.title_var = tk.StringVar()
        self.title_entry = ttk.Entry(self, textvariable=self.title_var, font=("TkDefaultFont", font_size + 4))
        self.title_entry.pack(fill="x", pady=(0, 4))

        body = ttk.Frame(self)
        body.pack(fill="both", expand=True)
        self.text = tk.Text(body, wrap="word", undo=True, font=("TkFixedFont", font_size), relief="flat")
        scroll = ttk.Scrollbar(body, orient="vertical", command=self.text.yview)
        self.text.configure(yscrollcommand=scroll.set)
        self.text.pack(side="left", fill="both", expand=True)
        scroll.pack(side="right", fill="y")
        self.text.tag_configure("ai", background="#eef6ff")

        self.tags_var = tk.StringVar()
        ttk.Entry(self, textvariable=self.tags_var).pack(fill="x", pady=(4, 0))

    def load(self, title: str, body: str, tags: list[str]) -> None:
        self.title_var.set(title)
        self.text.delete("1.0", "end")
        self.text.insert("1.0", body)
        self.text.edit_reset()
        self.tags_var.set(", ".join(tags))

    def get_body(self) -> str:
        return self.text.get("1.0", "end-1c")

    def get_tags(self) -> list[str]:
        return [t.strip() for t in self.tags_var.get().split(",") if t.strip()]

    def get_selection(self) -> str:
        try:
            return self.text.get("sel.first", "sel.last")
        except tk.TclError:
            return ""

    def replace_selection(self, text: str) -> None:
        try:
            start, end = self.text.index("sel.first"), self.text.index("sel.last")
        except tk.TclError:
            start = end = self.text.index("insert")
        self.text.delete(start, end)
        self.text.insert(start, text, ("ai",))

    def append_ai(self, text: str) -> None:
        self.text.insert("insert", text, ("ai",))
        self.text.see("insert")


class StatusBar(ttk.Frame):
    def __init__(self, master, **kw):
        super().__init__(master, padding=(6, 2), **kw)
        self.message = tk.StringVar(value="Ready")
        self.provider = tk.StringVar()
        self.cost = tk.StringVar()
        ttk.Label(self, textvariable=self.message).pack(side="left")
        ttk.Label(self, textvariable=self.cost).pack(side="right", padx=6)
        ttk.Label(self, textvariable=self.provider).pack(side="right")
        self.progress = ttk.Progressbar(self, mode="indeterminate", length=80)

    def busy(self, text: str) -> None:
        self.message.set(text)
        self.progress.pack(side="right", padx=6)
        self.progress.start(12)

    def idle(self, text: str = "Ready") -> None:
        self.progress.stop()
        self.progress.pack_forget()
        self.message.set(text)
