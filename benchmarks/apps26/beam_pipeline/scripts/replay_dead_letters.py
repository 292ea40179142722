#!/usr/bin/env python
"""Re-summarise articles that landed in the dead-letter bucket.

Runs locally with asyncio (no Beam); all model calls are tracked.
"""
import argparse
import asyncio
import json

from google.genai import types

from newsenrich import config, prompts
from newsenrich.clients import get_genai
from newsenrich.services.llm_usage_tracker import llm_tracker
from newsenrich.services.multi_model_service import TaskComplexity, multi_model_service


async def resummarise(doc, sem):
    async with sem:
        return await multi_model_service.generate_response(
            prompt=prompts.render_summary(doc["title"], doc["body"][:8000]),
            task_type="summary",
            complexity=TaskComplexity.AGENTIC if len(doc["body"]) > 20_000 else TaskComplexity.SIMPLE,
            system=prompts.SUMMARY_SYSTEM_V3,
        )


async def classify(doc, sem):
    client = get_genai()
    async with sem:
        async with llm_tracker.track_llm_call(
            provider="google", model=config.GEMINI_MODEL, feature_context="dead_letter_classify"
        ) as usage_log:
            resp = await client.aio.models.generate_content(
                model=config.GEMINI_MODEL,
                contents=prompts.TOPIC_CLASSIFY.format(labels=", ".join(config.TOPIC_LABELS), text=doc["body"][:6000]),
                config=types.GenerateContentConfig(response_mime_type="application/json"),
            )
            usage_log.input_tokens = resp.usage_metadata.prompt_token_count
            usage_log.output_tokens = resp.usage_metadata.candidates_token_count
    return json.loads(resp.text or "{}")


async def main_async(path, concurrency):
    with open(path) as fh:
        docs = [json.loads(l) for l in fh]
    sem = asyncio.Semaphore(concurrency)
    summaries = await asyncio.gather(*(resummarise(d, sem) for d in docs))
    topics = await asyncio.gather(*(classify(d, sem) for d in docs))
    for doc, summary, t in zip(docs, summaries, topics):
        print(json.dumps({"article_id": doc.get("article_id"), "summary": summary, "topics": t.get("topics", [])}))
    print(f"flushed {llm_tracker.flush()} usage rows")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--concurrency", type=int, default=8)
    a = ap.parse_args()
    asyncio.run(main_async(a.path, a.concurrency))
