"""Together AI client construction."""
from __future__ import annotations

import os

from together import AsyncTogether, Together

from toolkit.config import ToolkitConfig


def make_together_client(config: ToolkitConfig) -> Together:
    return Together(api_key=config.together_api_key, timeout=config.request_timeout)


def make_async_together_client(config: ToolkitConfig) -> AsyncTogether:
    return AsyncTogether(api_key=config.together_api_key, timeout=config.request_timeout)


# Module-level client kept for the old compare scripts (see toolkit/compare/legacy.py).
# TODO(ana): remove once everything reads ctx.together
together_client = Together(api_key=os.getenv("TOGETHER_API_KEY", ""))
