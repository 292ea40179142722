"""Weekly digest of ticket themes, written to GCS as Markdown.

``SummaryReport.generate`` only renders Markdown from already-computed rows;
the model calls happen in ``ThemeDigester``.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import logging
from dataclasses import dataclass, field

from llm_batch.clients import get_async_anthropic_vertex, get_cohere
from llm_batch.config import load_settings

log = logging.getLogger(__name__)

THEME_PROMPT = (
    "Here are support ticket summaries from one category. List the three most common "
    "underlying issues, one line each, most frequent first.\n\n{summaries}"
)


@dataclass
class Section:
    category: str
    count: int
    themes: str


@dataclass
class SummaryReport:
    week: str
    sections: list[Section] = field(default_factory=list)

    def generate(self) -> str:
        lines = [f"# Support themes, week of {self.week}", ""]
        for s in sorted(self.sections, key=lambda s: -s.count):
            lines += [f"## {s.category} ({s.count} tickets)", "", s.themes.strip(), ""]
        return "\n".join(lines)


class ThemeDigester:
    def __init__(self, max_per_category: int = 200, concurrency: int = 4):
        self.claude = get_async_anthropic_vertex()
        self.model = load_settings().claude_model
        self.max_per_category = max_per_category
        self._sem = asyncio.Semaphore(concurrency)

    async def _themes(self, category: str, summaries: list[str]) -> Section:
        joined = "\n".join(f"- {s}" for s in summaries[: self.max_per_category])
        async with self._sem:
            msg = await self.claude.messages.create(
                model=self.model,
                max_tokens=300,
                messages=[{"role": "user", "content": THEME_PROMPT.format(summaries=joined)}],
            )
        return Section(category=category, count=len(summaries), themes=msg.content[0].text)

    async def digest(self, rows: list[dict]) -> SummaryReport:
        by_cat: dict[str, list[str]] = collections.defaultdict(list)
        for r in rows:
            by_cat[r.get("category", "other")].append(r["summary"])
        sections = await asyncio.gather(*(self._themes(c, s) for c, s in by_cat.items()))
        week = (dt.date.today() - dt.timedelta(days=dt.date.today().weekday())).isoformat()
        return SummaryReport(week=week, sections=list(sections))


def headline(report: SummaryReport) -> str:
    """One-line headline for the Slack post, via Cohere (cheapest chat we have)."""
    co = get_cohere()
    resp = co.chat(
        model="command-r-08-2024",
        messages=[
            {"role": "system", "content": "Write a single-sentence headline, max 20 words."},
            {"role": "user", "content": report.generate()},
        ],
        temperature=0.2,
    )
    return resp.message.content[0].text.strip()


def weekly_digest(rows: list[dict]) -> tuple[str, str]:
    report = asyncio.run(ThemeDigester().digest(rows))
    return report.generate(), headline(report)
