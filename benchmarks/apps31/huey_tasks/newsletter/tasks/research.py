"""'Further reading' blurbs via Perplexity's sonar models."""
import logging

from newsletter.config import huey
from newsletter.models import Article, get_conn
from newsletter.prompts import RESEARCH
from newsletter.providers import get_perplexity_client

log = logging.getLogger(__name__)

SONAR_MODEL = "sonar-pro"


class FurtherReading:
    def __init__(self, client=None, model=SONAR_MODEL):
        self.client = client or get_perplexity_client()
        self.model = model

    def for_headline(self, headline):
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "Be precise and cite sources."},
                {"role": "user", "content": RESEARCH.format(headline=headline)},
            ],
            extra_body={"search_recency_filter": "week"},
        )
        citations = getattr(resp, "citations", None) or []
        return resp.choices[0].message.content, citations


@huey.task(retries=2, retry_delay=120)
def add_further_reading(article_id):
    article = Article.get(article_id)
    blurb, citations = FurtherReading().for_headline(article.title)
    get_conn().execute(
        "INSERT OR REPLACE INTO further_reading (article_id, blurb, citations) VALUES (?, ?, ?)",
        (article_id, blurb, "\n".join(citations)),
    )
    get_conn().commit()
    return article_id


@huey.task()
def quick_fact_check(claim):
    client = get_perplexity_client()
    resp = client.chat.completions.create(
        model="sonar",
        messages=[{"role": "user", "content": f"Is this accurate? Answer briefly: {claim}"}],
        max_tokens=200,
    )
    return resp.choices[0].message.content


async def _tracked_background(headline, model=SONAR_MODEL):
    """Tracked variant used by the digest 'context' box (async client)."""
    from openai import AsyncOpenAI

    from newsletter.config import settings
    from newsletter.providers.clients import PERPLEXITY_BASE_URL
    from newsletter.services.llm_usage_tracker import llm_tracker

    client = AsyncOpenAI(api_key=settings.perplexity_api_key, base_url=PERPLEXITY_BASE_URL)
    async with llm_tracker.track_llm_call(
        provider="perplexity", model=model, feature_context="context_box"
    ) as usage_log:
        resp = await client.chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": RESEARCH.format(headline=headline)}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


@huey.task(retries=2, retry_delay=60)
def context_box(article_id):
    import asyncio

    article = Article.get(article_id)
    text = asyncio.run(_tracked_background(article.title))
    get_conn().execute(
        "UPDATE further_reading SET context = ? WHERE article_id = ?", (text, article_id)
    )
    get_conn().commit()
    return article_id
