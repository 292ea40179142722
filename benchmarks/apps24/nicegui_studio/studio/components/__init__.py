"""Reusable UI building blocks."""
from __future__ import annotations

from contextlib import contextmanager

from nicegui import app, ui

from studio.components.chat_panel import ChatPanel
from studio.components.copy_card import CopyCard, VariantGrid
from studio.components.prompt_box import PromptBox

__all__ = ["ChatPanel", "CopyCard", "PromptBox", "VariantGrid", "page_frame"]

NAV = [
    ("Home", "/"),
    ("Editor", "/editor"),
    ("Campaigns", "/campaigns"),
    ("Images", "/images"),
    ("Localise", "/localise"),
    ("Trends", "/trends"),
    ("Settings", "/settings"),
    ("Admin", "/admin"),
]


@contextmanager
def page_frame(title: str):
    ui.page_title(f"{title} · Copy Studio")
    with ui.header().classes("items-center justify-between bg-slate-900"):
        with ui.row().classes("items-center gap-4"):
            ui.label("Copy Studio").classes("text-lg font-bold")
            for label, target in NAV:
                ui.link(label, target).classes("text-white no-underline")
        ui.label(app.storage.user.get("email", "")).classes("text-sm opacity-70")
    with ui.column().classes("w-full max-w-6xl mx-auto p-4 gap-4"):
        yield
