#!/usr/bin/env python
"""Regenerate stored summaries after a prompt or model change.

    python scripts/regen_summaries.py docs.jsonl out.jsonl [--mode plugins|long|tracked|legacy|critique]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from pathlib import Path

from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service
from docflow.engine import Engine
from docflow.models import Document
from docflow.pipeline import Pipeline, ProgressTracker
from docflow.summarize_long import summarize_long
from legacy import old_summarizer

log = logging.getLogger("regen")


def load_docs(path: Path) -> list[Document]:
    docs = []
    with path.open() as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                docs.append(Document(id=r["id"], text=r["text"], title=r.get("title"), metadata=r.get("metadata", {})))
    return docs


async def critique(engine: Engine, doc: Document, summary: str) -> str:
    """Ask Claude to check a summary against its source (QA sampling only)."""
    msg = await engine.anthropic.messages.create(
        model=engine.settings.claude_model,
        max_tokens=400,
        messages=[
            {
                "role": "user",
                "content": f"Source:\n{doc.head(20000)}\n\nSummary:\n{summary}\n\nList factual errors, or reply OK.",
            }
        ],
    )
    return msg.content[0].text


async def tracked_summary(engine: Engine, doc: Document) -> str:
    model = engine.settings.summary_model
    async with llm_tracker.track_llm_call(provider="openai", model=model, feature_context="regen_summaries") as usage_log:
        resp = engine.openai.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": f"Summarize in 150 words:\n\n{doc.head(30000)}"}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


async def run(args) -> int:
    docs = load_docs(args.input)
    engine = Engine.from_settings()
    pipeline = Pipeline(engine)
    progress = ProgressTracker(total=len(docs))
    out = args.output.open("w")
    try:
        for doc in docs:
            if args.mode == "legacy":
                text = old_summarizer.summarize(doc.text, backend=args.legacy_backend)
            elif args.mode == "long":
                text = (await summarize_long(doc)).text
            elif args.mode == "tracked":
                text = await tracked_summary(engine, doc)
            elif args.mode == "gateway":
                text = await multi_model_service.generate_response(
                    prompt=f"Summarize in 150 words:\n\n{doc.head(30000)}",
                    task_type="regen_summaries",
                    complexity=TaskComplexity.STANDARD,
                )
            else:
                text = pipeline.summarize(doc).text
            record = {"id": doc.id, "summary": text, "mode": args.mode}
            if args.critique:
                record["critique"] = await critique(engine, doc, text)
            out.write(json.dumps(record) + "\n")
            progress.step()
            log.info("%s done (%.0f%%)", doc.id, progress.completion() * 100)
    finally:
        out.close()
        await engine.aclose()
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", type=Path)
    ap.add_argument("output", type=Path)
    ap.add_argument("--mode", default="plugins", choices=["plugins", "long", "tracked", "gateway", "legacy"])
    ap.add_argument("--legacy-backend", default="openai", choices=["openai", "claude", "local"])
    ap.add_argument("--critique", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    return asyncio.run(run(args))


if __name__ == "__main__":
    sys.exit(main())
