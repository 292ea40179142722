from __future__ import annotations

import asyncio
import logging

from nats.aio.msg import Msg

from llm_platform.multi_model_service import TaskComplexity, multi_model_service
from services.prompts import CHUNK_SUMMARY, MERGE_SUMMARY, SUMMARY
from svc import Service, rpc
from svc.codec import encode
from svc.llm.tokens import chunk_text, count_tokens

log = logging.getLogger(__name__)

LONG_DOC_TOKENS = 12_000


class SummariserService(Service):
    name = "summariser"
    version = "1.4.0"

    @rpc("ai.summarise")
    async def summarise(self, req: dict) -> dict:
        text = req["text"]
        words = str(req.get("words", 120))
        if count_tokens(text) > LONG_DOC_TOKENS:
            return {"summary": await self._summarise_long(text, words), "strategy": "map-reduce"}

        msg = await self.anthropic.messages.create(
            model=req.get("model", self.settings.summary_model),
            max_tokens=1024,
            system="You are a careful summariser for an internal knowledge base.",
            messages=[{"role": "user", "content": SUMMARY.generate(words=words, text=text)}],
        )
        summary = "".join(b.text for b in msg.content if b.type == "text")
        return {"summary": summary, "model": msg.model, "strategy": "single"}

    @rpc("ai.summarise.tracked")
    async def summarise_tracked(self, req: dict) -> dict:
        # the new path; once the dashboards are migrated ai.summarise will use this too
        summary = await multi_model_service.generate_response(
            prompt=SUMMARY.generate(words=str(req.get("words", 120)), text=req["text"]),
            task_type="summarise",
            complexity=TaskComplexity.MODERATE,
        )
        return {"summary": summary}

    @rpc("ai.summarise.stream", raw=True)
    async def summarise_stream(self, msg: Msg) -> bytes:
        """Streams partial text to ``req['inbox']`` and replies with the final summary."""
        from svc.codec import decode

        req = decode(msg.data)
        inbox = req.get("inbox")
        parts: list[str] = []
        async with self.anthropic.messages.stream(
            model=self.settings.summary_model,
            max_tokens=1024,
            messages=[{"role": "user", "content": SUMMARY.generate(words="150", text=req["text"])}],
        ) as stream:
            async for delta in stream.text_stream:
                parts.append(delta)
                if inbox:
                    await self.nc.publish(inbox, delta.encode())
        if inbox:
            await self.nc.publish(inbox, b"", headers={"Status": "EOF"})
        return encode({"ok": True, "summary": "".join(parts)})

    @rpc("ai.summarise.batch")
    async def summarise_batch(self, req: dict) -> dict:
        """Queue many documents for the JetStream batch worker; returns job ids."""
        import uuid

        js = self.nc.jetstream()
        job_ids = []
        for doc in req["documents"]:
            job_id = uuid.uuid4().hex
            await js.publish("batch.summarise", encode({"job_id": job_id, "text": doc}))
            job_ids.append(job_id)
        return {"jobs": job_ids, "results_subject": "results.summarise.*"}

    async def _summarise_chunk(self, chunk: str) -> str:
        resp = await self.openai.chat.completions.create(
            model=self.settings.default_chat_model,
            messages=[{"role": "user", "content": CHUNK_SUMMARY.generate(text=chunk)}],
            temperature=0.2,
        )
        return resp.choices[0].message.content or ""

    async def _summarise_long(self, text: str, words: str) -> str:
        chunks = chunk_text(text, max_tokens=3000)
        partials = await asyncio.gather(*(self._summarise_chunk(c) for c in chunks))
        backend = self.registry.backend("anthropic")
        merged = await backend.complete(
            [{"role": "user", "content": MERGE_SUMMARY.generate(words=words, text="\n---\n".join(partials))}],
            model=self.settings.summary_model,
        )
        return merged.text
