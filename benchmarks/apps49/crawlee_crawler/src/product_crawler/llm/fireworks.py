"""Open-weights models on Fireworks, used for cheap bulk classification in post-processing."""

from __future__ import annotations

from openai import AsyncOpenAI, OpenAI

from product_crawler.config import get_settings
from product_crawler.llm.prompts import CLASSIFY_SYSTEM, build_classification_prompt, normalise_category

FIREWORKS_BASE_URL = "https://api.fireworks.ai/inference/v1"


class FireworksClassifier:
    def __init__(self, client: AsyncOpenAI, model: str) -> None:
        self.client = client
        self.model = model

    async def classify(self, title: str, breadcrumbs: list[str], description: str) -> str:
        completion = await self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": CLASSIFY_SYSTEM},
                {"role": "user", "content": build_classification_prompt(title, breadcrumbs, description)},
            ],
            max_tokens=8,
            temperature=0,
        )
        return normalise_category(completion.choices[0].message.content or "")


def make_sync_fireworks() -> OpenAI:
    settings = get_settings()
    return OpenAI(base_url=FIREWORKS_BASE_URL, api_key=settings.fireworks_api_key)


def fireworks_summary(title: str, body: str) -> str:
    client = make_sync_fireworks()
    completion = client.chat.completions.create(
        model=get_settings().fireworks_model,
        messages=[{"role": "user", "content": f"Summarise this product in 2 sentences.\n{title}\n{body[:6000]}"}],
        max_tokens=160,
    )
    return completion.choices[0].message.content or ""
