"""Entry point: `python -m assistant` (socket mode)."""
from __future__ import annotations

import asyncio
import logging
import sys

from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

from assistant.app import create_app
from assistant.config import get_settings
from assistant.llm.clients import ollama_client, openai_client
from assistant.tools import enabled_tools


def setup_logging(level: str) -> None:
    logging.basicConfig(
        level=level,
        stream=sys.stdout,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
    )
    for noisy in ("httpx", "httpcore", "LiteLLM", "slack_bolt.AsyncApp"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def preflight() -> None:
    """Fail fast on bad keys or a missing local model, without spending tokens."""
    log = logging.getLogger("assistant.preflight")
    settings = get_settings()
    try:
        available = {m.id for m in openai_client().models.list()}
        if settings.models.responses_model not in available:
            log.warning("model %s not visible to this OpenAI key", settings.models.responses_model)
    except Exception as exc:
        log.error("OpenAI preflight failed: %s", exc)

    try:
        local = {m.model for m in ollama_client().list().models}
        if settings.models.local_model not in local:
            log.warning("pulling %s on the ollama host, first summaries will be slow", settings.models.local_model)
            ollama_client().pull(settings.models.local_model)
    except Exception as exc:
        log.error("ollama at %s unreachable: %s", settings.ollama_host, exc)

    names = [t.name for t in enabled_tools(settings.enabled_tools)]
    log.info("tools enabled: %s", ", ".join(names))


async def main() -> None:
    settings = get_settings()
    setup_logging(settings.log_level)
    if settings.environment != "test":
        await asyncio.to_thread(preflight)
    app = create_app()
    handler = AsyncSocketModeHandler(app, settings.slack_app_token)
    await handler.start_async()


if __name__ == "__main__":
    asyncio.run(main())
