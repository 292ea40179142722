"""Page summaries for the AISummaryPlugin."""
import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.utils.html import strip_tags

from ai import get_anthropic, get_openai
from ai.prompts import SUMMARY_SYSTEM, summary_messages

logger = logging.getLogger(__name__)

CACHE_TTL = 60 * 60 * 24


def _cache_key(title, body, sentences):
    digest = hashlib.sha256(f"{title}|{body}|{sentences}".encode()).hexdigest()[:32]
    return f"ai:summary:{digest}"


class SummaryService:
    """Wraps the Anthropic client; falls back to OpenAI if Anthropic is down."""

    def __init__(self, client=None, fallback=None, model=None):
        self.client = client or get_anthropic()
        self.fallback = fallback
        self.model = model or settings.AI_MODELS["summary"]

    def summarize(self, title, html, sentences=3, use_cache=True):
        body = strip_tags(html).strip()
        if not body:
            return ""
        key = _cache_key(title, body, sentences)
        if use_cache and (hit := cache.get(key)):
            return hit

        try:
            message = self.client.messages.create(
                model=self.model,
                max_tokens=settings.AI_SUMMARY_MAX_TOKENS,
                system=SUMMARY_SYSTEM,
                messages=summary_messages(title, body, sentences),
                temperature=0.2,
            )
            text = message.content[0].text.strip()
        except Exception:
            logger.exception("anthropic summary failed for %r", title)
            if self.fallback is None:
                raise
            text = self._fallback_summary(title, body, sentences)

        cache.set(key, text, CACHE_TTL)
        return text

    def _fallback_summary(self, title, body, sentences):
        completion = self.fallback.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": SUMMARY_SYSTEM}, *summary_messages(title, body, sentences)],
            max_tokens=settings.AI_SUMMARY_MAX_TOKENS,
        )
        return completion.choices[0].message.content.strip()

    def stream_summary(self, title, html, sentences=5):
        """Yields text chunks; used by the editor preview endpoint."""
        body = strip_tags(html)
        with self.client.messages.stream(
            model=settings.AI_MODELS["summary_long"],
            max_tokens=800,
            system=SUMMARY_SYSTEM,
            messages=summary_messages(title, body, sentences),
        ) as stream:
            for text in stream.text_stream:
                yield text


_default_service = None


def get_summary_service():
    global _default_service
    if _default_service is None:
        _default_service = SummaryService(fallback=get_openai())
    return _default_service


def quick_tldr(text, max_words=25):
    """One-liner used in teaser cards. Added in a hurry for the autumn campaign."""
    response = get_openai().chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": f"Summarise in at most {max_words} words."},
            {"role": "user", "content": strip_tags(text)[:4000]},
        ],
        temperature=0,
    )
    return response.choices[0].message.content
