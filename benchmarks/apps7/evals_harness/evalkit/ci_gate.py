"""Regression gate for CI (`evalkit gate`).

Compares a results CSV against the baseline CSV and fails the job when the pass rate
of any model drops by more than the allowed margin. On failure it also writes a short
triage note for the PR comment.
"""
from __future__ import annotations

import asyncio
import csv
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List

from evalkit.models.clients import get_async_anthropic_client
from evalkit.services.llm_usage_tracker import llm_tracker
from evalkit.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

TRIAGE_MODEL = "claude-3-5-haiku-20241022"


@dataclass
class GateResult:
    model: str
    baseline_pass: float
    current_pass: float
    regressed_cases: List[str]

    @property
    def delta(self) -> float:
        return self.current_pass - self.baseline_pass


def _load(path: Path) -> Dict[str, Dict[str, bool]]:
    by_model: Dict[str, Dict[str, bool]] = {}
    with path.open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            by_model.setdefault(row["model"], {})[row["case_id"]] = row["passed"] == "True"
    return by_model


def compare(current: Path, baseline: Path) -> List[GateResult]:
    cur, base = _load(current), _load(baseline)
    out = []
    for model, cases in cur.items():
        if model not in base:
            logger.info("no baseline for %s, skipping", model)
            continue
        shared = sorted(set(cases) & set(base[model]))
        if not shared:
            continue
        out.append(GateResult(
            model=model,
            baseline_pass=sum(base[model][c] for c in shared) / len(shared),
            current_pass=sum(cases[c] for c in shared) / len(shared),
            regressed_cases=[c for c in shared if base[model][c] and not cases[c]],
        ))
    return out


async def _triage_note(results: List[GateResult], failing_outputs: Dict[str, str]) -> str:
    details = "\n".join(
        f"{r.model}: {r.baseline_pass:.1%} -> {r.current_pass:.1%} ({len(r.regressed_cases)} cases regressed)"
        for r in results
    )
    samples = "\n\n".join(f"[{cid}]\n{text[:800]}" for cid, text in list(failing_outputs.items())[:8])

    client = get_async_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=TRIAGE_MODEL, feature_context="ci_gate_triage"
    ) as usage_log:
        msg = await client.messages.create(
            model=TRIAGE_MODEL,
            max_tokens=600,
            messages=[{
                "role": "user",
                "content": f"Eval regression in CI.\n\n{details}\n\nSample failing outputs:\n{samples}\n\n"
                           "Group the failures into 2-4 likely causes, one bullet each.",
            }],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return "".join(b.text for b in msg.content if b.type == "text")


async def _headline(results: List[GateResult]) -> str:
    worst = min(results, key=lambda r: r.delta)
    return await multi_model_service.generate_response(
        prompt=(f"Write a one-line PR status for an eval regression: model {worst.model} "
                f"went from {worst.baseline_pass:.1%} to {worst.current_pass:.1%} pass rate."),
        task_type="ci_gate_headline",
        complexity=TaskComplexity.SIMPLE,
        max_tokens=60,
    )


def run_gate(current: Path, baseline: Path, max_drop: float = 0.02,
             failing_outputs: Dict[str, str] = None, write_note: bool = True) -> int:
    results = compare(current, baseline)
    failed = [r for r in results if r.delta < -max_drop]
    for r in results:
        status = "FAIL" if r in failed else "ok"
        print(f"{status:4} {r.model:50} {r.baseline_pass:7.2%} -> {r.current_pass:7.2%}")
    if not failed:
        return 0

    if write_note:
        async def _notes():
            return await asyncio.gather(_headline(failed), _triage_note(failed, failing_outputs or {}))

        try:
            headline, note = asyncio.run(_notes())
            Path("eval_gate_comment.md").write_text(f"**{headline.strip()}**\n\n{note}\n", encoding="utf-8")
        except Exception as exc:  # noqa: BLE001 - the gate result matters, the note doesn't
            logger.warning("could not write triage note: %s", exc)
    return 1
