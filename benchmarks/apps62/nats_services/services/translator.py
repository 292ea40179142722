from __future__ import annotations

import asyncio
import logging
import os

from together import Together

from llm_platform.multi_model_service import TaskComplexity, multi_model_service
from services.prompts import DETECT, TRANSLATE
from svc import Service, rpc

log = logging.getLogger(__name__)

# Language detection still uses the sync client from the first version of
# this service; it runs in a thread. TODO(marta): move to the async client.
_detector = Together(api_key=os.environ.get("TOGETHER_API_KEY"))
DETECT_MODEL = "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo"


class TranslatorService(Service):
    name = "translator"
    version = "0.8.0"

    @rpc("ai.translate")
    async def translate(self, req: dict) -> dict:
        target = req.get("target", "en")
        source = req.get("source") or await self.detect(req["text"])
        if source == target:
            return {"text": req["text"], "source": source, "skipped": True}

        if req.get("tracked"):
            # new path (half migrated; the UI sends tracked=true for EU tenants)
            out = await multi_model_service.generate_response(
                prompt=TRANSLATE.generate(target=target, text=req["text"]),
                task_type="translate",
                complexity=TaskComplexity.SIMPLE,
            )
            return {"text": out, "source": source}

        resp = await self.together.chat.completions.create(
            model=self.settings.translate_model,
            messages=[{"role": "user", "content": TRANSLATE.generate(target=target, text=req["text"])}],
            temperature=0.1,
            max_tokens=2048,
        )
        return {"text": resp.choices[0].message.content.strip(), "source": source}

    @rpc("ai.translate.stream")
    async def translate_stream(self, req: dict) -> dict:
        inbox = req["inbox"]
        stream = await self.openai.chat.completions.create(
            model=self.settings.default_chat_model,
            messages=[{"role": "user", "content": TRANSLATE.generate(target=req["target"], text=req["text"])}],
            stream=True,
            stream_options={"include_usage": True},
        )
        n = 0
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                await self.nc.publish(inbox, chunk.choices[0].delta.content.encode())
                n += 1
        await self.nc.publish(inbox, b"")
        return {"chunks": n}

    @rpc("ai.detect_language")
    async def detect_language(self, req: dict) -> dict:
        return {"language": await self.detect(req["text"])}

    async def detect(self, text: str) -> str:
        resp = await asyncio.to_thread(
            _detector.chat.completions.create,
            model=DETECT_MODEL,
            messages=[{"role": "user", "content": DETECT.generate(text=text[:500])}],
            max_tokens=4,
        )
        return (resp.choices[0].message.content or "und").strip().lower()[:2]
