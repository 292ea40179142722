"""DeepSeek is OpenAI compatible; we reach it with the openai SDK."""
from __future__ import annotations

from openai import AsyncOpenAI

from svc.config import Settings, get_settings

DEEPSEEK_CHAT = "deepseek-chat"
DEEPSEEK_REASONER = "deepseek-reasoner"


def make_deepseek_client(settings: Settings | None = None) -> AsyncOpenAI:
    settings = settings or get_settings()
    return AsyncOpenAI(
        api_key=settings.deepseek_api_key,
        base_url=settings.deepseek_base_url,
        timeout=settings.request_timeout * 2,
    )


_default: AsyncOpenAI | None = None


async def deepseek_chat(messages: list[dict], *, model: str = DEEPSEEK_CHAT, **kwargs) -> str:
    """One-shot helper kept for the classifier prototype."""
    global _default
    if _default is None:
        _default = make_deepseek_client()
    resp = await _default.chat.completions.create(model=model, messages=messages, **kwargs)
    return resp.choices[0].message.content or ""
