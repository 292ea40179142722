"""5pm risk-call prep: positions grid + Bedrock commentary."""
from __future__ import annotations

import json

import panel as pn
import param

from deskassist.clients import make_bedrock_runtime
from deskassist.services import market_data
from deskassist.services.risk_commentary import RiskCommentator
from deskassist.settings import settings

WHAT_IF_MODEL = "anthropic.claude-3-haiku-20240307-v1:0"


class RiskPanel(pn.viewable.Viewer):
    var_95 = param.Number(default=1.8e6, doc="1-day 95% VaR in EUR")
    var_99 = param.Number(default=2.9e6)
    scenario = param.String(default="", doc="What-if scenario in plain words")
    use_tracking = param.Boolean(default=True)
    commentary = param.String(default="")

    def __init__(self, **params):
        super().__init__(**params)
        self._runtime = make_bedrock_runtime()
        self.commentator = RiskCommentator(self._runtime)
        self._positions = market_data.load_positions()
        self._table = pn.widgets.Tabulator(self._positions, height=260, disabled=True)

    def _var(self) -> dict:
        return {"var95_eur": self.var_95, "var99_eur": self.var_99}

    async def _commentary_cb(self, event=None):
        self.commentary = "_working..._"
        if self.use_tracking:
            self.commentary = await self.commentator.commentary_tracked(
                self._positions, self._var(), user=pn.state.user
            )
        else:
            self.commentary = self.commentator.commentary(self._positions, self._var())

    def _what_if(self, event=None):
        if not self.scenario:
            return
        body = {
            "anthropic_version": "bedrock-2023-05-31",
            "max_tokens": 400,
            "messages": [{
                "role": "user",
                "content": f"Positions:\n{self._positions.to_csv(index=False)}\n"
                           f"Scenario: {self.scenario}\nEstimate direction of P&L per tenor.",
            }],
        }
        resp = self._runtime.invoke_model(
            modelId=WHAT_IF_MODEL,
            body=json.dumps(body),
            contentType="application/json",
            accept="application/json",
        )
        payload = json.loads(resp["body"].read())
        self.commentary = payload["content"][0]["text"]

    def __panel__(self):
        run = pn.widgets.Button(name="Draft commentary", button_type="primary")
        run.on_click(self._commentary_cb)
        what_if = pn.widgets.Button(name="What if?")
        what_if.on_click(self._what_if)
        return pn.Column(
            self._table,
            pn.Row(self.param.var_95, self.param.var_99, self.param.use_tracking),
            pn.Row(run, pn.widgets.TextInput.from_param(self.param.scenario), what_if),
            pn.pane.Markdown(self.param.commentary),
            pn.pane.Str(f"model: {settings.bedrock_model_id}"),
        )
