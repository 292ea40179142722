"""Settings dialog (Tk). Writes settings.toml and reloads services."""
from __future__ import annotations

import logging
import tkinter as tk
from tkinter import messagebox, ttk

from tray import services, settings
from tray.llm import available

log = logging.getLogger(__name__)

KEY_FIELDS = (
    ("openai", "OpenAI API key"),
    ("anthropic", "Anthropic API key"),
    ("google", "Gemini API key"),
    ("xai", "xAI API key"),
    ("huggingface", "Hugging Face token"),
)


class SettingsDialog:
    def __init__(self, root: tk.Tk) -> None:
        self.root = root
        self.cfg = settings.load()
        self.win = tk.Toplevel(root)
        self.win.title("Tray assistant - settings")
        self.win.resizable(False, False)
        self.vars: dict[str, tk.StringVar] = {}
        self._build()

    def _row(self, frame: ttk.Frame, row: int, label: str, var: tk.StringVar, secret: bool = False) -> None:
        ttk.Label(frame, text=label).grid(row=row, column=0, sticky="w", padx=4, pady=2)
        entry = ttk.Entry(frame, textvariable=var, width=48, show="\u2022" if secret else "")
        entry.grid(row=row, column=1, sticky="ew", padx=4, pady=2)

    def _build(self) -> None:
        nb = ttk.Notebook(self.win)
        nb.pack(fill=tk.BOTH, expand=True, padx=8, pady=8)

        keys = ttk.Frame(nb, padding=8)
        for i, (name, label) in enumerate(KEY_FIELDS):
            var = tk.StringVar(value=getattr(self.cfg.keys, name))
            self.vars[f"keys.{name}"] = var
            self._row(keys, i, label, var, secret=True)
        nb.add(keys, text="Keys")

        general = ttk.Frame(nb, padding=8)
        self.vars["default_backend"] = tk.StringVar(value=self.cfg.default_backend)
        ttk.Label(general, text="Default backend").grid(row=0, column=0, sticky="w")
        ttk.Combobox(
            general, textvariable=self.vars["default_backend"], values=available(), state="readonly"
        ).grid(row=0, column=1, sticky="ew")
        for i, field in enumerate(("target_language", "hotkey_ask", "hotkey_clipboard", "hotkey_screenshot"), 1):
            var = tk.StringVar(value=str(getattr(self.cfg, field)))
            self.vars[field] = var
            self._row(general, i, field.replace("_", " ").capitalize(), var)
        nb.add(general, text="General")

        models = ttk.Frame(nb, padding=8)
        for i, field in enumerate(settings.Models.__dataclass_fields__):
            var = tk.StringVar(value=getattr(self.cfg.models, field))
            self.vars[f"models.{field}"] = var
            self._row(models, i, field, var)
        nb.add(models, text="Models")

        buttons = ttk.Frame(self.win, padding=(8, 0, 8, 8))
        buttons.pack(fill=tk.X)
        ttk.Button(buttons, text="Cancel", command=self.win.destroy).pack(side=tk.RIGHT)
        ttk.Button(buttons, text="Save", command=self.save).pack(side=tk.RIGHT, padx=4)

    def save(self) -> None:
        for key, var in self.vars.items():
            value = var.get().strip()
            if "." in key:
                section, name = key.split(".", 1)
                setattr(getattr(self.cfg, section), name, value)
            else:
                setattr(self.cfg, key, value)
        try:
            settings.save(self.cfg)
        except OSError as exc:
            messagebox.showerror("Settings", f"Could not save settings: {exc}", parent=self.win)
            return
        services.reload()
        self.win.destroy()


def open_dialog(root: tk.Tk) -> SettingsDialog:
    return SettingsDialog(root)
