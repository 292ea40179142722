"""Layout for the module-level server."""
from __future__ import annotations

from trame.ui.vuetify3 import SinglePageLayout
from trame.widgets import html, plotly, vuetify3

from assistant.server import ctrl, server, state


def build_ui():
    with SinglePageLayout(server) as layout:
        layout.title.set_text("Science Assistant")

        with layout.toolbar:
            vuetify3.VSpacer()
            vuetify3.VSelect(
                v_model=("provider",),
                items=("providers", ["openai", "anthropic", "gemini", "mistral", "groq"]),
                density="compact",
                hide_details=True,
                style="max-width: 180px",
            )
            vuetify3.VChip("${cost.toFixed(4)} $", size="small", classes="ml-2")

        with layout.content:
            with vuetify3.VContainer(fluid=True, classes="fill-height"):
                with vuetify3.VRow(classes="fill-height"):
                    with vuetify3.VCol(cols=7):
                        vuetify3.VFileInput(
                            v_model=("file_upload", None),
                            label="Dataset (csv, parquet, json)",
                            density="compact",
                        )
                        with vuetify3.VRow(dense=True):
                            vuetify3.VSelect(v_model=("x_col",), items=("columns",), label="x")
                            vuetify3.VSelect(v_model=("y_col",), items=("columns",), label="y")
                            vuetify3.VSelect(
                                v_model=("plot_kind",),
                                items=("['scatter', 'line', 'histogram', 'box']",),
                                label="kind",
                            )
                        figure = plotly.Figure(display_mode_bar=True)
                        ctrl.update_plot = figure.update
                        with vuetify3.VRow(dense=True, classes="mt-2"):
                            vuetify3.VBtn("Explain plot", click=ctrl.on_explain, prepend_icon="mdi-eye")
                            vuetify3.VBtn("Suggest title", click=ctrl.on_title_suggest, variant="text")
                            vuetify3.VBtn("Caption", click=ctrl.on_caption, variant="text")
                        html.Div("{{ explanation }}", classes="text-body-2 mt-2")

                    with vuetify3.VCol(cols=5):
                        vuetify3.VTextarea(
                            v_model=("question", ""),
                            label="Ask about your data",
                            rows=3,
                            auto_grow=True,
                            hint=("hint",),
                            persistent_hint=True,
                        )
                        with vuetify3.VRow(dense=True):
                            vuetify3.VBtn(
                                "Ask",
                                click=ctrl.on_ask,
                                loading=("busy",),
                                color="primary",
                            )
                            vuetify3.VBtn("Clear", click=ctrl.clear_history, variant="text")
                        with vuetify3.VCard(classes="mt-3", variant="tonal"):
                            vuetify3.VCardText("{{ answer }}", style="white-space: pre-wrap")
                        with vuetify3.VChipGroup():
                            vuetify3.VChip(
                                "{{ f }}",
                                v_for="f in followups",
                                key="f",
                                click="question = f",
                            )
    return layout
