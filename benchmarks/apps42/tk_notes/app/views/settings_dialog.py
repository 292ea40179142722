from __future__ import annotations

import tkinter as tk
from tkinter import messagebox, ttk

import google.generativeai as genai
import ollama

from app.config import Settings
from services import available_providers, get_openai_client


def fetch_models(provider: str, settings: Settings) -> list[str]:
    """Populate the model combobox.  Listing endpoints are free."""
    try:
        if provider == "openai":
            return sorted(m.id for m in get_openai_client().models.list())
        if provider == "ollama":
            return [m.model for m in ollama.Client(host=settings.ollama_host).list().models]
        if provider == "gemini":
            return [m.name.removeprefix("models/") for m in genai.list_models()
                    if "generateContent" in m.supported_generation_methods]
    except Exception:  # noqa: BLE001
        pass
    return [settings.model_for(provider)]


class SettingsDialog(tk.Toplevel):
    def __init__(self, master, settings: Settings, on_save):
        super().__init__(master)
        self.title("Settings")
        self.transient(master)
        self.settings = settings
        self.on_save = on_save
        frm = ttk.Frame(self, padding=10)
        frm.pack(fill="both", expand=True)

        ttk.Label(frm, text="Provider").grid(row=0, column=0, sticky="w")
        self.provider = tk.StringVar(value=settings.provider)
        cb = ttk.Combobox(frm, textvariable=self.provider, values=available_providers(), state="readonly")
        cb.grid(row=0, column=1, sticky="ew")
        cb.bind("<<ComboboxSelected>>", lambda _e: self._refresh_models())

        ttk.Label(frm, text="Model").grid(row=1, column=0, sticky="w")
        self.model = tk.StringVar(value=settings.model_for())
        self.model_cb = ttk.Combobox(frm, textvariable=self.model)
        self.model_cb.grid(row=1, column=1, sticky="ew")

        ttk.Label(frm, text="API key").grid(row=2, column=0, sticky="w")
        self.key = tk.StringVar(value=settings.api_keys.get(settings.provider, ""))
        ttk.Entry(frm, textvariable=self.key, show="•").grid(row=2, column=1, sticky="ew")

        ttk.Label(frm, text="Ollama host").grid(row=3, column=0, sticky="w")
        self.host = tk.StringVar(value=settings.ollama_host)
        ttk.Entry(frm, textvariable=self.host).grid(row=3, column=1, sticky="ew")

        self.stream = tk.BooleanVar(value=settings.stream_responses)
        ttk.Checkbutton(frm, text="Stream responses", variable=self.stream).grid(row=4, column=1, sticky="w")

        btns = ttk.Frame(frm)
        btns.grid(row=5, column=0, columnspan=2, pady=(10, 0), sticky="e")
        ttk.Button(btns, text="Cancel", command=self.destroy).pack(side="right")
        ttk.Button(btns, text="Save", command=self._save).pack(side="right", padx=4)
        frm.columnconfigure(1, weight=1)
        self._refresh_models()

    def _refresh_models(self) -> None:
        self.model_cb.configure(values=fetch_models(self.provider.get(), self.settings))

    def _save(self) -> None:
        p = self.provider.get()
        if p != "ollama" and not (self.key.get() or self.settings.api_key(p)):
            messagebox.showwarning("Settings", f"No API key for {p}", parent=self)
            return
        self.settings.provider = p
        self.settings.models[p] = self.model.get()
        if self.key.get():
            self.settings.api_keys[p] = self.key.get()
        self.settings.ollama_host = self.host.get()
        self.settings.stream_responses = self.stream.get()
        self.on_save(self.settings)
        self.destroy()
