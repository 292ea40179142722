"""Ingestion worker: pops jobs from Redis and runs the IngestDocument use case.

    python -m docqa.worker.ingestion_worker
"""
from __future__ import annotations

import asyncio
import io
import logging
import signal
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Dict, List, Optional

import httpx

from docqa.bootstrap import Container, build_container
from docqa.config import configure_logging, get_settings
from docqa.domain import Document, DocumentKind, DocumentStatus
from docqa.worker.enrichment import ChunkContextualizer, caption_figures

logger = logging.getLogger("docqa.worker")


def extract_pdf_images(data: bytes, min_side: int = 200) -> List[bytes]:
    """CPU heavy, runs in the process pool. Returns PNG bytes of embedded figures."""
    import fitz  # PyMuPDF, only installed in the worker image

    out: List[bytes] = []
    with fitz.open(stream=io.BytesIO(data), filetype="pdf") as pdf:
        for page in pdf:
            for img in page.get_images(full=True):
                pix = fitz.Pixmap(pdf, img[0])
                if min(pix.width, pix.height) >= min_side:
                    out.append(pix.tobytes("png"))
    return out


class IngestionWorker:
    def __init__(self, container: Container) -> None:
        self.c = container
        self._stop = asyncio.Event()
        self._pool = ProcessPoolExecutor(max_workers=2)
        self._contextualizer = ChunkContextualizer(concurrency=container.settings.ingest_concurrency * 2)
        self._http = httpx.AsyncClient(timeout=10)

    def stop(self) -> None:
        self._stop.set()

    async def _transcribe(self, document: Document, data: bytes) -> List[str]:
        filename = document.blob_key.rsplit("/", 1)[-1]
        transcript = await self.c.openai.audio.transcriptions.create(
            model="whisper-1",
            file=(filename, data),
            response_format="verbose_json",
            timestamp_granularities=["segment"],
        )
        # group segments into ~2 minute "pages" so citations can point at a time range
        pages: List[str] = []
        current: List[str] = []
        window_end = 120.0
        for seg in transcript.segments or []:
            if seg.start >= window_end and current:
                pages.append(" ".join(current))
                current = []
                window_end += 120.0
            current.append(seg.text.strip())
        if current:
            pages.append(" ".join(current))
        document.language = transcript.language
        return pages

    async def _pages(self, document: Document) -> List[str]:
        data = await self.c.blobs.get(document.blob_key)
        if document.kind is DocumentKind.AUDIO:
            return await self._transcribe(document, data)
        pages = await asyncio.to_thread(self.c.extractor.extract, data, document.metadata.get("content_type", ""))
        if document.kind is DocumentKind.PDF:
            loop = asyncio.get_running_loop()
            images = await loop.run_in_executor(self._pool, extract_pdf_images, data)
            if images:
                captions = await caption_figures(images[:20])
                pages.append("\n\n".join(f"Figure: {c}" for c in captions if c))
        return pages

    async def _notify(self, text: str) -> None:
        url = self.c.settings.slack_webhook_url
        if not url:
            return
        try:
            await self._http.post(url, json={"text": text})
        except httpx.HTTPError:
            logger.warning("slack notification failed")

    async def handle(self, message: Dict[str, Any]) -> None:
        job_id = message["job_id"]
        document = await self.c.documents.get(message["tenant_id"], message["document_id"])
        try:
            pages = await self._pages(document)
            self.c.ingest_document._contextualizer = self._contextualizer
            n = await self.c.ingest_document.execute(document, pages=pages)
            await self.c.jobs.mark(job_id, "done")
            logger.info("job %s done: %d chunks", job_id, n)
        except Exception as exc:
            logger.exception("job %s failed", job_id)
            document.status = DocumentStatus.FAILED
            await self.c.documents.update(document)
            await self.c.jobs.mark(job_id, "failed", error=repr(exc)[:1000])
            await self._notify(f":warning: ingestion failed for {document.title} ({document.id}): {exc}")

    async def run(self) -> None:
        sem = asyncio.Semaphore(self.c.settings.ingest_concurrency)
        tasks: set = set()

        async def _guarded(msg: Dict[str, Any]) -> None:
            async with sem:
                await self.handle(msg)

        while not self._stop.is_set():
            message: Optional[Dict[str, Any]] = await self.c.queue.next(timeout_s=5)
            if message is None:
                continue
            task = asyncio.create_task(_guarded(message))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._pool.shutdown(wait=True)
        await self._http.aclose()


async def main() -> None:
    settings = get_settings()
    configure_logging(settings.log_level)
    container = build_container(settings)
    worker = IngestionWorker(container)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, worker.stop)
    logger.info("ingestion worker started")
    try:
        await worker.run()
    finally:
        await container.aclose()


if __name__ == "__main__":
    asyncio.run(main())
