"""Forum moderation. Posts are moderated automatically; authors can appeal, and appeals get
a second opinion from Claude before a human looks at them."""

from __future__ import annotations

import logging
from typing import Annotated

import httpx
from taskiq import Context, TaskiqDepends

from workers.broker import broker
from workers.deps import AnthropicDep, OpenAIDep

logger = logging.getLogger(__name__)

FORUM_BASE = "http://forum.internal.lumen:8080/api"


class ForumAPI:
    def __init__(self, http: httpx.AsyncClient, token: str = "") -> None:
        self.http = http
        self.token = token

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    async def get_post(self, post_id: str) -> dict:
        resp = await self.http.get(f"{FORUM_BASE}/posts/{post_id}", headers=self._headers())
        resp.raise_for_status()
        return resp.json()

    async def hide_post(self, post_id: str, reason: str) -> None:
        resp = await self.http.post(
            f"{FORUM_BASE}/posts/{post_id}/hide", json={"reason": reason}, headers=self._headers()
        )
        resp.raise_for_status()

    async def create(self, thread_id: str, body: str, as_bot: bool = True) -> str:
        """Create a reply in a thread (moderator bot account)."""
        resp = await self.http.post(
            f"{FORUM_BASE}/threads/{thread_id}/posts",
            json={"body": body, "bot": as_bot},
            headers=self._headers(),
        )
        resp.raise_for_status()
        return resp.json()["id"]


APPEAL_SYSTEM = """You review appeals of automatically hidden posts in a course forum for
adult learners. Consider context: medical, security and history courses legitimately discuss
violence, drugs and exploits. Answer with one word, RESTORE or KEEP_HIDDEN, then one sentence."""


def _forum(context: Context) -> ForumAPI:
    return ForumAPI(context.state.http, token=getattr(context.state.settings, "forum_token", ""))


@broker.task(task_name="content.moderation.moderate_post")
async def moderate_post(
    post_id: str,
    text: str,
    openai: OpenAIDep,
    context: Annotated[Context, TaskiqDepends()],
) -> dict:
    # ContentSafetyMiddleware may already have checked this message; reuse its verdict.
    verdict = context.message.labels.get("moderation_flagged")
    if verdict is None:
        mod = await openai.moderations.create(model="omni-moderation-latest", input=text)
        flagged = mod.results[0].flagged
        scores = mod.results[0].category_scores.model_dump()
    else:
        flagged, scores = verdict == "1", {}

    if flagged:
        await _forum(context).hide_post(post_id, reason="automatic moderation")
    return {"post_id": post_id, "flagged": flagged, "top": sorted(scores.items(), key=lambda kv: -kv[1])[:3]}


@broker.task(task_name="content.moderation.review_appeal")
async def review_appeal(
    post_id: str,
    thread_id: str,
    course_title: str,
    appeal_text: str,
    anthropic: AnthropicDep,
    context: Annotated[Context, TaskiqDepends()],
) -> str:
    forum = _forum(context)
    post = await forum.get_post(post_id)
    decision = await anthropic.with_options(timeout=20.0, max_retries=1).messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=200,
        system=APPEAL_SYSTEM,
        messages=[
            {
                "role": "user",
                "content": f"Course: {course_title}\n\nPost:\n{post['body']}\n\nAuthor's appeal:\n{appeal_text}",
            }
        ],
    )
    text = decision.content[0].text.strip()
    verdict = text.split()[0].upper() if text else "KEEP_HIDDEN"
    note = f"Appeal reviewed automatically: {verdict}. A moderator will confirm."
    await forum.create(thread_id, note)
    logger.info("appeal %s -> %s", post_id, verdict)
    return verdict
