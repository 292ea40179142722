"""Charts tab: Gemini proposes charts, we draw them with plotly."""
from __future__ import annotations

import plotly.express as px
from google.genai import types
from shiny import module, reactive, render, req, ui
from shinywidgets import output_widget, render_widget

from config import get_settings
from services.chart_advisor import ChartAdvisor, ChartSpec


@module.ui
def charts_ui():
    return ui.layout_sidebar(
        ui.sidebar(
            ui.input_task_button("suggest", "Suggest charts"),
            ui.output_ui("choices"),
            ui.input_action_button("narrate", "Write caption", class_="btn-outline-primary"),
        ),
        ui.card(output_widget("plot"), ui.output_ui("caption")),
    )


def _draw(df, spec: ChartSpec):
    if spec.kind == "hist":
        return px.histogram(df, x=spec.x)
    if spec.kind == "scatter" and spec.y:
        return px.scatter(df, x=spec.x, y=spec.y)
    if spec.kind == "line" and spec.y:
        return px.line(df.sort_values(spec.x), x=spec.x, y=spec.y)
    if spec.y:
        agg = df.groupby(spec.x, dropna=False)[spec.y].sum().reset_index()
        return px.bar(agg.head(50), x=spec.x, y=spec.y)
    return px.bar(df[spec.x].value_counts().head(30).reset_index(), x=spec.x, y="count")


@module.server
def charts_server(input, output, session, dataset, advisor: ChartAdvisor):
    specs = reactive.value([])
    caption_text = reactive.value("")

    @ui.bind_task_button(button_id="suggest")
    @reactive.extended_task
    async def suggest_task(df, name):
        return await advisor.suggest_async(df, name)

    @reactive.effect
    @reactive.event(input.suggest)
    def _go():
        ds = dataset()
        req(ds)
        suggest_task.invoke(ds.df, ds.name)

    @reactive.effect
    def _collect():
        specs.set(suggest_task.result())

    @render.ui
    def choices():
        req(specs())
        labels = {str(i): f"{s.kind}: {s.x}" + (f" vs {s.y}" if s.y else "") for i, s in enumerate(specs())}
        return ui.input_radio_buttons("pick", "Suggestions", labels)

    @reactive.calc
    def chosen() -> ChartSpec:
        req(specs(), input.pick())
        return specs()[int(input.pick())]

    @render_widget
    def plot():
        ds = dataset()
        req(ds)
        return _draw(ds.df, chosen())

    @reactive.effect
    @reactive.event(input.narrate)
    def _narrate():
        spec = chosen()
        ds = dataset()
        chunks = []
        for chunk in advisor.client.models.generate_content_stream(
            model=get_settings().gemini_model,
            contents=f"Write a one-paragraph caption for a {spec.kind} chart of {spec.x}"
            f"{' vs ' + spec.y if spec.y else ''} from {ds.name}. Reason given: {spec.why}",
            config=types.GenerateContentConfig(max_output_tokens=200),
        ):
            if chunk.text:
                chunks.append(chunk.text)
        caption_text.set("".join(chunks))

    @render.ui
    def caption():
        return ui.markdown(caption_text()) if caption_text() else None
