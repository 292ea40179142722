"""Chart explanations.

``ChartExplainer`` is handed a provider client by the caller (normally the
Anthropic client from the provider bundle) so pages and the Flask API can
share one implementation.
"""
from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any, Iterator

import plotly.graph_objects as go

from ai.prompts import CHART_SYSTEM, chart_prompt
from config import get_settings

log = logging.getLogger(__name__)


def summarise_figure(fig: go.Figure | dict, max_points: int = 40) -> dict[str, Any]:
    """Reduce a plotly figure to something small enough to put in a prompt."""
    if isinstance(fig, dict):
        fig = go.Figure(fig)
    out: dict[str, Any] = {"traces": []}
    for trace in fig.data:
        ys = [y for y in (getattr(trace, "y", None) or []) if y is not None]
        xs = list(getattr(trace, "x", None) or [])
        numeric = [float(y) for y in ys if isinstance(y, (int, float)) and not math.isnan(y)]
        step = max(1, len(xs) // max_points)
        out["traces"].append(
            {
                "name": trace.name,
                "type": trace.type,
                "n": len(ys),
                "min": min(numeric) if numeric else None,
                "max": max(numeric) if numeric else None,
                "first": numeric[0] if numeric else None,
                "last": numeric[-1] if numeric else None,
                "sample": list(zip(xs[::step], ys[::step]))[:max_points],
            }
        )
    layout = fig.layout
    out["x_title"] = layout.xaxis.title.text if layout.xaxis and layout.xaxis.title else None
    out["y_title"] = layout.yaxis.title.text if layout.yaxis and layout.yaxis.title else None
    return out


@dataclass
class Explanation:
    text: str
    model: str
    input_tokens: int
    output_tokens: int


class ChartExplainer:
    def __init__(self, client, model: str | None = None, max_tokens: int = 400) -> None:
        self._client = client
        self.model = model or get_settings().models.anthropic_fast
        self.max_tokens = max_tokens

    def _messages(self, title: str, fig) -> list[dict]:
        return [{"role": "user", "content": chart_prompt(title, summarise_figure(fig))}]

    def explain(self, title: str, fig) -> Explanation:
        msg = self._client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=CHART_SYSTEM,
            messages=self._messages(title, fig),
        )
        text = "".join(b.text for b in msg.content if getattr(b, "type", "") == "text")
        return Explanation(text, msg.model, msg.usage.input_tokens, msg.usage.output_tokens)

    def stream_explain(self, title: str, fig) -> Iterator[str]:
        """Yield text deltas; used by the background callback with set_progress."""
        with self._client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=CHART_SYSTEM,
            messages=self._messages(title, fig),
        ) as stream:
            for text in stream.text_stream:
                yield text
            final = stream.get_final_message()
            log.debug("chart explanation used %s output tokens", final.usage.output_tokens)
