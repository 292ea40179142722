"""Settings dialog: API keys, default models, connection test."""
from __future__ import annotations

import anthropic
import ollama
from magicgui import magicgui
from napari.utils.notifications import show_info, show_warning

from ._llm import reset_clients
from ._llm.clients import get_openai_client
from ._settings import get_settings, save_settings


def _test_connection(provider: str, key: str | None) -> str:
    """Only lists models: no tokens are spent."""
    if provider == "openai":
        models = get_openai_client(api_key=key).models.list()
        return f"{len(models.data)} models"
    if provider == "anthropic":
        client = anthropic.Anthropic(api_key=key)
        return f"{len(client.models.list().data)} models"
    if provider == "ollama":
        local = ollama.list()
        return f"{len(local.models)} local models"
    return "not tested"


@magicgui(
    call_button="Save",
    provider={"choices": ["openai", "gemini", "anthropic", "ollama", "cerebras"]},
    api_key={"widget_type": "PasswordEdit"},
)
def settings_dialog(provider: str = "openai", api_key: str = "", model: str = "", test: bool = False):
    s = get_settings()
    if api_key:
        s.extra[f"{provider}_api_key"] = api_key
    if model:
        attr = {"gemini": "gemini_model"}.get(provider, f"{provider}_model")
        setattr(s, attr, model)
    s.default_provider = provider
    save_settings(s)
    reset_clients()
    if test:
        try:
            show_info(_test_connection(provider, api_key or None))
        except Exception as exc:  # noqa: BLE001
            show_warning(f"connection failed: {exc}")
