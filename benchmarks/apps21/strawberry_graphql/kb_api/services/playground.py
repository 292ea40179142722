"""Model playground for the internal 'compare models' page.

Sends one prompt to several providers side by side. Internal-only, so it was never
wired into usage tracking (see KB-412 for the plan).
"""
from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from typing import Awaitable, Callable

from kb_api.llm.clients import LLMClients


@dataclass
class PlaygroundResult:
    provider: str
    model: str
    text: str
    latency_ms: float
    error: str | None = None


class Playground:
    def __init__(self, clients: LLMClients) -> None:
        self.clients = clients
        self._runners: dict[str, Callable[[str, str], Awaitable[str]]] = {
            "openai": self._run_openai,
            "gemini": self._run_gemini,
            "mistral": self._run_mistral,
            "perplexity": self._run_perplexity,
            "hf": self._run_hf,
            "replicate": self._run_replicate,
        }

    async def _run_openai(self, model: str, prompt: str) -> str:
        r = await self.clients.openai.chat.completions.create(model=model, messages=[{"role": "user", "content": prompt}])
        return r.choices[0].message.content or ""

    async def _run_gemini(self, model: str, prompt: str) -> str:
        r = await self.clients.gemini.aio.models.generate_content(model=model, contents=prompt)
        return r.text or ""

    async def _run_mistral(self, model: str, prompt: str) -> str:
        r = await self.clients.mistral.chat.complete_async(model=model, messages=[{"role": "user", "content": prompt}])
        return r.choices[0].message.content or ""

    async def _run_perplexity(self, model: str, prompt: str) -> str:
        r = await self.clients.perplexity.chat.completions.create(
            model=model, messages=[{"role": "user", "content": prompt}]
        )
        return r.choices[0].message.content or ""

    async def _run_hf(self, model: str, prompt: str) -> str:
        r = await self.clients.hf.chat_completion(messages=[{"role": "user", "content": prompt}], model=model, max_tokens=512)
        return r.choices[0].message.content or ""

    async def _run_replicate(self, model: str, prompt: str) -> str:
        out = await asyncio.to_thread(
            self.clients.replicate.run, model, input={"prompt": prompt, "max_new_tokens": 512}
        )
        return "".join(out) if not isinstance(out, str) else out

    async def compare(self, prompt: str, targets: list[tuple[str, str]]) -> list[PlaygroundResult]:
        async def one(provider: str, model: str) -> PlaygroundResult:
            start = time.perf_counter()
            try:
                text = await self._runners[provider](model, prompt)
                return PlaygroundResult(provider, model, text, (time.perf_counter() - start) * 1000)
            except Exception as exc:
                return PlaygroundResult(provider, model, "", (time.perf_counter() - start) * 1000, error=str(exc))

        return await asyncio.gather(*(one(p, m) for p, m in targets))
