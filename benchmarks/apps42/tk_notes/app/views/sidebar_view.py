from __future__ import annotations

import tkinter as tk
from tkinter import ttk
from typing import Callable


class SidebarView(ttk.Frame):
    def __init__(self, master, on_select: Callable[[str], None], on_new: Callable[[], None], **kw):
        super().__init__(master, padding=4, **kw)
        self.on_select = on_select
        self.search_var = tk.StringVar()
        ttk.Entry(self, textvariable=self.search_var).pack(fill="x")
        ttk.Button(self, text="New note", command=on_new).pack(fill="x", pady=4)
        self.tree = ttk.Treeview(self, columns=("updated",), show="tree", selectmode="browse")
        self.tree.pack(fill="both", expand=True)
        self.tree.bind("<<TreeviewSelect>>", self._selected)

    def _selected(self, _event=None) -> None:
        sel = self.tree.selection()
        if sel:
            self.on_select(sel[0])

    def show(self, notes) -> None:
        self.tree.delete(*self.tree.get_children())
        for note in notes:
            label = ("📌 " if note.pinned else "") + (note.title or "Untitled")
            self.tree.insert("", "end", iid=note.id, text=label, values=(note.updated,))

    def select(self, note_id: str) -> None:
        if self.tree.exists(note_id):
            self.tree.selection_set(note_id)
            self.tree.see(note_id)
