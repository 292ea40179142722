"""Post-conversation feedback: sentiment tagging for CSAT dashboards."""
import json
import logging

import anthropic

from portal.config import settings

log = logging.getLogger("portal.feedback")

_async_claude = None


def _claude():
    global _async_claude
    if _async_claude is None:
        _async_claude = anthropic.AsyncAnthropic(api_key=settings.llm.anthropic_api_key)
    return _async_claude


async def tag_sentiment(comment):
    msg = await _claude().messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=100,
        messages=[{
            "role": "user",
            "content": "Return JSON {\"sentiment\": positive|neutral|negative, \"topics\": [..]} for: "
            + comment,
        }],
    )
    try:
        return json.loads(msg.content[0].text)
    except ValueError:
        return {"sentiment": "neutral", "topics": []}


async def tag_batch(comments):
    results = []
    for c in comments:
        results.append(await tag_sentiment(c))
    return results
