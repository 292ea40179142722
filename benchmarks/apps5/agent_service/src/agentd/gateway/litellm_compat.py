"""Single place where litellm is configured.

Import ``acompletion`` from here rather than from litellm directly so the global flags below are
always applied before the first request.
"""
from __future__ import annotations

import os
from typing import List

import litellm
from litellm import acompletion, token_counter

from agentd.config import get_settings

litellm.drop_params = True
litellm.suppress_debug_info = True
litellm.request_timeout = int(os.environ.get("AGENTD_LITELLM_TIMEOUT", "60"))

_settings = get_settings()
os.environ.setdefault("OPENAI_API_KEY", _settings.openai_api_key.get_secret_value())
os.environ.setdefault("ANTHROPIC_API_KEY", _settings.anthropic_api_key.get_secret_value())
os.environ.setdefault("GROQ_API_KEY", _settings.groq_api_key.get_secret_value())


def default_fallbacks() -> List[str]:
    return list(_settings.fallback_models)


__all__ = ["acompletion", "token_counter", "default_fallbacks"]
