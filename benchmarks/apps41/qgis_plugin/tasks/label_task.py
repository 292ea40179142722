"""Batch labelling of features, written into a new or existing field."""
import json
import logging
from concurrent.futures import ThreadPoolExecutor

from qgis.core import Qgis, QgsMessageLog, QgsTask

from ..core.clients import get_mistral_client
from ..core.layer_summary import chunked
from ..core.prompts import SYSTEM_LABEL, label_prompt, parse_json_list
from ..core import settings

log = logging.getLogger(__name__)

CHUNK = 15
WORKERS = 4


class LabelFeaturesTask(QgsTask):
    def __init__(self, description, rows, backend, target_field):
        super().__init__(description, QgsTask.CanCancel)
        self.rows = rows
        self.backend = backend
        self.target_field = target_field
        self.labels = {}
        self.error = None

    def run(self):
        chunks = list(chunked(self.rows, CHUNK))
        for i, chunk in enumerate(chunks):
            if self.isCanceled():
                return False
            try:
                answer = self.backend.complete(SYSTEM_LABEL, label_prompt(chunk))
            except Exception as exc:  # noqa: BLE001
                self.error = exc
                return False
            for row, label in zip(chunk, parse_json_list(answer, len(chunk))):
                self.labels[row["_fid"]] = label
            self.setProgress(100.0 * (i + 1) / len(chunks))
        return True

    def finished(self, result):
        if not result and self.error:
            QgsMessageLog.logMessage(str(self.error), "GeoScribe", Qgis.Warning)


class MistralBatchLabelTask(LabelFeaturesTask):
    """Parallel variant for big layers; Mistral's rate limits allow 4 workers."""

    def __init__(self, description, rows, target_field):
        super().__init__(description, rows, backend=None, target_field=target_field)
        self.client = get_mistral_client()
        self.model = settings.model_for("mistral")

    def run(self):
        chunks = list(chunked(self.rows, CHUNK))
        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            futures = [
                pool.submit(
                    self.client.chat.complete,
                    model=self.model,
                    messages=[
                        {"role": "system", "content": SYSTEM_LABEL},
                        {"role": "user", "content": label_prompt(chunk)},
                    ],
                    response_format={"type": "json_object"},
                )
                for chunk in chunks
            ]
            for n, (chunk, fut) in enumerate(zip(chunks, futures)):
                if self.isCanceled():
                    return False
                try:
                    resp = fut.result()
                except Exception as exc:  # noqa: BLE001
                    self.error = exc
                    return False
                content = resp.choices[0].message.content
                try:
                    data = json.loads(content)
                    labels = data.get("labels", []) if isinstance(data, dict) else data
                except ValueError:
                    labels = []
                for row, label in zip(chunk, labels):
                    self.labels[row["_fid"]] = str(label)
                self.setProgress(100.0 * (n + 1) / len(chunks))
        return True
