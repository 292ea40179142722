"""Weekly "what changed" digest e-mailed to each space's subscribers."""
from __future__ import annotations

import functools
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone

import litellm

from kb_api.db import Database
from kb_api.services.tagging import suggest_tags_legacy
from kb_api.settings import get_settings

log = logging.getLogger(__name__)

DIGEST_PROMPT = "Write a friendly 5-bullet digest of these knowledge-base changes:\n\n{changes}"


def _changes_text(articles) -> str:
    return "\n".join(f"- {a.title} (updated {a.updated_at:%d %b})" for a in articles)


async def weekly_digest(ctx: dict) -> dict[int, str]:
    db: Database = ctx["db"]
    since = datetime.now(timezone.utc) - timedelta(days=7)
    rows = await db.pool.fetch("SELECT DISTINCT space_id FROM articles WHERE updated_at > $1", since)
    space_ids = [r["space_id"] for r in rows]
    per_space = {}
    for sid in space_ids:
        articles = [a for a in await db.articles.list_for_space(sid, limit=100) if a.updated_at > since]
        per_space[sid] = _changes_text(articles)

    model = get_settings().litellm_default_model
    message_batches = [
        [{"role": "user", "content": DIGEST_PROMPT.format(changes=text)}] for text in per_space.values()
    ]
    responses = litellm.batch_completion(model=model, messages=message_batches, max_tokens=400)
    digests = {sid: r.choices[0].message.content for sid, r in zip(per_space, responses)}
    log.info("digest cost ~$%.4f", sum(litellm.completion_cost(completion_response=r) for r in responses))
    return digests


def retag_untagged(articles, workers: int = 4) -> dict[int, list[str]]:
    """Called from scripts/retag.py; sync because suggest_tags_legacy is."""
    out: dict[int, list[str]] = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(suggest_tags_legacy, a.title, a.body): a.id for a in articles}
        for fut, article_id in futures.items():
            out[article_id] = fut.result()
    return out


def headline_for_space(space_name: str, changes: str) -> str:
    settings = get_settings()
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(
            litellm.completion,
            model=settings.litellm_default_model,
            messages=[{"role": "user", "content": f"One-line headline for {space_name}: {changes[:2000]}"}],
            max_tokens=30,
        )
        return future.result().choices[0].message.content.strip()


_claude_digest = functools.partial(
    litellm.completion, model="anthropic/claude-3-5-haiku-latest", max_tokens=500, temperature=0.3
)


def long_form_digest(changes: str) -> str:
    resp = _claude_digest(messages=[{"role": "user", "content": DIGEST_PROMPT.format(changes=changes)}])
    return resp.choices[0].message.content
