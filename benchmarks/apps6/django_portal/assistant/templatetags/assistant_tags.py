import functools
import logging

from django import template
from django.conf import settings
from django.core.cache import cache
from openai import OpenAI

register = template.Library()
logger = logging.getLogger(__name__)

PROFILE_FIELDS = ("first_name", "last_name", "email", "phone", "company", "timezone")


@functools.lru_cache(maxsize=1)
def _greeting_client() -> OpenAI:
    return OpenAI(api_key=settings.XAI_API_KEY, base_url="https://api.x.ai/v1", timeout=5)


def profile_completion(user) -> int:
    profile = getattr(user, "profile", None)
    filled = sum(
        1 for f in PROFILE_FIELDS if getattr(user, f, None) or getattr(profile, f, None)
    )
    return int(100 * filled / len(PROFILE_FIELDS))


@register.simple_tag
def profile_completion_percent(user):
    return profile_completion(user)


@register.inclusion_tag("assistant/_greeting.html")
def assistant_greeting(user):
    """Short personalised greeting above the assistant widget (cached per user/day)."""
    key = f"assistant:greeting:{user.pk}"
    greeting = cache.get(key)
    if greeting is None:
        try:
            out = _greeting_client().chat.completions.create(
                model=settings.XAI_MODEL,
                messages=[
                    {
                        "role": "user",
                        "content": f"One friendly sentence greeting {user.first_name or 'a customer'} "
                        "to a support assistant. No emojis.",
                    }
                ],
                max_tokens=30,
            )
            greeting = out.choices[0].message.content.strip()
        except Exception:
            logger.exception("greeting generation failed")
            greeting = "Hi! How can we help today?"
        cache.set(key, greeting, 60 * 60 * 24)
    return {"greeting": greeting, "completion": profile_completion(user)}
