"""Settings + 'test connection' buttons."""
from __future__ import annotations

import dearpygui.dearpygui as dpg

from research_assistant.providers import factory
from research_assistant.providers.gemini_legacy import get_model, list_gemini_models
from research_assistant.providers.openai_provider import available_models
from research_assistant.state import state
from research_assistant.ui.widgets import status


def _ping(provider: str) -> str:
    if provider == "openai":
        r = factory.get_openai_client().chat.completions.create(
            model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}], max_tokens=1
        )
        return r.model
    if provider == "anthropic":
        r = factory.get_anthropic_client().messages.create(
            model="claude-3-haiku-20240307", max_tokens=1, messages=[{"role": "user", "content": "ping"}]
        )
        return r.model
    if provider == "gemini":
        return get_model().generate_content("ping").text[:20]
    if provider == "cohere":
        return str(len(factory.get_cohere_client().models.list().models))
    return "n/a"


def on_test(sender, app_data, user_data):
    provider = user_data
    try:
        result = _ping(provider)
        status(f"{provider}: ok ({result})")
    except Exception as exc:  # noqa: BLE001
        status(f"{provider}: {exc}", error=True)


def on_refresh_models(sender, app_data, user_data):
    try:
        models = available_models() + list_gemini_models()
    except Exception as exc:  # noqa: BLE001
        status(str(exc), error=True)
        return
    dpg.configure_item("set_chat_model", items=models)


def on_save(sender, app_data, user_data):
    s = state.settings
    s.chat_model = dpg.get_value("set_chat_model")
    s.default_provider = dpg.get_value("set_default_provider")
    s.temperature = dpg.get_value("set_temperature")
    s.litellm_model = dpg.get_value("set_litellm_model")
    s.save()
    factory.clear_clients()
    status("settings saved")


def build_settings_window() -> None:
    s = state.settings
    with dpg.window(tag="win_settings", label="Settings", width=420, height=360, show=False, pos=(300, 120)):
        dpg.add_combo([s.chat_model], tag="set_chat_model", default_value=s.chat_model, label="chat model")
        dpg.add_button(label="Refresh models", callback=on_refresh_models)
        dpg.add_combo(["openai", "anthropic", "gemini", "gemini-2", "litellm"], tag="set_default_provider",
                      default_value=s.default_provider, label="default provider")
        dpg.add_slider_float(tag="set_temperature", default_value=s.temperature, min_value=0.0, max_value=1.5,
                             label="temperature")
        dpg.add_input_text(tag="set_litellm_model", default_value=s.litellm_model, label="litellm model")
        dpg.add_separator()
        with dpg.group(horizontal=True):
            for name in ("openai", "anthropic", "gemini", "cohere"):
                dpg.add_button(label=f"Test {name}", callback=on_test, user_data=name)
        dpg.add_button(label="Save", callback=on_save)


def on_validate(sender, app_data, user_data):
    from research_assistant.config import validate

    problems = validate(state.settings)
    dpg.delete_item("set_problems", children_only=True)
    if not problems:
        dpg.add_text("settings look fine", parent="set_problems")
        return
    for p in problems:
        dpg.add_text(f"\u2022 {p}", parent="set_problems", color=(235, 90, 90))


def build_problems_panel() -> None:
    with dpg.group(parent="win_settings"):
        dpg.add_button(label="Validate", callback=on_validate)
        dpg.add_group(tag="set_problems")
