"""Product category classification with Claude."""

from __future__ import annotations

import logging

from anthropic import AsyncAnthropic

from product_crawler.llm.clients import get_anthropic_client
from product_crawler.llm.prompts import CLASSIFY_SYSTEM, build_classification_prompt, normalise_category

logger = logging.getLogger(__name__)

DEFAULT_MODEL = "claude-3-5-haiku-latest"


class ProductClassifier:
    def __init__(self, client: AsyncAnthropic | None = None, model: str = DEFAULT_MODEL) -> None:
        self._client = client or get_anthropic_client()
        self.model = model
        self._cache: dict[str, str] = {}

    async def classify(self, title: str, breadcrumbs: list[str], description: str) -> str:
        key = f"{title}|{'/'.join(breadcrumbs)}"
        if key in self._cache:
            return self._cache[key]
        message = await self._client.messages.create(
            model=self.model,
            max_tokens=16,
            system=CLASSIFY_SYSTEM,
            messages=[
                {"role": "user", "content": build_classification_prompt(title, breadcrumbs, description)}
            ],
        )
        raw = "".join(block.text for block in message.content if block.type == "text")
        category = normalise_category(raw)
        self._cache[key] = category
        return category

    async def classify_with_reason(self, title: str, description: str) -> tuple[str, str]:
        """Longer variant used by the QA script; streams because reasons can get long."""
        async with self._client.messages.stream(
            model=self.model,
            max_tokens=400,
            system=CLASSIFY_SYSTEM.replace("nothing else", "then a newline and one sentence of reasoning"),
            messages=[{"role": "user", "content": build_classification_prompt(title, [], description)}],
        ) as stream:
            final = await stream.get_final_message()
        text = "".join(b.text for b in final.content if b.type == "text")
        first, _, reason = text.partition("\n")
        return normalise_category(first), reason.strip()


async def quick_classify(title: str, description: str) -> str:
    """Module-level helper for one-offs (scripts, notebooks)."""
    client = get_anthropic_client()
    msg = await client.messages.create(
        model=DEFAULT_MODEL,
        max_tokens=16,
        system=CLASSIFY_SYSTEM,
        messages=[{"role": "user", "content": build_classification_prompt(title, [], description)}],
    )
    return normalise_category(msg.content[0].text)
