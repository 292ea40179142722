from __future__ import annotations

from tkinter import filedialog, messagebox

from app.export import ExportJob, run_export
from app.workers import run_in_background
from services import get_gemini_model, get_openai_client
from services.tagging import is_shareable


class ExportController:
    def __init__(self, app):
        self.app = app
        app.register_handler("export", self._done)

    def open_dialog(self) -> None:
        dest = filedialog.askdirectory(parent=self.app, title="Export to…")
        if not dest:
            return
        fmt = "html" if messagebox.askyesno("Export", "Export as HTML? (No = Markdown)", parent=self.app) else "md"
        ai = messagebox.askyesno("Export", "Add AI descriptions and cover images?", parent=self.app)
        notes = [self.app.notes.current] if self.app.notes.current else self.app.store.all()
        job = ExportJob.create(notes, fmt, dest, with_summary=ai, with_cover=ai)
        llm = get_gemini_model() if ai else None
        images = get_openai_client() if ai else None

        def work():
            if ai:
                for n in job.notes:
                    ok, cats = is_shareable(n.body)
                    if not ok:
                        raise ValueError(f"'{n.title}' was flagged ({', '.join(cats)})")
            return run_export(job, llm=llm, image_client=images)

        self.app.status.busy("Exporting…")
        run_in_background(self.app.ui_queue, "export", work)

    def _done(self, paths) -> None:
        self.app.status.idle(f"Exported {len(paths)} file(s)")
