from __future__ import annotations

from openai import OpenAI

from llmctl.config import DEEPSEEK_BASE_URL
from llmctl.providers.base import Completion, Provider


def build_deepseek_client(api_key: str | None, timeout: float = 60.0) -> OpenAI:
    """DeepSeek speaks the OpenAI wire protocol, so we reuse the openai SDK."""
    return OpenAI(api_key=api_key, base_url=DEEPSEEK_BASE_URL, timeout=timeout)


class DeepSeekProvider(Provider):
    name = "deepseek"

    def __init__(self, client: OpenAI, model: str = "deepseek-chat"):
        super().__init__(model)
        self.client = client

    def complete(self, prompt, *, system=None, temperature=0.2, max_tokens=1024):
        messages = []
        if system:
            messages.append({"role": "system", "content": system})
        messages.append({"role": "user", "content": prompt})
        with self._timed() as t:
            resp = self.client.chat.completions.create(
                model=self.model, messages=messages,
                temperature=temperature, max_tokens=max_tokens,
            )
        choice = resp.choices[0]
        return Completion(
            text=choice.message.content,
            model=resp.model,
            provider=self.name,
            input_tokens=resp.usage.prompt_tokens,
            output_tokens=resp.usage.completion_tokens,
            latency_ms=t.elapsed_ms,
        )

    def reason(self, prompt: str) -> tuple[str, str]:
        """deepseek-reasoner returns its chain of thought separately."""
        resp = self.client.chat.completions.create(
            model="deepseek-reasoner",
            messages=[{"role": "user", "content": prompt}],
        )
        msg = resp.choices[0].message
        return getattr(msg, "reasoning_content", "") or "", msg.content
