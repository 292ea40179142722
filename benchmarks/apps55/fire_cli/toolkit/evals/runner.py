"""Runs a prompt file against one model and scores the outputs."""
from __future__ import annotations

import asyncio
import re
import statistics
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from mlplatform.services.llm_usage_tracker import llm_tracker

from toolkit.io_utils import render
from toolkit.providers.registry import ModelSpec, resolve_model

_WS = re.compile(r"\s+")


def normalize(text: str) -> str:
    return _WS.sub(" ", text.strip().lower())


def exact_match(pred: str, gold: str) -> float:
    return float(normalize(pred) == normalize(gold))


def contains(pred: str, gold: str) -> float:
    return float(normalize(gold) in normalize(pred))


def token_f1(pred: str, gold: str) -> float:
    p, g = normalize(pred).split(), normalize(gold).split()
    if not p or not g:
        return float(p == g)
    common = Counter(p) & Counter(g)
    overlap = sum(common.values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / len(p), overlap / len(g)
    return 2 * precision * recall / (precision + recall)


METRICS = {"exact": exact_match, "contains": contains, "f1": token_f1}


def aggregate(scores: list[float]) -> dict[str, float]:
    if not scores:
        return {"mean": 0.0, "stdev": 0.0, "n": 0}
    return {
        "mean": statistics.fmean(scores),
        "stdev": statistics.pstdev(scores) if len(scores) > 1 else 0.0,
        "n": len(scores),
    }


@dataclass
class CaseResult:
    case_id: str
    output: str
    score: float
    latency_s: float
    prompt_tokens: int = 0
    completion_tokens: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


class EvalRunner:
    """Holds the clients it needs; one runner per model under test."""

    def __init__(self, ctx, model: str, metric: str = "contains", temperature: float = 0.0):
        self.ctx = ctx
        self.spec: ModelSpec = resolve_model(model)
        self.metric = METRICS[metric]
        self.temperature = temperature
        self.client = ctx.client_for(self.spec.provider) if self.spec.provider != "litellm" else None

    def _messages(self, system: str, template: str, case: dict) -> list[dict]:
        msgs = []
        if system:
            msgs.append({"role": "system", "content": system})
        msgs.append({"role": "user", "content": render(template, case.get("vars", case))})
        return msgs

    def _call(self, messages: list[dict]) -> tuple[str, int, int]:
        if self.spec.provider == "openai":
            resp = self.client.chat.completions.create(
                model=self.spec.model_id,
                messages=messages,
                temperature=self.temperature,
            )
            return resp.choices[0].message.content or "", resp.usage.prompt_tokens, resp.usage.completion_tokens
        if self.spec.provider == "anthropic":
            system = next((m["content"] for m in messages if m["role"] == "system"), None)
            resp = self.client.messages.create(
                model=self.spec.model_id,
                max_tokens=1024,
                temperature=self.temperature,
                system=system or "",
                messages=[m for m in messages if m["role"] != "system"],
            )
            return resp.content[0].text, resp.usage.input_tokens, resp.usage.output_tokens
        if self.spec.provider == "huggingface":
            out = self.client.chat_completion(messages=messages, model=self.spec.model_id, temperature=self.temperature or None)
            usage = out.usage
            return out.choices[0].message.content, usage.prompt_tokens, usage.completion_tokens
        if self.spec.provider == "together":
            resp = self.client.chat.completions.create(model=self.spec.model_id, messages=messages, temperature=self.temperature)
            return resp.choices[0].message.content, resp.usage.prompt_tokens, resp.usage.completion_tokens
        raise ValueError(f"provider {self.spec.provider} not supported by EvalRunner; use run_tracked")

    def run(self, prompt_spec: dict, limit: int | None = None) -> list[CaseResult]:
        cases = prompt_spec["cases"][:limit] if limit else prompt_spec["cases"]
        results = []
        for i, case in enumerate(cases):
            messages = self._messages(prompt_spec["system"], prompt_spec["template"], case)
            t0 = time.perf_counter()
            output, pt, ct = self._call(messages)
            score = self.metric(output, str(case.get("expected", "")))
            results.append(CaseResult(str(case.get("id", i)), output, score, time.perf_counter() - t0, pt, ct))
        return results

    async def run_tracked(self, prompt_spec: dict, limit: int | None = None) -> list[CaseResult]:
        """Variant used by the nightly job: every request goes through llm_tracker."""
        import litellm

        cases = prompt_spec["cases"][:limit] if limit else prompt_spec["cases"]
        results = []
        for i, case in enumerate(cases):
            messages = self._messages(prompt_spec["system"], prompt_spec["template"], case)
            t0 = time.perf_counter()
            async with llm_tracker.track_llm_call(
                provider=self.spec.provider,
                model=self.spec.model_id,
                feature_context="mltk_eval_nightly",
            ) as usage_log:
                response = await litellm.acompletion(
                    model=self.spec.model_id,
                    messages=messages,
                    temperature=self.temperature,
                )
                usage_log.input_tokens = response.usage.prompt_tokens
                usage_log.output_tokens = response.usage.completion_tokens
            output = response.choices[0].message.content
            score = self.metric(output, str(case.get("expected", "")))
            results.append(
                CaseResult(
                    str(case.get("id", i)),
                    output,
                    score,
                    time.perf_counter() - t0,
                    response.usage.prompt_tokens,
                    response.usage.completion_tokens,
                )
            )
            await asyncio.sleep(0)
        return results

    @staticmethod
    def summarize(results: list[CaseResult]) -> dict[str, Any]:
        agg = aggregate([r.score for r in results])
        agg["prompt_tokens"] = sum(r.prompt_tokens for r in results)
        agg["completion_tokens"] = sum(r.completion_tokens for r in results)
        agg["p50_latency_s"] = sorted(r.latency_s for r in results)[len(results) // 2] if results else 0.0
        return agg
