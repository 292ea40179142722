"""Morning brief tab.

``MarketBrief`` owns its Anthropic client as a parameter so the app can inject a
shared one (or a fake in tests). The OpenAI path goes through ``BriefSummarizer``.
"""
from __future__ import annotations

import anthropic
import panel as pn
import param

from deskassist.prompts import BRIEF_TEMPLATE, DESK_SYSTEM, format_history
from deskassist.services import market_data
from deskassist.services.multi_model_service import TaskComplexity, multi_model_service
from deskassist.services.summarizer import BriefSummarizer
from deskassist.settings import settings


class MarketBrief(pn.viewable.Viewer):
    client = param.ClassSelector(class_=anthropic.Anthropic, doc="Shared Anthropic client")
    summarizer = param.ClassSelector(class_=BriefSummarizer, allow_None=True)

    hub = param.Selector(default="TTF", objects=market_data.HUBS)
    tenor = param.Selector(default="M+1", objects=market_data.TENORS)
    n_days = param.Integer(default=10, bounds=(5, 60))
    engine = param.Selector(default="Claude", objects=["Claude", "OpenAI", "Tracked"])
    fundamentals = param.String(default="", doc="Free-text notes from the fundamentals team")
    stream = param.Boolean(default=True)

    refresh = param.Event()

    def __init__(self, **params):
        super().__init__(**params)
        self._output = pn.pane.Markdown("Pick a contract and press *Generate*.", sizing_mode="stretch_width")
        self._token_info = pn.pane.Str("")

    def _history(self):
        try:
            return market_data.fetch_settlements(self.hub, self.tenor, self.n_days)
        except Exception:
            return market_data.fake_settlements(self.hub, self.tenor, self.n_days)

    def _prompt(self, history) -> str:
        return BRIEF_TEMPLATE.format(
            hub=self.hub, tenor=self.tenor, n_days=len(history),
            history=format_history(history), fundamentals=self.fundamentals or "(none)",
        )

    @param.depends("hub", "tenor", "n_days", "fundamentals")
    def _prompt_size(self):
        count = self.client.messages.count_tokens(
            model=settings.brief_model,
            system=DESK_SYSTEM,
            messages=[{"role": "user", "content": self._prompt(self._history())}],
        )
        return pn.pane.Str(f"prompt: {count.input_tokens} tokens")

    def _claude_brief(self, prompt: str) -> None:
        if not self.stream:
            msg = self.client.messages.create(
                model=settings.brief_model,
                max_tokens=settings.max_output_tokens,
                system=DESK_SYSTEM,
                messages=[{"role": "user", "content": prompt}],
            )
            self._output.object = "".join(b.text for b in msg.content if b.type == "text")
            return
        text = ""
        with self.client.messages.stream(
            model=settings.brief_model,
            max_tokens=settings.max_output_tokens,
            system=DESK_SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            for delta in stream.text_stream:
                text += delta
                self._output.object = text
        final = stream.get_final_message()
        self._token_info.object = f"in={final.usage.input_tokens} out={final.usage.output_tokens}"

    @param.depends("refresh", watch=True)
    async def _generate(self):
        history = self._history()
        self._output.object = "_Generating..._"
        if self.engine == "Claude":
            self._claude_brief(self._prompt(history))
        elif self.engine == "OpenAI" and self.summarizer is not None:
            self._output.object = self.summarizer.summarize(self.hub, self.tenor, history, self.fundamentals)
        else:
            self._output.object = await multi_model_service.generate_response(
                prompt=self._prompt(history),
                task_type="morning_brief",
                complexity=TaskComplexity.STANDARD,
                user=pn.state.user,
            )

    def __panel__(self):
        controls = pn.Param(
            self,
            parameters=["hub", "tenor", "n_days", "engine", "stream", "fundamentals", "refresh"],
            widgets={
                "fundamentals": pn.widgets.TextAreaInput,
                "refresh": {"type": pn.widgets.Button, "name": "Generate", "button_type": "primary"},
            },
            show_name=False,
        )
        return pn.Row(
            pn.Column(controls, self._prompt_size, width=320),
            pn.Column(self._output, self._token_info),
        )
