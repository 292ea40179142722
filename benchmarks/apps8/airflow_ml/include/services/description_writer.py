"""Product description generation.

DeepSeek is the default writer (cheap, good at structured copy). The Bedrock path is
kept for categories where legal asked for Claude (cosmetics, supplements).
"""
import asyncio
from typing import Optional

from include.catalogue.models import GeneratedDescription, Product
from include.config import settings
from include.llm.clients import get_bedrock_runtime, get_deepseek_client
from include.prompts import DESCRIPTION_SYSTEM, DESCRIPTION_USER
from include.services.llm_usage_tracker import llm_tracker
from include.utils.logging_utils import get_logger
from include.utils.retry import provider_retry

logger = get_logger("description_writer")

CLAUDE_ONLY_CATEGORIES = {"beauty", "supplements", "baby"}


def _user_prompt(product: Product, length: int) -> str:
    return DESCRIPTION_USER.substitute(
        title=product.title,
        brand=product.brand or "unbranded",
        category=product.category,
        attributes=product.attribute_lines() or "- none",
        length=length,
    )


class DescriptionWriter:
    def __init__(self, model: Optional[str] = None, length: int = 120):
        self._client = get_deepseek_client()
        self.model = model or settings.deepseek.chat_model
        self.length = length

    @provider_retry()
    def write(self, product: Product) -> GeneratedDescription:
        if product.category.lower() in CLAUDE_ONLY_CATEGORIES:
            return self.write_bedrock(product)
        completion = self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": DESCRIPTION_SYSTEM},
                {"role": "user", "content": _user_prompt(product, self.length)},
            ],
            temperature=0.7,
            max_tokens=600,
        )
        text = completion.choices[0].message.content.strip()
        return GeneratedDescription(
            sku=product.sku, text=text, model=self.model, provider="deepseek", locale=product.locale
        )

    def write_bedrock(self, product: Product) -> GeneratedDescription:
        model_id = settings.bedrock.claude_model_id
        response = get_bedrock_runtime().converse(
            modelId=model_id,
            system=[{"text": DESCRIPTION_SYSTEM}],
            messages=[{"role": "user", "content": [{"text": _user_prompt(product, self.length)}]}],
            inferenceConfig={"maxTokens": 700, "temperature": 0.6},
        )
        text = response["output"]["message"]["content"][0]["text"].strip()
        return GeneratedDescription(
            sku=product.sku, text=text, model=model_id, provider="bedrock", locale=product.locale
        )

    async def write_tracked(self, product: Product) -> GeneratedDescription:
        """Async variant used by the new backfill; goes through the usage tracker."""
        model_id = settings.bedrock.haiku_model_id
        runtime = get_bedrock_runtime()
        async with llm_tracker.track_llm_call(
            provider="bedrock", model=model_id, feature_context="description_backfill"
        ) as usage_log:
            response = await asyncio.to_thread(
                runtime.converse,
                modelId=model_id,
                system=[{"text": DESCRIPTION_SYSTEM}],
                messages=[{"role": "user", "content": [{"text": _user_prompt(product, self.length)}]}],
                inferenceConfig={"maxTokens": 600, "temperature": 0.6},
            )
            usage_log.input_tokens = response["usage"]["inputTokens"]
            usage_log.output_tokens = response["usage"]["outputTokens"]
        text = response["output"]["message"]["content"][0]["text"].strip()
        return GeneratedDescription(
            sku=product.sku, text=text, model=model_id, provider="bedrock", locale=product.locale
        )
