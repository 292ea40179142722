"""Chart explanations.

The functions take a client argument rather than importing the getters so the
Bokeh callbacks can pick the provider per session (and so tests can pass fakes).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import pandas as pd

from analysis import prompts
from analysis.clients import get_fireworks_client, get_openai_client
from config import settings

log = logging.getLogger(__name__)


@dataclass
class Explanation:
    text: str
    provider: str
    model: str
    input_tokens: int = 0
    output_tokens: int = 0


def explain_chart_openai(client, title: str, metric: str, df: pd.DataFrame, selection=None) -> Explanation:
    prompt = prompts.chart_explanation_prompt(title, metric, df, selection)
    resp = client.chat.completions.create(
        model=settings.openai_model,
        messages=prompts.as_chat(prompts.SYSTEM_EXPLAINER, prompt),
        temperature=0.2,
        max_tokens=300,
    )
    usage = resp.usage
    return Explanation(
        text=resp.choices[0].message.content or "",
        provider="openai",
        model=resp.model,
        input_tokens=usage.prompt_tokens if usage else 0,
        output_tokens=usage.completion_tokens if usage else 0,
    )


def explain_chart_fireworks(title: str, metric: str, df: pd.DataFrame, selection=None) -> Explanation:
    prompt = prompts.chart_explanation_prompt(title, metric, df, selection)
    fw = get_fireworks_client()
    resp = fw.chat.completions.create(
        model=settings.fireworks_model,
        messages=prompts.as_chat(prompts.SYSTEM_EXPLAINER, prompt),
        max_tokens=300,
    )
    return Explanation(text=resp.choices[0].message.content or "", provider="fireworks", model=settings.fireworks_model)


def stream_explanation(title: str, metric: str, df: pd.DataFrame, on_delta) -> str:
    """Streams tokens into ``on_delta`` so the Div can fill in progressively."""
    prompt = prompts.chart_explanation_prompt(title, metric, df)
    stream = get_openai_client().chat.completions.create(
        model=settings.openai_model,
        messages=prompts.as_chat(prompts.SYSTEM_EXPLAINER, prompt),
        stream=True,
    )
    parts: list[str] = []
    for chunk in stream:
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta.content
        if delta:
            parts.append(delta)
            on_delta("".join(parts))
    return "".join(parts)


def explain_with_responses_api(title: str, metric: str, df: pd.DataFrame) -> Explanation:
    # TODO(mira): switch the other explainers over once structured output lands
    client = get_openai_client()
    resp = client.responses.create(
        model=settings.openai_model,
        instructions=prompts.SYSTEM_EXPLAINER,
        input=prompts.chart_explanation_prompt(title, metric, df),
        max_output_tokens=300,
    )
    return Explanation(
        text=resp.output_text,
        provider="openai",
        model=settings.openai_model,
        input_tokens=resp.usage.input_tokens,
        output_tokens=resp.usage.output_tokens,
    )


class ChartExplainer:
    """Holds a client and a default chart title; used by the legacy panel."""

    def __init__(self, client=None, model: str | None = None):
        self._client = client or get_openai_client()
        self.model = model or settings.openai_model

    def explain(self, title: str, metric: str, df: pd.DataFrame) -> str:
        completion = self._client.chat.completions.create(
            model=self.model,
            messages=prompts.as_chat(prompts.SYSTEM_EXPLAINER, prompts.chart_explanation_prompt(title, metric, df)),
        )
        return completion.choices[0].message.content or ""

    def followup(self, history: list[dict], question: str) -> str:
        messages = history + [{"role": "user", "content": question}]
        completion = self._client.with_raw_response.chat.completions.create(
            model=self.model, messages=messages
        )
        log.debug("x-request-id=%s", completion.headers.get("x-request-id"))
        parsed = completion.parse()
        return parsed.choices[0].message.content or ""
