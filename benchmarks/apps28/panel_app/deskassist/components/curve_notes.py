"""Fundamentals views: forward-curve commentary and weather narrative, built with
``pn.bind`` / plain callbacks (written before we settled on Parameterized views;
see brief_panel.py for the newer style)."""
from __future__ import annotations

import hvplot.pandas  # noqa: F401 - registers .hvplot
import panel as pn
import requests

from deskassist.clients import default_config, get_genai_client
from deskassist.prompts import CURVE_NOTE_TEMPLATE, DESK_SYSTEM, format_curve
from deskassist.services import market_data
from deskassist.services.weather_narrative import forecast_tokens, weather_narrative

FORECAST_API = "https://api.internal.desk/weather/v1/forecast"
REGIONS = ["DE", "FR", "NL", "GB", "Nordics"]


def _curve_plot(hub: str):
    snap = market_data.load_curve(hub)
    return snap.to_frame().hvplot.line(x="tenor", y="price", title=f"{hub} forward curve", height=300)


def _curve_comment(hub: str, detailed: bool, go: int):
    if not go:
        return pn.pane.Markdown("Press *Comment* to ask Gemini about the curve shape.")
    snap = market_data.load_curve(hub)
    client = get_genai_client()
    response = client.models.generate_content(
        model="gemini-2.0-flash" if not detailed else "gemini-1.5-pro",
        contents=CURVE_NOTE_TEMPLATE.format(hub=hub, curve=format_curve(snap.points)),
        config=default_config(system=DESK_SYSTEM),
    )
    return pn.pane.Markdown(response.text)


def _curve_comment_stream(hub: str, go: int):
    """Generator version so the markdown fills in progressively."""
    if not go:
        yield pn.pane.Markdown("")
        return
    snap = market_data.load_curve(hub)
    text = ""
    for chunk in get_genai_client().models.generate_content_stream(
        model="gemini-2.0-flash",
        contents=CURVE_NOTE_TEMPLATE.format(hub=hub, curve=format_curve(snap.points)),
    ):
        text += chunk.text or ""
        yield pn.pane.Markdown(text)


def curve_notes_view() -> pn.viewable.Viewable:
    hub = pn.widgets.Select(name="Hub", options=market_data.HUBS, value="DE-BASE")
    detailed = pn.widgets.Checkbox(name="Detailed (pro model)", value=False)
    streaming = pn.widgets.Checkbox(name="Stream", value=True)
    go = pn.widgets.Button(name="Comment", button_type="primary")

    plot = pn.bind(_curve_plot, hub)
    comment = pn.bind(_curve_comment, hub, detailed, go.param.clicks)
    comment_stream = pn.bind(_curve_comment_stream, hub, go.param.clicks)

    def _pick(stream_on):
        return comment_stream if stream_on else comment

    return pn.Row(
        pn.Column(hub, detailed, streaming, go, width=260),
        pn.Column(plot, pn.panel(pn.bind(_pick, streaming))),
    )


# ------------------------------------------------------------------ weather


def _forecast(region: str) -> list[dict]:
    resp = requests.get(FORECAST_API, params={"region": region, "hours": 240}, timeout=15)
    resp.raise_for_status()
    return resp.json()["hourly"]


def weather_view() -> pn.viewable.Viewable:
    region = pn.widgets.Select(name="Region", options=REGIONS)
    days = pn.widgets.IntSlider(name="Days", start=1, end=10, value=5)
    out = pn.pane.Markdown()
    info = pn.pane.Str()

    async def _run(event):
        client = pn.state.as_cached("gemini-client", get_genai_client)
        fc = _forecast(region.value)
        info.object = f"~{forecast_tokens(client, region.value, fc, days.value)} prompt tokens"
        out.object = await weather_narrative(client, region.value, fc, days=days.value)

    btn = pn.widgets.Button(name="Narrative", button_type="primary")
    btn.on_click(_run)
    return pn.Column(pn.Row(region, days, btn), info, out)
