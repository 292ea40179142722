"""Prompt history stored inside the .kra document annotations (so it travels with
the file) with a fallback to a JSON file for unsaved documents."""
from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass

from krita import Krita

ANNOTATION_TYPE = "art_muse/history"


@dataclass
class HistoryEntry:
    prompt: str
    provider: str
    kind: str  # "prompt" | "image" | "description"
    created: float
    result: str = ""


class PromptHistory:
    def __init__(self, document=None) -> None:
        self.document = document
        self.entries: list[HistoryEntry] = []
        self._load()

    def _fallback_path(self) -> str:
        return os.path.join(os.path.expanduser("~"), ".art_muse_history.json")

    def _load(self) -> None:
        raw = b""
        if self.document is not None and ANNOTATION_TYPE in self.document.annotationTypes():
            raw = bytes(self.document.annotation(ANNOTATION_TYPE))
        elif os.path.exists(self._fallback_path()):
            with open(self._fallback_path(), "rb") as fh:
                raw = fh.read()
        if raw:
            try:
                self.entries = [HistoryEntry(**row) for row in json.loads(raw.decode("utf-8"))]
            except (ValueError, TypeError):
                self.entries = []

    def create(self, prompt: str, provider: str, kind: str = "prompt", result: str = "") -> HistoryEntry:
        entry = HistoryEntry(prompt=prompt, provider=provider, kind=kind, created=time.time(), result=result)
        self.entries.append(entry)
        self.entries = self.entries[-200:]
        self.flush()
        return entry

    def flush(self) -> None:
        payload = json.dumps([asdict(e) for e in self.entries]).encode("utf-8")
        if self.document is not None:
            self.document.setAnnotation(ANNOTATION_TYPE, "Art Muse prompt history", payload)
        else:
            with open(self._fallback_path(), "wb") as fh:
                fh.write(payload)

    def prompts(self, kind: str = "prompt") -> list[str]:
        return [e.prompt for e in self.entries if e.kind == kind]


def for_active_document() -> PromptHistory:
    return PromptHistory(Krita.instance().activeDocument())
