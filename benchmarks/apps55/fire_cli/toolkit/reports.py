"""Markdown reports from eval / arena outputs, with an optional LLM-written summary."""
from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from mlplatform.services.llm_usage_tracker import llm_tracker

from toolkit.io_utils import read_jsonl
from toolkit.output import console


class ReportBuilder:
    def __init__(self, title: str):
        self.title = title
        self.sections: list[tuple[str, str]] = []

    def add(self, heading: str, body: str) -> "ReportBuilder":
        self.sections.append((heading, body))
        return self

    def generate(self) -> str:
        lines = [f"# {self.title}", f"_generated {dt.datetime.now():%Y-%m-%d %H:%M}_", ""]
        for heading, body in self.sections:
            lines += [f"## {heading}", "", body, ""]
        return "\n".join(lines)


def results_table(rows: list[dict]) -> str:
    if not rows:
        return "_no rows_"
    cols = list(rows[0].keys())
    out = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
    for r in rows:
        out.append("| " + " | ".join(str(r.get(c, "")) for c in cols) + " |")
    return "\n".join(out)


async def llm_summary(aclient, rows: list[dict], model: str = "claude-3-5-sonnet-20240620") -> str:
    async with llm_tracker.track_llm_call(
        provider="anthropic",
        model=model,
        feature_context="mltk_report_summary",
    ) as usage_log:
        msg = await aclient.messages.create(
            model=model,
            max_tokens=600,
            messages=[{"role": "user", "content": "Summarise these eval results for a weekly update:\n" + results_table(rows[:200])}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


class ReportCommands:
    """Build markdown reports."""

    def __init__(self, ctx):
        self._ctx = ctx

    def build(self, results: str, out: str = None, title: str = "Eval report", summarize: bool = False):
        rows = read_jsonl(results)
        report = ReportBuilder(title).add("Results", results_table(rows))
        if summarize:
            report.add("Summary", asyncio.run(llm_summary(self._ctx.aanthropic, rows)))
        text = report.generate()
        if out:
            Path(out).write_text(text)
            console.print(f"wrote {out}")
            return None
        return text
