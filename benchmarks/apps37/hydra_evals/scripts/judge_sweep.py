"""Pairwise judging of two prediction files + optional Fireworks critique pass.

    python scripts/judge_sweep.py judge=pairwise +a=outputs/.../predictions.jsonl +b=outputs/.../predictions.jsonl
"""
from __future__ import annotations

import functools
import logging
from collections import Counter

import hydra
from hydra.utils import instantiate
from omegaconf import DictConfig

from hydra_evals.models.clients import get_fireworks_client
from hydra_evals.utils import read_jsonl, write_jsonl

log = logging.getLogger(__name__)

CRITIQUE_MODEL = "accounts/fireworks/models/llama-v3p1-405b-instruct"


@hydra.main(version_base="1.3", config_path="../conf", config_name="config")
def main(cfg: DictConfig) -> None:
    judge = instantiate(cfg.judge)
    rows_a = list(read_jsonl(cfg.a))
    rows_b = list(read_jsonl(cfg.b))
    assert len(rows_a) == len(rows_b), "prediction files are not aligned"

    critique = functools.partial(
        get_fireworks_client().chat.completions.create,
        model=CRITIQUE_MODEL,
        temperature=0.0,
        max_tokens=400,
    )

    tally: Counter[str] = Counter()
    out = []
    for ra, rb in zip(rows_a, rows_b):
        winner = judge.compare(ra["prompt"], ra["text"], rb["text"])
        tally[winner] += 1
        row = {"prompt": ra["prompt"], "winner": winner}
        if cfg.get("critique", False) and winner == "tie":
            resp = critique(messages=[{
                "role": "user",
                "content": f"Question: {ra['prompt']}\n\nA: {ra['text']}\n\nB: {rb['text']}\n\n"
                           "Both answers were judged equal. Point out the most important flaw in each.",
            }])
            row["critique"] = resp.choices[0].message.content
        out.append(row)

    write_jsonl(out, "pairwise.jsonl")
    total = sum(tally.values())
    for k in ("A", "B", "tie"):
        log.info("%s: %d (%.1f%%)", k, tally[k], 100 * tally[k] / max(total, 1))


if __name__ == "__main__":
    main()
