"""aiosmtpd handler: accept, persist, triage, run rules."""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone

from aiosmtpd.smtp import Envelope, Session, SMTP

from assistant.config import Settings
from assistant.parsing import ParsedMessage, is_auto_reply, parse_message
from assistant.pipeline.triage import TriageResult, Triager
from assistant.rules.actions import ActionContext, run_actions
from assistant.rules.engine import RuleEngine
from assistant.storage import Store

log = logging.getLogger(__name__)

MAX_SIZE = 25 * 1024 * 1024


class AssistantHandler:
    def __init__(self, settings: Settings, store: Store, engine: RuleEngine, triager: Triager,
                 action_ctx: ActionContext, hf_client=None):
        self.settings = settings
        self.store = store
        self.engine = engine
        self.triager = triager
        self.action_ctx = action_ctx
        self.hf = hf_client
        self._tasks: set[asyncio.Task] = set()

    async def handle_RCPT(self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options):
        if not address.lower().endswith("@" + self.settings.mailbox_address.split("@")[-1]):
            return "550 not relaying to that domain"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        if len(raw) > MAX_SIZE:
            return "552 message too large"
        try:
            parsed = parse_message(raw)
        except Exception:
            log.exception("unparseable message from %s", envelope.mail_from)
            return "554 could not parse message"
        self.store.save_message(
            parsed.message_id,
            parsed.sender,
            parsed.subject,
            parsed.date or datetime.now(timezone.utc).isoformat(),
            parsed.thread_id,
            raw,
        )
        # Accept fast; the LLM work happens after we've said 250.
        task = asyncio.create_task(self.process(parsed))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return "250 Message accepted for delivery"

    async def process(self, parsed: ParsedMessage) -> None:
        if is_auto_reply(parsed):
            log.info("ignoring auto-reply %s", parsed.message_id)
            return
        pre = self.engine.pre_triage(parsed)
        if pre and all(m.rule.stop for m in pre):
            for m in pre:
                await run_actions(m.actions, parsed, self._ctx_for(m.rule.provider))
            return
        if await self._needs_translation(parsed):
            parsed.body = await self._translate(parsed.body)
        try:
            triage = await self.triager.classify(parsed)
        except Exception:
            log.exception("triage failed for %s", parsed.message_id)
            triage = TriageResult.fallback()
        self.store.set_triage(parsed.message_id, triage.category, triage.urgency)
        if triage.flagged:
            log.warning("message %s flagged by moderation; skipping auto actions", parsed.message_id)
            return
        for match in self.engine.evaluate(parsed, triage.category, triage.urgency):
            await run_actions(match.actions, parsed, self._ctx_for(match.rule.provider))

    def _ctx_for(self, provider: str | None) -> ActionContext:
        ctx = self.action_ctx
        return ActionContext(ctx.store, ctx.sender, ctx.drafter, ctx.summariser, ctx.extractor, provider, {})

    async def _needs_translation(self, parsed: ParsedMessage) -> bool:
        if self.hf is None:
            return False
        ascii_ratio = sum(c.isascii() for c in parsed.body[:2000]) / max(1, len(parsed.body[:2000]))
        return ascii_ratio < 0.7

    async def _translate(self, text: str) -> str:
        out = await self.hf.chat.completions.create(
            messages=[
                {"role": "system", "content": "Translate the user's email to English. Output only the translation."},
                {"role": "user", "content": text[:6000]},
            ],
            max_tokens=1500,
        )
        return out.choices[0].message.content or text
