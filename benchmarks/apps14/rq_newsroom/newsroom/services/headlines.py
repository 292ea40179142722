"""Headline suggestions for the article editor."""
import json
import logging
from dataclasses import dataclass, field
from typing import List, Optional

from flask import current_app

from newsroom.ai import clients
from newsroom.ai.prompts import HEADLINE_SYSTEM, headline_user_prompt
from newsroom.extensions import db
from newsroom.models import AiSuggestion, Article
from newsroom.services import AIServiceError, require_feature

log = logging.getLogger(__name__)

# agreed with finance in the Q3 review: long-reads get truncated before prompting
MAX_INPUT_TOKENS = 12_000


@dataclass
class HeadlineSet:
    provider: str
    model: str
    headlines: List[str]
    seo_title: Optional[str] = None
    usage: dict = field(default_factory=dict)


def _parse_json_reply(raw):
    raw = (raw or "").strip()
    if raw.startswith("```"):
        raw = raw.strip("`")
        if raw.startswith("json"):
            raw = raw[4:]
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise AIServiceError(f"headline reply was not JSON: {raw[:80]!r}") from exc
    headlines = [h.strip() for h in data.get("headlines", []) if isinstance(h, str) and h.strip()]
    if not headlines:
        raise AIServiceError("model returned no headlines")
    return headlines, data.get("seo_title")


def suggest_with_openai(article, count=5):
    client = clients.openai_client()
    model = current_app.config["OPENAI_CHAT_MODEL"]
    resp = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": HEADLINE_SYSTEM},
            {"role": "user", "content": headline_user_prompt(article, count)},
        ],
        response_format={"type": "json_object"},
        temperature=0.8,
    )
    headlines, seo = _parse_json_reply(resp.choices[0].message.content)
    usage = {"input": resp.usage.prompt_tokens, "output": resp.usage.completion_tokens}
    return HeadlineSet("openai", model, headlines[:count], seo, usage)


def suggest_with_claude(article, count=5):
    client = clients.anthropic_client()
    model = current_app.config["ANTHROPIC_MODEL"]
    messages = [{"role": "user", "content": headline_user_prompt(article, count)}]

    counted = client.messages.count_tokens(model=model, system=HEADLINE_SYSTEM, messages=messages)
    if counted.input_tokens > MAX_INPUT_TOKENS:
        log.info("article %s is %d tokens, truncating", article.id, counted.input_tokens)
        messages = [{"role": "user", "content": headline_user_prompt(article, count, truncate=True)}]

    raw = client.messages.with_raw_response.create(
        model=model,
        max_tokens=600,
        system=HEADLINE_SYSTEM,
        messages=messages,
    )
    remaining = raw.headers.get("anthropic-ratelimit-requests-remaining")
    if remaining is not None and int(remaining) < 20:
        log.warning("anthropic request budget low: %s left", remaining)

    message = raw.parse()
    text = "".join(block.text for block in message.content if block.type == "text")
    headlines, seo = _parse_json_reply(text)
    usage = {"input": message.usage.input_tokens, "output": message.usage.output_tokens}
    return HeadlineSet("anthropic", model, headlines[:count], seo, usage)


def suggest_quick_variants(article, count=3):
    """Cheap extra ideas from the open-weights model, shown under 'More ideas'."""
    model = current_app.config["TOGETHER_MODEL"]
    together = clients.get_client("together")
    resp = together.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": HEADLINE_SYSTEM},
            {"role": "user", "content": headline_user_prompt(article, count, truncate=True)},
        ],
        temperature=1.0,
        max_tokens=300,
    )
    headlines, seo = _parse_json_reply(resp.choices[0].message.content)
    return HeadlineSet("together", model, headlines[:count], seo)


_PROVIDERS = {
    "openai": suggest_with_openai,
    "anthropic": suggest_with_claude,
    "together": suggest_quick_variants,
}


def suggest_headlines(article_id, provider=None, count=5, requested_by_id=None, job_id=None):
    require_feature("headlines")
    article = db.session.get(Article, article_id)
    if article is None:
        raise LookupError(f"article {article_id} not found")

    provider = provider or current_app.config["HEADLINE_PROVIDER"]
    try:
        result = _PROVIDERS[provider](article, count)
    except KeyError:
        raise ValueError(f"unknown headline provider {provider!r}") from None

    suggestion = AiSuggestion.create(
        article_id=article.id,
        kind="headline",
        provider=result.provider,
        model=result.model,
        payload={"headlines": result.headlines, "seo_title": result.seo_title, "usage": result.usage},
        requested_by_id=requested_by_id,
        job_id=job_id,
    )
    log.info("stored %d headline ideas for article %s", len(result.headlines), article.id)
    return suggestion
