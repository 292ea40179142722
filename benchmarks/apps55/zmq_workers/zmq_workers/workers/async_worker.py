"""asyncio worker (zmq.asyncio) for latency-sensitive interactive jobs.

Handlers are coroutines, so one process can have many LLM calls in flight.
"""
from __future__ import annotations

import asyncio
import logging
import os
import socket
from typing import Any, Awaitable, Callable

import zmq
import zmq.asyncio
from google.genai import types

from ..config import get_settings
from ..framing import W_HEARTBEAT, W_READY, W_REPLY, W_REQUEST, pack, unpack
from ..llm import (
    get_async_anthropic_client,
    get_async_openai_client,
    get_genai_client,
    make_async_voyage_client,
)
from ..protocol import Job, JobResult, JobStatus
from ..services.llm_usage_tracker import llm_tracker
from ..services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)

AsyncHandler = Callable[[Job], Awaitable[Any]]


class AsyncWorker:
    name = "interactive"

    def __init__(self, concurrency: int = 16) -> None:
        self.settings = get_settings()
        self.ctx = zmq.asyncio.Context.instance()
        self.identity = f"{self.name}-{socket.gethostname()}-{os.getpid()}".encode()
        self.sem = asyncio.Semaphore(concurrency)
        self.oai = get_async_openai_client()
        self.claude = get_async_anthropic_client()
        self.genai = get_genai_client()
        self.voyage = make_async_voyage_client()
        self.handlers: dict[str, AsyncHandler] = {
            "answer": self.answer,
            "chat_summary": self.chat_summary,
            "classify_tracked": self.classify_tracked,
            "gemini_summary": self.gemini_summary,
            "gemini_stream": self.gemini_stream,
            "embed_query": self.embed_query,
            "draft_reply": self.draft_reply,
            "cover_image": self.cover_image,
        }
        self.sock: zmq.asyncio.Socket | None = None

    # ---------------------------------------------------------------- handlers
    async def answer(self, job: Job) -> dict:
        resp = await self.oai.responses.create(
            model="gpt-4o-mini",
            instructions="Answer using only the provided context. Say 'I don't know' otherwise.",
            input=f"Context:\n{job.payload['context']}\n\nQuestion: {job.payload['question']}",
        )
        return {"answer": resp.output_text}

    async def chat_summary(self, job: Job) -> dict:
        summary = await multi_model_service.generate_response(
            prompt="Summarize this conversation:\n" + "\n".join(job.payload["messages"]),
            task_type="chat_summary",
            complexity=TaskComplexity.SIMPLE,
            tenant=job.tenant,
        )
        return {"summary": summary}

    async def classify_tracked(self, job: Job) -> dict:
        model = "claude-3-5-haiku-latest"
        async with llm_tracker.track_llm_call(provider="anthropic", model=model,
                                              feature_context="classify", tenant=job.tenant) as usage_log:
            msg = await self.claude.messages.create(
                model=model,
                max_tokens=8,
                messages=[{"role": "user", "content": f"Label as safe/unsafe:\n{job.payload['text']}"}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return {"label": msg.content[0].text.strip()}

    async def gemini_summary(self, job: Job) -> dict:
        resp = await self.genai.aio.models.generate_content(
            model=self.settings.gemini_model,
            contents=job.payload["text"],
            config=types.GenerateContentConfig(system_instruction="Summarize in 3 sentences."),
        )
        return {"summary": resp.text}

    async def gemini_stream(self, job: Job) -> dict:
        parts: list[str] = []
        async for chunk in await self.genai.aio.models.generate_content_stream(
            model=self.settings.gemini_model,
            contents=job.payload["prompt"],
        ):
            if chunk.text:
                parts.append(chunk.text)
                await self._progress(job, chunk.text)
        return {"text": "".join(parts)}

    async def embed_query(self, job: Job) -> dict:
        if job.payload.get("provider") == "openai":
            res = await self.oai.embeddings.create(model="text-embedding-3-small", input=job.payload["query"])
            return {"embedding": res.data[0].embedding}
        res = await self.voyage.embed([job.payload["query"]], model=self.settings.embed_model, input_type="query")
        return {"embedding": res.embeddings[0]}

    async def draft_reply(self, job: Job) -> dict:
        text: list[str] = []
        async with self.claude.messages.stream(
            model="claude-3-5-sonnet-latest",
            max_tokens=800,
            system="You draft polite, concise customer support replies.",
            messages=[{"role": "user", "content": job.payload["ticket"]}],
        ) as stream:
            async for delta in stream.text_stream:
                text.append(delta)
                await self._progress(job, delta)
        return {"draft": "".join(text)}

    async def cover_image(self, job: Job) -> dict:
        img = await self.oai.images.generate(
            model="dall-e-3",
            prompt=f"Minimal flat illustration for an article titled: {job.payload['title']}",
            size="1024x1024",
            n=1,
        )
        return {"url": img.data[0].url}

    # ---------------------------------------------------------------- plumbing
    async def _progress(self, job: Job, delta: str) -> None:
        # progress frames are best-effort; the broker forwards them as events
        log.debug("job %s +%d chars", job.job_id, len(delta))

    async def _handle(self, client_addr: bytes, payload: bytes) -> None:
        async with self.sem:
            job = Job.from_dict(unpack(payload))
            handler = self.handlers.get(job.job_type)
            if handler is None:
                result = JobResult(job.job_id, JobStatus.REJECTED.value, error="unsupported")
            else:
                try:
                    result = JobResult(job.job_id, JobStatus.OK.value, result=await handler(job), worker=self.name)
                except Exception as exc:  # noqa: BLE001
                    log.exception("job %s failed", job.job_id)
                    result = JobResult(job.job_id, JobStatus.ERROR.value, error=str(exc), worker=self.name)
            await self.sock.send_multipart([b"", W_REPLY, client_addr, b"", pack(result.to_dict())])

    async def _heartbeat(self) -> None:
        interval = self.settings.broker.heartbeat_interval_ms / 1000
        while True:
            await asyncio.sleep(interval)
            await self.sock.send_multipart([b"", W_HEARTBEAT])

    async def run(self) -> None:
        self.sock = self.ctx.socket(zmq.DEALER)
        self.sock.setsockopt(zmq.IDENTITY, self.identity)
        self.sock.connect(self.settings.backend_url)
        await self.sock.send_multipart([b"", W_READY, *[k.encode() for k in self.handlers]])
        hb = asyncio.create_task(self._heartbeat())
        tasks: set[asyncio.Task] = set()
        try:
            while True:
                _, command, *rest = await self.sock.recv_multipart()
                if command == W_REQUEST:
                    client_addr, _, payload = rest
                    t = asyncio.create_task(self._handle(client_addr, payload))
                    tasks.add(t)
                    t.add_done_callback(tasks.discard)
        finally:
            hb.cancel()
            self.sock.close(linger=0)


def main() -> None:
    logging.basicConfig(level=logging.INFO)
    asyncio.run(AsyncWorker().run())


if __name__ == "__main__":
    main()
