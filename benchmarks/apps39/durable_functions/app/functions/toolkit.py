"""A bundle of ready clients that durable functions share.

Introduced during the "functions v2" refactor; older functions still call the
getters in `services.clients` directly.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import anthropic
import openai
from google import genai
from together import AsyncTogether

from services.clients import get_anthropic, get_fireworks, get_genai, get_openai, get_together


@dataclass
class LLMToolkit:
    oai: openai.AsyncOpenAI = field(default_factory=get_openai)
    claude: anthropic.AsyncAnthropic = field(default_factory=get_anthropic)
    gemini: genai.Client = field(default_factory=get_genai)
    together: AsyncTogether = field(default_factory=get_together)
    fireworks: openai.AsyncOpenAI = field(default_factory=get_fireworks)


_toolkit: LLMToolkit | None = None


def toolkit() -> LLMToolkit:
    global _toolkit
    if _toolkit is None:
        _toolkit = LLMToolkit()
    return _toolkit
