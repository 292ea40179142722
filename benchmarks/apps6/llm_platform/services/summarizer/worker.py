"""Queue worker: pops summarisation jobs from Redis and processes them.

    python -m services.summarizer.worker --concurrency 8
"""
from __future__ import annotations

import argparse
import json
import logging
import signal
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Optional

import redis
import requests

from llmkit.config import get_settings
from llmkit.container import get_container
from services.summarizer.pipeline import cover_image, headline, summarize_document

logger = logging.getLogger("summarizer.worker")


@dataclass
class SummaryJob:
    job_id: str
    doc_id: str
    text: str
    tier: str = "standard"
    confidential: bool = False
    digest: bool = False
    attempts: int = 0
    created_at: float = field(default_factory=time.time)


class JobQueue:
    def __init__(self, url: str, name: str = "summarizer:jobs") -> None:
        self._redis = redis.Redis.from_url(url)
        self.name = name

    def submit(self, job: SummaryJob) -> None:
        self._redis.lpush(self.name, json.dumps(asdict(job)))

    def pop(self, timeout: int = 5) -> Optional[SummaryJob]:
        item = self._redis.brpop([self.name], timeout=timeout)
        if item is None:
            return None
        return SummaryJob(**json.loads(item[1]))

    def save_result(self, job: SummaryJob, result: dict) -> None:
        self._redis.hset(f"summarizer:result:{job.doc_id}", mapping={k: str(v) for k, v in result.items()})


def notify_slack(text: str) -> None:
    url = get_settings().slack_webhook_url
    if not url:
        return
    try:
        requests.post(url, json={"text": text}, timeout=5)
    except requests.RequestException:
        logger.warning("slack notification failed", exc_info=True)


class SummaryWorker:
    MAX_ATTEMPTS = 3

    def __init__(self, queue: JobQueue, concurrency: int = 4) -> None:
        self.queue = queue
        self._pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="summ")
        self._slots = threading.Semaphore(concurrency)
        self._stop = threading.Event()

    def stop(self, *_: object) -> None:
        logger.info("stopping after in-flight jobs")
        self._stop.set()

    def run_forever(self) -> None:
        while not self._stop.is_set():
            job = self.queue.pop()
            if job is None:
                continue
            self._slots.acquire()
            fut = self._pool.submit(self._handle, job)
            fut.add_done_callback(lambda _f: self._slots.release())
        self._pool.shutdown(wait=True)

    def _handle(self, job: SummaryJob) -> None:
        started = time.perf_counter()
        try:
            summary = summarize_document(job.text, tier=job.tier, confidential=job.confidential)
            result = {"summary": summary, "title": headline(summary)}
            if job.digest and not job.confidential:
                result["image_url"] = cover_image(summary) or ""
            self.queue.save_result(job, result)
            logger.info("job %s done in %.1fs", job.job_id, time.perf_counter() - started)
        except Exception as exc:  # noqa: BLE001
            job.attempts += 1
            if job.attempts < self.MAX_ATTEMPTS:
                logger.warning("job %s failed (%s), requeueing", job.job_id, exc)
                self.queue.submit(job)
            else:
                logger.exception("job %s failed permanently", job.job_id)
                notify_slack(f":warning: summarizer job {job.job_id} (doc {job.doc_id}) failed: {exc}")


def main(argv: Optional[list] = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args(argv)
    logging.basicConfig(level=get_settings().log_level)

    get_container().warm(["openai", "anthropic"])
    worker = SummaryWorker(JobQueue(get_settings().redis_url), concurrency=args.concurrency)
    signal.signal(signal.SIGTERM, worker.stop)
    signal.signal(signal.SIGINT, worker.stop)
    worker.run_forever()


if __name__ == "__main__":
    main()
