"""Editor widget with word completion and ghost-text insertion."""
from __future__ import annotations

import re

from PyQt6.QtCore import QStringListModel, Qt, pyqtSignal
from PyQt6.QtGui import QFont, QKeyEvent, QTextCursor
from PyQt6.QtWidgets import QCompleter, QPlainTextEdit

WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")


class WordCompleter(QCompleter):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._model = QStringListModel()
        self.setModel(self._model)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def update_words(self, text: str) -> None:
        words = sorted(set(WORD_RE.findall(text)))
        self._model.setStringList(words)


class Editor(QPlainTextEdit):
    selectionTextChanged = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFont(QFont("Inter", 12))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._completer = WordCompleter(self)
        self._completer.setWidget(self)
        self._completer.activated.connect(self.insert_completion)
        self.selectionChanged.connect(self._emit_selection)
        self.textChanged.connect(lambda: self._completer.update_words(self.toPlainText()))

    def _emit_selection(self) -> None:
        self.selectionTextChanged.emit(self.selected_text())

    def selected_text(self) -> str:
        # QTextCursor uses U+2029 as paragraph separator
        return self.textCursor().selectedText().replace("\u2029", "\n")

    def replace_selection(self, text: str) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()

    def append_stream_chunk(self, chunk: str) -> None:
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(chunk)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def text_under_cursor(self) -> str:
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        return cursor.selectedText()

    def insert_completion(self, completion: str) -> None:
        cursor = self.textCursor()
        extra = len(completion) - len(self._completer.completionPrefix())
        if extra > 0:
            cursor.insertText(completion[-extra:])
            self.setTextCursor(cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self._completer.popup()
        if popup.isVisible() and event.key() in (
            Qt.Key.Key_Enter,
            Qt.Key.Key_Return,
            Qt.Key.Key_Escape,
            Qt.Key.Key_Tab,
        ):
            event.ignore()
            return
        super().keyPressEvent(event)
        prefix = self.text_under_cursor()
        if len(prefix) < 3:
            popup.hide()
            return
        if prefix != self._completer.completionPrefix():
            self._completer.setCompletionPrefix(prefix)
            popup.setCurrentIndex(self._completer.completionModel().index(0, 0))
        rect = self.cursorRect()
        rect.setWidth(popup.sizeHintForColumn(0) + popup.verticalScrollBar().sizeHint().width())
        self._completer.complete(rect)
