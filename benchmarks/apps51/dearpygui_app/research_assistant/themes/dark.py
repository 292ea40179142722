"""Global themes."""
from __future__ import annotations

from pathlib import Path

import dearpygui.dearpygui as dpg

FONT_DIR = Path(__file__).parent / "fonts"

ACCENT = (86, 156, 214, 255)


def create_dark_theme() -> int:
    with dpg.theme(tag="theme_dark") as theme:
        with dpg.theme_component(dpg.mvAll):
            dpg.add_theme_color(dpg.mvThemeCol_WindowBg, (24, 24, 28, 255))
            dpg.add_theme_color(dpg.mvThemeCol_ChildBg, (30, 30, 36, 255))
            dpg.add_theme_color(dpg.mvThemeCol_FrameBg, (40, 40, 48, 255))
            dpg.add_theme_color(dpg.mvThemeCol_Button, (52, 60, 78, 255))
            dpg.add_theme_color(dpg.mvThemeCol_ButtonHovered, ACCENT)
            dpg.add_theme_color(dpg.mvThemeCol_Text, (220, 220, 225, 255))
            dpg.add_theme_style(dpg.mvStyleVar_FrameRounding, 4)
            dpg.add_theme_style(dpg.mvStyleVar_WindowPadding, 10, 10)
            dpg.add_theme_style(dpg.mvStyleVar_ItemSpacing, 8, 6)
    return theme


def create_light_theme() -> int:
    with dpg.theme(tag="theme_light") as theme:
        with dpg.theme_component(dpg.mvAll):
            dpg.add_theme_color(dpg.mvThemeCol_WindowBg, (245, 245, 248, 255))
            dpg.add_theme_color(dpg.mvThemeCol_ChildBg, (235, 235, 240, 255))
            dpg.add_theme_color(dpg.mvThemeCol_FrameBg, (225, 225, 232, 255))
            dpg.add_theme_color(dpg.mvThemeCol_Text, (20, 20, 24, 255))
            dpg.add_theme_color(dpg.mvThemeCol_Button, (200, 208, 222, 255))
            dpg.add_theme_style(dpg.mvStyleVar_FrameRounding, 4)
    return theme


def create_error_text_theme() -> int:
    with dpg.theme(tag="theme_error_text") as theme:
        with dpg.theme_component(dpg.mvText):
            dpg.add_theme_color(dpg.mvThemeCol_Text, (235, 90, 90, 255))
    return theme

def load_fonts(size: int = 15) -> int | None:
    regular = FONT_DIR / "Inter-Regular.ttf"
    if not regular.exists():
        return None
    with dpg.font_registry():
        default = dpg.add_font(str(regular), size, tag="font_default")
        mono = FONT_DIR / "JetBrainsMono-Regular.ttf"
        if mono.exists():
            dpg.add_font(str(mono), size - 1, tag="font_mono")
    return default
