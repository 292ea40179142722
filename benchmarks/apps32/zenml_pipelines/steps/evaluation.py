"""Evaluation pipeline steps: generate answers with candidate models, grade them."""

from __future__ import annotations

import asyncio
import logging
import statistics
from typing import Dict, List

from typing_extensions import Annotated
from zenml import get_step_context, log_metadata, step

from app.services.llm_usage_tracker import llm_tracker
from config.settings import EvalConfig, ProviderSettings
from llm import (
    get_anthropic_client,
    get_async_anthropic_client,
    get_genai_client,
    get_mistral_client,
    get_openai_client,
)
from llm.judges import Verdict, build_judge
from llm.registry import get_chat_fn
from utils.costs import CostLine, summarize_costs

logger = logging.getLogger(__name__)

ANSWER_SYSTEM = "Answer the customer's question in at most three sentences."


def _answer_with_responses_api(question: str, model: str) -> Dict:
    client = get_openai_client()
    resp = client.responses.create(
        model=model,
        instructions=ANSWER_SYSTEM,
        input=question,
        max_output_tokens=300,
    )
    return {"answer": resp.output_text, "in": resp.usage.input_tokens, "out": resp.usage.output_tokens}


def _answer_with_mistral_stream(question: str, model: str) -> Dict:
    # streaming so the eval log shows partial answers on timeouts
    parts: List[str] = []
    usage = None
    stream = get_mistral_client().chat.stream(
        model=model,
        messages=[{"role": "system", "content": ANSWER_SYSTEM}, {"role": "user", "content": question}],
    )
    for event in stream:
        chunk = event.data
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
        if chunk.usage:
            usage = chunk.usage
    return {
        "answer": "".join(parts),
        "in": usage.prompt_tokens if usage else 0,
        "out": usage.completion_tokens if usage else 0,
    }


def _answer(candidate: ProviderSettings, question: str) -> Dict:
    if candidate.provider == "openai":
        return _answer_with_responses_api(question, candidate.model)
    if candidate.provider == "mistral":
        return _answer_with_mistral_stream(question, candidate.model)
    text, tin, tout = get_chat_fn(candidate.provider)(
        candidate.model, ANSWER_SYSTEM, question, candidate.max_tokens, candidate.temperature
    )
    return {"answer": text, "in": tin, "out": tout}


@step(enable_cache=False)
def generate_candidate_answers(
    gold: List[Dict[str, str]], config: EvalConfig
) -> Annotated[List[Dict], "candidate_answers"]:
    rows: List[Dict] = []
    for candidate in config.candidates:
        for item in gold:
            out = _answer(candidate, item["question"])
            rows.append(
                {
                    "id": item["id"],
                    "model": candidate.model,
                    "provider": candidate.provider,
                    "question": item["question"],
                    "reference": item["reference"],
                    "answer": out["answer"],
                    "input_tokens": out["in"],
                    "output_tokens": out["out"],
                }
            )
    return rows


async def _tiebreak(row: Dict, model: str) -> float:
    """Ask a second Claude model when the two judges disagree a lot (tracked)."""
    client = get_async_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="eval_tiebreak"
    ) as usage_log:
        msg = await client.messages.create(
            model=model,
            max_tokens=5,
            messages=[
                {
                    "role": "user",
                    "content": f"Q: {row['question']}\nRef: {row['reference']}\nA: {row['answer']}\n"
                    "Is the answer correct? Reply 1 or 0.",
                }
            ],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return 1.0 if msg.content[0].text.strip().startswith("1") else 0.0


@step(enable_cache=False)
def judge_answers(
    answers: List[Dict], config: EvalConfig
) -> Annotated[List[Dict], "graded_answers"]:
    primary = build_judge("anthropic", client=get_anthropic_client(), model=config.judge.model)
    secondary = build_judge("google", client=get_genai_client(), model=config.second_judge.model)

    graded: List[Dict] = []
    for row in answers:
        v1: Verdict = primary.grade(row["question"], row["reference"], row["answer"])
        v2: Verdict = secondary.grade(row["question"], row["reference"], row["answer"])
        score = (v1.score + v2.score) / 2
        if abs(v1.score - v2.score) > 0.5:
            score = asyncio.run(_tiebreak(row, "claude-3-5-haiku-latest"))
        graded.append({**row, "score": score, "verdicts": [v1.to_dict(), v2.to_dict()]})
    return graded


@step
def summarize_eval(graded: List[Dict], config: EvalConfig) -> Annotated[Dict, "eval_summary"]:
    by_model: Dict[str, List[float]] = {}
    cost_lines: List[CostLine] = []
    for row in graded:
        by_model.setdefault(row["model"], []).append(row["score"])
        cost_lines.append(CostLine(row["model"], row["input_tokens"], row["output_tokens"]))
    summary = {
        model: {"mean": statistics.mean(s), "n": len(s), "passed": statistics.mean(s) >= config.pass_threshold}
        for model, s in by_model.items()
    }
    summary["costs"] = summarize_costs(cost_lines)
    ctx = get_step_context()
    log_metadata(metadata={"eval_summary": summary}, step_name=ctx.step_run.name)
    return summary
