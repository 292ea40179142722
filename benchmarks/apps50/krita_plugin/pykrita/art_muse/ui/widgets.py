"""Small reusable widgets for the docker."""
from __future__ import annotations

from PyQt5.QtCore import QSize, Qt, pyqtSignal
from PyQt5.QtGui import QImage, QPixmap
from PyQt5.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy


class PromptEdit(QPlainTextEdit):
    """Plain text edit that emits ``submitted`` on Ctrl+Enter."""

    submitted = pyqtSignal(str)

    def __init__(self, placeholder: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setMaximumHeight(110)

    def keyPressEvent(self, event):  # noqa: N802 (Qt naming)
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ControlModifier:
            self.submitted.emit(self.toPlainText())
            return
        super().keyPressEvent(event)

    def append_text(self, piece: str) -> None:
        cursor = self.textCursor()
        cursor.movePosition(cursor.End)
        cursor.insertText(piece)
        self.setTextCursor(cursor)


class ThumbnailGenerator:
    """Makes preview pixmaps from PNG bytes; nothing to do with image models."""

    def __init__(self, size: int = 220) -> None:
        self.size = size
        self._cache: dict[int, QPixmap] = {}

    def generate(self, png_bytes: bytes) -> QPixmap:
        key = hash(png_bytes)
        if key not in self._cache:
            img = QImage.fromData(png_bytes, "PNG")
            pix = QPixmap.fromImage(img).scaled(self.size, self.size, Qt.KeepAspectRatio, Qt.SmoothTransformation)
            self._cache[key] = pix
        return self._cache[key]


class ImagePreview(QLabel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignCenter)
        self.setMinimumSize(QSize(160, 160))
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setText("No image yet")
        self._thumbs = ThumbnailGenerator()
        self.last_png: bytes | None = None

    def show_png(self, png_bytes: bytes) -> None:
        self.last_png = png_bytes
        self.setPixmap(self._thumbs.generate(png_bytes))
