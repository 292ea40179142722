"""Batch "generate cards from text" dialog."""
from __future__ import annotations

from typing import List, Optional

from aqt import mw
from aqt.operations import QueryOp
from aqt.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    qconnect,
)
from aqt.utils import showInfo, showWarning, tooltip

from ..core import costs, get_openai_client
from ..core.config import ModelSettings, get
from ..gen.card_generator import CardGenerator, GeneratedCard
from ..gen.similarity import SimilarityIndex


class GenerateDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent or mw)
        self.setWindowTitle("AI Flashcards - generate from text")
        self.resize(720, 560)
        self.generator = CardGenerator(client=get_openai_client())
        self.cards: List[GeneratedCard] = []
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Paste your material:"))
        self.input = QPlainTextEdit()
        layout.addWidget(self.input)

        row = QHBoxLayout()
        row.addWidget(QLabel("Cards:"))
        self.count = QSpinBox()
        self.count.setRange(1, 50)
        self.count.setValue(int(get("cards_per_batch", 10)))
        row.addWidget(self.count)
        row.addWidget(QLabel("Deck:"))
        self.deck = QComboBox()
        self.deck.addItems(sorted(d.name for d in mw.col.decks.all_names_and_ids()))
        row.addWidget(self.deck)
        self.cost_label = QLabel("")
        row.addWidget(self.cost_label)
        self.go = QPushButton("Generate")
        qconnect(self.go.clicked, self.on_generate)
        row.addWidget(self.go)
        layout.addLayout(row)

        self.preview = QListWidget()
        layout.addWidget(self.preview)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        qconnect(buttons.accepted, self.on_add)
        qconnect(buttons.rejected, self.reject)
        layout.addWidget(buttons)
        qconnect(self.count.valueChanged, self._update_cost)
        self._update_cost()

    def _update_cost(self) -> None:
        model = ModelSettings.from_config("openai").model
        self.cost_label.setText("~" + costs.format_cost(costs.estimate_batch_cost(model, self.count.value())))

    def on_generate(self) -> None:
        material = self.input.toPlainText().strip()
        if not material:
            tooltip("Nothing to generate from")
            return
        n = self.count.value()
        self.go.setEnabled(False)

        def op(col) -> List[GeneratedCard]:
            if not self.generator.moderate(material):
                raise ValueError("The material was flagged by moderation.")
            return self.generator.generate_many(material, n)

        def success(cards: List[GeneratedCard]) -> None:
            self.go.setEnabled(True)
            self.cards = cards
            self.preview.clear()
            for c in cards:
                self.preview.addItem(f"{c.front}  →  {c.back}")

        QueryOp(parent=self, op=op, success=success).failure(self._failed).with_progress(
            "Generating cards..."
        ).run_in_background()

    def _failed(self, exc: Exception) -> None:
        self.go.setEnabled(True)
        showWarning(str(exc), parent=self)

    def _dedupe(self, cards: List[GeneratedCard]) -> List[GeneratedCard]:
        deck_id = mw.col.decks.id_for_name(self.deck.currentText())
        existing = [mw.col.get_note(nid).fields[0] for nid in mw.col.find_notes(f"did:{deck_id}")[:500]]
        if not existing:
            return cards
        index = SimilarityIndex()
        index.add(existing)
        keep = []
        for c in cards:
            best = index.nearest(c.front, k=1)
            if not best or best[0][0] < 0.9:
                keep.append(c)
        return keep

    def on_add(self) -> None:
        if not self.cards:
            self.accept()
            return
        deck_id = mw.col.decks.id_for_name(self.deck.currentText())
        model = mw.col.models.by_name("Basic")
        front_f, back_f = get("front_field", "Front"), get("back_field", "Back")

        def op(col) -> int:
            cards = self._dedupe(self.cards)
            for c in cards:
                note = col.new_note(model)
                note[front_f] = c.front
                note[back_f] = c.back
                note.tags.append("ai-generated")
                col.add_note(note, deck_id)
            return len(cards)

        def success(added: int) -> None:
            showInfo(f"Added {added} notes.", parent=mw)
            mw.reset()
            self.accept()

        QueryOp(parent=self, op=op, success=success).with_progress().run_in_background()


_dialog: Optional[GenerateDialog] = None


def open_generate_dialog() -> None:
    global _dialog
    _dialog = GenerateDialog(mw)
    _dialog.show()
