"""Daily account digest: Claude writes it, Fireworks drafts the subject line,
result goes to Slack."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

from aiohttp import web

from gateway import appkeys
from gateway.config import ANTHROPIC_MESSAGES_URL, ANTHROPIC_VERSION
from gateway.errors import UpstreamError
from gateway.services.prompts import DIGEST_PROMPT
from gateway.services.translation import completion_ratio
from gateway.storage import Conversations
from gateway.utils import truncate

log = logging.getLogger(__name__)


async def _write_digest(app: web.Application, conversations: str) -> str:
    settings = app[appkeys.SETTINGS]
    session = app[appkeys.HTTP]
    async with session.post(
        ANTHROPIC_MESSAGES_URL,
        headers={"x-api-key": settings.anthropic_api_key, "anthropic-version": ANTHROPIC_VERSION},
        json={
            "model": settings.claude_model,
            "max_tokens": 1200,
            "messages": [{"role": "user", "content": DIGEST_PROMPT.format(conversations=conversations)}],
        },
    ) as resp:
        data = await resp.json()
        if resp.status != 200:
            raise UpstreamError("anthropic", str(data), status_code=resp.status)
    return "".join(block.get("text", "") for block in data["content"])


async def _subject_line(app: web.Application, digest: str) -> str:
    fireworks = app[appkeys.FIREWORKS]
    out = await fireworks.completions.create(
        model=app[appkeys.SETTINGS].fireworks_model,
        prompt=f"Digest:\n{truncate(digest, 3000)}\n\nEmail subject line (max 10 words):",
        max_tokens=24,
        temperature=0.2,
        stop=["\n"],
    )
    return out.choices[0].text.strip()


async def run_daily_digest(app: web.Application) -> None:
    settings = app[appkeys.SETTINGS]
    if not settings.digest_enabled:
        return
    since = datetime.now(timezone.utc) - timedelta(days=1)
    rows = await Conversations(app[appkeys.DB]).recent_for_digest(since)
    if not rows:
        log.info("digest: nothing to report")
        return
    joined = "\n\n".join(f"[{r['id']}] {r['title']}\n{truncate(r['transcript'], 1500)}" for r in rows[:60])
    digest = await _write_digest(app, joined)
    subject = await _subject_line(app, digest)
    coverage = completion_ratio(min(len(rows), 60), len(rows))

    if settings.slack_webhook_url:
        async with app[appkeys.HTTP].post(
            settings.slack_webhook_url,
            json={"text": f"*{subject}*\n_{coverage:.0%} of conversations covered_\n\n{digest}"},
        ) as resp:
            if resp.status >= 300:
                log.warning("slack webhook returned %s", resp.status)
    await app[appkeys.BLOBS].put(f"digests/{since:%Y-%m-%d}.md", digest.encode(), "text/markdown")
