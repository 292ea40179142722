"""Background job worker.

A couple of daemon threads started from wsgi.py consume a queue.Queue.
Jobs are plain dicts ``{"kind": ..., **payload}``.  Nothing durable: if the
pod restarts, queued reindex jobs are lost and the nightly cron redoes them.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from pathlib import Path

import ollama

from hrassist.services import run_sync
from hrassist.services.embeddings import make_embedder
from hrassist.services.llm_usage_tracker import llm_tracker
from hrassist.services.summarizer import AgreementSummarizer

log = logging.getLogger(__name__)

_STOP = object()


def chunk_text(text: str, size: int = 1200, overlap: int = 150) -> list[str]:
    chunks, start = [], 0
    while start < len(text):
        chunks.append(text[start : start + size])
        start += size - overlap
    return chunks


class Worker:
    def __init__(self, factory, store, notifier=None, threads: int = 2):
        self.factory = factory
        self.store = store
        self.notifier = notifier
        self.jobs: "queue.Queue[object]" = queue.Queue(maxsize=500)
        self.threads = threads
        self._threads: list[threading.Thread] = []
        self.processed = 0
        self.failed = 0
        self.summarizer = AgreementSummarizer(factory.watsonx_model())

    # -- lifecycle -------------------------------------------------------
    def start(self) -> None:
        for i in range(self.threads):
            t = threading.Thread(target=self._run, name=f"hr-worker-{i}", daemon=True)
            t.start()
            self._threads.append(t)
        log.info("started %d worker threads", self.threads)

    def stop(self, timeout: float = 5.0) -> None:
        for _ in self._threads:
            self.jobs.put(_STOP)
        for t in self._threads:
            t.join(timeout)

    def submit(self, kind: str, **payload) -> None:
        self.jobs.put_nowait({"kind": kind, **payload})

    def _run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is _STOP:
                return
            started = time.monotonic()
            try:
                handler = getattr(self, f"_do_{job['kind']}")
                handler(job)
                self.processed += 1
            except Exception:
                self.failed += 1
                log.exception("job %s failed", job.get("kind"))
            finally:
                log.info("job %s done in %.1fs", job.get("kind"), time.monotonic() - started)
                self.jobs.task_done()

    # -- handlers --------------------------------------------------------
    def _do_reindex(self, job) -> None:
        path = Path(job["path"])
        lang = job.get("lang", "en")
        text = path.read_text(encoding="utf-8")
        pieces = chunk_text(text)
        embedder = make_embedder(self.factory, lang)
        vectors = embedder.embed(pieces)
        for pos, (piece, vec) in enumerate(zip(pieces, vectors)):
            self.store.chunks.create(doc_id=path.stem, position=pos, text=piece, embedding=vec, lang=lang)

    def _do_summarize(self, job) -> None:
        summary = self.summarizer.summarize(Path(job["path"]).read_text(encoding="utf-8"))
        out = Path(job["path"]).with_suffix(".summary.md")
        out.write_text(summary, encoding="utf-8")

    def _do_translate_bulk(self, job) -> None:
        client = self.factory.together()
        for path in job["paths"]:
            src = Path(path)
            resp = client.chat.completions.create(
                model=self.factory.settings.together_model,
                messages=[
                    {"role": "system", "content": "Translate HR documents faithfully."},
                    {"role": "user", "content": f"Target language: {job['target']}\n\n{src.read_text()}"},
                ],
                max_tokens=6000,
            )
            src.with_name(f"{src.stem}.{job['target']}{src.suffix}").write_text(
                resp.choices[0].message.content or "", encoding="utf-8"
            )

    def _do_keywords(self, job) -> None:
        """Keyword tags for the intranet search facets, on the local Ollama box."""
        result = ollama.generate(
            model="llama3.1:8b",
            prompt=f"List 5 comma-separated keywords for this HR text:\n{job['text'][:4000]}",
            options={"temperature": 0},
        )
        tags = [t.strip().lower() for t in result["response"].split(",") if t.strip()]
        log.info("keywords for %s: %s", job.get("doc_id"), tags)

    def _do_weekly_digest(self, job) -> None:
        rows = self.store.questions.list(limit=200)
        questions = "\n".join(f"- {r['question']}" for r in rows)
        client = self.factory.anthropic()
        model = self.factory.settings.anthropic_model

        async def _digest():
            async with llm_tracker.track_llm_call(
                provider="anthropic", model=model, feature_context="weekly_digest"
            ) as usage_log:
                resp = client.messages.create(
                    model=model,
                    max_tokens=1200,
                    messages=[{"role": "user", "content": f"Group these employee questions by theme:\n{questions}"}],
                )
                usage_log.input_tokens = resp.usage.input_tokens
                usage_log.output_tokens = resp.usage.output_tokens
                return resp.content[0].text

        digest = run_sync(_digest())
        if self.notifier is not None:
            self.notifier.post("Weekly HR question digest", digest)


_worker: Worker | None = None


def get_worker() -> Worker | None:
    return _worker


def start_worker(factory, store, notifier=None, threads: int = 2) -> Worker:
    global _worker
    if _worker is None:
        _worker = Worker(factory, store, notifier=notifier, threads=threads)
        _worker.start()
    return _worker
