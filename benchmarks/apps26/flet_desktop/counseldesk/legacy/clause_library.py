"""Clause library: templated boilerplate with variables. No LLM in here —
``generate`` just renders Jinja-style placeholders."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

_VAR = re.compile(r"\{\{\s*(\w+)\s*\}\}")


@dataclass
class ClauseTemplate:
    key: str
    title: str
    body: str
    tags: list[str] = field(default_factory=list)

    def variables(self) -> set[str]:
        return set(_VAR.findall(self.body))

    def generate(self, **values: str) -> str:
        missing = self.variables() - values.keys()
        if missing:
            raise KeyError(f"missing values for {sorted(missing)}")
        return _VAR.sub(lambda m: values[m.group(1)], self.body)


class ClauseLibrary:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._items: dict[str, ClauseTemplate] = {}
        if path.exists():
            for raw in json.loads(path.read_text(encoding="utf-8")):
                self._items[raw["key"]] = ClauseTemplate(**raw)

    def create(self, key: str, title: str, body: str, tags: list[str] | None = None) -> ClauseTemplate:
        if key in self._items:
            raise ValueError(f"clause {key!r} exists")
        tpl = ClauseTemplate(key, title, body, tags or [])
        self._items[key] = tpl
        self.save()
        return tpl

    def get(self, key: str) -> ClauseTemplate:
        return self._items[key]

    def search(self, term: str) -> list[ClauseTemplate]:
        term = term.lower()
        return [t for t in self._items.values() if term in t.title.lower() or term in " ".join(t.tags)]

    def save(self) -> None:
        data = [t.__dict__ for t in self._items.values()]
        self.path.write_text(json.dumps(data, indent=2), encoding="utf-8")

    def export_markdown(self) -> str:
        out = []
        for tpl in sorted(self._items.values(), key=lambda t: t.title):
            out.append(f"### {tpl.title}\n\n{tpl.body}\n")
        return "\n".join(out)


class ClauseAssistant:
    """Tiny command parser for the library's search box ("/new", "/fill")."""

    def __init__(self, library: ClauseLibrary) -> None:
        self.library = library

    def chat(self, line: str) -> str:
        cmd, _, rest = line.strip().partition(" ")
        if cmd == "/find":
            return "\n".join(t.key for t in self.library.search(rest)) or "no match"
        if cmd == "/fill":
            key, _, args = rest.partition(" ")
            values = dict(pair.split("=", 1) for pair in args.split(";") if "=" in pair)
            return self.library.get(key).generate(**values)
        return "commands: /find <term>, /fill <key> a=1;b=2"
