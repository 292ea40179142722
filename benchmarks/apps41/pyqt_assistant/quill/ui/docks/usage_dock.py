from __future__ import annotations

from PyQt6.QtCore import QTimer
from PyQt6.QtWidgets import QDockWidget, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from quill.engine.models import estimate_cost
from quill.tracking import llm_tracker


class UsageDock(QDockWidget):
    COLUMNS = ("Feature", "Model", "In", "Out", "Cost $")

    def __init__(self, parent=None):
        super().__init__("Usage", parent)
        self.setObjectName("UsageDock")
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.total = QLabel()
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.addWidget(self.table)
        lay.addWidget(self.total)
        self.setWidget(body)
        self._untracked: list[tuple[str, str, int, int]] = []
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.reload)
        self._timer.start(2000)

    def record_untracked(self, model: str, input_tokens: int, output_tokens: int) -> None:
        """Workers that bypass the tracker still emit usage; show them greyed."""
        self._untracked.append(("(direct)", model, input_tokens, output_tokens))

    def reload(self) -> None:
        rows = [(l.feature_context, l.model, l.input_tokens, l.output_tokens) for l in llm_tracker.logs]
        rows += self._untracked
        self.table.setRowCount(len(rows))
        total = 0.0
        for r, (feature, model, tin, tout) in enumerate(rows):
            cost = estimate_cost(model, tin, tout)
            total += cost
            for c, value in enumerate((feature, model, str(tin), str(tout), f"{cost:.4f}")):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.total.setText(f"Session total: ${total:.4f}")
