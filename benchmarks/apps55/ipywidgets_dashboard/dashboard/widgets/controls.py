"""Small shared controls."""
from __future__ import annotations

import ipywidgets as widgets

FALLBACK_MODELS = ["gpt-4o-mini", "gpt-4o", "claude-3-5-sonnet-20241022", "gemini-2.0-flash"]


class ModelPicker:
    """Lists models the current keys can see. Read-only listing, no generation."""

    def __init__(self, state):
        self.state = state
        self.widget = widgets.Dropdown(options=FALLBACK_MODELS, description="Override", layout=widgets.Layout(width="260px"))
        self.refresh_btn = widgets.Button(icon="refresh", layout=widgets.Layout(width="36px"))
        self.refresh_btn.on_click(self._refresh)

    def _refresh(self, _=None):
        names: list[str] = []
        try:
            names += sorted(m.id for m in self.state.openai.models.list() if m.id.startswith(("gpt-", "o")))
        except Exception:  # noqa: BLE001
            pass
        try:
            names += [m.id for m in self.state.anthropic.models.list(limit=20)]
        except Exception:  # noqa: BLE001
            pass
        try:
            names += [m.name.split("/")[-1] for m in self.state.genai.models.list()]
        except Exception:  # noqa: BLE001
            pass
        self.widget.options = names or FALLBACK_MODELS


def labelled(label: str, w: widgets.Widget) -> widgets.HBox:
    return widgets.HBox([widgets.Label(label, layout=widgets.Layout(width="110px")), w])


def spinner(text: str = "working…") -> widgets.HTML:
    return widgets.HTML(f"<i class='fa fa-spinner fa-spin'></i> {text}")


class StatusBar:
    """Token/cost counter shown under the tabs; reads the usage tracker totals."""

    def __init__(self, tracker, price_per_m_in: float = 1.0, price_per_m_out: float = 4.0):
        self.tracker = tracker
        self.price_in = price_per_m_in
        self.price_out = price_per_m_out
        self.widget = widgets.HTML()
        self.refresh()

    def refresh(self):
        t = self.tracker.session_totals
        usd = (t["input"] * self.price_in + t["output"] * self.price_out) / 1_000_000
        self.widget.value = (
            f"<small>tokens in: {t['input']:,} · out: {t['output']:,} · ≈ ${usd:.3f} (tracked calls only)</small>"
        )


def confirm_button(description: str, on_confirm, warning: str = "Are you sure?") -> widgets.VBox:
    btn = widgets.Button(description=description, button_style="danger")
    yes = widgets.Button(description="Yes", button_style="danger", layout=widgets.Layout(display="none"))
    no = widgets.Button(description="No", layout=widgets.Layout(display="none"))
    note = widgets.Label("")

    def ask(_):
        note.value = warning
        yes.layout.display = no.layout.display = "inline-flex"

    def cancel(_):
        note.value = ""
        yes.layout.display = no.layout.display = "none"

    def confirm(_):
        cancel(_)
        on_confirm()

    btn.on_click(ask)
    no.on_click(cancel)
    yes.on_click(confirm)
    return widgets.VBox([btn, widgets.HBox([note, yes, no])])
