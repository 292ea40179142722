#!/usr/bin/env python
"""Cron entry point: review yesterday's merges on main and post to Slack."""
import asyncio
import subprocess

from llmctl.clients import get_clients
from llmctl.legacy import review_patch
from llmctl.notify import SlackNotifier
from llmctl.multi_model_service import TaskComplexity, multi_model_service


def yesterdays_patch() -> str:
    return subprocess.run(
        ["git", "log", "-p", "--since=yesterday", "--first-parent", "main"],
        check=True, capture_output=True, text=True,
    ).stdout


def main():
    patch = yesterdays_patch()
    if not patch.strip():
        return
    review = review_patch(patch[:60_000])

    c = get_clients()
    multi_model_service.configure(openai_client=c.openai, anthropic_client=c.anthropic,
                                  groq_client=c.groq)
    headline = asyncio.run(multi_model_service.generate_response(
        prompt="One-line headline for this review:\n" + review,
        task_type="nightly_headline",
        complexity=TaskComplexity.SIMPLE,
    ))
    SlackNotifier().chat(f"*{headline}*\n{review}")


if __name__ == "__main__":
    main()
