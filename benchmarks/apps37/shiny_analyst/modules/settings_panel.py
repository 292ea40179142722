"""Settings tab: model availability and session spend."""
from __future__ import annotations

import logging

import pandas as pd
from shiny import module, reactive, render, ui

from services.clients import get_mistral_client, get_openai_client
from services.costs import PRICES
from services.llm_usage_tracker import llm_tracker
from utils.formatting import money

log = logging.getLogger(__name__)


@module.ui
def settings_ui():
    return ui.layout_columns(
        ui.card(
            ui.card_header("Available models"),
            ui.input_action_button("refresh", "Refresh", class_="btn-sm"),
            ui.output_data_frame("models"),
        ),
        ui.card(
            ui.card_header("This session"),
            ui.output_text("spend"),
            ui.output_data_frame("prices"),
        ),
    )


@module.server
def settings_server(input, output, session):
    @render.data_frame
    @reactive.event(input.refresh, ignore_none=False)
    def models():
        rows = []
        try:
            for m in get_openai_client().models.list():
                if m.id.startswith(("gpt-", "o", "text-embedding")):
                    rows.append({"provider": "openai", "model": m.id})
        except Exception:  # noqa: BLE001
            log.warning("openai models.list failed", exc_info=True)
        try:
            listing = get_mistral_client().models.list()
            rows.extend({"provider": "mistral", "model": m.id} for m in (listing.data or []))
        except Exception:  # noqa: BLE001
            log.warning("mistral models.list failed", exc_info=True)
        return pd.DataFrame(rows)

    @render.text
    def spend():
        reactive.invalidate_later(10)
        t = llm_tracker.session_totals()
        return f"{int(t['input_tokens']):,} in / {int(t['output_tokens']):,} out \u2014 {money(t['cost_usd'])} (tracked calls only)"

    @render.data_frame
    def prices():
        return pd.DataFrame(
            [{"model": k, "input $/1M": v[0], "output $/1M": v[1]} for k, v in PRICES.items()]
        )
