"""Background jobs run by `jobs start`: bulk explain of saved queries, embedding snippets."""
from __future__ import annotations

import functools
import logging
import threading
from dataclasses import dataclass, field
from queue import Queue

from querysh import prompts
from querysh.db import Database
from querysh.session import Session

log = logging.getLogger(__name__)


@dataclass
class Job:
    name: str
    status: str = "pending"
    output: list[str] = field(default_factory=list)


class JobRunner:
    def __init__(self, db: Database, session: Session, clients: dict) -> None:
        self.db = db
        self.session = session
        self.clients = clients
        self.jobs: dict[str, Job] = {}
        self._queue: Queue = Queue()
        self._worker = threading.Thread(target=self._loop, daemon=True)
        self._worker.start()

    def submit(self, name: str, fn, *args) -> Job:
        job = Job(name)
        self.jobs[name] = job
        self._queue.put((job, fn, args))
        return job

    def _loop(self) -> None:
        while True:
            job, fn, args = self._queue.get()
            job.status = "running"
            try:
                fn(job, *args)
                job.status = "done"
            except Exception as exc:
                log.exception("job %s failed", job.name)
                job.status = f"failed: {exc}"

    # -- job bodies ---------------------------------------------------------
    def explain_snippets(self, job: Job, model: str = "gpt-4o-mini") -> None:
        ask = functools.partial(self.clients["openai"].chat.completions.create, model=model, temperature=0.1)
        for name, sql in self.session.snippets.items():
            result = self.db.run(sql)
            reply = ask(
                messages=[
                    {"role": "system", "content": prompts.EXPLAIN_SYSTEM},
                    {"role": "user", "content": prompts.explain_prompt(sql, result.preview(10))},
                ]
            )
            job.output.append(f"{name}: {reply.choices[0].message.content}")

    def embed_history(self, job: Job, model: str = "text-embedding-004") -> None:
        gemini = self.clients["gemini"]
        texts = [e.text for e in self.session.entries if e.kind in ("sql", "note")]
        for i in range(0, len(texts), 100):
            batch = texts[i : i + 100]
            result = gemini.models.embed_content(model=model, contents=batch)
            job.output.append(f"embedded {len(result.embeddings)} items")
