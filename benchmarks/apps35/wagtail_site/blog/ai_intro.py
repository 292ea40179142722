"""Intro drafting for blog posts (first AI feature on the site, 2023).

Kept separate from ai/ because the blog team owns it.
"""
import logging

from django.utils.html import strip_tags
from openai import OpenAI

logger = logging.getLogger(__name__)

client = OpenAI()

INTRO_MODEL = "gpt-4o-mini"


def draft_intro(page, max_chars: int = 300) -> str:
    body_text = " ".join(strip_tags(str(b.value)) for b in page.body if b.block_type == "paragraph")
    resp = client.chat.completions.create(
        model=INTRO_MODEL,
        messages=[
            {"role": "system", "content": f"Write a standfirst under {max_chars} characters."},
            {"role": "user", "content": f"{page.title}\n\n{body_text[:6000]}"},
        ],
    )
    return resp.choices[0].message.content.strip()[:max_chars]
