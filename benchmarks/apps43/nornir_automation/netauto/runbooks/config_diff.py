"""Runbook: render intended config, diff against running, explain the diff.

Output is a markdown report suitable for attaching to a change ticket.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from nornir.core import Nornir
from nornir_utils.plugins.functions import print_result

from netauto.llm.prompts import EXPLAIN_DIFF_SYSTEM, render_diff_prompt
from netauto.llm.tracked import explain_tracked, run_sync
from netauto.processors import LLMSummaryProcessor
from netauto.tasks.config_push import render_and_diff
from netauto.tasks.explain import explain_diff

log = logging.getLogger(__name__)


@dataclass
class DiffReport:
    diffs: dict[str, str] = field(default_factory=dict)
    explanations: dict[str, str] = field(default_factory=dict)
    summary: str = ""

    def to_markdown(self) -> str:
        out = ["# Config diff report", "", self.summary, ""]
        for host, diff in sorted(self.diffs.items()):
            out += [f"## {host}", "", "```diff", diff, "```", "", self.explanations.get(host, ""), ""]
        return "\n".join(out)


def run(nr: Nornir, template: str = "base.j2", explain: bool = True, tracked: bool = False) -> DiffReport:
    report = DiffReport()
    diff_result = nr.run(task=render_and_diff, template=template, name="render+diff")
    for host, multi in diff_result.items():
        if not multi.failed and multi[0].result:
            report.diffs[host] = multi[0].result
    if not explain or not report.diffs:
        return report

    changed = nr.filter(filter_func=lambda h: h.name in report.diffs)
    if tracked:
        for host in changed.inventory.hosts.values():
            prompt = render_diff_prompt(host.name, host.platform or "", report.diffs[host.name])
            report.explanations[host.name] = run_sync(explain_tracked(prompt))
    else:
        res = changed.run(task=explain_diff, name="explain")
        report.explanations.update({h: m[0].result for h, m in res.items() if not m.failed})

    summariser = LLMSummaryProcessor(client=nr.data.openai, only_failures=False)
    changed.with_processors([summariser]).run(task=_noop, name="collect")
    report.summary = summariser.summary or ""
    return report


def _noop(task):
    from nornir.core.task import Result

    return Result(host=task.host, result=task.host.data.get("diff_explanation", ""))


def explain_fleet_diff(nr: Nornir, report: DiffReport) -> str:
    """One paragraph for the CAB covering every changed device."""
    bundle = nr.data.llm
    joined = "\n\n".join(f"### {h}\n{d[:2000]}" for h, d in report.diffs.items())
    resp = bundle.openai.chat.completions.create(
        model=bundle.settings.openai_model,
        messages=[
            {"role": "system", "content": EXPLAIN_DIFF_SYSTEM},
            {"role": "user", "content": "Summarise this fleet-wide change for the CAB:\n" + joined},
        ],
    )
    return resp.choices[0].message.content


def write_report(report: DiffReport, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report.to_markdown())
    return path


def main(nr: Nornir) -> None:  # pragma: no cover - manual entry point
    report = run(nr)
    print_result  # keep import for interactive debugging
    print(report.to_markdown())
