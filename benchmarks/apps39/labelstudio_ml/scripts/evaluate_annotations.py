"""Compare model predictions with human annotations in a Label Studio export.

    python -m scripts.evaluate_annotations export.json --judge

Exact-match agreement for choices, span F1 for labels. With ``--judge`` the
free-text disagreements (TextArea) are sent to Claude to decide whether the
two summaries are equivalent.
"""
import argparse
import asyncio
import json
import logging
from collections import Counter, defaultdict
from typing import Dict, List, Tuple

import anthropic

from common.llm_usage_tracker import llm_tracker
from common.prompts import JUDGE_PROMPT

logger = logging.getLogger(__name__)

JUDGE_MODEL = "claude-3-5-haiku-20241022"


def _by_control(results: List[Dict]) -> Dict[str, List[Dict]]:
    out = defaultdict(list)
    for r in results:
        out[r["from_name"]].append(r)
    return out


def _spans(results: List[Dict]) -> set:
    return {(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0]) for r in results if "start" in r["value"]}


def span_f1(pred: List[Dict], gold: List[Dict]) -> Tuple[float, float, float]:
    p, g = _spans(pred), _spans(gold)
    tp = len(p & g)
    precision = tp / len(p) if p else 0.0
    recall = tp / len(g) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def judge_equivalent(client: anthropic.Anthropic, text: str, a: str, b: str) -> bool:
    msg = client.messages.create(
        model=JUDGE_MODEL,
        max_tokens=50,
        messages=[{"role": "user", "content": JUDGE_PROMPT.format(text=text[:4000], a=a, b=b)}],
    )
    return msg.content[0].text.strip().upper().startswith("AGREE")


async def judge_equivalent_tracked(client: anthropic.AsyncAnthropic, text: str, a: str, b: str) -> bool:
    async with llm_tracker.track_llm_call(provider="anthropic", model=JUDGE_MODEL, feature_context="eval_judge") as usage_log:
        msg = await client.messages.create(
            model=JUDGE_MODEL,
            max_tokens=50,
            messages=[{"role": "user", "content": JUDGE_PROMPT.format(text=text[:4000], a=a, b=b)}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text.strip().upper().startswith("AGREE")


def evaluate(tasks: List[Dict], judge: bool = False, tracked: bool = False) -> Dict:
    stats = Counter()
    f1s = defaultdict(list)
    client = anthropic.Anthropic() if judge and not tracked else None
    aclient = anthropic.AsyncAnthropic() if judge and tracked else None
    for task in tasks:
        anns = [a for a in task.get("annotations", []) if not a.get("was_cancelled")]
        preds = task.get("predictions", [])
        if not anns or not preds:
            stats["skipped"] += 1
            continue
        gold = _by_control(anns[0]["result"])
        pred = _by_control(preds[0]["result"])
        for control, gold_results in gold.items():
            pred_results = pred.get(control, [])
            kind = gold_results[0]["type"]
            if kind == "choices":
                stats["choices_total"] += 1
                g = sorted(gold_results[0]["value"]["choices"])
                p = sorted(pred_results[0]["value"]["choices"]) if pred_results else []
                stats["choices_agree"] += int(g == p)
            elif kind == "labels":
                f1s[control].append(span_f1(pred_results, gold_results)[2])
            elif kind == "textarea":
                stats["text_total"] += 1
                g = " ".join(gold_results[0]["value"]["text"])
                p = " ".join(pred_results[0]["value"]["text"]) if pred_results else ""
                if g.strip() == p.strip():
                    stats["text_agree"] += 1
                elif judge and p:
                    text = " ".join(str(v) for v in task["data"].values())
                    if tracked:
                        ok = asyncio.run(judge_equivalent_tracked(aclient, text, g, p))
                    else:
                        ok = judge_equivalent(client, text, g, p)
                    stats["text_agree"] += int(ok)
    report = dict(stats)
    report["span_f1"] = {k: sum(v) / len(v) for k, v in f1s.items() if v}
    if stats["choices_total"]:
        report["choices_accuracy"] = stats["choices_agree"] / stats["choices_total"]
    return report


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("export")
    ap.add_argument("--judge", action="store_true")
    ap.add_argument("--tracked", action="store_true")
    args = ap.parse_args()
    with open(args.export) as fh:
        tasks = json.load(fh)
    print(json.dumps(evaluate(tasks, judge=args.judge, tracked=args.tracked), indent=2))


if __name__ == "__main__":
    main()
