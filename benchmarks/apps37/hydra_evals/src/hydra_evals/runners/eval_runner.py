"""Synchronous eval loop used by ``scripts/run_eval.py``."""
from __future__ import annotations

import json
import logging
import random
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datasets import load_dataset
from omegaconf import DictConfig

from ..judges.base import Judge
from ..metrics.cost import summarize_costs
from ..metrics.exact_match import exact_match, rouge_l, token_f1
from ..models.base import BaseModel, GenerationResult

log = logging.getLogger(__name__)


@dataclass
class EvalReport:
    task: str
    model: str
    n: int = 0
    scores: list[float] = field(default_factory=list)
    costs: dict[str, float] = field(default_factory=dict)

    @property
    def mean(self) -> float:
        return sum(self.scores) / len(self.scores) if self.scores else float("nan")

    def bootstrap_ci(self, iters: int = 1000, alpha: float = 0.05, seed: int = 0) -> tuple[float, float]:
        if len(self.scores) < 2:
            return (float("nan"), float("nan"))
        rng = random.Random(seed)
        n = len(self.scores)
        means = sorted(
            statistics.fmean(rng.choices(self.scores, k=n)) for _ in range(iters)
        )
        lo = means[int(alpha / 2 * iters)]
        hi = means[int((1 - alpha / 2) * iters) - 1]
        return lo, hi

    def to_dict(self) -> dict[str, Any]:
        lo, hi = self.bootstrap_ci()
        return {
            "task": self.task,
            "model": self.model,
            "n": self.n,
            "mean": self.mean,
            "ci95": [lo, hi],
            "costs": self.costs,
            "total_cost": round(sum(self.costs.values()), 4),
        }


def load_task(task_cfg: DictConfig, max_examples: int | None = None) -> list[dict[str, Any]]:
    ds = load_dataset(task_cfg.dataset, task_cfg.subset, split=task_cfg.split)
    if max_examples:
        ds = ds.select(range(min(max_examples, len(ds))))
    return list(ds)


class EvalRunner:
    def __init__(self, model: BaseModel, task_cfg: DictConfig, judge: Judge | None = None,
                 num_workers: int = 8, output_dir: str | Path = ".") -> None:
        self.model = model
        self.task_cfg = task_cfg
        self.judge = judge
        self.num_workers = num_workers
        self.output_dir = Path(output_dir)

    def _score(self, example: dict[str, Any], result: GenerationResult, prompt: str) -> float:
        metric = self.task_cfg.metric
        ref = example.get(self.task_cfg.answer_field) if self.task_cfg.answer_field else None
        if metric == "exact_match":
            return exact_match(result.text, ref or "", numeric=True)
        if metric == "f1":
            return token_f1(result.text, ref or "")
        if metric == "rouge_l":
            return rouge_l(result.text, ref or "")
        if metric == "judge":
            if self.judge is None:
                raise ValueError("task needs a judge but none configured")
            verdict = self.judge.judge(prompt, result.text, reference=ref)
            return verdict.score if verdict.score is not None else 0.0
        raise ValueError(f"unsupported metric {metric}")

    def run(self, examples: list[dict[str, Any]]) -> EvalReport:
        prompts = [self.task_cfg.prompt_template.format(**ex) for ex in examples]
        results = self.model.generate_batch(prompts, num_workers=self.num_workers)
        report = EvalReport(task=self.task_cfg.name, model=self.model.name, n=len(examples))
        out_path = self.output_dir / "predictions.jsonl"
        with out_path.open("w") as f:
            for ex, prompt, res in zip(examples, prompts, results):
                s = self._score(ex, res, prompt)
                report.scores.append(s)
                f.write(json.dumps({"prompt": prompt, "score": s, **res.to_dict()}) + "\n")
        report.costs = summarize_costs(results)
        log.info("%s on %s: %.4f (n=%d)", report.model, report.task, report.mean, report.n)
        return report


def compare_reports(a: EvalReport, b: EvalReport, iters: int = 2000, seed: int = 0) -> dict[str, float]:
    """Paired bootstrap: how often does ``a`` beat ``b`` on resampled example sets."""
    if len(a.scores) != len(b.scores):
        raise ValueError("reports are not paired (different number of examples)")
    rng = random.Random(seed)
    n = len(a.scores)
    wins = 0
    for _ in range(iters):
        idx = [rng.randrange(n) for _ in range(n)]
        if sum(a.scores[i] for i in idx) > sum(b.scores[i] for i in idx):
            wins += 1
    return {"delta": a.mean - b.mean, "p_a_better": wins / iters}
