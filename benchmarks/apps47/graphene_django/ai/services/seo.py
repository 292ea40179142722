"""SEO metadata generation (OpenAI)."""
from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import openai
from django.conf import settings

from ai import prompts

logger = logging.getLogger(__name__)


@dataclass
class SeoResult:
    meta_title: str
    meta_description: str
    keywords: list[str]
    model: str


def _parse(raw: str, model: str) -> SeoResult:
    data = json.loads(raw)
    return SeoResult(
        meta_title=data.get("meta_title", "")[:70],
        meta_description=data.get("meta_description", "")[:170],
        keywords=[k.lower() for k in data.get("keywords", [])][:8],
        model=model,
    )


def generate_seo_metadata(article, client: openai.OpenAI, model: str | None = None) -> SeoResult:
    model = model or settings.SEO_MODEL
    completion = client.chat.completions.create(
        model=model,
        response_format={"type": "json_object"},
        temperature=0.3,
        messages=[
            {"role": "system", "content": prompts.SEO_SYSTEM},
            {
                "role": "user",
                "content": prompts.render(
                    prompts.SEO_USER,
                    title=article.title,
                    body=prompts.truncate_words(article.body, 800),
                ),
            },
        ],
    )
    return _parse(completion.choices[0].message.content, model)


def generate_og_image(article, client: openai.OpenAI) -> str:
    result = client.images.generate(
        model="dall-e-3",
        prompt=prompts.render(prompts.OG_IMAGE_PROMPT, title=article.title),
        size="1792x1024",
        n=1,
    )
    return result.data[0].url


def suggest_titles(article, client: openai.OpenAI, n: int = 5) -> list[str]:
    response = client.responses.create(
        model="gpt-4o-mini",
        instructions="Suggest alternative headlines, one per line, no numbering.",
        input=f"Current title: {article.title}\n\n{prompts.truncate_words(article.body, 400)}",
    )
    lines = [line.strip() for line in response.output_text.splitlines() if line.strip()]
    return lines[:n]


def available_models(client: openai.OpenAI) -> list[str]:
    return sorted(m.id for m in client.models.list() if m.id.startswith("gpt-"))


def batch_seo_metadata(articles, client: openai.OpenAI, workers: int = 4) -> dict[int, SeoResult]:
    """Used by the nightly job for articles published without SEO fields."""
    model = settings.SEO_MODEL
    results: dict[int, SeoResult] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(
                client.chat.completions.create,
                model=model,
                response_format={"type": "json_object"},
                messages=[
                    {"role": "system", "content": prompts.SEO_SYSTEM},
                    {
                        "role": "user",
                        "content": prompts.render(
                            prompts.SEO_USER,
                            title=article.title,
                            body=prompts.truncate_words(article.body, 800),
                        ),
                    },
                ],
            ): article.pk
            for article in articles
        }
        for future, pk in futures.items():
            try:
                completion = future.result()
            except openai.APIError:
                logger.exception("SEO generation failed for %s", pk)
                continue
            results[pk] = _parse(completion.choices[0].message.content, model)
    return results
