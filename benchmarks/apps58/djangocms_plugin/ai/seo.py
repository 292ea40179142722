"""Meta descriptions for CMS pages.

New code should go through ``generate_meta_description_tracked``; the sync
variant is still used by the backfill command and the publish signal.
"""
import logging
import re

from django.apps import apps
from django.conf import settings

from ai.prompts import seo_messages
from ai.services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

MAX_LEN = 155


def clean_description(text):
    text = re.sub(r"\s+", " ", text or "").strip().strip('"').rstrip(".")
    if len(text) > MAX_LEN:
        text = text[: MAX_LEN - 1].rsplit(" ", 1)[0] + "…"
    return text


def generate_meta_description(title, body, language="en", client=None):
    client = client or apps.get_app_config("ai").deepseek
    resp = client.chat.completions.create(
        model=settings.AI_MODELS["seo"],
        messages=seo_messages(title, body, language),
        max_tokens=120,
        temperature=0.4,
    )
    return clean_description(resp.choices[0].message.content)


async def generate_meta_description_tracked(title, body, language="en"):
    text = await multi_model_service.generate_response(
        prompt=seo_messages(title, body, language)[1]["content"],
        task_type="seo",
        complexity=TaskComplexity.SIMPLE,
        max_tokens=120,
        feature_context="seo_meta_description",
    )
    return clean_description(text)


def suggest_keywords(body, n=8):
    cfg = apps.get_app_config("ai")
    resp = cfg.deepseek.chat.completions.create(
        model="deepseek-chat",
        messages=[
            {"role": "system", "content": "Return a JSON array of lowercase SEO keywords."},
            {"role": "user", "content": f"Give {n} keywords for:\n{body[:5000]}"},
        ],
        response_format={"type": "json_object"},
    )
    import json

    try:
        data = json.loads(resp.choices[0].message.content)
    except ValueError:
        logger.warning("keyword response was not JSON")
        return []
    if isinstance(data, dict):
        data = next(iter(data.values()), [])
    return [str(k) for k in data][:n]


class SlugSuggester:
    """Not AI: turns titles into slugs with a stopword list. Kept here because SEO."""

    STOPWORDS = {"a", "an", "the", "and", "or", "of", "for", "to", "in"}

    def __init__(self, max_words=6):
        self.max_words = max_words

    def generate(self, title):
        words = [w for w in re.findall(r"[a-z0-9]+", title.lower()) if w not in self.STOPWORDS]
        return "-".join(words[: self.max_words])
