"""PromptJob execution.

A PromptJob is a one-shot (or small batch) prompt run against a provider,
used by teams for evals, backfills and "does this prompt still work" checks.
Results go to .status (truncated) and a ConfigMap.

Note: this module predates the provider registry; google/mistral paths still
call the SDK clients directly. PLAT-1423 tracks moving them behind adapters.
"""
from __future__ import annotations

import asyncio
import dataclasses
import logging
from typing import Any

from google.genai import types

from aiops_operator.providers import CompletionRequest, Message, ProviderRegistry
from aiops_operator.services.llm_usage_tracker import llm_tracker
from aiops_operator.services.multi_model_service import TaskComplexity, multi_model_service
from aiops_operator.utils import PromptTemplate

logger = logging.getLogger(__name__)

STATUS_OUTPUT_LIMIT = 2000


@dataclasses.dataclass
class JobResult:
    outputs: list[str]
    input_tokens: int = 0
    output_tokens: int = 0
    model: str = ""

    def summary(self) -> dict[str, Any]:
        first = self.outputs[0] if self.outputs else ""
        return {
            "count": len(self.outputs),
            "preview": first[:STATUS_OUTPUT_LIMIT],
            "inputTokens": self.input_tokens,
            "outputTokens": self.output_tokens,
            "model": self.model,
        }


class PromptJobRunner:
    def __init__(
        self,
        *,
        registry: ProviderRegistry,
        bedrock=None,
        genai=None,
        mistral=None,
        tenant: str | None = None,
    ):
        self.registry = registry
        self.bedrock = bedrock
        self.genai = genai
        self.mistral = mistral
        self.tenant = tenant

    @classmethod
    def from_memo(cls, memo, tenant: str | None = None) -> "PromptJobRunner":
        return cls(
            registry=memo.registry,
            bedrock=memo.get("bedrock"),
            genai=memo.get("genai"),
            mistral=memo.get("mistral"),
            tenant=tenant,
        )

    async def run(self, spec: dict) -> JobResult:
        provider = spec.get("provider", "litellm")
        model = spec["model"]
        template = PromptTemplate(spec["prompt"], name=spec.get("templateName", "inline"))
        variables = spec.get("variables", [{}])
        prompts = [template.render(**v) for v in variables]
        system = spec.get("system")

        if spec.get("conversation"):
            return await self._run_conversation(model, spec["conversation"], system)

        outputs: list[str] = []
        result = JobResult(outputs=outputs, model=model)
        for prompt in prompts:
            if provider == "litellm":
                text = await multi_model_service.generate_response(
                    prompt=prompt,
                    task_type="prompt_job",
                    complexity=TaskComplexity.AGENTIC if spec.get("agentic") else TaskComplexity.SIMPLE,
                    system=system,
                    model=model,
                )
                outputs.append(text)
            elif provider == "bedrock":
                outputs.append(await self._bedrock(model, prompt, system, result))
            elif provider == "google":
                outputs.append(await self._gemini(model, prompt, system, result))
            elif provider == "mistral":
                outputs.append(await self._mistral(model, prompt, system, result))
            else:
                adapter = self.registry.get(provider)
                req = CompletionRequest(model=model, messages=[Message("user", prompt)], system=system)
                completion = await adapter.acomplete(req)
                result.input_tokens += completion.input_tokens
                result.output_tokens += completion.output_tokens
                outputs.append(completion.text)
        return result

    async def _bedrock(self, model: str, prompt: str, system: str | None, result: JobResult) -> str:
        kwargs: dict[str, Any] = {
            "modelId": model,
            "messages": [{"role": "user", "content": [{"text": prompt}]}],
            "inferenceConfig": {"maxTokens": 1024},
        }
        if system:
            kwargs["system"] = [{"text": system}]
        async with llm_tracker.track_llm_call(
            provider="bedrock", model=model, feature_context="prompt_job", tenant=self.tenant
        ) as usage_log:
            resp = await asyncio.to_thread(self.bedrock.converse, **kwargs)
            usage_log.input_tokens = resp["usage"]["inputTokens"]
            usage_log.output_tokens = resp["usage"]["outputTokens"]
        result.input_tokens += resp["usage"]["inputTokens"]
        result.output_tokens += resp["usage"]["outputTokens"]
        return "".join(b.get("text", "") for b in resp["output"]["message"]["content"])

    async def _gemini(self, model: str, prompt: str, system: str | None, result: JobResult) -> str:
        resp = await self.genai.aio.models.generate_content(
            model=model,
            contents=prompt,
            config=types.GenerateContentConfig(system_instruction=system, max_output_tokens=1024),
        )
        if resp.usage_metadata:
            result.input_tokens += resp.usage_metadata.prompt_token_count or 0
            result.output_tokens += resp.usage_metadata.candidates_token_count or 0
        return resp.text or ""

    async def _mistral(self, model: str, prompt: str, system: str | None, result: JobResult) -> str:
        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": prompt})
        resp = await asyncio.to_thread(
            self.mistral.chat.complete,
            model=model,
            messages=messages,
            max_tokens=1024,
        )
        result.input_tokens += resp.usage.prompt_tokens
        result.output_tokens += resp.usage.completion_tokens
        return resp.choices[0].message.content

    async def _run_conversation(self, model: str, turns: list[str], system: str | None) -> JobResult:
        """Multi-turn scripted conversation; Gemini only for now."""
        if self.genai is None:
            raise ValueError("conversation mode needs the google provider")
        chat = self.genai.chats.create(
            model=model,
            config=types.GenerateContentConfig(system_instruction=system),
        )
        outputs = []
        for turn in turns:
            reply = chat.send_message(turn)
            outputs.append(reply.text or "")
        return JobResult(outputs=outputs, model=model)
