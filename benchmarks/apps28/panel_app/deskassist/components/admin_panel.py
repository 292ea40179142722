"""Admin tab (desk leads only): model catalogue, provider ping, usage log."""
from __future__ import annotations

import pandas as pd
import panel as pn

from deskassist.clients import get_client, get_genai_client, make_bedrock_control
from deskassist.services.costs import BudgetMeter, estimate_cost_usd
from deskassist.services.llm_usage_tracker import llm_tracker
from deskassist.settings import settings

ADMINS = {"j.weber", "a.rossi", "m.dubois"}


def _openai_models() -> list[str]:
    return sorted(m.id for m in get_client("openai").models.list())


def _bedrock_models() -> list[str]:
    resp = make_bedrock_control().list_foundation_models(byOutputModality="TEXT")
    return sorted(s["modelId"] for s in resp["modelSummaries"])


def _gemini_models() -> list[str]:
    return sorted(m.name for m in get_genai_client().models.list())


def _ping_openai() -> str:
    client = get_client("openai")
    resp = client.with_options(timeout=5.0).chat.completions.create(
        model="gpt-4o-mini", max_tokens=1, messages=[{"role": "user", "content": "ping"}]
    )
    return f"ok ({resp.model})"


def _usage_frame() -> pd.DataFrame:
    rows = [
        {
            "provider": u.provider,
            "model": u.model,
            "feature": u.feature_context,
            "in": u.input_tokens,
            "out": u.output_tokens,
            "usd": estimate_cost_usd(u.model, u.input_tokens, u.output_tokens),
            "ok": u.success,
        }
        for u in llm_tracker.recent(200)
    ]
    return pd.DataFrame(rows)


def admin_view():
    if pn.state.user not in ADMINS:
        return pn.pane.Alert("Admins only.", alert_type="warning")
    meter = BudgetMeter(monthly_usd=1500)
    usage = _usage_frame()
    if not usage.empty:
        for _, row in usage.iterrows():
            meter.add(row["model"], row["in"], row["out"])
    catalogue = pn.Tabs(
        ("OpenAI", pn.bind(lambda: pd.DataFrame({"model": _openai_models()}))),
        ("Bedrock", pn.bind(lambda: pd.DataFrame({"model": _bedrock_models()}))),
        ("Gemini", pn.bind(lambda: pd.DataFrame({"model": _gemini_models()}))),
        dynamic=True,
    )
    ping_out = pn.pane.Str()
    ping = pn.widgets.Button(name="Ping OpenAI")
    ping.on_click(lambda e: setattr(ping_out, "object", _ping_openai()))
    return pn.Column(
        pn.indicators.Progress(value=int(meter.fraction_used() * 100), max=100, name="Budget"),
        pn.Param(settings, show_name=False),
        pn.Row(ping, ping_out),
        catalogue,
        pn.widgets.Tabulator(usage, pagination="remote", page_size=25),
    )
