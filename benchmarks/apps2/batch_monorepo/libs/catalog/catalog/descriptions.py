"""Product description generation."""

from __future__ import annotations

import logging
from typing import Callable

from llmkit.clients import bedrock_runtime
from llmkit.hub import CLIENT_FOR, DEFAULT_CHAT_MODEL, Provider, get_hub
from llmkit.retry import with_retry
from llmkit.services.llm_usage_tracker import llm_tracker
from llmkit.services.multi_model_service import TaskComplexity, multi_model_service
from llmkit.strategies import get_strategy

from catalog.models import Product
from catalog.quality import count_tokens, truncate_tokens

logger = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You write product descriptions for an online store. Use British English, "
    "2-3 short paragraphs, no superlatives, never invent specifications that are not given."
)
TITLE_PROMPT = (
    "Rewrite the product title so it is under 80 characters, starts with the brand if known, "
    "and keeps the key attributes. Reply with the title only."
)

GROQ_MODEL = "llama-3.3-70b-versatile"
TOGETHER_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"
BEDROCK_MODEL_ID = "anthropic.claude-3-5-haiku-20241022-v1:0"
MAX_PROMPT_TOKENS = 3000


def build_prompt(product: Product) -> str:
    lines = [f"Title: {product.title}", f"Category: {product.category}"]
    if product.brand:
        lines.append(f"Brand: {product.brand}")
    for key, value in sorted(product.attributes.items()):
        lines.append(f"{key.replace('_', ' ').title()}: {value}")
    if product.description:
        lines.append(f"Existing copy (improve it): {product.description}")
    return "\n".join(lines)


def _messages(product: Product) -> list[dict[str, str]]:
    prompt = build_prompt(product)
    if count_tokens(prompt) > MAX_PROMPT_TOKENS:
        logger.info("truncating prompt for %s", product.sku)
        prompt = truncate_tokens(prompt, MAX_PROMPT_TOKENS)
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": prompt}]


@with_retry(attempts=3)
def describe_fast(product: Product) -> str:
    hub = get_hub()
    response = hub["groq"].chat.completions.create(
        model=GROQ_MODEL,
        messages=_messages(product),
        temperature=0.5,
        max_tokens=450,
    )
    return response.choices[0].message.content.strip()


def describe_tracked(product: Product) -> str:
    hub = get_hub()
    with llm_tracker.track_llm_call(feature="product_description", tenant_id=product.tenant_id) as usage_log:
        response = hub.get("together").chat.completions.create(
            model=TOGETHER_MODEL,
            messages=_messages(product),
            temperature=0.4,
            max_tokens=500,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return response.choices[0].message.content.strip()


def describe_with_strategy(product: Product, strategy: str = "balanced") -> str:
    complete = get_strategy(strategy)
    response = complete(messages=_messages(product))
    return response.choices[0].message.content.strip()


def describe_bedrock(product: Product) -> str:
    response = bedrock_runtime().converse(
        modelId=BEDROCK_MODEL_ID,
        system=[{"text": SYSTEM_PROMPT}],
        messages=[{"role": "user", "content": [{"text": build_prompt(product)}]}],
        inferenceConfig={"maxTokens": 500, "temperature": 0.4},
    )
    return response["output"]["message"]["content"][0]["text"].strip()


def rewrite_title(product: Product, provider: Provider = Provider.FIREWORKS) -> str:
    client = CLIENT_FOR[provider]()
    response = client.chat.completions.create(
        model=DEFAULT_CHAT_MODEL[provider],
        messages=[
            {"role": "system", "content": TITLE_PROMPT},
            {"role": "user", "content": build_prompt(product)},
        ],
        temperature=0.2,
        max_tokens=60,
    )
    title = response.choices[0].message.content.strip().strip('"')
    return title[:80]


async def describe_premium(product: Product) -> str:
    result = await multi_model_service.generate_response(
        prompt=build_prompt(product),
        task_type="product_description",
        complexity=TaskComplexity.AGENTIC,
        tenant_id=product.tenant_id,
        system_prompt=SYSTEM_PROMPT,
    )
    return result.text.strip()


DESCRIBERS: dict[str, Callable[[Product], str]] = {
    "fast": describe_fast,
    "tracked": describe_tracked,
    "strategy": describe_with_strategy,
    "bedrock": describe_bedrock,
}
