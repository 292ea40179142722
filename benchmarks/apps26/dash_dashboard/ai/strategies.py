"""Small strategy registry: one function per provider that turns a prompt into
an insight. Pages pick a strategy by name (from the provider dropdown), the
Flask API exposes them at /api/insight/<provider>.
"""
from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Callable, Protocol

from google.genai import types as genai_types

from ai.clients import (
    get_anthropic_client,
    get_bedrock_runtime,
    get_genai_client,
    get_groq_client,
    get_mistral_client,
    get_openai_client,
    get_together_client,
)
from ai.prompts import INSIGHT_SYSTEM
from config import get_settings
from services.multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)
MODELS = get_settings().models


@dataclass
class InsightResult:
    provider: str
    model: str
    text: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0


class InsightStrategy(Protocol):
    def __call__(self, prompt: str, *, max_tokens: int = 600, temperature: float = 0.2) -> InsightResult: ...


STRATEGIES: dict[str, InsightStrategy] = {}


def register(name: str) -> Callable[[InsightStrategy], InsightStrategy]:
    def deco(fn: InsightStrategy) -> InsightStrategy:
        if name in STRATEGIES:
            raise ValueError(f"strategy {name!r} registered twice")
        STRATEGIES[name] = fn
        return fn

    return deco


def _ms(start: float) -> int:
    return int((time.perf_counter() - start) * 1000)


@register("openai")
def openai_insight(prompt: str, *, max_tokens: int = 600, temperature: float = 0.2) -> InsightResult:
    t0 = time.perf_counter()
    client = get_openai_client()
    resp = client.chat.completions.create(
        model=MODELS.openai_chat,
        messages=[
            {"role": "system", "content": INSIGHT_SYSTEM},
            {"role": "user", "content": prompt},
        ],
        max_tokens=max_tokens,
        temperature=temperature,
    )
    return InsightResult(
        provider="openai",
        model=resp.model,
        text=resp.choices[0].message.content or "",
        input_tokens=resp.usage.prompt_tokens,
        output_tokens=resp.usage.completion_tokens,
        latency_ms=_ms(t0),
    )


@register("anthropic")
def anthropic_insight(prompt: str, *, max_tokens: int = 600, temperature: float = 0.2) -> InsightResult:
    t0 = time.perf_counter()
    msg = get_anthropic_client().messages.create(
        model=MODELS.anthropic,
        system=INSIGHT_SYSTEM,
        max_tokens=max_tokens,
        temperature=temperature,
        messages=[{"role": "user", "content": prompt}],
    )
    text = "".join(block.text for block in msg.content if block.type == "text")
    return InsightResult("anthropic", msg.model, text, msg.usage.input_tokens, msg.usage.output_tokens, _ms(t0))


@register("gemini")
def gemini_insight(prompt: str, *, max_tokens: int = 600, temperature: float = 0.2) -> InsightResult:
    t0 = time.perf_counter()
    client = get_genai_client()
    resp = client.models.generate_content(
        model=MODELS.gemini,
        contents=prompt,
        config=genai_types.GenerateContentConfig(
            system_instruction=INSIGHT_SYSTEM,
            max_output_tokens=max_tokens,
            temperature=temperature,
        ),
    )
    usage = resp.usage_metadata
    return InsightResult(
        "gemini",
        MODELS.gemini,
        resp.text or "",
        usage.prompt_token_count or 0,
        usage.candidates_token_count or 0,
        _ms(t0),
    )


@register("mistral")
def mistral_insight(prompt: str, *, max_tokens: int = 600, temperature: float = 0.2) -> InsightResult:
    t0 = time.perf_counter()
    mistral = get_mistral_client()
    res = mistral.chat.complete(
        model=MODELS.mistral,
        messages=[
            {"role": "system", "content": INSIGHT_SYSTEM},
            {"role": "user", "content": prompt},
        ],
        max_tokens=max_tokens,
        temperature=temperature,
    )
    return InsightResult(
        "mistral", res.model, res.choices[0].message.content, res.usage.prompt_tokens,
        res.usage.completion_tokens, _ms(t0),
    )


@register("groq")
def groq_insight(prompt: str, *, max_tokens: int = 600, temperature: float = 0.2) -> InsightResult:
    t0 = time.perf_counter()
    completion = get_groq_client().chat.completions.create(
        model=MODELS.groq,
        messages=[
            {"role": "system", "content": INSIGHT_SYSTEM},
            {"role": "user", "content": prompt},
        ],
        max_tokens=max_tokens,
        temperature=temperature,
    )
    return InsightResult(
        "groq", completion.model, completion.choices[0].message.content or "",
        completion.usage.prompt_tokens, completion.usage.completion_tokens, _ms(t0),
    )


@register("together")
def together_insight(prompt: str, *, max_tokens: int = 600, temperature: float = 0.2) -> InsightResult:
    t0 = time.perf_counter()
    together = get_together_client()
    out = together.chat.completions.create(
        model=MODELS.together,
        messages=[{"role": "system", "content": INSIGHT_SYSTEM}, {"role": "user", "content": prompt}],
        max_tokens=max_tokens,
        temperature=temperature,
    )
    return InsightResult(
        "together", MODELS.together, out.choices[0].message.content or "",
        out.usage.prompt_tokens if out.usage else 0,
        out.usage.completion_tokens if out.usage else 0,
        _ms(t0),
    )


@register("bedrock")
def bedrock_insight(prompt: str, *, max_tokens: int = 600, temperature: float = 0.2) -> InsightResult:
    t0 = time.perf_counter()
    runtime = get_bedrock_runtime()
    resp = runtime.converse(
        modelId=MODELS.bedrock,
        system=[{"text": INSIGHT_SYSTEM}],
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": max_tokens, "temperature": temperature},
    )
    parts = resp["output"]["message"]["content"]
    usage = resp.get("usage", {})
    return InsightResult(
        "bedrock", MODELS.bedrock, "".join(p.get("text", "") for p in parts),
        usage.get("inputTokens", 0), usage.get("outputTokens", 0), _ms(t0),
    )


@register("tracked")
def tracked_insight(prompt: str, *, max_tokens: int = 600, temperature: float = 0.2) -> InsightResult:
    """Goes through the platform gateway; the default for new pages."""
    t0 = time.perf_counter()
    resp = asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt,
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            system=INSIGHT_SYSTEM,
            feature_context="dashboard_insight",
            max_tokens=max_tokens,
        )
    )
    return InsightResult("gateway", resp.model, resp.text, resp.input_tokens, resp.output_tokens, _ms(t0))


def run_strategy(name: str, prompt: str, **kwargs) -> InsightResult:
    try:
        strategy = STRATEGIES[name]
    except KeyError:
        log.warning("unknown strategy %s, falling back to tracked", name)
        strategy = STRATEGIES["tracked"]
    return strategy(prompt, **kwargs)


def available_strategies() -> list[str]:
    return sorted(STRATEGIES)
