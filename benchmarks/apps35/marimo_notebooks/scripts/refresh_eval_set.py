"""Generate synthetic questions for the RAG eval set from KB articles.

Runs nightly on the shared box, so the generation goes through the platform
service (tracked). The dedup pass still uses Claude directly - ticket DS-212.
"""
from __future__ import annotations

import asyncio
import json
import random

from nbutils.clients import get_async_anthropic_client
from nbutils.config import settings
from nbutils.data import load_corpus
from nbutils.prompts import SYNTH_QUESTIONS
from nbutils.tracking import TaskComplexity, llm_tracker, multi_model_service


async def questions_for(article: dict, n: int = 3) -> list[dict]:
    text = await multi_model_service.generate_response(
        prompt=SYNTH_QUESTIONS.render(n=str(n), article=article["body"][:6000]),
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    )
    return [
        {"question": q.strip(), "relevant_ids": [article["article_id"]], "answer": ""}
        for q in text.splitlines()
        if q.strip()
    ]


async def dedupe(rows: list[dict]) -> list[dict]:
    client = get_async_anthropic_client()
    listing = "\n".join(f"{i}: {r['question']}" for i, r in enumerate(rows))
    msg = await client.messages.create(
        model=settings.claude_model,
        max_tokens=2000,
        messages=[{"role": "user", "content": f"Return a JSON list of indices of duplicate questions:\n{listing}"}],
    )
    dup = set(json.loads(msg.content[0].text))
    return [r for i, r in enumerate(rows) if i not in dup]


async def reference_answers(rows: list[dict], corpus: dict[str, str]) -> None:
    client = get_async_anthropic_client()
    for r in rows:
        body = corpus[r["relevant_ids"][0]]
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=settings.claude_model, feature_context="eval_set_refresh"
        ) as usage_log:
            msg = await client.messages.create(
                model=settings.claude_model,
                max_tokens=400,
                messages=[{"role": "user", "content": f"{body}\n\nAnswer briefly: {r['question']}"}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        r["answer"] = msg.content[0].text


async def main(sample: int = 40) -> None:
    corpus_df = load_corpus()
    articles = random.Random(7).sample(list(corpus_df.iter_rows(named=True)), sample)
    rows = [q for batch in await asyncio.gather(*(questions_for(a) for a in articles)) for q in batch]
    rows = await dedupe(rows)
    await reference_answers(rows, {a["article_id"]: a["body"] for a in articles})
    out = settings.data_dir / "eval" / "rag_eval_v4.jsonl"
    out.write_text("\n".join(json.dumps(r) for r in rows))
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    asyncio.run(main())
