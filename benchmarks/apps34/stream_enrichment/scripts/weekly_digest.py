#!/usr/bin/env python
"""Weekly per-tenant digest e-mailed to CX leads.

Runs Sunday 02:00 from the k8s CronJob. Two LLM steps:
  1. a per-category Gemini summary of the week's p1/p2 tickets
  2. an executive paragraph over those summaries (Bedrock, tracked)
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
from collections import defaultdict
from datetime import date, timedelta

import psycopg

from enrichment.clients import get_bedrock, get_genai
from enrichment.settings import get_settings
from enrichment.tracking import llm_tracker
from enrichment.util.tokens import trim_to_budget

log = logging.getLogger("weekly_digest")

QUERY = """
SELECT e.category, r.body
FROM enriched_records e JOIN raw_records r USING (id)
WHERE e.tenant = %s AND e.kind = 'ticket' AND e.priority IN ('p1', 'p2')
  AND r.created_at >= %s AND r.created_at < %s
"""


def load(tenant: str, start: date, end: date) -> dict[str, list[str]]:
    by_cat: dict[str, list[str]] = defaultdict(list)
    with psycopg.connect(get_settings().pg_dsn) as conn, conn.cursor() as cur:
        cur.execute(QUERY, (tenant, start, end))
        for category, body in cur:
            by_cat[category or "other"].append(body)
    return by_cat


async def summarise_category(category: str, texts: list[str]) -> str:
    texts = trim_to_budget(texts, budget=60_000)
    resp = await get_genai().aio.models.generate_content(
        model=get_settings().gemini_model,
        contents=f"Summarise the main themes in these '{category}' tickets in 3 bullets:\n\n" + "\n---\n".join(texts),
    )
    return resp.text or ""


async def executive_summary(sections: dict[str, str]) -> str:
    s = get_settings()
    prompt = "Write one paragraph for the CX lead covering:\n" + json.dumps(sections, indent=1)
    async with llm_tracker.track_llm_call(provider="bedrock", model=s.bedrock_model_id,
                                          feature_context="weekly_digest") as usage_log:
        resp = get_bedrock().converse(
            modelId=s.bedrock_model_id,
            messages=[{"role": "user", "content": [{"text": prompt}]}],
            inferenceConfig={"maxTokens": 400},
        )
        usage_log.input_tokens = resp["usage"]["inputTokens"]
        usage_log.output_tokens = resp["usage"]["outputTokens"]
    return resp["output"]["message"]["content"][0]["text"]


async def run(tenant: str, week_start: date) -> dict:
    by_cat = load(tenant, week_start, week_start + timedelta(days=7))
    if not by_cat:
        return {"tenant": tenant, "empty": True}
    cats = sorted(by_cat, key=lambda c: -len(by_cat[c]))[:6]
    summaries = await asyncio.gather(*(summarise_category(c, by_cat[c]) for c in cats))
    sections = dict(zip(cats, summaries))
    exec_para = await executive_summary(sections)
    llm_tracker.flush()
    return {"tenant": tenant, "week": week_start.isoformat(), "executive": exec_para, "sections": sections,
            "counts": {c: len(v) for c, v in by_cat.items()}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tenant", required=True)
    ap.add_argument("--week-start", type=date.fromisoformat,
                    default=date.today() - timedelta(days=date.today().weekday() + 7))
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    print(json.dumps(asyncio.run(run(args.tenant, args.week_start)), indent=2))


if __name__ == "__main__":
    main()
