"""/moderation handler. Internal callers only (API key auth)."""
import logging

from flask import current_app

from app.services.container import get_container

log = logging.getLogger(__name__)


async def check(body, token_info=None):
    svc = get_container().moderation
    verdict = await svc.check(body["text"], strict=body.get("strict", False),
                              tenant=(token_info or {}).get("tenant"))
    return {
        "flagged": verdict.flagged,
        "decision": verdict.decision,
        "escalated": verdict.escalated,
        "categories": verdict.categories,
    }, 200


def second_opinion(text):
    """Ask Claude for a second opinion. Called from the review queue admin page."""
    claude = current_app.extensions["llm"].anthropic
    msg = claude.messages.create(
        model=current_app.config["ANTHROPIC_MODEL"],
        max_tokens=10,
        system="Answer ALLOW, REVIEW or BLOCK only.",
        messages=[{"role": "user", "content": text}],
    )
    return msg.content[0].text.strip()
