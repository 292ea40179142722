from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import solara

from lab import state
from lab.backend import chart_explainer
from lab.backend.clients import get_groq_client


def _one_liner(title: str, df: pd.DataFrame) -> str:
    """Caption under the chart thumbnail -- Groq is fast enough to do this on render."""
    resp = get_groq_client().chat.completions.create(
        model="llama-3.1-8b-instant",
        messages=[{"role": "user", "content": f"Write a 12-word caption for a chart titled '{title}' "
                                              f"over columns {list(df.columns)[:8]}."}],
        max_tokens=40,
    )
    return resp.choices[0].message.content.strip()


@solara.component
def ChartCard(fig: go.Figure, df: pd.DataFrame, title: str):
    explanation, set_explanation = solara.use_state("")
    caption = solara.use_memo(lambda: _one_liner(title, df), [title])

    def explain():
        if state.use_vision.value and state.provider.value == "anthropic":
            set_explanation(chart_explainer.explain_with_claude(fig, df, title))
        elif state.use_vision.value:
            set_explanation(chart_explainer.explain_with_openai(fig, df, title))
        else:
            set_explanation(chart_explainer.explain_from_spec(fig, df, title))

    with solara.Card(title, subtitle=caption):
        solara.FigurePlotly(fig)
        solara.Button("Explain this chart", on_click=explain, icon_name="mdi-lightbulb-on-outline")
        if explanation:
            solara.Markdown(explanation)
