"""Clipboard access. Prefers AppKit's NSPasteboard, falls back to pyperclip."""
from __future__ import annotations

import hashlib
import logging

log = logging.getLogger(__name__)

try:  # pragma: no cover - only on macOS with pyobjc
    from AppKit import NSPasteboard, NSPasteboardTypeString

    _HAVE_APPKIT = True
except ImportError:  # pragma: no cover
    NSPasteboard = None
    NSPasteboardTypeString = None
    _HAVE_APPKIT = False

import pyperclip


class Clipboard:
    """Thin wrapper so tests can swap in a fake."""

    def __init__(self):
        self._last_change = -1
        self._last_digest = None

    def read(self) -> str:
        if _HAVE_APPKIT:
            pb = NSPasteboard.generalPasteboard()
            text = pb.stringForType_(NSPasteboardTypeString)
            return str(text) if text else ""
        return pyperclip.paste() or ""

    def write(self, text: str) -> None:
        if _HAVE_APPKIT:
            pb = NSPasteboard.generalPasteboard()
            pb.clearContents()
            pb.setString_forType_(text, NSPasteboardTypeString)
        else:
            pyperclip.copy(text)
        self._last_digest = _digest(text)

    def changed(self) -> bool:
        """True if the clipboard changed since the last call (and we didn't write it)."""
        if _HAVE_APPKIT:
            count = NSPasteboard.generalPasteboard().changeCount()
            if count == self._last_change:
                return False
            self._last_change = count
        digest = _digest(self.read())
        if digest == self._last_digest:
            return False
        self._last_digest = digest
        return True


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "ignore")).hexdigest()


def trim_for_prompt(text: str, limit: int = 12000) -> str:
    text = text.strip()
    if len(text) <= limit:
        return text
    head = text[: limit // 2]
    tail = text[-limit // 2 :]
    return f"{head}\n\n[... {len(text) - limit} characters omitted ...]\n\n{tail}"
