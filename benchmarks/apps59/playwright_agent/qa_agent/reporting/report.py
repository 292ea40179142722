"""HTML report for a run."""
from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, select_autoescape

from qa_agent.reporting.costs import calculate_cost
from qa_agent.services.llm_usage_tracker import llm_tracker

TEMPLATE = """<!doctype html><html><head><meta charset="utf-8"><title>QA run {{ title }}</title></head>
<body><h1>{{ title }}</h1><p>{{ started }} &middot; {{ steps|length }} steps &middot; {{ bugs|length }} bugs
&middot; ${{ '%.4f'|format(cost) }}</p>
<h2>Bugs</h2><ul>{% for b in bugs %}<li><b>{{ b.severity or 'n/a' }}</b> step {{ b.step }}: {{ b.text }}</li>{% endfor %}</ul>
<h2>Steps</h2><ol>{% for s in steps %}<li><code>{{ s.action.type }}</code> {{ s.outcome }}</li>{% endfor %}</ol>
</body></html>"""


@dataclass
class Report:
    title: str
    steps: list[dict[str, Any]] = field(default_factory=list)
    bugs: list[dict[str, Any]] = field(default_factory=list)
    started: str = field(default_factory=lambda: dt.datetime.now().isoformat(timespec="seconds"))


class ReportBuilder:
    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self._env = Environment(autoescape=select_autoescape(["html"]))

    @classmethod
    def create(cls, out_dir: str | Path) -> "ReportBuilder":
        path = Path(out_dir)
        path.mkdir(parents=True, exist_ok=True)
        return cls(path)

    def render(self, report: Report, model: str = "gpt-4o") -> Path:
        totals = llm_tracker.totals()
        cost = calculate_cost(model, totals["input_tokens"], totals["output_tokens"])
        body = self._env.from_string(TEMPLATE).render(
            title=html.escape(report.title), started=report.started, steps=report.steps, bugs=report.bugs, cost=cost
        )
        out = self.out_dir / "report.html"
        out.write_text(body, encoding="utf-8")
        (self.out_dir / "report.json").write_text(json.dumps({"steps": report.steps, "bugs": report.bugs}, indent=2))
        return out
