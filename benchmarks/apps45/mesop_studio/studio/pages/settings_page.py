"""Settings: which backends are reachable, which models the keys can see."""

from __future__ import annotations

import logging

import mesop as me

from studio import backends
from studio.components import page_frame
from studio.components.model_picker import backend_options
from studio.settings import get_settings
from studio.state import SettingsState

log = logging.getLogger(__name__)


def _list_models() -> list[str]:
    names: list[str] = []
    enabled = get_settings().enabled_backends
    try:
        if "openai" in enabled:
            names += [f"openai:{m.id}" for m in backends.get_openai_client().models.list()]
        if "anthropic" in enabled:
            names += [f"anthropic:{m.id}" for m in backends.get_anthropic_client().models.list(limit=50)]
        if "google" in enabled:
            names += [f"google:{m.name}" for m in backends.get_genai_client().models.list()]
        if "mistral" in enabled:
            res = backends.get_mistral_client().models.list()
            names += [f"mistral:{m.id}" for m in res.data or []]
        if "deepseek" in enabled:
            names += [f"deepseek:{m.id}" for m in backends.get_deepseek_client().models.list()]
    except Exception as exc:  # noqa: BLE001
        log.warning("model listing failed: %s", exc)
    return sorted(names)


def on_refresh(e: me.ClickEvent):
    state = me.state(SettingsState)
    state.status = "Refreshing…"
    yield
    backends.reset_clients()
    state.available_models = _list_models()
    state.status = f"{len(state.available_models)} models visible"
    yield


def on_default(e: me.SelectSelectionChangeEvent):
    me.state(SettingsState).default_backend = e.value


@me.page(path="/settings", title="Prompt Studio · Settings")
def settings_page():
    state = me.state(SettingsState)
    s = get_settings()
    with page_frame("Settings"):
        me.text(f"Environment: {s.environment}")
        me.text(f"Enabled backends: {', '.join(s.enabled_backends)}")
        me.select(label="Default backend", options=backend_options(), value=state.default_backend,
                  on_selection_change=on_default)
        me.button("Refresh model list", on_click=on_refresh, type="flat")
        if state.status:
            me.text(state.status, type="caption")
        for name in state.available_models:
            me.text(name)
