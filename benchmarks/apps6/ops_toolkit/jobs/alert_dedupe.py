"""Collapse duplicate alerts fired in the last hour into one incident.

cron: */15 * * * *  python jobs/alert_dedupe.py
"""
from __future__ import annotations

import asyncio
import json
import logging

import litellm

from common.aws import WorkQueue
from common.qwen import TextReRank, check
from common.runtime import job_main
from opskit.db import Incident, session_scope
from opskit.router import RouterHolder
from opskit.services.llm_usage_tracker import llm_tracker

log = logging.getLogger("jobs.alert_dedupe")

JUDGE_PROMPT = (
    "Alert A: {a}\nAlert B: {b}\n"
    'Are these the same underlying problem? Reply JSON {{"same": true|false, "reason": "..."}}'
)


def _open_alerts() -> list:
    with session_scope() as session:
        rows = session.query(Incident).filter(Incident.resolved_at.is_(None)).all()
        return [(r.external_id, f"[{r.service}] {r.title}") for r in rows]


def _candidates(alert: str, others: list, top_n: int = 3) -> list:
    if not others:
        return []
    resp = check(TextReRank.call(model="gte-rerank-v2", query=alert, documents=[t for _, t in others], top_n=top_n))
    return [others[r.index] for r in resp.output.results if r.relevance_score > 0.5]


async def _judge(pairs: list) -> list:
    router = RouterHolder().router
    calls = [
        router.acompletion(
            model="ops-fast",
            messages=[{"role": "user", "content": JUDGE_PROMPT.format(a=a, b=b)}],
            response_format={"type": "json_object"},
            max_tokens=100,
        )
        for (_, a), (_, b) in pairs
    ]
    results = []
    for resp in await asyncio.gather(*calls, return_exceptions=True):
        if isinstance(resp, Exception):
            results.append({"same": False, "reason": f"error: {resp}"})
            continue
        try:
            results.append(json.loads(resp.choices[0].message.content))
        except (TypeError, ValueError):
            results.append({"same": False, "reason": "unparseable"})
    return results


async def _merge_note(primary: str, duplicates: list) -> str:
    model = "openrouter/meta-llama/llama-3.1-8b-instruct"
    async with llm_tracker.track_llm_call(provider="openrouter", model=model, feature_context="alert_dedupe") as usage_log:
        response = await litellm.acompletion(
            model=model,
            messages=[{"role": "user", "content": f"Write a one-line merge note: {primary} absorbs {duplicates}"}],
            max_tokens=60,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content


@job_main("alert_dedupe")
def main(args) -> int:
    alerts = _open_alerts()
    pairs, seen = [], set()
    for i, alert in enumerate(alerts):
        for other in _candidates(alert[1], alerts[i + 1 :]):
            key = tuple(sorted((alert[0], other[0])))
            if key not in seen:
                seen.add(key)
                pairs.append((alert, other))
    if not pairs:
        return 0
    verdicts = asyncio.run(_judge(pairs))
    queue = WorkQueue()
    for (a, b), verdict in zip(pairs, verdicts):
        if not verdict.get("same"):
            continue
        note = asyncio.run(_merge_note(a[0], [b[0]]))
        log.info("merging %s into %s: %s", b[0], a[0], verdict.get("reason"))
        if not args.dry_run:
            queue.submit("incident.merge", {"primary": a[0], "duplicate": b[0], "note": note})
    return 0


if __name__ == "__main__":
    main()
