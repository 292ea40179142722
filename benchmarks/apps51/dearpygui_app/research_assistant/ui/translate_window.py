"""Translate pane."""
from __future__ import annotations

import dearpygui.dearpygui as dpg
from google.genai import types

from research_assistant.providers.gemini_genai import genai_client
from research_assistant.services.translator import LANGUAGES, translate
from research_assistant.state import state
from research_assistant.workers import worker


def on_translate(sender, app_data, user_data):
    text = dpg.get_value("tr_source")
    target = dpg.get_value("tr_target")
    provider = dpg.get_value("tr_provider")
    style = dpg.get_value("tr_style")
    worker.submit("translation", translate, text, target, provider, style)


def _detect_language(text: str) -> str:
    resp = genai_client().models.generate_content(
        model="gemini-2.0-flash-lite",
        contents=f"What language is this? Reply with the English name only.\n\n{text[:500]}",
        config=types.GenerateContentConfig(max_output_tokens=8, temperature=0),
    )
    return (resp.text or "?").strip()


def on_detect(sender, app_data, user_data):
    worker.submit("detected", _detect_language, dpg.get_value("tr_source"))


def on_swap(sender, app_data, user_data):
    src, out = dpg.get_value("tr_source"), dpg.get_value("tr_output")
    dpg.set_value("tr_source", out)
    dpg.set_value("tr_output", src)


def build_translate_window() -> None:
    with dpg.window(tag="win_translate", label="Translate", width=640, height=400, pos=(10, 600)):
        with dpg.group(horizontal=True):
            dpg.add_combo(LANGUAGES, tag="tr_target", default_value="English", width=120)
            dpg.add_combo(["google", "claude", "tracked"], tag="tr_provider",
                          default_value=state.settings.translate_provider, width=100)
            dpg.add_combo(["neutral", "formal", "casual"], tag="tr_style", default_value="neutral", width=100)
            dpg.add_button(label="Translate", callback=on_translate)
            dpg.add_button(label="Detect", callback=on_detect)
            dpg.add_button(label="Swap", callback=on_swap)
        dpg.add_text("", tag="tr_detected")
        dpg.add_input_text(tag="tr_source", multiline=True, width=-1, height=150)
        dpg.add_input_text(tag="tr_output", multiline=True, readonly=True, width=-1, height=-1)
