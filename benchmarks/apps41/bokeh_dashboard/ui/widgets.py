"""Widget factory: keeps main.py readable."""
from __future__ import annotations

from dataclasses import dataclass

from bokeh.models import Button, CheckboxGroup, Div, PreText, Select, Spinner, TextInput

from analysis.registry import labels
from data.sources import METRICS, SERVICES


@dataclass
class Controls:
    service: Select
    metric: Select
    hours: Spinner
    provider: Select
    explain: Button
    summarize: Button
    stream_toggle: CheckboxGroup
    question: TextInput
    ask: Button
    narrative: Div
    status: PreText
    cost: Div


def build_controls(default_provider: str = "OpenAI") -> Controls:
    provider_labels = labels()
    return Controls(
        service=Select(title="Service", value=SERVICES[0], options=SERVICES),
        metric=Select(title="Metric", value="latency_p95", options=list(METRICS)),
        hours=Spinner(title="Hours", low=1, high=72, step=1, value=6, width=100),
        provider=Select(
            title="Model",
            value=default_provider if default_provider in provider_labels else provider_labels[0],
            options=provider_labels,
        ),
        explain=Button(label="Explain this chart", button_type="primary"),
        summarize=Button(label="Summarise data", button_type="default"),
        stream_toggle=CheckboxGroup(labels=["Stream output"], active=[0]),
        question=TextInput(title="Ask a follow-up", placeholder="Why did p95 jump at 14:10?"),
        ask=Button(label="Ask", button_type="success"),
        narrative=Div(text="<i>Press 'Explain' to get a model-written explanation.</i>", sizing_mode="stretch_width"),
        status=PreText(text="", height=24),
        cost=Div(text="", styles={"color": "#777", "font-size": "11px"}),
    )


def set_busy(controls: Controls, busy: bool, message: str = "") -> None:
    for btn in (controls.explain, controls.summarize, controls.ask):
        btn.disabled = busy
    controls.status.text = message
