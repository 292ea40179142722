"""Small reusable widget helpers."""
from __future__ import annotations

import dearpygui.dearpygui as dpg


def status(msg: str, error: bool = False) -> None:
    dpg.set_value("status_text", msg)
    if dpg.does_item_exist("theme_error_text"):
        dpg.bind_item_theme("status_text", "theme_error_text" if error else 0)


def append_log(tag: str, text: str) -> None:
    current = dpg.get_value(tag) or ""
    dpg.set_value(tag, current + text)


def labelled_input(label: str, tag: str, default: str = "", width: int = 300, **kw) -> int:
    with dpg.group(horizontal=True):
        dpg.add_text(label)
        return dpg.add_input_text(tag=tag, default_value=default, width=width, **kw)


def toast(text: str, seconds: float = 2.5) -> None:
    if dpg.does_item_exist("toast_win"):
        dpg.delete_item("toast_win")
    with dpg.window(tag="toast_win", no_title_bar=True, no_resize=True, pos=(20, 20), autosize=True):
        dpg.add_text(text)
    frames = int(seconds * 60)
    dpg.set_frame_callback(dpg.get_frame_count() + frames, lambda: dpg.delete_item("toast_win"))


def confirm(title: str, message: str, on_yes) -> None:
    """Modal yes/no dialog; `on_yes` runs on the render thread."""
    tag = "confirm_modal"
    if dpg.does_item_exist(tag):
        dpg.delete_item(tag)

    def _close(sender, app_data, user_data):
        dpg.delete_item(tag)
        if user_data:
            on_yes()

    with dpg.window(tag=tag, label=title, modal=True, no_resize=True, autosize=True, pos=(400, 300)):
        dpg.add_text(message, wrap=360)
        with dpg.group(horizontal=True):
            dpg.add_button(label="Yes", width=80, callback=_close, user_data=True)
            dpg.add_button(label="No", width=80, callback=_close, user_data=False)


def set_busy_label(tag: str, busy: bool, idle_label: str) -> None:
    dpg.configure_item(tag, label="working\u2026" if busy else idle_label, enabled=not busy)
