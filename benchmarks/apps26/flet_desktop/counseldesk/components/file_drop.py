"""Attachment picker for the chat panel.

WIP: uploads go to the OpenAI Files API so the Responses call can reference
them by id; not wired into ChatPanel yet.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import flet as ft

from counseldesk.services.clients import get_openai_client

MAX_BYTES = 25 * 1024 * 1024


class AttachmentPicker(ft.Row):
    def __init__(self, on_uploaded: Callable[[str, str], None]) -> None:
        super().__init__()
        self._on_uploaded = on_uploaded
        self._picker = ft.FilePicker(on_result=self._picked)
        self.chips = ft.Row(wrap=True)
        self.controls = [ft.IconButton(ft.Icons.ATTACH_FILE, on_click=lambda e: self._picker.pick_files()), self.chips]

    def did_mount(self) -> None:
        self.page.overlay.append(self._picker)
        self.page.update()

    def _picked(self, e: ft.FilePickerResultEvent) -> None:
        for f in e.files or []:
            if f.size > MAX_BYTES:
                self.page.open(ft.SnackBar(ft.Text(f"{f.name} is larger than 25 MB")))
                continue
            self.page.run_thread(self._upload, Path(f.path))

    def _upload(self, path: Path) -> None:
        with path.open("rb") as fh:
            uploaded = get_openai_client().files.create(file=fh, purpose="user_data")
        self.chips.controls.append(ft.Chip(label=ft.Text(path.name), on_delete=lambda e: self._remove(uploaded.id, e)))
        self._on_uploaded(uploaded.id, path.name)
        self.update()

    def _remove(self, file_id: str, e) -> None:
        get_openai_client().files.delete(file_id)
        self.chips.controls.remove(e.control)
        self.update()
