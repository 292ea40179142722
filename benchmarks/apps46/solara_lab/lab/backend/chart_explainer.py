"""Explain a Plotly chart in plain language.

Vision path: we render the figure to PNG and send it to a multimodal model.
Fallback path: we send the figure JSON + summary stats only.
"""
from __future__ import annotations

import base64
import json
import logging
from typing import Iterator

import pandas as pd
import plotly.graph_objects as go

from lab.backend import clients
from lab.config import get_settings
from lab.utils import caching
from lab.utils.prompts import CHART_SYSTEM, chart_prompt

log = logging.getLogger(__name__)


def _png_b64(fig: go.Figure) -> str:
    return base64.b64encode(fig.to_image(format="png", width=900, height=500)).decode()


def _stats(df: pd.DataFrame) -> str:
    return df.describe(include="all").transpose().head(20).to_string()


def explain_with_claude(fig: go.Figure, df: pd.DataFrame, title: str) -> str:
    cached = caching.get("claude-chart", title, fig.to_json()[:2000])
    if cached:
        return cached
    client = clients.get_anthropic_client()
    msg = client.messages.create(
        model=get_settings().anthropic.default_model,
        max_tokens=600,
        system=CHART_SYSTEM,
        messages=[
            {
                "role": "user",
                "content": [
                    {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": _png_b64(fig)}},
                    {"type": "text", "text": f"Title: {title}\nStats:\n{_stats(df)}"},
                ],
            }
        ],
    )
    text = msg.content[0].text
    caching.put(text, "claude-chart", title, fig.to_json()[:2000])
    return text


def explain_with_openai(fig: go.Figure, df: pd.DataFrame, title: str) -> str:
    resp = clients.get_openai_client().responses.create(
        model="gpt-4o",
        instructions=CHART_SYSTEM,
        input=[
            {
                "role": "user",
                "content": [
                    {"type": "input_text", "text": f"Title: {title}\nStats:\n{_stats(df)}"},
                    {"type": "input_image", "image_url": f"data:image/png;base64,{_png_b64(fig)}"},
                ],
            }
        ],
    )
    return resp.output_text


def explain_from_spec(fig: go.Figure, df: pd.DataFrame, title: str, client=None, model: str | None = None) -> str:
    """No-vision fallback; works with any OpenAI-wire client (Together, Groq...)."""
    client = client or clients.get_together_client()
    spec = json.dumps(fig.to_plotly_json().get("layout", {}), default=str)
    completion = client.chat.completions.create(
        model=model or get_settings().together.default_model,
        messages=[
            {"role": "system", "content": CHART_SYSTEM},
            {"role": "user", "content": chart_prompt(title, spec, _stats(df))},
        ],
        temperature=0.3,
    )
    return completion.choices[0].message.content


def suggest_title(fig: go.Figure) -> str:
    """Short title for untitled figures; tight timeout because it runs on render."""
    layout = json.dumps(fig.to_plotly_json().get("layout", {}), default=str)[:1500]
    msg = clients.get_anthropic_client().with_options(timeout=15, max_retries=0).messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=30,
        messages=[{"role": "user", "content": f"Give this chart a title of at most 8 words.\n{layout}"}],
    )
    return msg.content[0].text.strip().strip('"')


def stream_explanation(fig: go.Figure, df: pd.DataFrame, title: str) -> Iterator[str]:
    """Token stream for the chart card's live text."""
    with clients.claude.messages.stream(
        model=get_settings().anthropic.default_model,
        max_tokens=600,
        system=CHART_SYSTEM,
        messages=[{"role": "user", "content": f"Title: {title}\nStats:\n{_stats(df)}"}],
    ) as stream:
        for text in stream.text_stream:
            yield text
