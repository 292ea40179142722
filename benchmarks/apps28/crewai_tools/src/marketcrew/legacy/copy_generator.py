"""Legacy ad copy generator (2023).

The nightly promo job still calls ``generate_ad_copy``. It was written against openai 0.27 and
half-migrated; ``generate_tagline`` is the migrated version. Replace both with
``CopywriterTool`` once the promo job moves to the content crew (MKT-412).
"""

import logging
import os

import openai

logger = logging.getLogger(__name__)

openai.api_key = os.environ.get("OPENAI_API_KEY")

PROMO_TEMPLATE = """Write a promotional email for {product}.
Audience: {audience}
Offer: {offer}
Keep it under 120 words and end with a clear call to action."""


def generate_ad_copy(product, audience, offer="", temperature=0.9):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You are a helpful marketing assistant."},
            {"role": "user", "content": PROMO_TEMPLATE.format(product=product, audience=audience, offer=offer)},
        ],
        temperature=temperature,
    )
    return response["choices"][0]["message"]["content"]


def generate_tagline(product, style="punchy"):
    resp = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Give one {style} tagline (max 8 words) for {product}."}],
        max_tokens=30,
    )
    return resp.choices[0].message.content.strip().strip('"')


class LegacyCopyGenerator:
    """Template-only generator used when the OpenAI key is missing (demo environments)."""

    TEMPLATES = {
        "email": "Hi there,\n\n{product} helps {audience} get more done. {offer}\n\nTry it today!",
        "social": "{product}: built for {audience}. {offer} #launch",
    }

    def __init__(self, default_channel="email"):
        self.default_channel = default_channel

    def generate(self, product, audience, offer="", channel=None):
        template = self.TEMPLATES.get(channel or self.default_channel, self.TEMPLATES["email"])
        return template.format(product=product, audience=audience, offer=offer).strip()


def copy_for(product, audience, offer=""):
    if not openai.api_key:
        return LegacyCopyGenerator().generate(product, audience, offer)
    try:
        return generate_ad_copy(product, audience, offer)
    except Exception:  # openai>=1 raises APIRemovedInV1 here
        logger.exception("legacy generate_ad_copy failed, using tagline + template")
        tagline = generate_tagline(product)
        return LegacyCopyGenerator().generate(product, audience, offer=tagline)


class PromoTemplates:
    """What the original (pre-@CrewBase) promo crew started from; the promo job's "classic" mode."""

    def __init__(self):
        self._gen = LegacyCopyGenerator(default_channel="social")

    def create(self, product, audience):
        return self._gen.generate(product, audience, offer="Limited-time offer.")
