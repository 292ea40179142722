"""Nightly regression evals.

Runs the golden prompt set against every Fireworks-hosted candidate model
and has Claude grade the answers against the references. Scores go to the
``gateway-eval-scores`` Dict, which the admin dashboard reads.
"""
from __future__ import annotations

import json
import statistics
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Dict, List

import modal

from gateway.app import ALL_SECRETS, app, image
from gateway.config import get_settings
from gateway.providers.clients import anthropic_client, fireworks_openai_compat
from gateway.observability import get_logger

log = get_logger(__name__)

golden = modal.Volume.from_name("gateway-golden-sets")
scores = modal.Dict.from_name("gateway-eval-scores", create_if_missing=True)

CANDIDATES = [
    "accounts/fireworks/models/deepseek-v3",
    "accounts/fireworks/models/llama-v3p3-70b-instruct",
    "accounts/fireworks/models/qwen2p5-72b-instruct",
]

GRADER_SYSTEM = (
    "You grade model answers against a reference. Reply with a JSON object "
    '{"score": <integer 1-5>, "reason": "<one sentence>"} and nothing else.'
)


def _grade(question: str, reference: str, answer: str) -> Dict[str, Any]:
    judge = anthropic_client()
    msg = judge.messages.create(
        model=get_settings().judge_model,
        max_tokens=200,
        system=GRADER_SYSTEM,
        messages=[
            {
                "role": "user",
                "content": f"Question:\n{question}\n\nReference:\n{reference}\n\nAnswer:\n{answer}",
            }
        ],
    )
    try:
        return json.loads(msg.content[0].text)
    except (json.JSONDecodeError, IndexError):
        return {"score": 0, "reason": "unparseable grade"}


@app.function(image=image, secrets=ALL_SECRETS, volumes={"/golden": golden}, schedule=modal.Cron("30 3 * * *"), timeout=3600)
def nightly_evals(max_items: int = 200) -> Dict[str, float]:
    with open("/golden/general_v3.jsonl") as fh:
        items: List[Dict[str, str]] = [json.loads(l) for l in fh][:max_items]

    fw = fireworks_openai_compat()
    summary: Dict[str, float] = {}
    with ThreadPoolExecutor(max_workers=8) as pool:
        for model in CANDIDATES:
            futures = [
                pool.submit(
                    fw.chat.completions.create,
                    model=model,
                    messages=[{"role": "user", "content": item["question"]}],
                    max_tokens=512,
                    temperature=0.0,
                )
                for item in items
            ]
            graded = []
            for item, fut in zip(items, futures):
                try:
                    answer = fut.result().choices[0].message.content or ""
                except Exception as exc:
                    log.warning("eval_generation_failed", model=model, error=str(exc)[:200])
                    continue
                graded.append(_grade(item["question"], item["reference"], answer).get("score", 0))
            mean = statistics.mean(graded) if graded else 0.0
            summary[model] = round(mean, 3)
            log.info("eval_model_done", model=model, n=len(graded), mean=mean)

    scores["latest"] = summary
    return summary
