"""Charts tab: pick x/y/kind, plot, and ask for an explanation."""
from __future__ import annotations

import ipywidgets as widgets
import matplotlib.pyplot as plt
from IPython.display import display


def make_chart_tab(state):
    """Functional version (used by the legacy single-page layout)."""
    out = widgets.Output()
    explain_out = widgets.Output()
    explainer = state.services["explainer"]
    current = {"fig": None, "title": ""}

    x_dd = widgets.Dropdown(description="x")
    y_dd = widgets.Dropdown(description="y")
    kind = widgets.ToggleButtons(options=["line", "bar", "scatter", "hist"], value="line")
    plot_btn = widgets.Button(description="Plot", icon="line-chart")
    explain_btn = widgets.Button(description="Explain this chart", icon="comment")
    provider = widgets.RadioButtons(options=["openai", "anthropic"], value="openai", description="Vision")

    def refresh_columns():
        ds = state.dataset()
        cols = list(ds.df.columns) if ds is not None else []
        x_dd.options = cols
        y_dd.options = cols

    def on_plot(_):
        ds = state.dataset()
        if ds is None:
            return
        out.clear_output(wait=True)
        with out:
            fig, ax = plt.subplots(figsize=(8, 4))
            df = ds.df
            if kind.value == "hist":
                df[y_dd.value].plot.hist(ax=ax, bins=30)
            else:
                df.plot(x=x_dd.value, y=y_dd.value, kind=kind.value, ax=ax)
            current["title"] = f"{y_dd.value} by {x_dd.value} ({ds.name})"
            ax.set_title(current["title"])
            current["fig"] = fig
            plt.show()

    def on_explain(_):
        if current["fig"] is None:
            return
        explain_out.clear_output()
        with explain_out:
            print("Asking the model…")
            text = explainer.explain(current["fig"], current["title"], provider=provider.value)
            explain_out.clear_output()
            display(widgets.HTML(f"<blockquote>{text}</blockquote>"))

    def on_alt_text(_):
        if current["fig"] is None:
            return
        from dashboard.services.chart_explainer import figure_to_png_b64
        from google.genai import types

        png = figure_to_png_b64(current["fig"])
        resp = state.genai.models.generate_content(
            model=state.config.models.gemini_chat,
            contents=[
                types.Part.from_bytes(data=__import__("base64").b64decode(png), mime_type="image/png"),
                "Write concise alt text (max 25 words) for this chart.",
            ],
        )
        with explain_out:
            print("alt:", resp.text)

    plot_btn.on_click(on_plot)
    explain_btn.on_click(on_explain)
    alt_btn = widgets.Button(description="Alt text")
    alt_btn.on_click(on_alt_text)

    controls = widgets.HBox([x_dd, y_dd, kind])
    actions = widgets.HBox([plot_btn, explain_btn, alt_btn, provider])
    box = widgets.VBox([controls, actions, out, explain_out])
    return box, refresh_columns


class ChartTab:
    def __init__(self, state):
        self.state = state
        self.widget, self._refresh = make_chart_tab(state)

    def refresh_columns(self):
        self._refresh()
