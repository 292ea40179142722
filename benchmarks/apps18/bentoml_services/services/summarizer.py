"""Summarization service.

``summarize`` is the low-latency path (gpt-4o-mini); ``summarize_long`` does a
map-reduce over Bedrock Claude for documents past the context budget.
``summarize_chunk`` is also used by ``jobs/nightly_summaries.py``.
"""

from __future__ import annotations

import logging
from typing import AsyncGenerator, Generator

import bentoml
from pydantic import Field

from mlserve.clients import get_bedrock_runtime, get_openai_client
from mlserve.config import get_settings
from mlserve.costs import count_tokens, estimate_cost_usd
from mlserve.prompts import SUMMARY_SYSTEM, summary_prompt
from mlserve.providers import WatsonxProvider
from mlserve.services.llm_usage_tracker import llm_tracker
from mlserve.services.multi_model_service import TaskComplexity, multi_model_service
from mlserve.types import SummarizeRequest, SummarizeResponse
from mlserve.utils import normalize, split_paragraphs

logger = logging.getLogger("bentoml.summarizer")

REDUCE_PROMPT = (
    "Combine the partial summaries below into one coherent summary. "
    "Remove repetition, keep every number and named entity."
)


def summarize_chunk(runtime, chunk: str, model_id: str, max_tokens: int = 400) -> str:
    """One Bedrock Converse round-trip. ``runtime`` is a bedrock-runtime client."""
    response = runtime.converse(
        modelId=model_id,
        system=[{"text": SUMMARY_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": summary_prompt(chunk, "paragraph", 200)}]}],
        inferenceConfig={"maxTokens": max_tokens, "temperature": 0.1},
    )
    usage = response["usage"]
    logger.debug("bedrock chunk in=%s out=%s", usage["inputTokens"], usage["outputTokens"])
    return response["output"]["message"]["content"][0]["text"]


@bentoml.service(
    resources={"cpu": "1", "memory": "1Gi"},
    traffic={"timeout": 300, "concurrency": 32},
    workers=2,
)
class Summarizer:
    def __init__(self) -> None:
        self.settings = get_settings().summarizer
        self.client = get_openai_client()
        self.bedrock = get_bedrock_runtime()
        self.granite = WatsonxProvider()
        logger.info("summarizer ready (provider=%s model=%s)", self.settings.provider, self.settings.model)

    def _messages(self, req: SummarizeRequest) -> list[dict[str, str]]:
        return [
            {"role": "system", "content": SUMMARY_SYSTEM},
            {"role": "user", "content": summary_prompt(normalize(req.text), req.style, req.max_words)},
        ]

    @bentoml.api
    def summarize(self, request: SummarizeRequest) -> SummarizeResponse:
        if len(request.text) > self.settings.max_input_chars:
            text = self.summarize_long(request.text)
            return SummarizeResponse(summary=text, model=self.settings.long_model, provider="bedrock")
        completion = self.client.chat.completions.create(
            model=self.settings.model,
            messages=self._messages(request),
            temperature=self.settings.temperature,
            max_tokens=request.max_words * 3,
            user=request.tenant_id,
        )
        usage = completion.usage
        return SummarizeResponse(
            summary=completion.choices[0].message.content or "",
            model=completion.model,
            provider="openai",
            input_tokens=usage.prompt_tokens if usage else 0,
            output_tokens=usage.completion_tokens if usage else 0,
        )

    @bentoml.api
    def summarize_long(self, text: str, max_chunk_chars: int = Field(default=12_000, ge=1000)) -> str:
        chunks = split_paragraphs(text, max_chars=max_chunk_chars)
        partials = [summarize_chunk(self.bedrock, c, self.settings.long_model) for c in chunks]
        if len(partials) == 1:
            return partials[0]
        return summarize_chunk(
            self.bedrock, REDUCE_PROMPT + "\n\n" + "\n\n".join(partials), self.settings.long_model, 800
        )

    @bentoml.api
    def summarize_stream(self, text: str, style: str = "paragraph") -> Generator[str, None, None]:
        req = SummarizeRequest(text=text, style=style)  # type: ignore[arg-type]
        stream = self.client.chat.completions.create(
            model=self.settings.model,
            messages=self._messages(req),
            stream=True,
        )
        for chunk in stream:
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                yield delta

    @bentoml.api
    async def summarize_tracked(self, request: SummarizeRequest) -> SummarizeResponse:
        """Preferred path for new callers (PLAT-412)."""
        complexity = TaskComplexity.STANDARD if len(request.text) > 8000 else TaskComplexity.SIMPLE
        summary = await multi_model_service.generate_response(
            prompt=summary_prompt(normalize(request.text), request.style, request.max_words),
            task_type="summarize",
            complexity=complexity,
            system_prompt=SUMMARY_SYSTEM,
            tenant_id=request.tenant_id,
        )
        return SummarizeResponse(
            summary=summary, model=multi_model_service.pick_model(complexity), provider="openai"
        )

    @bentoml.api
    async def summarize_granite(self, request: SummarizeRequest) -> SummarizeResponse:
        async with llm_tracker.track_llm_call(
            provider="watsonx",
            model=self.granite.model_id,
            feature_context="summarize_granite",
            tenant_id=request.tenant_id,
        ) as usage_log:
            result = self.granite.complete(self._messages(request), max_tokens=request.max_words * 3)
            usage_log.input_tokens = result.input_tokens
            usage_log.output_tokens = result.output_tokens
        return SummarizeResponse(
            summary=result.text,
            model=result.model,
            provider="watsonx",
            input_tokens=result.input_tokens,
            output_tokens=result.output_tokens,
        )

    @bentoml.api
    def estimate(self, request: SummarizeRequest) -> dict[str, float]:
        """Pre-flight cost estimate shown in the internal playground."""
        prompt_tokens = count_tokens(request.text, self.settings.model)
        return {
            "prompt_tokens": float(prompt_tokens),
            "usd": estimate_cost_usd(self.settings.model, prompt_tokens, request.max_words * 2),
        }
