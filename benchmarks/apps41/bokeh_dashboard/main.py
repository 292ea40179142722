"""Ops Insights — Bokeh server app entry point (``bokeh serve --show ops_insights``)."""
from __future__ import annotations

import logging

import pandas as pd
from bokeh.io import curdoc
from bokeh.layouts import column, row
from bokeh.models import ColumnDataSource, Div, TabPanel, Tabs

from analysis import prompts
from analysis.registry import cheap_backend
from analysis.state import CLIENTS, SESSIONS
from data.sources import default_source
from ui.admin_panel import build_admin_panel
from ui.callbacks import DashboardCallbacks
from ui.charts import make_timeseries
from ui.incidents_panel import build_incidents_panel
from ui.legacy_panel import build_digest_tab
from ui.periodic import AnomalyNarrator, LiveRefresher, heartbeat_fireworks
from ui.widgets import build_controls

log = logging.getLogger("ops_insights.main")

doc = curdoc()
session_id = doc.session_context.id if doc.session_context else "local"
session_info = SESSIONS.get(session_id)

metrics = default_source()
controls = build_controls(default_provider=session_info.provider if session_info else "OpenAI")
initial = metrics.fetch(controls.service.value, controls.metric.value, int(controls.hours.value))
source = ColumnDataSource(data={c: initial[c].values for c in initial.columns})

fig = make_timeseries(source, controls.metric.value, f"{controls.service.value} · {controls.metric.value}")
status_note = Div(text="", sizing_mode="stretch_width")
fw_status = Div(text="", styles={"font-size": "10px", "color": "#999"})

callbacks = DashboardCallbacks(doc, controls, source, metrics, session_id)
callbacks.attach()


def _retitle(attr, old, new):
    fig.title.text = f"{controls.service.value} · {controls.metric.value}"
    fig.yaxis.axis_label = controls.metric.value


controls.metric.on_change("value", _retitle)
controls.service.on_change("value", _retitle)

refresher = LiveRefresher(doc, source, metrics, lambda: controls.service.value, lambda: controls.metric.value)
refresher.start()
AnomalyNarrator(doc, source, status_note, lambda: controls.service.value, lambda: controls.metric.value).start()
if CLIENTS.fireworks is not None:
    heartbeat_fireworks(doc, fw_status)

# one-line subtitle under the chart, generated once per session with the cheap model
if CLIENTS.openai is not None:
    tooltip = cheap_backend()
    subtitle = Div(text="")

    def _subtitle():
        df = pd.DataFrame(source.data)
        subtitle.text = tooltip(prompts.chart_explanation_prompt(fig.title.text, controls.metric.value, df.tail(60)))

    doc.add_timeout_callback(_subtitle, 1500)
else:
    subtitle = Div(text="")

sidebar = column(
    controls.service, controls.metric, controls.hours, controls.provider,
    controls.explain, controls.summarize, controls.stream_toggle,
    controls.question, controls.ask, controls.status, fw_status,
    name="controls",
)
charts = column(
    Tabs(tabs=[
        TabPanel(child=column(fig, subtitle, sizing_mode="stretch_width"), title="Live"),
        TabPanel(child=build_digest_tab(doc), title="Weekly digest"),
        TabPanel(child=build_incidents_panel(doc), title="Incidents"),
    ] + ([TabPanel(child=build_admin_panel(doc), title="Admin")] if session_info and session_info.user == "admin" else [])),
    name="charts",
    sizing_mode="stretch_width",
)
narrative = column(status_note, controls.narrative, controls.cost, name="narrative", sizing_mode="stretch_width")

doc.add_root(sidebar)
doc.add_root(charts)
doc.add_root(narrative)
doc.title = "Ops Insights"
