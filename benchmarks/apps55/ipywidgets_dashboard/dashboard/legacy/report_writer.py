"""Legacy weekly report generator. Half-migrated to multi_model_service (see TODOs)."""
from __future__ import annotations

import asyncio
import datetime as dt

from dashboard.llm.clients import get_anthropic_client, get_openai_client
from dashboard.services.llm_usage_tracker import llm_tracker
from dashboard.services.multi_model_service import TaskComplexity, multi_model_service


class ReportWriter:
    def __init__(self, loader):
        self.loader = loader
        self.client = get_anthropic_client()
        self.oai = get_openai_client()

    # TODO(mr): migrate to multi_model_service like headline() below
    def write_section(self, title: str, table_md: str) -> str:
        msg = self.client.messages.create(
            model="claude-3-5-sonnet-20241022",
            max_tokens=900,
            messages=[{"role": "user", "content": f"Write the '{title}' section of a weekly KPI report.\n\n{table_md}"}],
        )
        return msg.content[0].text

    async def headline(self, sections: list[str]) -> str:
        return await multi_model_service.generate_response(
            prompt="Write a one-sentence headline for this report:\n\n" + "\n\n".join(sections),
            task_type="report_headline",
            complexity=TaskComplexity.STANDARD,
        )

    async def tracked_section(self, title: str, table_md: str) -> str:
        async with llm_tracker.track_llm_call(provider="openai", model="gpt-4o", feature_context="weekly_report") as usage_log:
            resp = self.oai.chat.completions.create(
                model="gpt-4o",
                messages=[{"role": "user", "content": f"Section '{title}':\n{table_md}"}],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content

    def cover_image(self, title: str) -> str:
        img = self.oai.images.generate(model="dall-e-3", prompt=f"Minimal abstract cover art for a report titled {title}",
                                       size="1792x1024", n=1)
        return img.data[0].url

    def build(self, tables: dict[str, str]) -> str:
        sections = [self.write_section(t, md) for t, md in tables.items()]
        head = asyncio.run(self.headline(sections))
        date = dt.date.today().isoformat()
        return f"# {head}\n_{date}_\n\n" + "\n\n".join(sections)
