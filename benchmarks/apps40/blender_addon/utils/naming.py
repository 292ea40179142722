"""Deterministic (non-AI) naming helpers, used when no provider is configured."""

import itertools
import re

_counter = itertools.count(1)


class NameGenerator:
    """Generates unique datablock names like M_Wood_001."""

    def __init__(self, prefix="M_", existing=()):
        self.prefix = prefix
        self.existing = set(existing)

    def generate(self, stem):
        stem = re.sub(r"[^A-Za-z0-9]+", "_", stem).strip("_") or "Unnamed"
        for i in itertools.count(1):
            name = f"{self.prefix}{stem}_{i:03d}"
            if name not in self.existing:
                self.existing.add(name)
                return name


class ReportBuilder:
    """Collects lines for the rename report text block."""

    def __init__(self):
        self.lines = []

    def add(self, old, new):
        self.lines.append(f"{old:<40} -> {new}")

    def create(self, bpy_data, name="ai_rename_report"):
        text = bpy_data.texts.get(name) or bpy_data.texts.new(name)
        text.clear()
        text.write("\n".join(self.lines))
        return text


def fallback_names(materials):
    gen = NameGenerator(existing=[m.name for m in materials])
    return {m.name: gen.generate(m.name.split(".")[0]) for m in materials}


def next_id():
    return next(_counter)
