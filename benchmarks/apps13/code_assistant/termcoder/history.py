"""Chat history summarisation.

When the done messages grow past max_tokens, the older half is summarised by the
weak model into a single user/assistant pair. This runs in a background thread in the
CLI and as an asyncio task in the TUI.
"""

from functools import partial
from typing import List, Optional

from .llm import litellm
from .logging_setup import get_logger
from . import prompts

log = get_logger(__name__)

# litellm needs a vendor prefix for everything that is not OpenAI/Anthropic
_LITELLM_PREFIX = {
    "deepseek": "deepseek/",
    "gemini": "gemini/",
    "groq": "groq/",
    "ollama": "ollama_chat/",
}


def litellm_model_name(model) -> str:
    prefix = _LITELLM_PREFIX.get(model.vendor, "")
    if model.name.startswith(prefix):
        return model.name
    return prefix + model.name


class ChatSummary:
    def __init__(self, models=None, max_tokens: int = 1024):
        if not models:
            raise ValueError("At least one model must be provided")
        self.models = models if isinstance(models, list) else [models]
        self.max_tokens = max_tokens
        self._summarizers = [
            (m, partial(litellm.completion, model=litellm_model_name(m), temperature=0, timeout=120))
            for m in self.models
        ]

    def token_count(self, msg) -> int:
        return self.models[0].token_count(msg)

    def too_big(self, messages: List[dict]) -> bool:
        sized = sum(self.token_count(m) for m in messages)
        return sized > self.max_tokens

    def _split(self, messages: List[dict]):
        sized = [(self.token_count(m), m) for m in messages]
        total = sum(t for t, _ in sized)
        half_max = self.max_tokens // 2
        split_index = len(messages)
        tail_tokens = 0
        for i in range(len(sized) - 1, -1, -1):
            tail_tokens += sized[i][0]
            if tail_tokens >= half_max:
                split_index = i
                break
        # keep the head ending on an assistant message so the tail starts with the user
        while split_index > 1 and messages[split_index - 1]["role"] != "assistant":
            split_index -= 1
        log.debug("splitting %d tokens of history at message %d", total, split_index)
        return messages[:split_index], messages[split_index:]

    def summarize(self, messages: List[dict], depth: int = 0) -> List[dict]:
        if not self.too_big(messages) or len(messages) <= 4 or depth > 3:
            return messages
        head, tail = self._split(messages)
        if not head:
            return messages

        summary = self.summarize_all(head)
        if summary is None:
            return messages
        result = summary + tail
        if self.too_big(result):
            return self.summarize(result, depth + 1)
        return result

    def _summary_request(self, messages: List[dict]) -> List[dict]:
        content = ""
        for msg in messages:
            role = msg["role"].upper()
            if role not in ("USER", "ASSISTANT"):
                continue
            text = msg["content"]
            if isinstance(text, list):
                text = " ".join(p.get("text", "") for p in text if isinstance(p, dict))
            content += f"# {role}\n{text}"
            if not content.endswith("\n"):
                content += "\n"
        return [
            {"role": "system", "content": prompts.SUMMARIZE},
            {"role": "user", "content": content},
        ]

    def summarize_all(self, messages: List[dict]) -> Optional[List[dict]]:
        request = self._summary_request(messages)
        for model, summarize_fn in self._summarizers:
            try:
                res = summarize_fn(messages=request)
            except Exception as err:
                log.warning("summariser %s failed: %s", model.name, err)
                continue
            text = res.choices[0].message.content
            if text:
                return [{"role": "user", "content": prompts.SUMMARY_PREFIX + text}]
        log.error("all summarisers failed")
        return None

    async def asummarize_all(self, messages: List[dict]) -> Optional[List[dict]]:
        request = self._summary_request(messages)
        for model in self.models:
            try:
                res = await litellm.acompletion(
                    model=litellm_model_name(model),
                    messages=request,
                    temperature=0,
                )
            except Exception as err:
                log.warning("async summariser %s failed: %s", model.name, err)
                continue
            text = res.choices[0].message.content
            if text:
                return [{"role": "user", "content": prompts.SUMMARY_PREFIX + text}]
        return None
