"""Listener v3 that asks Claude whether a failure looks flaky, and tags it.

Enabled in nightly runs only (it costs money)."""
from __future__ import annotations

from robot.api import logger

from resources.clients import get_anthropic_client
from resources.settings import settings

FLAKY_HINTS = ("timeout", "stale element", "connection reset", "503", "ElementClickIntercepted")


class FlakyTriageListener:
    ROBOT_LISTENER_API_VERSION = 3

    def __init__(self, budget: int = 20) -> None:
        self.budget = int(budget)
        self.client = get_anthropic_client()

    def end_test(self, data, result) -> None:
        if not result.failed or self.budget <= 0:
            return
        message = result.message or ""
        if not any(h.lower() in message.lower() for h in FLAKY_HINTS):
            return
        self.budget -= 1
        text = []
        with self.client.messages.stream(
            model=settings.anthropic_model,
            max_tokens=200,
            messages=[
                {
                    "role": "user",
                    "content": (
                        "Is this Robot Framework failure likely flaky (infra/timing) or a real bug? "
                        "Answer 'FLAKY' or 'BUG' then one sentence.\n\n"
                        f"Test: {data.name}\nMessage: {message[:1500]}"
                    ),
                }
            ],
        ) as stream:
            for delta in stream.text_stream:
                text.append(delta)
        answer = "".join(text).strip()
        if answer.upper().startswith("FLAKY"):
            result.tags.add("llm-flaky")
        logger.console(f"\n[triage] {data.name}: {answer}")
