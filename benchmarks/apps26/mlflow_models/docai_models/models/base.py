"""Shared base class for our pyfunc models."""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Any

import mlflow
import pandas as pd
from mlflow.pyfunc import PythonModel, PythonModelContext

from docai_models.providers.registry import ProviderRegistry

log = logging.getLogger(__name__)


class DocAIModel(PythonModel):
    """Builds a ProviderRegistry from ``context.model_config`` on load.

    Subclasses implement ``predict_row`` and may override ``on_load``.
    """

    text_column = "text"
    output_columns: list[str] = []

    def load_context(self, context: PythonModelContext) -> None:
        self.model_config: dict[str, Any] = dict(context.model_config or {})
        self.registry = ProviderRegistry.from_model_config(self.model_config)
        self.artifacts = dict(context.artifacts or {})
        self.on_load(context)
        log.info("%s loaded with providers %s", type(self).__name__, self.registry.names())

    def on_load(self, context: PythonModelContext) -> None:  # pragma: no cover - hook
        pass

    def load_json_artifact(self, key: str) -> Any:
        path = self.artifacts.get(key)
        if not path:
            return None
        return json.loads(Path(path).read_text())

    def predict_row(self, row: dict, params: dict) -> dict:
        raise NotImplementedError

    def predict(self, context, model_input, params=None):
        from docai_models.utils.io import rows_from_input

        params = params or {}
        results = []
        for row in rows_from_input(model_input, self.text_column):
            t0 = time.perf_counter()
            try:
                out = self.predict_row(row, params)
            except Exception as exc:  # noqa: BLE001
                log.exception("row failed")
                out = {"error": type(exc).__name__}
            out["latency_ms"] = round((time.perf_counter() - t0) * 1000, 1)
            results.append(out)
        return pd.DataFrame(results, columns=self.output_columns or None)


def log_span_attributes(**attrs: Any) -> None:
    span = mlflow.get_current_active_span()
    if span is not None:
        span.set_attributes(attrs)
