"""Assistant dock: chat about the active layer."""
import asyncio
import functools

from qgis.core import QgsMapLayerType, QgsProject
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core import client_for, multi_model_service, settings, TaskComplexity
from ..core.layer_summary import summarize_layer
from ..core.prompts import layer_context
from ..core.streaming import STREAMERS
from ..utils import MarkdownReport
from .workers import StreamWorker, start_worker

SYSTEM_CHAT = (
    "You help QGIS users understand and work with their data. Be brief. "
    "When you suggest an expression, put it in backticks."
)


class AssistantDock(QDockWidget):
    closingPlugin = pyqtSignal()

    def __init__(self, iface, parent=None):
        super().__init__("GeoScribe assistant", parent)
        self.iface = iface
        self.setObjectName("GeoScribeAssistantDock")
        self.history = []
        self._thread = None
        self._worker = None
        self._build_ui()

    def _build_ui(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        top.addWidget(QLabel("Provider"))
        self.provider_combo = QComboBox()
        self.provider_combo.addItems(list(STREAMERS))
        self.provider_combo.setCurrentText(settings.active_provider())
        top.addWidget(self.provider_combo)
        layout.addLayout(top)
        self.transcript = QTextBrowser()
        self.transcript.setOpenExternalLinks(True)
        layout.addWidget(self.transcript)
        self.input = QPlainTextEdit()
        self.input.setPlaceholderText("Ask about the active layer...")
        self.input.setMaximumHeight(90)
        layout.addWidget(self.input)
        buttons = QHBoxLayout()
        self.send_btn = QPushButton("Send")
        self.send_btn.clicked.connect(self.send)
        self.summary_btn = QPushButton("Summarise layer")
        self.summary_btn.clicked.connect(self.summarise_layer)
        self.export_btn = QPushButton("Export chat")
        self.export_btn.clicked.connect(self.export_chat)
        for b in (self.send_btn, self.summary_btn, self.export_btn):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.setWidget(body)

    def _active_context(self):
        layer = self.iface.activeLayer()
        if layer is None or layer.type() != QgsMapLayerType.VectorLayer:
            return ""
        return layer_context(summarize_layer(layer))

    def send(self):
        question = self.input.toPlainText().strip()
        if not question or self._thread is not None:
            return
        provider = self.provider_combo.currentText()
        context = self._active_context()
        user = "{}\n\n{}".format(context, question) if context else question
        streamer = STREAMERS[provider]
        factory = functools.partial(
            streamer,
            client_for(provider),
            settings.model_for(provider),
            SYSTEM_CHAT,
            user,
            list(self.history),
        )
        self.history.append({"role": "user", "content": question})
        self.transcript.append("<b>You:</b> {}".format(question))
        self.transcript.append("<b>Assistant:</b> ")
        self.input.clear()
        self._worker = StreamWorker(factory)
        self._worker.chunk.connect(self._on_chunk)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._thread = start_worker(self._worker, self)

    def _on_chunk(self, text):
        cursor = self.transcript.textCursor()
        cursor.movePosition(cursor.End)
        cursor.insertText(text)

    def _on_done(self, full):
        self.history.append({"role": "assistant", "content": full})
        self._thread = None

    def _on_failed(self, message):
        self.transcript.append("<i style='color:#a00'>{}</i>".format(message))
        self._thread = None

    def summarise_layer(self):
        context = self._active_context()
        if not context:
            self.iface.messageBar().pushWarning("GeoScribe", "Select a vector layer first")
            return
        text = asyncio.run(
            multi_model_service.generate_response(
                prompt="Summarise this layer in three bullet points:\n" + context,
                task_type="dock_summary",
                complexity=TaskComplexity.SIMPLE,
                provider=self.provider_combo.currentText(),
            )
        )
        self.transcript.append(text)

    def export_chat(self):
        report = MarkdownReport(title="GeoScribe chat - {}".format(QgsProject.instance().baseName()))
        for turn in self.history:
            report.add_section(turn["role"].title(), turn["content"])
        path = report.create(QgsProject.instance().homePath())
        self.iface.messageBar().pushSuccess("GeoScribe", "Saved {}".format(path))

    def closeEvent(self, event):
        if self._worker is not None:
            self._worker.stop()
        self.closingPlugin.emit()
        event.accept()
