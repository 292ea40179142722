"""Provider-agnostic runner used by the ``run_prompt_batch`` component.

Half-migrated: the ``tracked`` mode goes through multi_model_service, the
``direct`` mode still calls the SDK clients kept in ``self._clients``.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

from llm_batch import clients as client_factories
from llm_batch.config import load_settings
from llm_batch.cost import completion_cost
from llm_batch.services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


@dataclass
class RunStats:
    requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    failures: list = field(default_factory=list)


class PromptBatchRunner:
    def __init__(self, provider: str, model: str | None = None):
        self.provider = provider
        self.settings = load_settings()
        self.model = model or {
            "google": self.settings.gemini_model,
            "anthropic": self.settings.claude_model,
            "openai": self.settings.openai_model,
            "cohere": "command-r-plus-08-2024",
        }[provider]
        self._clients = {
            "google": client_factories.get_genai_client,
            "anthropic": client_factories.get_anthropic_vertex,
            "openai": client_factories.get_openai,
            "cohere": client_factories.get_cohere,
        }
        self.stats = RunStats()

    def _client(self):
        return self._clients[self.provider]()

    def run_direct(self, prompt: str) -> str:
        client = self._client()
        if self.provider == "google":
            r = client.models.generate_content(model=self.model, contents=prompt)
            self._account(r.usage_metadata.prompt_token_count, r.usage_metadata.candidates_token_count)
            return r.text
        if self.provider == "anthropic":
            r = client.messages.create(model=self.model, max_tokens=1024, messages=[{"role": "user", "content": prompt}])
            self._account(r.usage.input_tokens, r.usage.output_tokens)
            return r.content[0].text
        if self.provider == "openai":
            r = client.chat.completions.create(model=self.model, messages=[{"role": "user", "content": prompt}])
            self._account(r.usage.prompt_tokens, r.usage.completion_tokens)
            return r.choices[0].message.content
        r = client.chat(model=self.model, messages=[{"role": "user", "content": prompt}])
        self._account(int(r.usage.tokens.input_tokens), int(r.usage.tokens.output_tokens))
        return r.message.content[0].text

    async def run_tracked(self, prompt: str, task_type: str) -> str:
        complexity = TaskComplexity.AGENTIC if self.provider == "anthropic" else TaskComplexity.SIMPLE
        return await multi_model_service.generate_response(prompt=prompt, task_type=task_type, complexity=complexity)

    def run(self, prompts: list[str], mode: str = "direct", task_type: str = "prompt_batch") -> list[str | None]:
        out: list[str | None] = []
        for i, p in enumerate(prompts):
            try:
                if mode == "tracked":
                    out.append(asyncio.run(self.run_tracked(p, task_type)))
                else:
                    out.append(self.run_direct(p))
            except Exception as exc:  # noqa: BLE001
                log.exception("prompt %d failed", i)
                self.stats.failures.append((i, repr(exc)))
                out.append(None)
        return out

    def _account(self, tin: int, tout: int) -> None:
        self.stats.requests += 1
        self.stats.input_tokens += tin or 0
        self.stats.output_tokens += tout or 0
        self.stats.cost_usd += completion_cost(self.model, tin or 0, tout or 0)
