"""Plot construction. Figures are plotly so they render in trame and can be
exported to PNG for the vision models."""
from __future__ import annotations

from dataclasses import dataclass

import plotly.express as px
import plotly.graph_objects as go

from assistant.data.loaders import Dataset


@dataclass
class PlotSpec:
    kind: str = "scatter"
    x: str | None = None
    y: str | None = None
    color: str | None = None
    title: str = ""

    def axis_labels(self) -> tuple[str, str]:
        return self.x or "index", self.y or "value"


class FigureFactory:
    """Builds figures from a spec. `create` mirrors the old matplotlib API."""

    def __init__(self, template: str = "plotly_white"):
        self.template = template

    def create(self, dataset: Dataset, spec: PlotSpec) -> go.Figure:
        df = dataset.frame
        if spec.kind == "histogram":
            fig = px.histogram(df, x=spec.x, color=spec.color, title=spec.title)
        elif spec.kind == "line":
            fig = px.line(df, x=spec.x, y=spec.y, color=spec.color, title=spec.title)
        elif spec.kind == "box":
            fig = px.box(df, x=spec.color, y=spec.y, title=spec.title)
        else:
            fig = px.scatter(df, x=spec.x, y=spec.y, color=spec.color, title=spec.title)
        fig.update_layout(template=self.template, margin=dict(l=40, r=20, t=50, b=40))
        return fig

    def empty(self, message: str = "Load a dataset to start") -> go.Figure:
        fig = go.Figure()
        fig.add_annotation(text=message, showarrow=False, font=dict(size=16))
        fig.update_layout(template=self.template, xaxis_visible=False, yaxis_visible=False)
        return fig


def figure_png(fig: go.Figure, width: int = 900, height: int = 600) -> bytes:
    return fig.to_image(format="png", width=width, height=height, scale=1)


figures = FigureFactory()
