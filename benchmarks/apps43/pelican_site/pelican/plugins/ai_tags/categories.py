"""Category suggestions for drafts (``Status: draft``) with structured output.

Editors asked for this in the CMS preview, so it only looks at drafts and
writes the suggestion into ``article.suggested_category`` for the draft
banner template; it never overrides a category set by the author.
"""
from __future__ import annotations

import logging
from typing import Literal

from pydantic import BaseModel, Field

from llm_common import get_anthropic, get_openai, llm_settings

from ..ai_summary.text import article_plaintext, trim_words

log = logging.getLogger(__name__)

CATEGORIES = ("Trips", "Gear", "Notes", "Field Guides", "Photography", "Meta")


class CategoryChoice(BaseModel):
    category: Literal["Trips", "Gear", "Notes", "Field Guides", "Photography", "Meta"]
    confidence: float = Field(ge=0, le=1)
    reason: str


def suggest_openai(cfg, title: str, text: str) -> CategoryChoice | None:
    client = get_openai(cfg)
    completion = client.chat.completions.parse(
        model=cfg.openai_model,
        messages=[
            {"role": "system", "content": "Pick the best category for this blog draft."},
            {"role": "user", "content": f"{title}\n\n{text}"},
        ],
        response_format=CategoryChoice,
    )
    return completion.choices[0].message.parsed


def suggest_claude(cfg, title: str, text: str) -> str:
    msg = get_anthropic(cfg).with_options(max_retries=5).messages.create(
        model=cfg.anthropic_model,
        max_tokens=20,
        messages=[
            {
                "role": "user",
                "content": f"Answer with one of {', '.join(CATEGORIES)} only.\n\n{title}\n\n{text}",
            }
        ],
    )
    answer = msg.content[0].text.strip()
    return answer if answer in CATEGORIES else "Notes"


def suggest_categories(generator):
    settings = generator.settings
    cfg = llm_settings(settings)
    if not cfg.enabled or cfg.dry_run:
        return
    engine = settings.get("AI_CATEGORY_ENGINE", "openai")
    for draft in getattr(generator, "drafts", []):
        text = trim_words(article_plaintext(draft._content), 800)
        if engine == "claude":
            draft.suggested_category = suggest_claude(cfg, draft.title, text)
            continue
        choice = suggest_openai(cfg, draft.title, text)
        if choice and choice.confidence >= 0.5:
            draft.suggested_category = choice.category
