"""Vertex AI Gemini helpers."""

from __future__ import annotations

import logging
import threading
import time
from contextlib import contextmanager
from typing import Iterator

import vertexai
from vertexai.generative_models import GenerationConfig, GenerativeModel

from llmkit.config import get_settings

logger = logging.getLogger(__name__)

_init_lock = threading.Lock()
_initialised = False


def _ensure_init() -> None:
    global _initialised
    with _init_lock:
        if not _initialised:
            settings = get_settings()
            vertexai.init(project=settings.gcp_project, location=settings.gcp_location)
            _initialised = True


@contextmanager
def gemini_model(
    model_name: str = "gemini-1.5-flash-002",
    *,
    system_instruction: str | None = None,
    temperature: float = 0.2,
    max_output_tokens: int = 256,
) -> Iterator[GenerativeModel]:
    """Yield a configured ``GenerativeModel`` and log how long the block took."""
    _ensure_init()
    model = GenerativeModel(
        model_name,
        system_instruction=system_instruction,
        generation_config=GenerationConfig(temperature=temperature, max_output_tokens=max_output_tokens),
    )
    started = time.monotonic()
    try:
        yield model
    finally:
        logger.debug("gemini block on %s took %.2fs", model_name, time.monotonic() - started)
