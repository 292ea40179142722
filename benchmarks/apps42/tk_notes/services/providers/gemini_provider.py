from __future__ import annotations

from typing import Iterator

from services.clients import get_gemini_model
from services.providers.base import ChatProvider, ChatResult


def _to_gemini_history(messages: list[dict]) -> list[dict]:
    out = []
    for m in messages:
        role = "model" if m["role"] == "assistant" else "user"
        out.append({"role": role, "parts": [m["content"]]})
    return out


class GeminiProvider(ChatProvider):
    name = "gemini"

    def __init__(self, model: str, **kw):
        super().__init__(model, **kw)
        self._model = get_gemini_model(model)

    def complete(self, messages: list[dict], system: str | None = None) -> ChatResult:
        sys_from_msgs, msgs = self.split_system(messages)
        model = self._model
        if system or sys_from_msgs:
            model = get_gemini_model(self.model, system_instruction=system or sys_from_msgs)
        history = _to_gemini_history(msgs[:-1])
        chat = model.start_chat(history=history)
        response = chat.send_message(msgs[-1]["content"])
        usage = response.usage_metadata
        return ChatResult(
            text=response.text,
            model=self.model,
            input_tokens=usage.prompt_token_count,
            output_tokens=usage.candidates_token_count,
        )

    def stream(self, messages: list[dict], system: str | None = None) -> Iterator[str]:
        _, msgs = self.split_system(messages)
        response = self._model.generate_content(_to_gemini_history(msgs), stream=True)
        for chunk in response:
            if chunk.text:
                yield chunk.text

    def count_tokens(self, text: str) -> int:
        return self._model.count_tokens(text).total_tokens
