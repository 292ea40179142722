"""PDF/HTML weekly report generation (no model calls; the text comes in pre-written)."""
from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
from jinja2 import Environment, select_autoescape

_ENV = Environment(autoescape=select_autoescape(["html"]))
_TEMPLATE = _ENV.from_string(
    """
<h2>Ops weekly — {{ week }}</h2>
{% for s in sections %}
<h3>{{ s.title }}</h3>
<p>{{ s.body }}</p>
{{ s.table | safe }}
{% endfor %}
"""
)


@dataclass
class Section:
    title: str
    body: str
    table: str = ""


@dataclass
class WeeklyReport:
    week: date
    sections: list[Section] = field(default_factory=list)

    @classmethod
    def create(cls, week: date | None = None) -> "WeeklyReport":
        return cls(week=week or date.today())

    def add(self, title: str, body: str, df: pd.DataFrame | None = None) -> None:
        table = df.to_html(index=False, float_format="%.3f") if df is not None else ""
        self.sections.append(Section(html.escape(title), html.escape(body), table))

    def generate(self) -> str:
        return _TEMPLATE.render(week=self.week.isoformat(), sections=self.sections)


class ReportBuilder:
    """Fluent wrapper used by scripts/export_report.py."""

    def __init__(self):
        self.report = WeeklyReport.create()

    def section(self, title: str, body: str, df: pd.DataFrame | None = None) -> "ReportBuilder":
        self.report.add(title, body, df)
        return self

    def completion(self) -> float:
        """Fraction of services that have a section."""
        from data.sources import SERVICES

        return len(self.report.sections) / max(1, len(SERVICES))
