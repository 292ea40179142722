"""End-to-end eval: run a pipeline over the eval set, judge answers, write a report.

    python -m evaluation.run_eval --pipeline support_qa --data evaluation/data/golden.jsonl
"""
from __future__ import annotations

import argparse
import json
import logging
import os
from pathlib import Path

import numpy as np
from openai import OpenAI

from evaluation.judge import JudgePanel, judge_faithfulness
from evaluation.metrics import ReportBuilder, RunStats, mrr, recall_at_k
from ragsvc.pipelines.query import build_pipeline_from_config, build_support_qa_pipeline, query_inputs

logger = logging.getLogger(__name__)


def load_examples(path: Path) -> list[dict]:
    with path.open() as fh:
        return [json.loads(line) for line in fh if line.strip()]


def semantic_similarity(client: OpenAI, a: list[str], b: list[str], model: str = "text-embedding-3-small") -> list[float]:
    """Cosine similarity between answer and reference, as a cheap secondary metric."""
    resp = client.embeddings.create(model=model, input=a + b)
    vecs = np.array([d.embedding for d in resp.data])
    left, right = vecs[: len(a)], vecs[len(a):]
    num = (left * right).sum(axis=1)
    den = np.linalg.norm(left, axis=1) * np.linalg.norm(right, axis=1)
    return (num / den).tolist()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pipeline", default="support_qa")
    parser.add_argument("--data", type=Path, default=Path("evaluation/data/golden.jsonl"))
    parser.add_argument("--judges", default="gpt-4o,gpt-4o-mini")
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("evaluation/reports/latest.md"))
    args = parser.parse_args()

    examples = load_examples(args.data)
    if args.limit:
        examples = examples[: args.limit]

    pipeline = build_support_qa_pipeline() if args.pipeline == "support_qa" else build_pipeline_from_config(args.pipeline)
    pipeline.warm_up()

    judge_client = OpenAI(api_key=os.environ.get("EVAL_OPENAI_API_KEY"), organization=os.environ.get("EVAL_OPENAI_ORG"))
    panel = JudgePanel(judge_client, args.judges.split(","))
    stats = RunStats()
    answers, references, unfaithful = [], [], 0

    for ex in examples:
        out = pipeline.run(query_inputs(args.pipeline, ex["question"]))
        answer = out["assembler"]["answer"]
        retrieved = [s["id"] for s in answer["sources"]]
        relevant = set(ex.get("relevant_ids", []))
        stats.recalls.append(recall_at_k(retrieved, relevant, args.k))
        stats.mrrs.append(mrr(retrieved, relevant))

        _, results = panel.vote(ex["question"], ex["answer"], answer["text"])
        for r in results:
            stats.add_judge(r.correctness, r.prompt_tokens, r.completion_tokens)
        verdict = judge_faithfulness(judge_client, answer["text"], [s.get("title") or "" for s in answer["sources"]])
        unfaithful += int(not verdict.faithful)
        answers.append(answer["text"])
        references.append(ex["answer"])

    sims = semantic_similarity(judge_client, answers, references) if answers else []
    summary = stats.summary(judge_model=args.judges.split(",")[0])
    summary["unfaithful"] = unfaithful
    summary["semantic_similarity"] = round(float(np.mean(sims)), 4) if sims else None

    report = ReportBuilder(f"Eval: {args.pipeline}").add("metrics", summary).generate()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report)
    print(report)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
