"""Prompt playground: point at any OpenAI-compatible endpoint and try prompts."""
from __future__ import annotations

import solara
import solara.lab
from openai import OpenAI

from lab import state

PRESETS = {
    "Together": "https://api.together.xyz/v1",
    "Fireworks": "https://api.fireworks.ai/inference/v1",
    "Groq": "https://api.groq.com/openai/v1",
}

output = solara.reactive("")
base_url = solara.reactive(PRESETS["Together"])
api_key = solara.reactive("")
pg_model = solara.reactive("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo")
prompt = solara.reactive("")


def connect():
    state.playground_client.value = OpenAI(base_url=base_url.value, api_key=api_key.value or None)


@solara.lab.task
def run_prompt():
    client = state.playground_client.value
    if client is None:
        output.value = "Connect first."
        return
    resp = client.chat.completions.create(
        model=pg_model.value,
        messages=[{"role": "user", "content": prompt.value}],
        temperature=state.temperature.value,
    )
    state.record_usage("playground", pg_model.value, resp.usage)
    output.value = resp.choices[0].message.content


@solara.component
def Page():
    solara.Title("Playground")
    with solara.Card("Endpoint"):
        solara.ToggleButtonsSingle(value=base_url, values=list(PRESETS.values()))
        solara.InputText("Base URL", value=base_url)
        solara.InputText("API key", value=api_key, password=True)
        solara.InputText("Model", value=pg_model)
        solara.Button("Connect", on_click=connect)
    solara.InputTextArea("Prompt", value=prompt, rows=6)
    solara.Button("Run", on_click=run_prompt, disabled=state.playground_client.value is None)
    solara.ProgressLinear(run_prompt.pending)
    solara.Markdown(output.value)
