#!/usr/bin/env python
"""Offline eval: Cohere rerank vs Voyage rerank for story-seed assignment.

DeepSeek acts as the judge for disagreements (cheap, good enough for triage).
"""
import argparse
import concurrent.futures as cf
import json
import statistics

from newsenrich import config
from newsenrich.clients import get_cohere, get_voyage, make_deepseek_client

JUDGE_PROMPT = """Story seed A: {a}
Story seed B: {b}
Article: {article}

Which seed describes the article better? Answer with exactly "A", "B" or "neither"."""


def cohere_top(co, query, docs):
    return co.rerank(model=config.COHERE_RERANK_MODEL, query=query, documents=docs, top_n=1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", required=True)
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--workers", type=int, default=8)
    args = ap.parse_args()

    with open(args.articles) as fh:
        articles = [json.loads(l) for l in fh]
    with open(args.seeds) as fh:
        seeds = json.load(fh)
    seed_docs = [s["description"] for s in seeds]

    co = get_cohere()
    vo = get_voyage()
    judge = make_deepseek_client()

    with cf.ThreadPoolExecutor(args.workers) as pool:
        futures = {
            pool.submit(co.rerank, model=config.COHERE_RERANK_MODEL, query=a["title"], documents=seed_docs, top_n=1): i
            for i, a in enumerate(articles)
        }
        cohere_best = {}
        for fut in cf.as_completed(futures):
            res = fut.result().results[0]
            cohere_best[futures[fut]] = (res.index, res.relevance_score)

    agree, verdicts, margins = 0, [], []
    for i, article in enumerate(articles):
        vres = vo.rerank(article["title"], seed_docs, model=config.VOYAGE_RERANK_MODEL, top_k=1).results[0]
        c_idx, c_score = cohere_best[i]
        margins.append(c_score - vres.relevance_score)
        if vres.index == c_idx:
            agree += 1
            continue
        answer = judge.chat.completions.create(
            model=config.DEEPSEEK_CHAT_MODEL,
            messages=[
                {
                    "role": "user",
                    "content": JUDGE_PROMPT.format(a=seed_docs[c_idx], b=seed_docs[vres.index], article=article["title"]),
                }
            ],
            temperature=0,
            max_tokens=3,
        )
        verdicts.append(answer.choices[0].message.content.strip())

    print(f"agreement: {agree}/{len(articles)}")
    print(f"judge: cohere={verdicts.count('A')} voyage={verdicts.count('B')} neither={verdicts.count('neither')}")
    print(f"mean score margin (cohere - voyage): {statistics.mean(margins):.3f}")


if __name__ == "__main__":
    main()
