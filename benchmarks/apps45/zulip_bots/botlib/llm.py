"""Thin helpers around the provider SDKs.

Most bots started with their own copy of these; they are slowly being moved
here (and, eventually, onto ``multi_model_service``).
"""
from __future__ import annotations

import json
import logging
from typing import Any, Dict, Iterator, List, Optional

from tenacity import retry, stop_after_attempt, wait_exponential

from botlib.clients import get_anthropic_client, get_openai_client
from botlib.prompts import SYSTEM_DEFAULT

log = logging.getLogger(__name__)


@retry(stop=stop_after_attempt(3), wait=wait_exponential(min=1, max=10), reraise=True)
def chat_complete(client, messages: List[Dict[str, str]], model: str, **kwargs: Any) -> str:
    """Run one chat completion against any OpenAI-protocol client."""
    resp = client.chat.completions.create(model=model, messages=messages, **kwargs)
    return resp.choices[0].message.content or ""


def stream_chat(client, messages: List[Dict[str, str]], model: str) -> Iterator[str]:
    stream = client.chat.completions.create(model=model, messages=messages, stream=True)
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


def ask_claude(prompt: str, system: str = SYSTEM_DEFAULT, model: str = "claude-3-5-sonnet-20241022",
               max_tokens: int = 1024, api_key: Optional[str] = None) -> str:
    client = get_anthropic_client(api_key)
    message = client.messages.create(
        model=model,
        max_tokens=max_tokens,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    return "".join(block.text for block in message.content if block.type == "text")


def moderate(text: str) -> bool:
    """True if OpenAI's moderation endpoint flags the text."""
    result = get_openai_client().moderations.create(model="omni-moderation-latest", input=text)
    return bool(result.results and result.results[0].flagged)


def parse_json_reply(text: str) -> Dict[str, Any]:
    """Models like to wrap JSON in fences; strip them."""
    cleaned = text.strip()
    if cleaned.startswith("```"):
        cleaned = cleaned.strip("`")
        if cleaned.startswith("json"):
            cleaned = cleaned[4:]
    try:
        return json.loads(cleaned)
    except json.JSONDecodeError:
        log.warning("model reply was not JSON: %.200s", text)
        return {}
