"""Palette parsing / validation helpers (no network)."""
import json
import re

HEX_RE = re.compile(r"^#?([0-9a-fA-F]{6})$")


class PaletteParseError(ValueError):
    pass


def _strip_code_fence(text):
    text = text.strip()
    if text.startswith("```"):
        text = text.split("\n", 1)[1] if "\n" in text else ""
        if text.rstrip().endswith("```"):
            text = text.rstrip()[:-3]
    return text.strip()


def parse_palette_json(text):
    text = _strip_code_fence(text)
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        raise PaletteParseError("no JSON object in model answer")
    try:
        data = json.loads(text[start : end + 1])
    except ValueError as exc:
        raise PaletteParseError(str(exc)) from exc
    colors = []
    for i, entry in enumerate(data.get("colors", [])):
        match = HEX_RE.match(str(entry.get("hex", "")).strip())
        if not match:
            continue
        colors.append((entry.get("name") or "Color %d" % (i + 1), "#" + match.group(1).lower()))
    if not colors:
        raise PaletteParseError("palette has no valid colours")
    return data.get("name") or "AI palette", colors


def hex_to_rgb(hex_value):
    h = hex_value.lstrip("#")
    return tuple(int(h[i : i + 2], 16) / 255.0 for i in (0, 2, 4))


class PaletteBuilder:
    """Builds a GIMP palette resource from (name, hex) pairs."""

    def __init__(self, name, colors):
        self.name = name
        self.colors = list(colors)

    def generate(self):
        from gi.repository import Gegl, Gimp

        palette = Gimp.Palette.new(self.name)
        for label, hex_value in self.colors:
            color = Gegl.Color.new(hex_value)
            palette.add_entry(label, color)
        return palette
