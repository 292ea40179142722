"""Markdown report generator, called from the plugin's pytest_sessionfinish."""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path
from typing import Dict, List

from evalkit import get_openai_client
from evalkit.llm_usage_tracker import llm_tracker
from evalkit.pricing import estimate_cost

SUMMARY_MODEL = "gpt-4o-mini"


def _aggregate(results: List[dict]) -> Dict[str, List[float]]:
    agg: Dict[str, List[float]] = defaultdict(list)
    for r in results:
        for name, value in r.get("scores", {}).items():
            agg[name].append(value)
    return agg


def _executive_summary(table_md: str) -> str:
    client = get_openai_client()
    resp = client.chat.completions.create(
        model=SUMMARY_MODEL,
        messages=[
            {"role": "system", "content": "Summarize eval results for an engineering manager in 5 bullets."},
            {"role": "user", "content": table_md},
        ],
        temperature=0.2,
    )
    return resp.choices[0].message.content or ""


def render_table(results: List[dict]) -> str:
    lines = ["| metric | n | mean |", "|---|---|---|"]
    for name, values in sorted(_aggregate(results).items()):
        lines.append(f"| {name} | {len(values)} | {sum(values) / len(values):.3f} |")
    return "\n".join(lines)


def _by_provider(results: List[dict]) -> Dict[str, Dict[str, int]]:
    """Group pass/fail by the provider id in the test's parametrization."""
    out: Dict[str, Dict[str, int]] = defaultdict(lambda: {"passed": 0, "failed": 0, "skipped": 0})
    for r in results:
        nodeid = r["nodeid"]
        provider = "n/a"
        if "[" in nodeid:
            param = nodeid.rsplit("[", 1)[1].rstrip("]")
            provider = param.split("-", 1)[0]
        bucket = out[provider]
        bucket[r["outcome"]] = bucket.get(r["outcome"], 0) + 1
    return dict(out)


def render_provider_table(results: List[dict]) -> str:
    lines = ["| provider | passed | failed | skipped |", "|---|---|---|---|"]
    for provider, counts in sorted(_by_provider(results).items()):
        lines.append(
            f"| {provider} | {counts.get('passed', 0)} | {counts.get('failed', 0)} | {counts.get('skipped', 0)} |"
        )
    return "\n".join(lines)


def slowest(results: List[dict], n: int = 10) -> List[dict]:
    return sorted(results, key=lambda r: r.get("duration", 0.0), reverse=True)[:n]


def write_report(results: List[dict], path: str, started: float, summarize: bool = False) -> Path:
    passed = sum(r["outcome"] == "passed" for r in results)
    table = render_table(results)
    usage = llm_tracker.totals()
    cost = estimate_cost("gpt-4o-mini", usage["input_tokens"], usage["output_tokens"])
    parts = [
        f"# Eval report {dt.datetime.now():%Y-%m-%d %H:%M}",
        f"{passed}/{len(results)} evals passed in {dt.datetime.now().timestamp() - started:.0f}s.",
        f"Tracked usage: {usage['input_tokens']} in / {usage['output_tokens']} out (~${cost:.2f}).",
        "",
        table,
        "",
        "## By provider",
        render_provider_table(results),
        "",
        "## Slowest evals",
        *(f"- `{r['nodeid']}` {r['duration']:.1f}s" for r in slowest(results)),
    ]
    if summarize:
        parts += ["", "## Summary", _executive_summary(table)]
    out = Path(path)
    out.write_text("\n".join(parts) + "\n", encoding="utf-8")
    out.with_suffix(".json").write_text(json.dumps(results, indent=2))
    return out
