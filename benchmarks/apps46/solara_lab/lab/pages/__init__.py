"""Solara multipage app root: ``solara run lab.pages``."""
from __future__ import annotations

import solara

from lab import state
from lab.components import ModelPicker, UsageSidebar


@solara.component
def Layout(children=[]):
    route_current, routes = solara.use_route()
    with solara.AppLayout(title="Data Lab", children=children):
        with solara.Sidebar():
            solara.Select(
                "Dataset",
                values=state.catalog.value.names(),
                value=state.selected_dataset.value,
                on_value=state.selected_dataset.set,
            )
            ModelPicker()
            UsageSidebar()


@solara.component
def Page():
    solara.Markdown(
        """
        # Data Lab

        * **Explore** – preview datasets and get a written summary
        * **SQL** – ask a question, get DuckDB SQL back, run it
        * **Charts** – build a chart and have it explained
        * **Chat** – talk to a model about the selected dataset
        """
    )
