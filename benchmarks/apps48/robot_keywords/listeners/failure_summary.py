"""Listener that collects failures and posts an LLM summary at the end of the run.

    robot --listener listeners.failure_summary.FailureSummaryListener:slack=yes suites/
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import ollama
import requests

from resources import get_mistral_client, settings
from resources.prompts import FAILURE_SUMMARY_SYSTEM

MAX_FAILURES_IN_PROMPT = 40


class FailureSummaryListener:
    ROBOT_LISTENER_API_VERSION = 3

    def __init__(self, slack: str = "no", provider: str = "mistral") -> None:
        self.post_to_slack = slack.lower() in ("yes", "true", "1")
        self.provider = provider
        self.failures: list[dict[str, str]] = []
        self.output_dir = Path(".")

    def output_file(self, path) -> None:  # called with the output.xml path
        self.output_dir = Path(path).parent

    def end_test(self, data, result) -> None:
        if result.failed:
            self.failures.append(
                {
                    "suite": data.parent.longname if data.parent else "",
                    "test": data.name,
                    "message": (result.message or "")[:800],
                    "tags": ",".join(result.tags),
                }
            )

    def close(self) -> None:
        if not self.failures:
            return
        summary = self._summarise()
        (self.output_dir / "failure-summary.md").write_text(summary, encoding="utf-8")
        if self.post_to_slack and os.getenv("SLACK_WEBHOOK_URL"):
            requests.post(os.environ["SLACK_WEBHOOK_URL"], json={"text": summary}, timeout=10)

    def _prompt(self) -> str:
        lines = [json.dumps(f) for f in self.failures[:MAX_FAILURES_IN_PROMPT]]
        more = len(self.failures) - MAX_FAILURES_IN_PROMPT
        if more > 0:
            lines.append(f"... and {more} more failures")
        return "Failures (JSON lines):\n" + "\n".join(lines)

    def _summarise(self) -> str:
        try:
            if self.provider == "ollama":
                return self._summarise_local()
            client = get_mistral_client()
            resp = client.chat.complete(
                model=settings.mistral_model,
                messages=[
                    {"role": "system", "content": FAILURE_SUMMARY_SYSTEM},
                    {"role": "user", "content": self._prompt()},
                ],
                max_tokens=600,
            )
            return resp.choices[0].message.content
        except Exception as exc:  # never break the run because of the summary
            return f"Could not summarise {len(self.failures)} failures: {exc}"

    def _summarise_local(self) -> str:
        # Local model on the CI runner; streams so we can see progress in the console.
        chunks = []
        for part in ollama.chat(
            model=settings.ollama_model,
            messages=[
                {"role": "system", "content": FAILURE_SUMMARY_SYSTEM},
                {"role": "user", "content": self._prompt()},
            ],
            stream=True,
        ):
            chunks.append(part["message"]["content"])
        return "".join(chunks)
