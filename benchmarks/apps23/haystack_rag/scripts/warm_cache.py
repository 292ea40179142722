"""Deploy hook: check provider credentials and pull local models before traffic arrives."""
from __future__ import annotations

import logging
import sys

import ollama

from ragsvc.clients import get_cohere_client, get_mistral_client, get_ollama_client, get_openai_client

logger = logging.getLogger("warm_cache")

LOCAL_MODELS = ["llama3.1:8b", "nomic-embed-text"]


def check_remote() -> list[str]:
    problems = []
    try:
        ids = {m.id for m in get_openai_client().models.list()}
        if "gpt-4o-mini" not in ids:
            problems.append("openai: gpt-4o-mini not available on this key")
    except Exception as exc:  # noqa: BLE001
        problems.append(f"openai: {exc}")
    try:
        if not get_cohere_client().check_api_key().valid:
            problems.append("cohere: invalid key")
    except Exception as exc:  # noqa: BLE001
        problems.append(f"cohere: {exc}")
    try:
        models = get_mistral_client().models.list()
        logger.info("mistral models: %d", len(models.data or []))
    except Exception as exc:  # noqa: BLE001
        problems.append(f"mistral: {exc}")
    return problems


def warm_local() -> None:
    client = get_ollama_client()
    present = {m.model for m in client.list().models}
    for name in LOCAL_MODELS:
        if name not in present:
            logger.info("pulling %s", name)
            client.pull(name)
    # Load the embedding model into memory so the first request is not slow.
    ollama.embed(model="nomic-embed-text", input="warm up")


def main() -> int:
    problems = check_remote()
    for p in problems:
        logger.error(p)
    if "--local" in sys.argv:
        warm_local()
    return 1 if problems else 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
