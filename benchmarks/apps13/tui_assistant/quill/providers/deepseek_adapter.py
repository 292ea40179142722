"""DeepSeek speaks the OpenAI protocol, with two differences we care about:
deepseek-reasoner streams its chain of thought in ``reasoning_content``, and
fill-in-the-middle completions live on the /beta base URL.
"""

from __future__ import annotations

from typing import Iterator, List, Optional

from quill.models import clients
from quill.providers import register
from quill.providers.openai_adapter import OpenAIAdapter

FIM_MAX_TOKENS = 512


@register("deepseek")
class DeepSeekAdapter(OpenAIAdapter):
    show_reasoning = True

    def _make_client(self):
        return clients.deepseek_client()

    def _chat_params(self, messages, temperature):
        params = super()._chat_params(messages, temperature)
        params.pop("reasoning_effort", None)
        if self.model.name == "deepseek-reasoner":
            params.pop("temperature", None)
        return params

    def stream(self, messages: List[dict], temperature: Optional[float] = None) -> Iterator[str]:
        if self.model.name != "deepseek-reasoner":
            yield from super().stream(messages, temperature)
            return

        tag = self.settings.reasoning_tag or "think"
        in_reasoning = False
        response = self.client.chat.completions.create(
            model=self.model.name,
            messages=messages,
            stream=True,
        )
        for chunk in response:
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta
            reasoning = getattr(delta, "reasoning_content", None)
            if reasoning:
                if not in_reasoning:
                    in_reasoning = True
                    if self.show_reasoning:
                        yield f"<{tag}>\n"
                if self.show_reasoning:
                    yield reasoning
                continue
            if in_reasoning:
                in_reasoning = False
                if self.show_reasoning:
                    yield f"\n</{tag}>\n\n"
            if delta.content:
                yield delta.content

    def fill_in_middle(self, prefix: str, suffix: str, max_tokens: int = FIM_MAX_TOKENS) -> str:
        beta = clients.deepseek_beta_client()
        completion = beta.completions.create(
            model="deepseek-chat",
            prompt=prefix,
            suffix=suffix,
            max_tokens=max_tokens,
        )
        return completion.choices[0].text
