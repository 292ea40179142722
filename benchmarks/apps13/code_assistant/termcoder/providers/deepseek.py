"""DeepSeek: chat through the shared OpenAI-compatible client, plus FIM for /complete."""

from typing import List, Optional

from openai import OpenAI

from ..config import get_settings
from ..logging_setup import get_logger
from .clients import get_deepseek_client
from . import Reply

log = get_logger(__name__)

# FIM (fill in the middle) only exists on the beta endpoint.
DEEPSEEK_BETA_URL = "https://api.deepseek.com/beta"


def _strip_reasoning(messages: List[dict]) -> List[dict]:
    # deepseek-reasoner rejects requests that echo reasoning_content back
    return [{k: v for k, v in m.items() if k != "reasoning_content"} for m in messages]


def send_deepseek(model, messages, temperature=0.0, stream=False, on_chunk=None) -> Reply:
    client = get_deepseek_client()
    params = dict(model=model.name, messages=_strip_reasoning(messages), max_tokens=model.max_tokens)
    if model.settings.use_temperature:
        params["temperature"] = temperature

    resp = client.chat.completions.create(**params)

    choice = resp.choices[0]
    text = choice.message.content or ""
    if on_chunk and text:
        on_chunk(text)
    usage = resp.usage
    return Reply(
        text=text,
        input_tokens=usage.prompt_tokens,
        output_tokens=usage.completion_tokens,
        # DeepSeek reports context-cache hits separately
        cache_read_tokens=getattr(usage, "prompt_cache_hit_tokens", 0) or 0,
        finish_reason=choice.finish_reason,
        raw=resp,
    )


class FimCompleter:
    """Inline completion for `/complete` in the TUI editor pane."""

    def __init__(self, api_key: Optional[str] = None, max_tokens: int = 256):
        self.max_tokens = max_tokens
        self._client = OpenAI(
            api_key=api_key or get_settings().api_key("deepseek"),
            base_url=DEEPSEEK_BETA_URL,
        )

    def complete(self, prefix: str, suffix: str = "") -> str:
        # keep the request small; FIM quality drops with huge prefixes anyway
        prefix = prefix[-12000:]
        suffix = suffix[:4000]
        resp = self._client.completions.create(
            model="deepseek-chat",
            prompt=prefix,
            suffix=suffix or None,
            max_tokens=self.max_tokens,
            temperature=0,
        )
        text = resp.choices[0].text
        log.debug("fim: %d chars in, %d chars out", len(prefix) + len(suffix), len(text))
        return text
