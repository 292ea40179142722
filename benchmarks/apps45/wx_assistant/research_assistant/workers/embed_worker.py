"""Builds embeddings for the local document index."""
from __future__ import annotations

import concurrent.futures
import logging
import threading

import google.generativeai as genai
import wx

from research_assistant import events

log = logging.getLogger(__name__)

BATCH = 64


class EmbedWorker(threading.Thread):
    """Embeds chunks with OpenAI (default) or Gemini, in parallel batches."""

    def __init__(self, window, chunks: list[str], client=None, backend: str = "openai",
                 model: str = "text-embedding-3-small"):
        super().__init__(daemon=True, name="embed")
        self._window = window
        self.chunks = chunks
        self.client = client
        self.backend = backend
        self.model = model

    def run(self):
        try:
            if self.backend == "gemini":
                vectors = self._embed_gemini()
            else:
                vectors = self._embed_openai()
        except Exception as exc:
            log.exception("embedding failed")
            wx.CallAfter(wx.LogError, str(exc))
            return
        wx.PostEvent(self._window, events.IndexReadyEvent(vectors=vectors, chunks=self.chunks))

    def _embed_openai(self) -> list[list[float]]:
        batches = [self.chunks[i:i + BATCH] for i in range(0, len(self.chunks), BATCH)]
        results: dict[int, list[list[float]]] = {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            futures = {
                pool.submit(self.client.embeddings.create, model=self.model, input=batch): idx
                for idx, batch in enumerate(batches)
            }
            for fut in concurrent.futures.as_completed(futures):
                resp = fut.result()
                results[futures[fut]] = [d.embedding for d in resp.data]
        return [v for idx in sorted(results) for v in results[idx]]

    def _embed_gemini(self) -> list[list[float]]:
        out = []
        for chunk in self.chunks:
            result = genai.embed_content(
                model="models/text-embedding-004",
                content=chunk,
                task_type="retrieval_document",
            )
            out.append(result["embedding"])
        return out
