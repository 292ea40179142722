"""Small single-purpose tools. Fast models only; these run many times per crew."""

from __future__ import annotations

import json
import logging
import re

from cerebras.cloud.sdk import Cerebras
from crewai.tools import tool

from marketcrew.clients import get_cerebras, get_openai
from marketcrew.config import settings

logger = logging.getLogger(__name__)


@tool("Headline Scorer")
def headline_scorer(headlines: str) -> str:
    """Scores newline-separated headlines 1-10 for clarity, curiosity and specificity. Returns JSON."""
    items = [h.strip() for h in headlines.splitlines() if h.strip()]
    if not items:
        return "[]"
    client = get_cerebras()
    resp = client.chat.completions.create(
        model=settings.fast_model,
        messages=[
            {
                "role": "system",
                "content": "Score each headline 1-10 on clarity, curiosity and specificity. "
                'Reply as JSON: {"scores": [{"headline": str, "clarity": int, "curiosity": int, "specificity": int}]}',
            },
            {"role": "user", "content": "\n".join(items)},
        ],
        response_format={"type": "json_object"},
        temperature=0,
    )
    return resp.choices[0].message.content or "{}"


@tool("Policy Check")
def policy_check(text: str) -> str:
    """Checks copy against content policy (hate, harassment, self-harm, sexual, violence). Returns flagged categories."""
    result = get_openai().moderations.create(model="omni-moderation-latest", input=text)
    flagged = [name for name, hit in result.results[0].categories.model_dump().items() if hit]
    return json.dumps({"flagged": bool(flagged), "categories": flagged})


@tool("Hashtag Generator")
def hashtag_generator(post: str, count: int = 5) -> str:
    """Suggests relevant hashtags for a social post."""
    # plain completions endpoint: the chat template adds too much chatter for this
    client = Cerebras()
    resp = client.completions.create(
        model="llama3.1-8b",
        prompt=f"Post: {post}\nThe {count} best hashtags for this post, space separated:\n#",
        max_tokens=60,
        temperature=0.5,
    )
    raw = "#" + resp.choices[0].text
    tags = re.findall(r"#\w+", raw)
    return " ".join(dict.fromkeys(tags[:count]))


@tool("Character Counter")
def character_counter(text: str) -> str:
    """Counts characters and words, useful for channel limits."""
    return json.dumps({"characters": len(text), "words": len(text.split())})
