"""Provider fallback chain for the chat endpoint when the primary is down.

Registry of provider name -> callable(messages, model) -> str. Clients come
from ``app.extensions['llm']`` via ``build_registry``.
"""
import logging

from app.services.prompts import to_anthropic_messages

log = logging.getLogger(__name__)

DEFAULT_ORDER = ("azure", "openai", "anthropic")


def build_registry(llm):
    def _azure(messages, model):
        if llm.azure is None:
            raise RuntimeError("azure not configured")
        return llm.azure.chat.completions.create(
            model=model or "gpt-4o-prod", messages=messages
        ).choices[0].message.content

    def _openai(messages, model):
        return llm.openai.chat.completions.create(
            model=model or "gpt-4o-mini", messages=messages
        ).choices[0].message.content

    def _anthropic(messages, model):
        system, msgs = to_anthropic_messages(messages)
        out = llm.anthropic.messages.create(
            model=model or "claude-3-5-haiku-20241022",
            system=system,
            messages=msgs,
            max_tokens=1024,
        )
        return out.content[0].text

    return {"azure": _azure, "openai": _openai, "anthropic": _anthropic}


def complete_with_fallback(registry, messages, order=DEFAULT_ORDER, model=None):
    last_exc = None
    for name in order:
        fn = registry.get(name)
        if fn is None:
            continue
        try:
            return name, fn(messages, model if name == order[0] else None)
        except Exception as exc:  # noqa: BLE001
            log.warning("provider %s failed: %s", name, exc)
            last_exc = exc
    raise RuntimeError("all providers failed") from last_exc
