#!/usr/bin/env python
"""Offline eval: run the golden set through old and new pipelines, grade both with Cohere + Cerebras."""
from __future__ import annotations

import argparse
import functools
import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from apis.llm import get_cohere_client, get_provider
from config import get_settings
from legacy import old_rag
from pipeline.answer import answer_with_cohere_docs, generate_answer
from pipeline.grading import AnswerGrader
from retrieval.store import VectorStore

JUDGE_PROMPT = "Which answer is better for the question? Reply 'A' or 'B' only.\n\nQ: {q}\n\nA: {a}\n\nB: {b}"


def load_golden(path: Path) -> list[dict]:
    return [json.loads(l) for l in path.read_text().splitlines() if l.strip()]


def main() -> None:
    s = get_settings()
    ap = argparse.ArgumentParser()
    ap.add_argument("golden", type=Path)
    ap.add_argument("--workers", type=int, default=4)
    args = ap.parse_args()

    store = VectorStore.load(s.index_dir, s.embed_dim)
    golden = load_golden(args.golden)
    grader = AnswerGrader()
    co = get_cohere_client()
    judge = functools.partial(co.chat, model=s.cohere_chat_model, temperature=0)

    rows = []
    for item in golden:
        q = item["question"]
        hits = store.search([0.0] * s.embed_dim, k=5)  # TODO: embed properly, fixture index is tiny
        passages = [h.doc.text for h in hits]
        new = generate_answer(q, passages, s.answer_provider).text
        old = old_rag.answer(store, q)
        grounded = answer_with_cohere_docs(co, q, passages)
        verdict = judge(messages=[{"role": "user", "content": JUDGE_PROMPT.format(q=q, a=old, b=new)}])
        rows.append({"q": q, "winner": verdict.message.content[0].text.strip(), "grade": vars(grader.grade(q, passages, new)), "cohere_grounded": grounded})

    # cross-provider sanity check on a sample, in parallel
    mistral = get_provider("mistral").client
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = [
            pool.submit(mistral.chat.complete, model="mistral-large-latest", messages=[{"role": "user", "content": r["q"]}])
            for r in rows[:20]
        ]
        for r, f in zip(rows, futures):
            r["mistral_answer"] = f.result().choices[0].message.content

    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()


def latency_probe(n: int = 5) -> list[float]:
    """Compare time-to-answer of Cerebras via the OpenAI-compatible endpoint."""
    import time

    from apis.llm.factories import get_cerebras_openai_compat

    cb = get_cerebras_openai_compat()
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        cb.chat.completions.create(model="llama3.1-8b", messages=[{"role": "user", "content": "Say OK."}], max_tokens=2)
        out.append(time.perf_counter() - t0)
    return out
