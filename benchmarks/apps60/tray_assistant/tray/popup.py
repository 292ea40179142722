"""Tk popup used for questions and answers.

Tk must run on the main thread, so pystray runs detached and the popup
owns the main loop (see ``app.main``).
"""
from __future__ import annotations

import logging
import threading
import tkinter as tk
from tkinter import scrolledtext, ttk

from tray import services, settings, workers
from tray.llm import registry

log = logging.getLogger(__name__)


class PopupController:
    def __init__(self, root: tk.Tk) -> None:
        self.root = root
        self.window: tk.Toplevel | None = None
        self.output: scrolledtext.ScrolledText | None = None
        self.entry: ttk.Entry | None = None
        self.backend_var = tk.StringVar(value=settings.load().default_backend)
        self.status = tk.StringVar(value="")
        root.after(100, self._poll)

    # -- window ---------------------------------------------------------------
    def show(self, title: str = "Ask", initial: str = "") -> None:
        if self.window is None or not self.window.winfo_exists():
            self._build()
        assert self.window is not None and self.output is not None
        self.window.title(title)
        self.output.delete("1.0", tk.END)
        if initial:
            self.output.insert(tk.END, initial)
        self.window.deiconify()
        self.window.lift()
        self.window.attributes("-topmost", True)
        if self.entry is not None:
            self.entry.focus_set()

    def _build(self) -> None:
        win = tk.Toplevel(self.root)
        win.geometry("560x420")
        win.protocol("WM_DELETE_WINDOW", win.withdraw)
        top = ttk.Frame(win, padding=6)
        top.pack(fill=tk.X)
        self.entry = ttk.Entry(top)
        self.entry.pack(side=tk.LEFT, fill=tk.X, expand=True)
        self.entry.bind("<Return>", lambda _e: self.submit())
        ttk.OptionMenu(top, self.backend_var, self.backend_var.get(), *registry.available()).pack(side=tk.LEFT)
        ttk.Button(top, text="Ask", command=self.submit).pack(side=tk.LEFT)
        ttk.Button(top, text="Stream", command=self.stream_claude).pack(side=tk.LEFT)
        self.output = scrolledtext.ScrolledText(win, wrap=tk.WORD)
        self.output.pack(fill=tk.BOTH, expand=True)
        ttk.Label(win, textvariable=self.status).pack(fill=tk.X)
        self.window = win

    def set_output(self, text: str) -> None:
        if self.output is None:
            self.show()
        assert self.output is not None
        self.output.delete("1.0", tk.END)
        self.output.insert(tk.END, text)
        self.status.set("")

    def append(self, text: str) -> None:
        if self.output is not None:
            self.output.insert(tk.END, text)
            self.output.see(tk.END)

    # -- actions --------------------------------------------------------------
    def submit(self) -> None:
        if self.entry is None:
            return
        question = self.entry.get().strip()
        if not question:
            return
        self.status.set(f"asking {self.backend_var.get()}\u2026")
        workers.submit("ask", question=question, backend=self.backend_var.get())

    def stream_claude(self) -> None:
        """Stream Claude's answer token by token into the text box."""
        if self.entry is None:
            return
        question = self.entry.get().strip()
        model = settings.load().models.claude
        self.set_output("")

        def run() -> None:
            try:
                with services.anthropic_client.messages.stream(
                    model=model,
                    max_tokens=1500,
                    messages=[{"role": "user", "content": question}],
                ) as stream:
                    for text in stream.text_stream:
                        self.root.after(0, self.append, text)
            except Exception as exc:
                self.root.after(0, self.status.set, f"error: {exc}")

        threading.Thread(target=run, daemon=True, name="claude-stream").start()

    # -- result pump ----------------------------------------------------------
    def _poll(self) -> None:
        workers.drain_results(self._dispatch)
        self.root.after(100, self._poll)

    def _dispatch(self, res: workers.Result) -> None:
        if res.error:
            self.status.set(res.error)
            if res.job.on_error:
                res.job.on_error(res.error)
            return
        if res.job.on_done:
            res.job.on_done(res.value)
        else:
            self.show(res.job.kind.replace("_", " ").title())
            self.set_output(getattr(res.value, "text", str(res.value)))
