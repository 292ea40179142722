#!/usr/bin/env python
"""Make sure the on-prem Ollama box has our models pulled and loaded.

Run from the worker's systemd ExecStartPre.
"""
from __future__ import annotations

import logging
import sys
import time

from docflow.config import get_settings
from docflow.plugins.ollama_plugin import EMBED_MODEL
from docflow.providers import get_ollama_client

log = logging.getLogger("ollama_warmup")


def main() -> int:
    settings = get_settings()
    client = get_ollama_client()
    wanted = [settings.ollama_model, EMBED_MODEL]

    present = {m.model for m in client.list().models}
    for name in wanted:
        if name in present:
            log.info("%s already present", name)
            continue
        log.info("pulling %s ...", name)
        for progress in client.pull(name, stream=True):
            if progress.completed and progress.total:
                log.debug("%s %.0f%%", name, 100 * progress.completed / progress.total)

    # A tiny embed call forces the embedding model into memory so the first
    # real request doesn't pay the load time.
    t0 = time.perf_counter()
    client.embed(model=EMBED_MODEL, input=["warmup"], keep_alive="24h")
    log.info("embed model warm in %.1fs", time.perf_counter() - t0)

    running = [m.model for m in client.ps().models]
    log.info("running models: %s", ", ".join(running) or "(none)")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
