"""Admin tab: key reload, provider health, usage counters.  Only shown to ?user=admin."""
from __future__ import annotations

from bokeh.layouts import column
from bokeh.models import Button, DataTable, Div, TableColumn, ColumnDataSource

from analysis import state
from analysis.clients import get_openai_client, reset_clients
from analysis.cost import count_tokens


def build_admin_panel(doc):
    info = Div(text="")
    reload_btn = Button(label="Reload API keys", button_type="warning")
    probe_btn = Button(label="Probe providers")
    sessions_src = ColumnDataSource(data=dict(session=[], user=[], provider=[], explanations=[]))
    table = DataTable(
        source=sessions_src,
        columns=[TableColumn(field=f, title=f) for f in ("session", "user", "provider", "explanations")],
        height=200,
    )

    def _reload():
        reset_clients()
        state.CLIENTS.openai = get_openai_client()
        info.text = "clients rebuilt"

    def _probe():
        lines = []
        if state.CLIENTS.openai is not None:
            models = state.CLIENTS.openai.models.list()
            lines.append(f"openai: {len(list(models))} models")
        if state.CLIENTS.anthropic is not None:
            n = state.CLIENTS.anthropic.messages.count_tokens(
                model="claude-3-5-sonnet-20241022", messages=[{"role": "user", "content": "probe"}]
            ).input_tokens
            lines.append(f"anthropic: count_tokens ok ({n})")
        lines.append(f"local tokenizer: {count_tokens('probe')} tok")
        info.text = "<br>".join(lines)

    def _refresh_sessions():
        rows = list(state.SESSIONS.values())
        sessions_src.data = dict(
            session=[r.session_id[:8] for r in rows],
            user=[r.user for r in rows],
            provider=[r.provider for r in rows],
            explanations=[r.explanations for r in rows],
        )

    reload_btn.on_click(_reload)
    probe_btn.on_click(_probe)
    doc.add_periodic_callback(_refresh_sessions, 5000)
    return column(reload_btn, probe_btn, info, table)
