#!/usr/bin/env python
"""Backfill embeddings for articles added since the last EmbedCorpusFlow run,
and regenerate missing article summaries (tracked)."""
from __future__ import annotations

import argparse
import asyncio
import json

from metaflow import Flow, namespace

from llmkit.embeddings import embed_texts
from llmkit.multi_model_service import TaskComplexity, multi_model_service


async def summarise_missing(articles: list[dict]) -> dict[str, str]:
    out = {}
    for art in articles:
        resp = await multi_model_service.generate_response(
            prompt="Summarise in two sentences:\n" + art["body"][:6000],
            task_type="article_summary_backfill",
            complexity=TaskComplexity.SIMPLE,
        )
        out[art["id"]] = resp.text
    return out


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("new_articles_jsonl")
    p.add_argument("--provider", default="voyage")
    args = p.parse_args()
    namespace(None)
    run = Flow("EmbedCorpusFlow").latest_successful_run
    known = {r["doc_id"] for r in run["join"].task.data.rows}
    with open(args.new_articles_jsonl) as fh:
        articles = [json.loads(l) for l in fh if l.strip()]
    fresh = [a for a in articles if a["id"] not in known]
    print(f"{len(fresh)} new articles (index run {run.id})")
    vectors = embed_texts([a["body"] for a in fresh], provider=args.provider)
    summaries = asyncio.run(summarise_missing([a for a in fresh if not a.get("summary")]))
    with open("backfill.jsonl", "w") as fh:
        for a, v in zip(fresh, vectors.tolist()):
            fh.write(json.dumps({"id": a["id"], "vector": v, "summary": summaries.get(a["id"])}) + "\n")


if __name__ == "__main__":
    main()
