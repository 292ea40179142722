"""Trade-idea extraction from broker notes, plus a devil's-advocate critique."""
from __future__ import annotations

import pandas as pd
import panel as pn
import param

from deskassist.services.llm_usage_tracker import llm_tracker
from deskassist.services.intake import extract_trade_ideas, ideas_to_rows
from deskassist.session import SessionContext

CRITIC_MODEL = "claude-3-5-haiku-latest"


class IdeasPanel(pn.viewable.Viewer):
    note = param.String(default="")
    ideas = param.List(default=[])
    critique = param.String(default="")

    def __init__(self, session: SessionContext | None = None, **params):
        super().__init__(**params)
        self.session = session or SessionContext.current()

    def _extract(self, event=None):
        self.ideas = ideas_to_rows(extract_trade_ideas(self.note))

    def _critique(self, event=None):
        if not self.ideas:
            return
        listing = "\n".join(f"- {i['direction']} {i['instrument']}: {i['rationale']}" for i in self.ideas)
        msg = self.session.anthropic.messages.create(
            model=CRITIC_MODEL,
            max_tokens=500,
            messages=[{"role": "user", "content": f"Play devil's advocate on these ideas:\n{listing}"}],
        )
        self.critique = msg.content[0].text

    async def _tldr(self, event=None):
        model = "gpt-4o-mini"
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="ideas_tldr", user=self.session.user
        ) as usage_log:
            resp = await self.session.openai.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": f"TL;DR in 2 lines:\n{self.note}"}],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        self.critique = resp.choices[0].message.content

    @param.depends("ideas")
    def _table(self):
        return pn.widgets.Tabulator(pd.DataFrame(self.ideas), height=240)

    def __panel__(self):
        return pn.Column(
            pn.widgets.TextAreaInput.from_param(self.param.note, height=200),
            pn.Row(
                pn.widgets.Button(name="Extract ideas", on_click=self._extract),
                pn.widgets.Button(name="Critique", on_click=self._critique),
                pn.widgets.Button(name="TL;DR", on_click=self._tldr),
            ),
            self._table,
            pn.pane.Markdown(self.param.critique),
        )
