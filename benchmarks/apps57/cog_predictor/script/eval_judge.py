#!/usr/bin/env python
"""Compare the Fireworks judge against Claude on a labelled eval set.

    python script/eval_judge.py eval/judge_gold.jsonl
"""
import argparse
import json
import os
import statistics
import sys

import anthropic

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from src.agents.judge import CaptionJudge  # noqa: E402
from src.agents.planner import CaptionPlan  # noqa: E402
from src.config import get_settings  # noqa: E402
from src.costs import calculate_completion_cost  # noqa: E402
from src.llm import get_openai  # noqa: E402
from src.llm.prompts import JUDGE_SYSTEM, JUDGE_TEMPLATE  # noqa: E402
from src.utils.io import read_jsonl  # noqa: E402


def claude_score(client: anthropic.Anthropic, plan: CaptionPlan, draft: str, candidate: str) -> float:
    msg = client.messages.create(
        model="claude-3-5-sonnet-20241022",
        max_tokens=200,
        system=JUDGE_SYSTEM,
        messages=[{"role": "user", "content": JUDGE_TEMPLATE.format(plan=plan.to_prompt(), draft=draft, candidate=candidate)}],
    )
    text = msg.content[0].text
    try:
        return float(json.loads(text[text.find("{") : text.rfind("}") + 1])["score"])
    except (ValueError, KeyError):
        return 0.0


def semantic_agreement(a: str, b: str) -> float:
    oa = get_openai()
    resp = oa.embeddings.create(model="text-embedding-3-small", input=[a, b])
    va, vb = resp.data[0].embedding, resp.data[1].embedding
    dot = sum(x * y for x, y in zip(va, vb))
    return dot / ((sum(x * x for x in va) ** 0.5) * (sum(y * y for y in vb) ** 0.5))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()

    settings = get_settings()
    judge = CaptionJudge(settings.models.judge_model)
    claude = anthropic.Anthropic()
    rows = read_jsonl(args.gold)[: args.limit]
    diffs, agree, hits = [], [], 0
    for row in rows:
        plan = CaptionPlan.default(row.get("style", "descriptive"))
        fw = judge.judge(plan, row["draft"], row["candidate"])
        cl = claude_score(claude, plan, row["draft"], row["candidate"])
        diffs.append(abs(fw.score - cl))
        hits += int((fw.score >= 0.5) == bool(row["label"]))
        if row.get("reference"):
            agree.append(semantic_agreement(row["candidate"], row["reference"]))
    print(f"n={len(rows)} acc={hits / max(1, len(rows)):.3f} mean|fw-claude|={statistics.mean(diffs):.3f}")
    if agree:
        print(f"mean cosine to reference={statistics.mean(agree):.3f}")
    est = calculate_completion_cost(settings.models.judge_model, {"prompt_tokens": 450 * len(rows), "completion_tokens": 40 * len(rows)})
    print(f"estimated fireworks judge cost: ${est:.4f}")


if __name__ == "__main__":
    main()
