"""Shared bits for our CustomLLM wrappers."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence

from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.llms import CompletionResponse

DEFAULT_SYSTEM_PROMPT = (
    "You are the documentation assistant for our product. Answer only from the "
    "provided context. If the context does not contain the answer, say so."
)


def to_openai_messages(prompt: str, system_prompt: Optional[str] = None) -> List[Dict[str, str]]:
    messages: List[Dict[str, str]] = []
    if system_prompt:
        messages.append({"role": "system", "content": system_prompt})
    messages.append({"role": "user", "content": prompt})
    return messages


def chat_messages_to_openai(messages: Sequence[ChatMessage]) -> List[Dict[str, str]]:
    out = []
    for m in messages:
        role = m.role.value if isinstance(m.role, MessageRole) else str(m.role)
        out.append({"role": role, "content": m.content or ""})
    return out


def split_system(messages: Sequence[ChatMessage]) -> tuple[Optional[str], List[Dict[str, str]]]:
    """Anthropic wants the system prompt outside the message list."""
    system_parts: List[str] = []
    rest: List[Dict[str, str]] = []
    for m in messages:
        if m.role == MessageRole.SYSTEM:
            system_parts.append(m.content or "")
        else:
            role = "assistant" if m.role == MessageRole.ASSISTANT else "user"
            rest.append({"role": role, "content": m.content or ""})
    return ("\n\n".join(system_parts) or None), rest


def usage_dict(prompt_tokens: Optional[int], completion_tokens: Optional[int]) -> Dict[str, Any]:
    return {
        "prompt_tokens": prompt_tokens or 0,
        "completion_tokens": completion_tokens or 0,
        "total_tokens": (prompt_tokens or 0) + (completion_tokens or 0),
    }


def completion_from_text(text: str, raw: Any = None, **usage: Any) -> CompletionResponse:
    return CompletionResponse(text=text, raw=raw, additional_kwargs=usage_dict(usage.get("prompt_tokens"), usage.get("completion_tokens")))
