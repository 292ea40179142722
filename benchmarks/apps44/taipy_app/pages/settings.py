"""Settings page: model pickers, key rotation, dataset loading."""
from __future__ import annotations

import logging

import pandas as pd
from taipy.gui import Markdown, State, notify

from llm import get_anthropic_client, get_openai_client
from llm.clients import get_bedrock_control, reset_clients
from app.services.llm_usage_tracker import llm_tracker
from llm.registry import COMPLETERS, DEFAULT_MODELS, describe_registry

log = logging.getLogger(__name__)

openai_models: list[str] = []
anthropic_models: list[str] = []
bedrock_models: list[str] = []
dataset_path = ""
registry_json = describe_registry()
batch_file_id = ""
usage_rows: list[dict] = []
compare_prompt = "Summarise the benefits of unit tests in one sentence."
compare_rows: list[dict] = []

settings_md = """
# Settings

<|Refresh model lists|button|on_action=on_refresh_models|>

<|layout|columns=1 1 1|
**OpenAI**
<|{openai_models}|table|show_all|>

**Anthropic**
<|{anthropic_models}|table|show_all|>

**Bedrock**
<|{bedrock_models}|table|show_all|>
|>

<|{dataset_path}|file_selector|extensions=.csv|on_action=on_dataset|label=Load dataset for chat|>

<|Rotate keys|button|on_action=on_rotate|>

<|{registry_json}|text|mode=pre|>

## Compare providers
<|{compare_prompt}|input|multiline|>
<|Compare|button|on_action=on_compare|>
<|{compare_rows}|table|columns=provider;model;answer;seconds|>

## Tracked usage (this process)
<|Refresh usage|button|on_action=on_refresh_usage|>
<|{usage_rows}|table|page_size=20|>
"""


def on_refresh_models(state: State):
    try:
        state.openai_models = sorted(m.id for m in get_openai_client().models.list() if m.id.startswith(("gpt", "o")))
        state.anthropic_models = [m.id for m in get_anthropic_client().models.list(limit=50)]
        resp = get_bedrock_control().list_foundation_models(byOutputModality="TEXT")
        state.bedrock_models = [s["modelId"] for s in resp["modelSummaries"]]
    except Exception as exc:
        log.exception("model listing failed")
        notify(state, "error", f"Could not list models: {exc}")


def on_dataset(state: State, id, payload):
    df = pd.read_csv(state.dataset_path)
    state.dataset = df
    notify(state, "success", f"Loaded {len(df)} rows")


def upload_for_batch(state: State, jsonl_path: str):
    """Stage a JSONL file for the nightly batch job (the batch itself is created by ops)."""
    with open(jsonl_path, "rb") as fh:
        f = get_openai_client().files.create(file=fh, purpose="batch")
    state.batch_file_id = f.id


def on_rotate(state: State):
    reset_clients()
    notify(state, "info", "Clients will be re-created with the new keys")


def on_compare(state: State):
    import time

    rows = []
    for provider, completer in COMPLETERS.items():
        t0 = time.perf_counter()
        try:
            answer = completer(state.compare_prompt, DEFAULT_MODELS[provider], "Be brief.")
        except Exception as exc:  # missing keys in dev are normal
            answer = f"error: {exc}"
        rows.append(
            {
                "provider": provider,
                "model": DEFAULT_MODELS[provider],
                "answer": answer,
                "seconds": round(time.perf_counter() - t0, 2),
            }
        )
    state.compare_rows = rows


def on_refresh_usage(state: State):
    state.usage_rows = [
        {
            "provider": u.provider,
            "model": u.model,
            "feature": u.feature_context,
            "in": u.input_tokens,
            "out": u.output_tokens,
            "ms": round(u.latency_ms),
            "ok": u.success,
        }
        for u in llm_tracker.recent()
    ]


settings_page = Markdown(settings_md)
