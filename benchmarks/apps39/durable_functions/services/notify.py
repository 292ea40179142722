"""Slack notifications and job progress bookkeeping."""
from __future__ import annotations

import os
from dataclasses import dataclass

import httpx

SLACK_WEBHOOK = os.getenv("SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T000/B000/XXXX")


async def notify_slack(text: str) -> None:
    async with httpx.AsyncClient(timeout=10) as http:
        await http.post(SLACK_WEBHOOK, json={"text": text})


@dataclass
class ProgressTracker:
    total: int
    done: int = 0

    def advance(self, n: int = 1) -> None:
        self.done = min(self.total, self.done + n)

    def completion(self) -> float:
        """Fraction complete, 0..1. (Nothing to do with LLM completions.)"""
        return self.done / self.total if self.total else 1.0


class ReportBuilder:
    def __init__(self, title: str) -> None:
        self.title = title
        self.sections: list[tuple[str, str]] = []

    def add(self, heading: str, body: str) -> "ReportBuilder":
        self.sections.append((heading, body))
        return self

    def generate(self) -> str:
        lines = [f"# {self.title}", ""]
        for heading, body in self.sections:
            lines += [f"## {heading}", "", body, ""]
        return "\n".join(lines)
