"""Evaluation with LLM judges."""
from __future__ import annotations

import asyncio
import json
import logging
import statistics
from typing import Dict, List

from flytekit import Resources, task
from google.genai import types as genai_types

from labelling_flows import config, llm
from labelling_flows.images import llm_image
from labelling_flows.llm.judge import ClaudeJudge, GPTJudge, JudgeResult
from labelling_flows.llm.prompts import JUDGE_RUBRIC, render_pairwise
from labelling_flows.secrets import ANTHROPIC_SECRET, GEMINI_SECRET, OPENAI_SECRET
from labelling_flows.services.llm_usage_tracker import llm_tracker
from labelling_flows.utils.text import parse_json_reply

logger = logging.getLogger(__name__)


@task(container_image=llm_image, secret_requests=[ANTHROPIC_SECRET], retries=2, requests=Resources(cpu="1"))
def judge_with_claude(samples: List[dict]) -> List[dict]:
    judge = ClaudeJudge(client=llm.get_anthropic_client(), model=config.CLAUDE_MODEL)
    results = []
    for s in samples:
        result = judge.score(s["question"], s["answer"], s["reference"])
        results.append({"sample_id": s["id"], **result.to_dict()})
    return results


@task(container_image=llm_image, secret_requests=[OPENAI_SECRET], retries=2)
def judge_with_gpt(samples: List[dict]) -> List[dict]:
    judge = GPTJudge(llm.get_openai_client())
    return [{"sample_id": s["id"], **judge.score(s["question"], s["answer"], s["reference"]).to_dict()} for s in samples]


@task(container_image=llm_image, secret_requests=[ANTHROPIC_SECRET])
def pairwise_preference(pairs: List[dict]) -> Dict[str, float]:
    judge = ClaudeJudge(client=llm.get_anthropic_client(), model=config.CLAUDE_MODEL)
    verdicts = [judge.compare(p["question"], p["baseline"], p["candidate"]) for p in pairs]
    n = max(1, len(verdicts))
    return {
        "baseline_win": verdicts.count("A") / n,
        "candidate_win": verdicts.count("B") / n,
        "tie": verdicts.count("TIE") / n,
    }


@task(container_image=llm_image, secret_requests=[GEMINI_SECRET], retries=2)
def judge_with_gemini(samples: List[dict]) -> List[dict]:
    client = llm.get_genai_client()
    cfg = genai_types.GenerateContentConfig(
        system_instruction=JUDGE_RUBRIC,
        response_mime_type="application/json",
        temperature=0,
    )
    out = []
    for s in samples:
        response = client.models.generate_content(
            model=config.GEMINI_MODEL,
            contents=f"Question: {s['question']}\nReference: {s['reference']}\nAnswer: {s['answer']}",
            config=cfg,
        )
        result = JudgeResult.create(json.loads(response.text), judge_model=config.GEMINI_MODEL)
        out.append({"sample_id": s["id"], **result.to_dict()})
    return out


@task(container_image=llm_image, secret_requests=[GEMINI_SECRET, ANTHROPIC_SECRET], retries=1)
def pairwise_panel(pairs: List[dict]) -> List[dict]:
    """Two-judge panel (Gemini + Claude), run concurrently per pair."""
    gclient = llm.get_genai_client()
    aclient = llm.get_async_anthropic_client()

    async def _gemini(prompt: str) -> str:
        resp = await gclient.aio.models.generate_content(model=config.GEMINI_MODEL, contents=prompt)
        return (resp.text or "").strip().upper()

    async def _claude(prompt: str) -> str:
        msg = await aclient.messages.create(
            model=config.CLAUDE_FAST_MODEL,
            max_tokens=5,
            messages=[{"role": "user", "content": prompt}],
        )
        return msg.content[0].text.strip().upper()

    async def _run() -> List[dict]:
        rows = []
        for p in pairs:
            prompt = render_pairwise(p["question"], p["baseline"], p["candidate"])
            g, c = await asyncio.gather(_gemini(prompt), _claude(prompt))
            rows.append({"pair_id": p["id"], "gemini": g, "claude": c, "agree": g == c})
        return rows

    return asyncio.run(_run())


@task(container_image=llm_image, secret_requests=[ANTHROPIC_SECRET], retries=2)
def judge_tracked(samples: List[dict]) -> List[dict]:
    """Same as judge_with_claude but every call is recorded by the usage tracker."""
    client = llm.get_async_anthropic_client()

    async def _score(s: dict) -> dict:
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=config.CLAUDE_MODEL, feature_context="judge_eval"
        ) as usage_log:
            msg = await client.messages.create(
                model=config.CLAUDE_MODEL,
                max_tokens=512,
                system=JUDGE_RUBRIC,
                messages=[{"role": "user", "content": f"Q: {s['question']}\nRef: {s['reference']}\nA: {s['answer']}"}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return {"sample_id": s["id"], **parse_json_reply(msg.content[0].text)}

    async def _run() -> List[dict]:
        return list(await asyncio.gather(*[_score(s) for s in samples]))

    results = asyncio.run(_run())
    llm_tracker.flush()
    return results


@task(container_image=llm_image)
def aggregate_scores(scores: List[dict]) -> Dict[str, float]:
    by_metric: Dict[str, List[float]] = {"correctness": [], "completeness": [], "tone": []}
    for row in scores:
        for metric in by_metric:
            if metric in row:
                by_metric[metric].append(float(row[metric]))
    return {m: statistics.fmean(v) if v else 0.0 for m, v in by_metric.items()}


def cohen_kappa(a: List[str], b: List[str]) -> float:
    if len(a) != len(b) or not a:
        raise ValueError("label lists must be non-empty and of equal length")
    labels = sorted(set(a) | set(b))
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    expected = sum((a.count(label) / n) * (b.count(label) / n) for label in labels)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


@task(container_image=llm_image)
def label_agreement(joined: List[dict]) -> Dict[str, float]:
    """Accuracy and kappa of model labels against the gold set."""
    predicted = [row.get("label", "other") for row in joined]
    gold = [row["gold"] for row in joined]
    per_class: Dict[str, float] = {}
    for label in sorted(set(gold)):
        idx = [i for i, g in enumerate(gold) if g == label]
        per_class[f"recall_{label}"] = sum(predicted[i] == label for i in idx) / len(idx)
    accuracy = sum(p == g for p, g in zip(predicted, gold)) / max(1, len(gold))
    logger.info("agreement on %d tickets: acc=%.3f", len(gold), accuracy)
    return {"accuracy": accuracy, "kappa": cohen_kappa(predicted, gold), **per_class}


@task(container_image=llm_image)
def collect_disagreements(joined: List[dict], originals: List[dict], limit: int = 200) -> List[dict]:
    text_by_id = {r["id"]: r["text"] for r in originals}
    rows = [
        {**row, "text": text_by_id.get(row["id"], "")}
        for row in joined
        if row.get("label") != row["gold"]
    ]
    rows.sort(key=lambda r: float(r.get("confidence", 0.0)), reverse=True)
    return rows[:limit]
