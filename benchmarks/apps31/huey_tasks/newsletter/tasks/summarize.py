"""Article summarisation tasks."""
import asyncio
import logging

from huey import crontab

from newsletter.config import huey, settings
from newsletter.models import Article, record_usage
from newsletter.prompts import SUMMARY_SYSTEM
from newsletter.providers import get_anthropic_client, get_async_anthropic_client, registry
from newsletter.services.llm_usage_tracker import llm_tracker
from newsletter.utils.text import chunk, strip_html
from newsletter.utils.tokens import count_tokens, truncate_to_tokens

log = logging.getLogger(__name__)

DEFAULT_PROVIDER = "anthropic"


@huey.task(retries=3, retry_delay=30)
def summarize_article(article_id, provider=DEFAULT_PROVIDER, max_sentences=3):
    article = Article.get(article_id)
    text = truncate_to_tokens(strip_html(article.body), 6000)
    backend = registry.get(provider)
    article.summary = backend.complete(
        text, system=SUMMARY_SYSTEM.format(max_sentences=max_sentences), max_tokens=300
    )
    article.save()
    return article_id


@huey.task(retries=2, retry_delay=60)
def summarize_long_article(article_id):
    """Map-reduce over chunks; written before the registry existed."""
    article = Article.get(article_id)
    client = get_anthropic_client()
    partials = []
    for piece in chunk(strip_html(article.body), size=12000):
        msg = client.messages.create(
            model=settings.summary_model,
            max_tokens=250,
            system=SUMMARY_SYSTEM.format(max_sentences=2),
            messages=[{"role": "user", "content": piece}],
        )
        partials.append(msg.content[0].text)
        record_usage(
            "anthropic", settings.summary_model, "summary-chunk",
            msg.usage.input_tokens, msg.usage.output_tokens,
        )
    if len(partials) == 1:
        article.summary = partials[0]
    else:
        final = client.messages.create(
            model=settings.summary_model,
            max_tokens=300,
            messages=[
                {
                    "role": "user",
                    "content": "Merge these partial summaries into one of 3 sentences:\n\n"
                    + "\n\n".join(partials),
                }
            ],
        )
        article.summary = final.content[0].text
    article.save()
    return article_id


async def _tracked_summary(text):
    client = get_async_anthropic_client()
    async with llm_tracker.track_llm_call(
        provider="anthropic", model=settings.summary_model, feature_context="summary"
    ) as usage_log:
        msg = await client.messages.create(
            model=settings.summary_model,
            max_tokens=300,
            system=SUMMARY_SYSTEM.format(max_sentences=3),
            messages=[{"role": "user", "content": text}],
        )
        usage_log.input_tokens = msg.usage.input_tokens
        usage_log.output_tokens = msg.usage.output_tokens
    return msg.content[0].text


@huey.task(retries=3, retry_delay=30)
def summarize_article_tracked(article_id):
    article = Article.get(article_id)
    text = strip_html(article.body)
    log.debug("article %s is ~%s tokens", article_id, count_tokens(text))
    article.summary = asyncio.run(_tracked_summary(text))
    article.save()
    return article_id


@huey.periodic_task(crontab(minute="*/20"))
def summarize_backlog():
    pending = Article.pending_summary(limit=25)
    for article in pending:
        summarize_article_tracked(article.id)
    return len(pending)
