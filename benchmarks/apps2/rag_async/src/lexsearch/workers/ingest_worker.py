"""Ingest worker: chunk, contextualise, classify, embed and index filings."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import re
import signal
from dataclasses import dataclass, field
from typing import Any

import httpx

from lexsearch.adapters import build_embedder
from lexsearch.container import bedrock_runtime, container
from lexsearch.integrations import DeadlineNotifier
from lexsearch.interfaces import Passage
from lexsearch.services.llm_usage_tracker import llm_tracker
from lexsearch.text import chunk_text
from lexsearch.vector_store import PgVectorIndex

logger = logging.getLogger("lexsearch.ingest")

PRACTICE_AREAS = (
    "antitrust", "bankruptcy", "employment", "intellectual_property", "securities",
    "tax", "torts", "contracts", "criminal", "immigration", "other",
)

CONTEXT_PROMPT = """<document>
{document}
</document>
Here is a chunk from the document above:
<chunk>
{chunk}
</chunk>
Write one or two sentences situating this chunk within the document, to improve search
retrieval. Answer with the sentences only."""

_DEADLINE_RE = re.compile(r"(?:due|deadline|no later than)\s+(?:on\s+)?([A-Z][a-z]+ \d{1,2}, \d{4})")


@dataclass
class IngestJob:
    tenant_id: str
    doc_id: str
    text: str
    citation: str = ""
    language: str = "en"
    alert_phone: str | None = None
    matter: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


_index = PgVectorIndex()


async def lookup_authority(citation_key: str) -> str | None:
    """Full text of an indexed authority, by citation key (used by the citation checker)."""
    passages = await _index.find_by_citation(citation_key, tenant_id="public")
    if not passages:
        return None
    return "\n\n".join(p.text for p in passages)


class IngestWorker:
    def __init__(self, queue: "asyncio.Queue[IngestJob]", concurrency: int = 4) -> None:
        self._queue = queue
        self._concurrency = concurrency
        self._llm = container.anthropic
        self._embedder = build_embedder("voyage")
        self._notifier = DeadlineNotifier()
        self._http = httpx.AsyncClient(timeout=10.0)
        self._stopping = asyncio.Event()

    async def _contextualize(self, document: str, chunk: str) -> str:
        message = await self._llm.beta.messages.create(
            model="claude-haiku-4-5",
            max_tokens=120,
            betas=["context-1m-2025-08-07"],
            messages=[
                {
                    "role": "user",
                    "content": CONTEXT_PROMPT.format(document=document, chunk=chunk),
                }
            ],
        )
        return "".join(b.text for b in message.content if b.type == "text").strip()

    async def _classify(self, job: IngestJob) -> str:
        async with bedrock_runtime() as brt:
            response = await brt.converse(
                modelId=container.settings.models.bedrock_classifier_model,
                system=[{"text": "Classify the filing. Answer with one label from: "
                         + ", ".join(PRACTICE_AREAS)}],
                messages=[{"role": "user", "content": [{"text": job.text[:20000]}]}],
                inferenceConfig={"maxTokens": 10, "temperature": 0.0},
            )
        label = response["output"]["message"]["content"][0]["text"].strip().lower()
        return label if label in PRACTICE_AREAS else "other"

    async def _embed_multilingual(self, texts: list[str]) -> list[list[float]]:
        async with bedrock_runtime() as brt:
            response = await brt.invoke_model(
                modelId=container.settings.models.bedrock_embedding_model,
                body=json.dumps({"texts": texts, "input_type": "search_document"}),
                contentType="application/json",
                accept="application/json",
            )
            payload = json.loads(await response["body"].read())
        return payload["embeddings"]

    async def _dual_write_legacy(self, job: IngestJob, texts: list[str]) -> list[list[float]]:
        async with llm_tracker.track_llm_call(
            feature="ingest_legacy_embeddings", tenant_id=job.tenant_id
        ) as usage_log:
            response = await container.openai.embeddings.create(
                model=container.settings.models.openai_embedding_model,
                input=texts,
                dimensions=1536,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = 0
        return [item.embedding for item in response.data]

    async def process(self, job: IngestJob) -> int:
        chunks = chunk_text(job.text)
        contexts = await asyncio.gather(*(self._contextualize(job.text, c) for c in chunks))
        texts = [f"{ctx}\n\n{chunk}" for ctx, chunk in zip(contexts, chunks)]
        practice_area = await self._classify(job)

        if job.language == "en":
            vectors = await self._embedder.embed_documents(texts)
        else:
            vectors = await self._embed_multilingual(texts)
        if job.metadata.get("legacy_index") == "true":
            await self._dual_write_legacy(job, texts)

        passages = [
            Passage(
                doc_id=job.doc_id,
                chunk_id=f"{job.doc_id}:{i}",
                text=text,
                citation=job.citation,
                metadata={**job.metadata, "practice_area": practice_area},
            )
            for i, text in enumerate(texts)
        ]
        await _index.upsert(job.tenant_id, passages, vectors)
        await self._after_index(job, practice_area, len(passages))
        return len(passages)

    async def _after_index(self, job: IngestJob, practice_area: str, count: int) -> None:
        if container.settings.docket_webhook_url:
            try:
                await self._http.post(
                    container.settings.docket_webhook_url,
                    json={
                        "tenant_id": job.tenant_id,
                        "doc_id": job.doc_id,
                        "practice_area": practice_area,
                        "chunks": count,
                    },
                )
            except httpx.HTTPError as exc:
                logger.warning("docket webhook failed for %s: %s", job.doc_id, exc)
        match = _DEADLINE_RE.search(job.text)
        if match and job.alert_phone:
            await asyncio.to_thread(
                self._notifier.notify, job.alert_phone, job.matter or job.doc_id, match.group(1)
            )

    async def _consume(self, worker_id: int) -> None:
        while not self._stopping.is_set():
            job = await self._queue.get()
            try:
                count = await self.process(job)
                logger.info("worker %d indexed %s (%d chunks)", worker_id, job.doc_id, count)
            except Exception:
                logger.exception("worker %d failed on %s", worker_id, job.doc_id)
            finally:
                self._queue.task_done()

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, self._stopping.set)
        consumers = [asyncio.create_task(self._consume(i)) for i in range(self._concurrency)]
        await self._stopping.wait()
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
        await self._http.aclose()


async def _feed(queue: "asyncio.Queue[IngestJob]", path: str) -> None:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record: dict[str, Any] = json.loads(line)
            await queue.put(IngestJob(**record))


def main() -> None:
    parser = argparse.ArgumentParser(description="lexsearch ingest worker")
    parser.add_argument("--jobs", required=True, help="JSONL file of ingest jobs")
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    async def _run() -> None:
        queue: asyncio.Queue[IngestJob] = asyncio.Queue(maxsize=100)
        worker = IngestWorker(queue, args.concurrency)
        feeder = asyncio.create_task(_feed(queue, args.jobs))
        runner = asyncio.create_task(worker.run())
        await feeder
        await queue.join()
        worker._stopping.set()
        await runner

    asyncio.run(_run())


if __name__ == "__main__":
    main()
