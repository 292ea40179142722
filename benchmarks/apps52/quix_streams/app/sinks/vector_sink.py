"""Batching sink that embeds reviews and upserts them into Qdrant over HTTP."""
from __future__ import annotations

import logging
import uuid
from typing import Any

import httpx
from quixstreams.sinks import BatchingSink, SinkBackpressureError, SinkBatch

from app.enrich.clients import get_voyage
from app.enrich.embedder import embed_openai_fallback

logger = logging.getLogger(__name__)


class VectorSink(BatchingSink):
    def __init__(self, url: str, collection: str, model: str, timeout: float = 20.0) -> None:
        super().__init__()
        self.url = url.rstrip("/")
        self.collection = collection
        self.model = model
        self._http = httpx.Client(base_url=self.url, timeout=timeout)
        self._vo = get_voyage()
        self._seen: set[str] = set()

    def _embed(self, texts: list[str]) -> list[list[float]]:
        try:
            result = self._vo.embed(texts, model=self.model, input_type="document")
            logger.debug("voyage embedded %d texts, %d tokens", len(texts), result.total_tokens)
            return result.embeddings
        except Exception as exc:  # noqa: BLE001
            if "rate" in str(exc).lower():
                raise SinkBackpressureError(retry_after=10.0) from exc
            logger.warning("voyage failed (%s); falling back to openai embeddings", exc)
            return embed_openai_fallback(texts)

    def write(self, batch: SinkBatch) -> None:
        records: list[dict[str, Any]] = []
        for item in batch:
            value = item.value
            if value["fingerprint"] in self._seen:
                continue
            self._seen.add(value["fingerprint"])
            records.append(value)
        if not records:
            return

        vectors = self._embed([r["text"] for r in records])
        points = [
            {
                "id": str(uuid.uuid5(uuid.NAMESPACE_URL, r["id"])),
                "vector": vec,
                "payload": {**r["payload"], "review_id": r["id"], "text": r["text"]},
            }
            for r, vec in zip(records, vectors)
        ]
        resp = self._http.put(
            f"/collections/{self.collection}/points", params={"wait": "true"}, json={"points": points}
        )
        if resp.status_code == 429:
            raise SinkBackpressureError(retry_after=5.0)
        resp.raise_for_status()
        if len(self._seen) > 200_000:
            self._seen.clear()
