"""Background task that writes a layer abstract into the layer metadata."""
import asyncio
import logging

from qgis.core import Qgis, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core import multi_model_service, TaskComplexity
from ..core.layer_summary import summarize_layer
from ..core.prompts import SYSTEM_DESCRIBE, describe_prompt

MESSAGE_CATEGORY = "GeoScribe"


class DescribeLayerTask(QgsTask):
    finishedWithText = pyqtSignal(str, str)  # layer id, description

    def __init__(self, layer, backend, language="English", apply_to_metadata=True):
        super().__init__("Describing {}".format(layer.name()), QgsTask.CanCancel)
        self.layer_id = layer.id()
        # summarize on the main thread; the layer must not be touched in run()
        self.summary = summarize_layer(layer)
        self.backend = backend
        self.language = language
        self.apply_to_metadata = apply_to_metadata
        self.text = ""
        self.exception = None

    def run(self):
        try:
            self.setProgress(10)
            self.text = self.backend.complete(SYSTEM_DESCRIBE, describe_prompt(self.summary, self.language))
            self.setProgress(100)
            return not self.isCanceled()
        except Exception as exc:  # noqa: BLE001
            self.exception = exc
            return False

    def finished(self, result):
        if result:
            self.finishedWithText.emit(self.layer_id, self.text)
        elif self.exception is not None:
            QgsMessageLog.logMessage(
                "Describe failed: {}".format(self.exception), MESSAGE_CATEGORY, Qgis.Critical
            )


class TrackedDescribeLayerTask(DescribeLayerTask):
    """Same as above but routed through the tracked service (new in 0.9)."""

    def run(self):
        try:
            self.text = asyncio.run(
                multi_model_service.generate_response(
                    prompt=describe_prompt(self.summary, self.language),
                    task_type="describe_layer",
                    complexity=TaskComplexity.SIMPLE,
                    system=SYSTEM_DESCRIBE,
                )
            )
            return True
        except Exception as exc:  # noqa: BLE001
            self.exception = exc
            return False
