"""Offline eval of the moderation backends against the labelled set.

Writes precision/recall per backend plus the spend of the run.
"""

from __future__ import annotations

import argparse
import asyncio
from dataclasses import dataclass
from pathlib import Path

from jobs.common import JobReport, read_jsonl, setup_logging
from mlserve.clients import get_async_openai_client
from mlserve.config import get_settings
from mlserve.costs import count_tokens, estimate_cost_usd
from services.moderation import verdict_from_openai


@dataclass
class Confusion:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, predicted: bool, actual: bool) -> None:
        if predicted and actual:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif actual:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


async def eval_openai(samples: list[dict], concurrency: int = 16) -> Confusion:
    cfg = get_settings().moderation
    client = get_async_openai_client()
    sem = asyncio.Semaphore(concurrency)
    confusion = Confusion()

    async def one(sample: dict) -> None:
        async with sem:
            resp = await client.moderations.create(model=cfg.openai_model, input=sample["text"])
        verdict = verdict_from_openai(resp.results[0], cfg.block_threshold)
        confusion.add(verdict.flagged, bool(sample["label"]))

    await asyncio.gather(*(one(s) for s in samples))
    return confusion


def estimate_guardian_spend(samples: list[dict]) -> float:
    """Granite Guardian is billed per token; moderation endpoint is free."""
    tokens = sum(count_tokens(s["text"]) for s in samples)
    return estimate_cost_usd("ibm/granite-3-8b-instruct", tokens, 5 * len(samples))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dataset", type=Path, default=Path("data/moderation_eval.jsonl"))
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args(argv)
    setup_logging()

    samples = list(read_jsonl(args.dataset))
    if args.limit:
        samples = samples[: args.limit]
    report = JobReport.create("eval_moderation")
    confusion = asyncio.run(eval_openai(samples))
    report.processed = len(samples)
    report.est_cost_usd = estimate_guardian_spend(samples)
    report.notes.append(f"openai precision={confusion.precision:.3f} recall={confusion.recall:.3f}")
    print(report.notes[-1])
    report.dump(Path("out/reports"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
