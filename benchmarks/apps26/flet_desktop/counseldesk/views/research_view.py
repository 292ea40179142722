"""Research panel (Perplexity)."""
from __future__ import annotations

import logging

import flet as ft

from counseldesk.services.research import JURISDICTION_DOMAINS, ResearchAnswer, ask_perplexity, format_citations

log = logging.getLogger(__name__)


class ResearchPanel(ft.Column):
    def __init__(self, perplexity_client) -> None:
        super().__init__(expand=True, scroll=ft.ScrollMode.AUTO)
        self._pplx = perplexity_client
        self._last: ResearchAnswer | None = None
        self.jurisdiction = ft.Dropdown(
            label="Jurisdiction",
            value="US",
            width=140,
            options=[ft.dropdown.Option(j) for j in JURISDICTION_DOMAINS],
        )
        self.recent_only = ft.Checkbox(label="Last month only")
        self.question = ft.TextField(label="Research question", expand=True, on_submit=self.run_research)
        self.answer = ft.Markdown("", selectable=True, extension_set=ft.MarkdownExtensionSet.GITHUB_WEB)
        self.sources = ft.Text("", size=12, selectable=True)
        self.followup = ft.TextField(label="Follow-up", expand=True, on_submit=self._on_followup, visible=False)
        self.controls = [
            ft.Text("Research", style=ft.TextThemeStyle.TITLE_LARGE),
            ft.Row([self.jurisdiction, self.question, self.recent_only]),
            self.answer,
            self.sources,
            self.followup,
        ]

    async def run_research(self, e) -> None:
        q = (self.question.value or "").strip()
        if not q:
            return
        self.answer.value = "_Searching…_"
        self.update()
        try:
            result = await ask_perplexity(
                self._pplx,
                q,
                jurisdiction=self.jurisdiction.value or "US",
                recency="month" if self.recent_only.value else None,
            )
        except Exception as exc:  # noqa: BLE001
            log.exception("research failed")
            self.answer.value = f"**Error:** {exc}"
        else:
            self._last = result
            self.answer.value = result.answer
            self.sources.value = format_citations(result.citations)
            self.followup.visible = True
        self.update()

    def _on_followup(self, e) -> None:
        # blocking client is fine here: run_thread keeps the UI responsive
        self.page.run_thread(self._followup_worker, self.followup.value)

    def _followup_worker(self, text: str | None) -> None:
        if not text or self._last is None:
            return
        from counseldesk.services import get_perplexity_client

        pplx = get_perplexity_client()
        resp = pplx.chat.completions.create(
            model="sonar",
            messages=[
                {"role": "user", "content": self._last.question},
                {"role": "assistant", "content": self._last.answer},
                {"role": "user", "content": text},
            ],
        )
        self.answer.value += "\n\n---\n\n" + (resp.choices[0].message.content or "")
        self.followup.value = ""
        self.update()
