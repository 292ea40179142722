"""`review` — quick code review of a pasted diff or snippet."""
from __future__ import annotations

import logging
import re

from mmpy_bot import Message, Plugin, listen_to

from services.llm_usage_tracker import llm_tracker
from services.registry import backend

logger = logging.getLogger(__name__)

REVIEW_INSTRUCTIONS = (
    "You are a senior reviewer. Point out bugs, risky changes and missing tests. "
    "Be brief; use a bullet list; quote line fragments you refer to."
)


class ReviewPlugin(Plugin):
    def __init__(self, default_backend: str = "openai") -> None:
        super().__init__()
        self.default_backend = default_backend

    @listen_to(r"^review\s+```(?:\w+)?\n(.*)```$", re.S)
    async def review(self, message: Message, code: str):
        client = backend(self.default_backend)
        resp = await client.responses.create(
            model="gpt-4.1",
            instructions=REVIEW_INSTRUCTIONS,
            input=code,
        )
        self.driver.reply_to(message, resp.output_text)

    @listen_to(r"^review-claude\s+```(?:\w+)?\n(.*)```$", re.S)
    async def review_claude(self, message: Message, code: str):
        claude = backend("anthropic")
        raw = await claude.messages.with_raw_response.create(
            model="claude-3-5-sonnet-latest",
            max_tokens=1200,
            system=REVIEW_INSTRUCTIONS,
            messages=[{"role": "user", "content": code}],
        )
        logger.debug("anthropic request id %s", raw.headers.get("request-id"))
        msg = raw.parse()
        self.driver.reply_to(message, msg.content[0].text)

    @listen_to(r"^review-tracked\s+```(?:\w+)?\n(.*)```$", re.S)
    async def review_tracked(self, message: Message, code: str):
        claude = backend("anthropic")
        async with llm_tracker.track_llm_call(
            provider="anthropic", model="claude-3-5-haiku-latest", feature_context="code_review"
        ) as usage_log:
            msg = await claude.messages.create(
                model="claude-3-5-haiku-latest",
                max_tokens=1200,
                system=REVIEW_INSTRUCTIONS,
                messages=[{"role": "user", "content": code}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        self.driver.reply_to(message, msg.content[0].text)

    @listen_to(r"^lib-status (\S+)$")
    async def library_status(self, message: Message, package: str):
        pplx = backend("perplexity")
        resp = await pplx.chat.completions.create(
            model="sonar",
            messages=[{"role": "user", "content": f"Latest release and known CVEs of the Python package {package}?"}],
        )
        self.driver.reply_to(message, resp.choices[0].message.content)
