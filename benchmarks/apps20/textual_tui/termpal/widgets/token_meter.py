"""Shows prompt size and estimated cost under the chat log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.reactive import reactive
from textual.widgets import Static

from termpal.config import PRICING

if TYPE_CHECKING:
    from termpal.backends import Message

try:
    import tiktoken
except ImportError:  # optional
    tiktoken = None


def estimate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    price_in, price_out = PRICING.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def rough_count(text: str) -> int:
    if tiktoken is not None:
        return len(tiktoken.get_encoding("o200k_base").encode(text))
    return max(1, len(text) // 4)


class TokenMeter(Static):
    tokens: reactive[int] = reactive(0)

    def render(self) -> str:
        model = self.app.settings.model_for(self.app.provider)
        return f"{self.tokens} tokens in context · ~${estimate_cost(model, self.tokens):.5f} per turn"

    @work(exclusive=True, group="count")
    async def recount(self, messages: list["Message"]) -> None:
        provider = self.app.provider
        model = self.app.settings.model_for(provider)
        if provider == "anthropic" and messages:
            count = await self.app.anthropic.messages.count_tokens(
                model=model,
                messages=[m.as_dict() for m in messages if m.role != "system"],
            )
            self.tokens = count.input_tokens
        elif provider == "google" and messages:
            resp = await self.app.genai.aio.models.count_tokens(
                model=model,
                contents="\n".join(m.content for m in messages),
            )
            self.tokens = resp.total_tokens or 0
        else:
            self.tokens = sum(rough_count(m.content) for m in messages)
