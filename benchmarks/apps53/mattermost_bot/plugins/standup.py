"""Standup helper: collects yesterday's updates and writes a team summary.

Uses the litellm Router so that we can fail over between vendors.
"""
from __future__ import annotations

import datetime as dt
import logging

from mmpy_bot import Message, Plugin, listen_to

from utils.mm import channel_posts_since

logger = logging.getLogger(__name__)


class StandupPoll:
    """Not an LLM thing: a Mattermost interactive poll."""

    def __init__(self, driver, channel_id: str) -> None:
        self.driver = driver
        self.channel_id = channel_id

    def create(self, question: str, options: list[str]) -> dict:
        attachments = [{
            "text": question,
            "actions": [{"name": opt, "integration": {"url": "/hooks/standup-vote", "context": {"choice": opt}}} for opt in options],
        }]
        return self.driver.create_post(self.channel_id, "", props={"attachments": attachments})


class StandupPlugin(Plugin):
    def __init__(self, router) -> None:
        super().__init__()
        self.router = router

    @listen_to("^standup summary$")
    async def standup_summary(self, message: Message):
        since = dt.datetime.utcnow() - dt.timedelta(days=1)
        posts = channel_posts_since(self.driver, message.channel_id, since)
        if not posts:
            self.driver.reply_to(message, "No standup posts in the last 24h.")
            return
        text = "\n".join(f"- {p['username']}: {p['message']}" for p in posts)
        response = await self.router.acompletion(
            model="assistant-default",
            messages=[
                {"role": "system", "content": "Summarise these standup updates; list blockers first."},
                {"role": "user", "content": text},
            ],
        )
        self.driver.reply_to(message, response.choices[0].message.content)

    @listen_to("^standup poll (.*)$")
    def poll(self, message: Message, question: str):
        StandupPoll(self.driver, message.channel_id).create(question, ["On track", "At risk", "Blocked"])
