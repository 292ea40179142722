"""Document model: wraps QTextDocument with file I/O and paragraph helpers."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument


class Document(QObject):
    modifiedChanged = Signal(bool)
    pathChanged = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.qdoc = QTextDocument(self)
        self.qdoc.modificationChanged.connect(self.modifiedChanged)
        self.path: Path | None = None

    @classmethod
    def create(cls, text: str = "", parent=None) -> "Document":
        doc = cls(parent)
        doc.qdoc.setPlainText(text)
        doc.qdoc.setModified(False)
        return doc

    @classmethod
    def open(cls, path: Path, parent=None) -> "Document":
        doc = cls.create(path.read_text(encoding="utf-8"), parent)
        doc.path = path
        return doc

    def save(self, path: Path | None = None) -> None:
        path = path or self.path
        if path is None:
            raise ValueError("no path")
        path.write_text(self.text(), encoding="utf-8")
        self.path = path
        self.qdoc.setModified(False)
        self.pathChanged.emit(str(path))

    def text(self) -> str:
        return self.qdoc.toPlainText()

    def paragraphs(self) -> list[str]:
        return [p for p in self.text().split("\n\n")]

    def replace_paragraphs(self, new: list[str]) -> None:
        self.qdoc.setPlainText("\n\n".join(new))

    def chapters(self) -> list[str]:
        chunks, cur = [], []
        for line in self.text().splitlines():
            if line.startswith("# ") and cur:
                chunks.append("\n".join(cur))
                cur = []
            cur.append(line)
        if cur:
            chunks.append("\n".join(cur))
        return chunks

    def word_count(self) -> int:
        return len(self.text().split())
