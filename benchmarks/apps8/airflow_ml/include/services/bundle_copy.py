"""Copy for product bundles ("Complete the look"). Written against the tracked path."""
from typing import List

from include.catalogue.models import Product
from include.config import settings
from include.llm.clients import get_async_together_client
from include.services.llm_usage_tracker import llm_tracker
from include.services.multi_model_service import TaskComplexity, multi_model_service


def _bundle_prompt(products: List[Product]) -> str:
    items = "\n".join(f"- {p.title} ({p.brand})" for p in products)
    return f"Write a two-sentence teaser for a bundle of these products:\n{items}"


async def bundle_teaser(products: List[Product]) -> str:
    return await multi_model_service.generate_response(
        prompt=_bundle_prompt(products),
        task_type="bundle_copy",
        complexity=TaskComplexity.SIMPLE,
        max_tokens=120,
    )


async def bundle_name(products: List[Product]) -> str:
    client = get_async_together_client()
    model = settings.together.small_model
    async with llm_tracker.track_llm_call(
        provider="together", model=model, feature_context="bundle_copy"
    ) as usage_log:
        response = await client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": "Suggest a catchy 3-word name.\n" + _bundle_prompt(products)}],
            max_tokens=16,
            temperature=0.9,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content.strip().strip('"')
