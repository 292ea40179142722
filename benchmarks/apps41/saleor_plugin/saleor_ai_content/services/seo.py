"""SEO title/description generation."""
import json
import logging
from typing import Optional

from .. import llm
from .. import settings as ai_settings
from ..llm.prompts import SEO_SYSTEM_PROMPT, build_seo_prompt
from .llm_usage_tracker import llm_tracker
from .multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

SEO_TITLE_LIMIT = 60
SEO_DESCRIPTION_LIMIT = 155


def _parse(raw: str) -> dict:
    raw = raw.strip()
    if raw.startswith("```"):
        raw = raw.strip("`").split("\n", 1)[-1]
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        logger.warning("Model returned non-JSON SEO payload: %r", raw[:200])
        return {}
    return {
        "seo_title": (data.get("seo_title") or "")[:SEO_TITLE_LIMIT],
        "seo_description": (data.get("seo_description") or "")[:SEO_DESCRIPTION_LIMIT],
    }


def generate_seo_with_claude(product, api_key: Optional[str] = None, description: Optional[str] = None) -> dict:
    client = llm.get_anthropic_client(api_key)
    chunks = []
    with client.messages.stream(
        model=ai_settings.AI_CONTENT_ANTHROPIC_MODEL,
        system=SEO_SYSTEM_PROMPT,
        messages=[{"role": "user", "content": build_seo_prompt(product, description)}],
        max_tokens=300,
    ) as stream:
        for text in stream.text_stream:
            chunks.append(text)
    return _parse("".join(chunks))


def generate_seo_with_openai(product, api_key: Optional[str] = None, description: Optional[str] = None) -> dict:
    response = llm.get_openai_client(api_key).responses.create(
        model=ai_settings.AI_CONTENT_OPENAI_MODEL,
        instructions=SEO_SYSTEM_PROMPT,
        input=build_seo_prompt(product, description),
        text={"format": {"type": "json_object"}},
    )
    return _parse(response.output_text)


async def generate_seo_tracked(product, description: Optional[str] = None) -> dict:
    """Preferred path (tracked)."""
    raw = await multi_model_service.generate_response(
        prompt=build_seo_prompt(product, description),
        task_type="seo_meta",
        complexity=TaskComplexity.SIMPLE,
        system=SEO_SYSTEM_PROMPT,
        object_id=str(product.pk),
    )
    return _parse(raw)


async def generate_seo_legacy_tracked(product, api_key: Optional[str] = None) -> dict:
    client = llm.get_async_openai_client(api_key)
    model = ai_settings.AI_CONTENT_OPENAI_MODEL
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="seo_meta_legacy", object_id=str(product.pk)
    ) as usage_log:
        response = await client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": SEO_SYSTEM_PROMPT},
                {"role": "user", "content": build_seo_prompt(product)},
            ],
            response_format={"type": "json_object"},
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    return _parse(response.choices[0].message.content)
