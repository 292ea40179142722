"""Evaluation harness: score a registered model version on its golden set.

    python -m evaluation.harness --task policy_qa --model-uri models:/docai.policy.policy_qa/12 --judges claude,gpt
"""
from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path
from statistics import mean

import mlflow
import pandas as pd

from docai_models.utils.tokens import estimate_cost_usd
from evaluation.judges import make_judge

log = logging.getLogger(__name__)

GOLDEN_ROOT = Path("/Volumes/docai/eval/golden")

GOLDEN_SETS = {
    "claim_triage": "claim_triage_v7.jsonl",
    "document_extractor": "extraction_v4.jsonl",
    "policy_qa": "policy_qa_v3.jsonl",
    "claim_summarizer": "summaries_v2.jsonl",
}


# Golden sets live in Unity Catalog volumes; locally we read the jsonl copies.
def load_golden(task: str, root: Path | None = None, limit: int | None = None) -> pd.DataFrame:
    path = (root or GOLDEN_ROOT) / GOLDEN_SETS[task]
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    if limit:
        rows = rows[:limit]
    return pd.DataFrame(rows)


def split_inputs_targets(frame: pd.DataFrame, target_col: str = "expected") -> tuple[pd.DataFrame, pd.Series]:
    return frame.drop(columns=[target_col]), frame[target_col]


OUTPUT_COL = {
    "claim_triage": "line_of_business",
    "document_extractor": "fields",
    "policy_qa": "answer",
    "claim_summarizer": "summary",
}


def run_judges(task: str, inputs: pd.DataFrame, targets: pd.Series, outputs: pd.Series, judges: list) -> pd.DataFrame:
    records = []
    for i, (reference, candidate) in enumerate(zip(targets, outputs)):
        for judge in judges:
            try:
                verdict = judge.grade(task, json.dumps(reference, default=str), json.dumps(candidate, default=str))
            except Exception:  # noqa: BLE001
                log.exception("judge %s failed on row %d", judge.name, i)
                continue
            records.append({"row": i, "judge": verdict.judge, "faithfulness": verdict.faithfulness,
                            "completeness": verdict.completeness, "passed": verdict.passed})
    return pd.DataFrame(records)


def agreement(verdicts: pd.DataFrame) -> float:
    if verdicts.empty or verdicts["judge"].nunique() < 2:
        return float("nan")
    pivot = verdicts.pivot_table(index="row", columns="judge", values="passed", aggfunc="first").dropna()
    return float((pivot.nunique(axis=1) == 1).mean())


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--task", required=True, choices=sorted(OUTPUT_COL))
    ap.add_argument("--model-uri", required=True)
    ap.add_argument("--judges", default="claude")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args(argv)

    golden = load_golden(args.task, limit=args.limit)
    inputs, targets = split_inputs_targets(golden)
    judges = [make_judge(name) for name in args.judges.split(",")]

    mlflow.set_experiment(f"/Shared/docai/eval/{args.task}")
    with mlflow.start_run(run_name=f"eval-{args.model_uri.split('/')[-1]}"):
        model = mlflow.pyfunc.load_model(args.model_uri)
        preds = model.predict(inputs)
        outputs = preds[OUTPUT_COL[args.task]]
        verdicts = run_judges(args.task, inputs, targets, outputs, judges)
        mlflow.log_table(verdicts, "verdicts.json")
        metrics = {
            "pass_rate": float(verdicts["passed"].mean()) if not verdicts.empty else 0.0,
            "faithfulness_mean": float(verdicts["faithfulness"].mean()) if not verdicts.empty else 0.0,
            "judge_agreement": agreement(verdicts),
            "latency_ms_mean": mean(preds["latency_ms"]) if "latency_ms" in preds else 0.0,
            "judge_cost_usd_est": estimate_cost_usd("gpt-4o", 900 * len(verdicts), 120 * len(verdicts)),
        }
        mlflow.log_metrics(metrics)
        mlflow.log_param("model_uri", args.model_uri)
        print(json.dumps(metrics, indent=2))


if __name__ == "__main__":
    main()
