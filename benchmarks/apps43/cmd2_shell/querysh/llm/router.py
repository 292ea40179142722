"""Task router: picks a provider per task and caches answers.

Half-migrated: `summary` and `rank` go straight to the SDK clients; `chat` was moved to
multi_model_service in 0.7 but the others have not been ported yet.
"""
from __future__ import annotations

import asyncio
from typing import Any

from querysh.llm.cache import CacheKey, ResponseCache
from querysh.services.multi_model_service import TaskComplexity, multi_model_service


class TaskRouter:
    def __init__(self, registry: dict[str, Any], cache: ResponseCache | None = None) -> None:
        self.registry = registry
        self.cache = cache

    def _cached(self, provider: str, model: str, prompt: str) -> tuple[str, str | None]:
        key = CacheKey.generate(provider, model, prompt)
        return key, self.cache.get(key) if self.cache else None

    def chat(self, prompt: str) -> str:
        # ported (0.7): tracked path
        return asyncio.run(multi_model_service.generate_response(prompt=prompt, task_type="chat"))

    def summary(self, prompt: str, model: str = "gpt-4o-mini") -> str:
        key, hit = self._cached("openai", model, prompt)
        if hit is not None:
            return hit
        response = self.registry["openai"].responses.create(
            model=model,
            instructions="Summarise for a data analyst. Be concise.",
            input=prompt,
        )
        text = response.output_text
        if self.cache:
            self.cache.put(key, text)
        return text

    def classify_question(self, question: str) -> str:
        """Is this a SQL question, a stats question or a general one?"""
        co = self.registry["cohere"]
        res = co.chat(
            model="command-r",
            messages=[
                {"role": "system", "content": "Reply with exactly one word: sql, stats or general."},
                {"role": "user", "content": question},
            ],
            temperature=0,
        )
        label = (res.message.content[0].text if res.message.content else "general").strip().lower()
        return label if label in {"sql", "stats", "general"} else "general"

    def agentic_sql(self, prompt: str) -> str:
        return asyncio.run(
            multi_model_service.generate_response(prompt=prompt, task_type="sql", complexity=TaskComplexity.AGENTIC)
        )
