"""Deterministic changelog generation from conventional commits (no LLM).

Used when ``release.notes --no-llm`` is requested or when all providers fail.
"""
from __future__ import annotations

import re
from collections import OrderedDict

_CC = re.compile(r"^(?P<type>feat|fix|chore|docs|refactor|perf|test)(\((?P<scope>[^)]+)\))?!?: (?P<msg>.+)$")

SECTIONS = OrderedDict([("feat", "Features"), ("fix", "Fixes"), ("perf", "Performance"),
                        ("refactor", "Refactoring"), ("docs", "Docs"), ("chore", "Chores")])


class Changelog:
    def __init__(self, version: str) -> None:
        self.version = version
        self.entries: dict[str, list[str]] = {k: [] for k in SECTIONS}
        self.other: list[str] = []

    def add(self, subject: str) -> None:
        m = _CC.match(subject)
        if not m or m["type"] not in self.entries:
            self.other.append(subject)
            return
        scope = f"**{m['scope']}**: " if m["scope"] else ""
        self.entries[m["type"]].append(f"{scope}{m['msg']}")

    def generate(self) -> str:
        out = [f"# {self.version}", ""]
        for key, title in SECTIONS.items():
            if self.entries[key]:
                out.append(f"## {title}")
                out.extend(f"- {e}" for e in self.entries[key])
                out.append("")
        if self.other:
            out.append("## Other")
            out.extend(f"- {e}" for e in self.other)
        return "\n".join(out).rstrip() + "\n"

    @classmethod
    def create(cls, version: str, subjects: list[str]) -> "Changelog":
        log = cls(version)
        for s in subjects:
            log.add(s)
        return log
