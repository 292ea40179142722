"""Embedding endpoint used by the claims search index (text-embedding-3-large on Azure)."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
from mlflow.pyfunc import PythonModel

from docai_models.config import load_model_config
from docai_models.providers.openai_provider import build_openai_client
from docai_models.utils.tokens import truncate_to_tokens

log = logging.getLogger(__name__)

BATCH = 64


class EmbedderModel(PythonModel):
    """Not a DocAIModel: predates the base class and returns a raw ndarray-ish frame."""

    def load_context(self, context):
        cfg = context.model_config or {}
        settings = load_model_config(cfg)["azure_openai"]
        self._client = build_openai_client(settings)
        self._deployment = settings.model
        self._dimensions = cfg.get("dimensions", 1024)
        self._workers = cfg.get("workers", 4)

    def _embed_batch(self, texts):
        resp = self._client.embeddings.create(
            model=self._deployment,
            input=[truncate_to_tokens(t, 8000, "text-embedding-3-large") for t in texts],
            dimensions=self._dimensions,
        )
        return [d.embedding for d in resp.data]

    def predict(self, context, model_input, params=None):
        texts = model_input["text"].tolist() if isinstance(model_input, pd.DataFrame) else list(model_input)
        batches = [texts[i : i + BATCH] for i in range(0, len(texts), BATCH)]
        with ThreadPoolExecutor(max_workers=self._workers) as pool:
            vectors = [v for batch in pool.map(self._embed_batch, batches) for v in batch]
        return pd.DataFrame({"embedding": vectors})
