"""Long-running jobs run as Dash background callbacks (DiskcacheManager).

These execute in a worker process without a Flask app context, so they use the
cached getters from ``ai`` rather than the provider bundle.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

from dash import Input, Output, State, callback, dcc, html

from ai import get_async_openai_client, get_together_client
from ai.prompts import INSIGHT_SYSTEM, insight_prompt
from config import get_settings
from data import get_warehouse
from extensions import background_manager
from services.notify import SlackNotifier

log = logging.getLogger(__name__)
MODELS = get_settings().models

SEGMENTS = {
    "fresh": "Fresh produce, bakery and deli",
    "grocery": "Centre-store grocery",
    "home": "Home goods and seasonal",
    "health": "Health & beauty",
}


def _segment_records(segment: str) -> list[dict]:
    end = dt.date.today()
    df = get_warehouse().category_mix(end - dt.timedelta(days=7), end)
    return df.to_dict("records")


@callback(
    output=Output("digest-output", "children"),
    inputs=Input("digest-run-btn", "n_clicks"),
    state=[State("digest-segments", "value"), State("digest-notify", "value")],
    background=True,
    manager=background_manager,
    progress=[Output("digest-progress", "value"), Output("digest-progress", "max")],
    running=[
        (Output("digest-run-btn", "disabled"), True, False),
        (Output("digest-cancel-btn", "disabled"), False, True),
    ],
    cancel=[Input("digest-cancel-btn", "n_clicks")],
    prevent_initial_call=True,
)
def build_weekly_digest(set_progress, n_clicks, segments, notify):
    segments = segments or list(SEGMENTS)
    client = get_together_client()
    sections: dict[str, str] = {}
    set_progress((0, len(segments)))
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {
            pool.submit(
                client.chat.completions.create,
                model=MODELS.together,
                messages=[
                    {"role": "system", "content": INSIGHT_SYSTEM},
                    {
                        "role": "user",
                        "content": insight_prompt(
                            f"What happened in {SEGMENTS[seg]} last week?", _segment_records(seg)
                        ),
                    },
                ],
                max_tokens=350,
            ): seg
            for seg in segments
        }
        for done, fut in enumerate(as_completed(futures), start=1):
            seg = futures[fut]
            try:
                sections[seg] = fut.result().choices[0].message.content
            except Exception:  # noqa: BLE001
                log.exception("digest section %s failed", seg)
                sections[seg] = "_Section failed, see logs._"
            set_progress((done, len(segments)))

    markdown = "\n\n".join(f"### {SEGMENTS[s]}\n{sections[s]}" for s in segments)
    if notify:
        SlackNotifier().send_message(f"Weekly digest ready ({len(segments)} segments)")
    return dcc.Markdown(markdown)


async def _region_notes(regions: list[str], records_by_region: dict[str, list[dict]]) -> dict[str, str]:
    aclient = get_async_openai_client()
    tasks = [
        aclient.chat.completions.create(
            model=MODELS.openai_chat,
            messages=[
                {"role": "system", "content": INSIGHT_SYSTEM},
                {"role": "user", "content": insight_prompt(f"Key issue in {r}?", records_by_region[r])},
            ],
            max_tokens=200,
        )
        for r in regions
    ]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    out = {}
    for region, res in zip(regions, results):
        out[region] = "error" if isinstance(res, Exception) else res.choices[0].message.content
    return out


@callback(
    Output("region-notes", "children"),
    Input("region-notes-btn", "n_clicks"),
    State("sales-region", "value"),
    background=True,
    manager=background_manager,
    running=[(Output("region-notes-btn", "disabled"), True, False)],
    prevent_initial_call=True,
)
def region_notes(n_clicks, selected_region):
    end = dt.date.today()
    df = get_warehouse().daily_sales(end - dt.timedelta(days=28), end)
    regions = [selected_region] if selected_region else sorted(df["region"].unique())
    records = {r: df[df["region"] == r].to_dict("records") for r in regions}
    notes = asyncio.run(_region_notes(regions, records))
    return html.Ul([html.Li([html.Strong(r + ": "), notes[r]]) for r in regions])
