"""Run the saved pipeline over a JSONL corpus and write a DocBin.

A random sample of summaries is spot-checked by a second model on Together.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import random
from pathlib import Path

import spacy
import srsly
import typer
from spacy.tokens import DocBin
from together import Together

import llm_pipes  # noqa: F401

logger = logging.getLogger("annotate")

QA_MODEL = "Qwen/Qwen2.5-7B-Instruct-Turbo"
QA_PROMPT = (
    "Does the summary contradict the article? Answer JSON {\"contradiction\": bool, \"reason\": str}.\n\n"
    "Article:\n{article}\n\nSummary:\n{summary}"
)


def spot_check(tg: Together, article: str, summary: str) -> dict:
    completion = tg.chat.completions.create(
        model=QA_MODEL,
        messages=[{"role": "user", "content": QA_PROMPT.format(article=article[:6000], summary=summary)}],
        response_format={"type": "json_object"},
        max_tokens=200,
    )
    try:
        return json.loads(completion.choices[0].message.content)
    except (TypeError, json.JSONDecodeError):
        return {"contradiction": None, "reason": "unparseable"}


def main(pipeline: Path, corpus: Path, output: Path, qa_rate: float = 0.05, batch_size: int = 16) -> None:
    nlp = spacy.load(pipeline)
    texts = [row["text"] for row in srsly.read_jsonl(corpus)]
    logger.info("annotating %d docs with %s", len(texts), nlp.pipe_names)

    with nlp.select_pipes(disable=["llm_entity_normalizer"]):
        docs = list(nlp.pipe(texts, batch_size=batch_size))

    normalizer = nlp.get_pipe("llm_entity_normalizer")
    docs = asyncio.run(normalizer.normalize_docs_async(docs, concurrency=8))

    tg = Together(api_key=os.environ.get("TOGETHER_API_KEY"))
    problems = []
    for doc in docs:
        if doc._.summary and random.random() < qa_rate:
            verdict = spot_check(tg, doc.text, doc._.summary)
            if verdict.get("contradiction"):
                problems.append({"text": doc.text[:200], "summary": doc._.summary, **verdict})

    db = DocBin(store_user_data=True)
    for doc in docs:
        db.add(doc)
    output.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(output)
    srsly.write_jsonl(output.with_suffix(".qa.jsonl"), problems)
    typer.echo(f"wrote {len(docs)} docs, {len(problems)} flagged summaries")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    typer.run(main)
