"""tk_notes entry point."""
from __future__ import annotations

import logging
import queue
import tkinter as tk
from pathlib import Path
from tkinter import messagebox, ttk

from app.config import get_settings, load_settings, save_settings
from app.controllers import AssistantController, NoteController, PaletteController
from app.controllers.dictation_controller import DictationController
from app.controllers.export_controller import ExportController
from app.models import NoteStore
from app.views import AssistantPanel, EditorView, SidebarView, StatusBar
from app.views.settings_dialog import SettingsDialog
from services import get_openai_client, make_ollama_client, reset_clients
from services import registry

log = logging.getLogger("tk_notes")

POLL_MS = 50


class NotesApp(tk.Tk):
    def __init__(self):
        super().__init__()
        self.settings = load_settings()
        self.title("tk_notes")
        self.geometry("1200x760")
        ttk.Style(self).theme_use(self.settings.theme)

        self.ui_queue: "queue.Queue[tuple]" = queue.Queue()
        self._handlers: dict[str, callable] = {}

        # shared AI clients kept on the app so controllers can reach them
        self.openai_client = get_openai_client()
        self.ollama = make_ollama_client(self.settings.ollama_host)

        self.store = NoteStore(Path(self.settings.notes_dir))
        self._build_ui()

        self.notes = NoteController(self, self.store, self.editor, self.sidebar)
        self.assistant = AssistantController(self, self.assistant_panel, self.editor)
        self.export = ExportController(self)
        self.dictation = DictationController(self)
        self.palette = PaletteController(self)
        self._bind_keys()
        self.notes.refresh_list()
        self.status.provider.set(f"{self.settings.provider} · {self.settings.model_for()}")
        self.protocol("WM_DELETE_WINDOW", self.on_close)
        self.after(POLL_MS, self._poll_queue)

    def _build_ui(self) -> None:
        paned = ttk.PanedWindow(self, orient="horizontal")
        paned.pack(fill="both", expand=True)
        self.sidebar = SidebarView(paned, on_select=lambda nid: self.notes.open(nid),
                                   on_new=lambda: self.notes.new_note())
        self.editor = EditorView(paned, font_size=self.settings.font_size)
        self.assistant_panel = AssistantPanel(paned, on_ask=lambda p: self.assistant.ask(p),
                                              on_cancel=lambda: self.assistant.cancel())
        paned.add(self.sidebar, weight=1)
        paned.add(self.editor, weight=4)
        paned.add(self.assistant_panel, weight=2)
        self.status = StatusBar(self)
        self.status.pack(fill="x", side="bottom")

    def _bind_keys(self) -> None:
        self.bind_all("<Control-n>", lambda _e: self.notes.new_note())
        self.bind_all("<Control-s>", lambda _e: self.notes.save_current())
        self.bind_all("<Control-Shift-P>", lambda _e: self.palette.open())
        self.bind_all("<Control-Shift-R>", lambda _e: self.assistant.rewrite_selection())
        self.bind_all("<Control-Shift-D>", lambda _e: self.dictation.toggle())
        self.bind_all("<Control-comma>", lambda _e: self.open_settings())

    def register_handler(self, tag: str, fn) -> None:
        self._handlers[tag] = fn

    def _poll_queue(self) -> None:
        try:
            while True:
                kind, (tag, value) = self.ui_queue.get_nowait()
                base = tag.split(":", 1)[0]
                if kind == "error":
                    log.error("%s failed: %r", tag, value)
                    self.status.idle(f"{base}: {value}")
                    if base.startswith("ask"):
                        self.assistant_panel.add_error(str(value))
                    continue
                handler = self._handlers.get(base)
                if handler is None:
                    continue
                handler(None if kind == "done" else value)
        except queue.Empty:
            pass
        self.after(POLL_MS, self._poll_queue)

    def open_settings(self) -> None:
        SettingsDialog(self, self.settings, on_save=self._apply_settings)

    def _apply_settings(self, settings) -> None:
        save_settings(settings)
        reset_clients()
        registry.clear()
        self.openai_client = get_openai_client()
        self.ollama = make_ollama_client(settings.ollama_host)
        self.status.provider.set(f"{settings.provider} · {settings.model_for()}")

    def on_close(self) -> None:
        try:
            self.notes.save_current()
            save_settings(get_settings())
        except OSError as exc:
            if not messagebox.askyesno("tk_notes", f"Could not save: {exc}\nQuit anyway?"):
                return
        self.destroy()


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    NotesApp().mainloop()


if __name__ == "__main__":
    main()
