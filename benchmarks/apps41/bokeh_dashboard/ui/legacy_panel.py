"""Weekly digest tab.  Predates the callbacks refactor; still builds its own layout."""
from __future__ import annotations

from functools import partial

import pandas as pd
from bokeh.layouts import column, row
from bokeh.models import Button, DataTable, Div, TableColumn, TextAreaInput, ColumnDataSource

from analysis.explain import ChartExplainer
from analysis.legacy_insights import digest_via_http, moderate_annotation, weekly_digest
from analysis.state import get_executor
from data.annotations import Annotation, AnnotationStore
from data.sources import SERVICES, default_source


def build_digest_tab(doc):
    store = AnnotationStore.create()
    source = default_source()
    table_src = ColumnDataSource(data=dict(service=[], p95=[], errors=[], rps=[]))
    table = DataTable(
        source=table_src,
        columns=[TableColumn(field=f, title=f) for f in ("service", "p95", "errors", "rps")],
        height=220,
        sizing_mode="stretch_width",
    )
    out = Div(text="", sizing_mode="stretch_width")
    note = TextAreaInput(title="Annotation", rows=3)
    digest_btn = Button(label="Write weekly digest")
    explain_btn = Button(label="Explain table")
    note_btn = Button(label="Save annotation")
    explainer = ChartExplainer()

    def _load():
        rows = []
        for svc in SERVICES:
            rows.append(
                dict(
                    service=svc,
                    p95=source.fetch(svc, "latency_p95", 168)["latency_p95"].mean(),
                    errors=source.fetch(svc, "error_rate", 168)["error_rate"].mean(),
                    rps=source.fetch(svc, "rps", 168)["rps"].mean(),
                )
            )
        table_src.data = pd.DataFrame(rows).to_dict("list")

    def _digest():
        text = pd.DataFrame(table_src.data).to_markdown(index=False)
        fut = get_executor().submit(weekly_digest, text)
        fut.add_done_callback(lambda f: doc.add_next_tick_callback(partial(_set_out, f)))

    def _set_out(fut):
        try:
            out.text = fut.result()
        except Exception:  # noqa: BLE001
            # SDK path broken on some deployments; try the plain HTTP fallback inline
            out.text = digest_via_http(pd.DataFrame(table_src.data).to_markdown(index=False))

    def _explain():
        df = pd.DataFrame(table_src.data)
        out.text = explainer.explain("Weekly service table", "mixed", df)

    def _save_note():
        if not moderate_annotation(note.value):
            out.text = "<i>Annotation rejected by moderation.</i>"
            return
        store.add(Annotation("all", pd.Timestamp.utcnow().to_pydatetime(), doc.session_context.id, note.value))
        note.value = ""

    digest_btn.on_click(_digest)
    explain_btn.on_click(_explain)
    note_btn.on_click(_save_note)
    _load()
    return column(row(digest_btn, explain_btn), table, out, note, note_btn, sizing_mode="stretch_width")
