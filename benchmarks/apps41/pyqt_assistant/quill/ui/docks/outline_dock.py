from __future__ import annotations

from PyQt6.QtCore import Qt, QThreadPool, pyqtSignal
from PyQt6.QtWidgets import QDockWidget, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from quill.workers import OutlineWorker


def parse_outline(markdown: str) -> list[tuple[int, str]]:
    items = []
    for line in markdown.splitlines():
        stripped = line.lstrip()
        if not stripped.startswith(("-", "*")):
            continue
        depth = (len(line) - len(stripped)) // 2
        items.append((depth, stripped[1:].strip()))
    return items


class OutlineDock(QDockWidget):
    headingActivated = pyqtSignal(str)

    def __init__(self, get_text, genai_client_getter, parent=None):
        super().__init__("Outline", parent)
        self.setObjectName("OutlineDock")
        self._get_text = get_text
        self._genai = genai_client_getter
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(lambda item, _col: self.headingActivated.emit(item.text(0)))
        self.refresh_btn = QPushButton("Generate outline")
        self.refresh_btn.clicked.connect(self.refresh)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.refresh_btn)
        layout.addWidget(self.tree)
        self.setWidget(body)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)

    def refresh(self) -> None:
        text = self._get_text()
        if not text.strip():
            return
        self.refresh_btn.setEnabled(False)
        worker = OutlineWorker(self._genai(), text)
        worker.signals.result.connect(self.populate)
        worker.signals.finished.connect(lambda: self.refresh_btn.setEnabled(True))
        QThreadPool.globalInstance().start(worker)

    def populate(self, markdown: str) -> None:
        self.tree.clear()
        stack: list[QTreeWidgetItem] = []
        for depth, title in parse_outline(markdown):
            item = QTreeWidgetItem([title])
            while len(stack) > depth:
                stack.pop()
            if stack:
                stack[-1].addChild(item)
            else:
                self.tree.addTopLevelItem(item)
            stack.append(item)
        self.tree.expandAll()
