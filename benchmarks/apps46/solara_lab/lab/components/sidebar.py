"""Sidebar widgets: provider/model picker and the session usage card."""
from __future__ import annotations

import solara

from lab import state
from lab.backend.llm_usage_tracker import llm_tracker
from lab.backend.registry import registry
from lab.backend.token_budget import estimate_cost


def _remote_models(provider: str) -> list[str]:
    """Ask the provider which models exist (cheap, unbilled listing)."""
    entry = registry.get(provider)
    try:
        return [m.id for m in entry.client.models.list()]
    except Exception:  # noqa: BLE001
        return []


@solara.component
def ModelPicker(show_remote: bool = False):
    provider = state.provider.value
    entry = registry.get(provider)
    remote = solara.use_memo(lambda: _remote_models(provider) if show_remote else [], [provider, show_remote])
    options = entry.models + [m for m in remote if m not in entry.models]

    def on_provider(value: str):
        state.provider.set(value)
        state.model.set(registry.get(value).default_model)

    with solara.Row():
        solara.Select("Provider", values=registry.names(), value=provider, on_value=on_provider)
        solara.Select("Model", values=options, value=state.model.value or entry.default_model, on_value=state.model.set)
        solara.SliderFloat("Temperature", value=state.temperature, min=0.0, max=1.5, step=0.1)


@solara.component
def UsageSidebar():
    rows = state.usage_rows.value
    tracked = llm_tracker.recent(20)
    total = sum(estimate_cost(r.model, r.input_tokens, r.output_tokens) for r in rows)
    total += sum(estimate_cost(e.model, e.input_tokens, e.output_tokens) for e in tracked)
    with solara.Card("Usage this session"):
        solara.Text(f"~${total:.4f}")
        for r in rows[-8:]:
            solara.Text(f"{r.feature}: {r.model} {r.input_tokens}/{r.output_tokens}")
        for e in tracked[:8]:
            solara.Text(f"[tracked] {e.feature_context}: {e.model} {e.input_tokens}/{e.output_tokens}")
