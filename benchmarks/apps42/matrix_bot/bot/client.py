"""The Bot: owns the Matrix connection, config, LLM clients and the command router."""
from __future__ import annotations

import asyncio
import logging
import time

import markdown as md
from nio import (
    AsyncClient,
    AsyncClientConfig,
    InviteMemberEvent,
    LoginResponse,
    MatrixRoom,
    RoomMessageText,
)

from bot.config import BotConfig
from bot.context import CommandContext
from bot.llm.factory import make_clients
from bot.llm.prompts import DEFAULT_SYSTEM, build_messages
from bot.llm.providers import build_registry
from bot.moderation import Moderator, redact
from bot.ratelimit import RateLimiter
from bot.router import CommandRouter, router as default_router
from bot.store import ConversationStore

log = logging.getLogger(__name__)


class Bot:
    def __init__(self, config: BotConfig, router: CommandRouter | None = None, clients: dict | None = None):
        self.config = config
        self.router = router or default_router
        self.router.prefix = config.command_prefix
        self.matrix = AsyncClient(
            config.homeserver,
            config.user_id,
            device_id=config.device_id,
            store_path=config.store_path,
            config=AsyncClientConfig(store_sync_tokens=True, encryption_enabled=False),
        )
        self.clients = clients if clients is not None else make_clients(config)
        self.openai = self.clients["openai"]
        self.anthropic = self.clients["anthropic"]
        self.together = self.clients.get("together")
        self.openrouter = self.clients.get("openrouter")
        self.providers = build_registry(config)
        self.store = ConversationStore(f"{config.store_path}/conversations.json", max_turns=config.max_history * 2)
        self.limiter = RateLimiter(config.rate_limit.per_user_per_minute, config.rate_limit.per_room_per_minute)
        self.moderator = Moderator(self.openai, enabled=config.moderation_enabled)
        self.started_at = time.time()
        self.paused_rooms: set[str] = set()
        self._startup_ts_ms = int(time.time() * 1000)

    # ------------------------------------------------------------------ matrix I/O

    async def send_text(self, room_id: str, text: str, reply_to: str | None = None, markdown: bool = True) -> str | None:
        content = {"msgtype": "m.text", "body": text}
        if markdown:
            content["format"] = "org.matrix.custom.html"
            content["formatted_body"] = md.markdown(text, extensions=["fenced_code"])
        if reply_to:
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to}}
        resp = await self.matrix.room_send(room_id, message_type="m.room.message", content=content)
        return getattr(resp, "event_id", None)

    async def edit_text(self, room_id: str, event_id: str, text: str) -> None:
        content = {
            "msgtype": "m.text",
            "body": f"* {text}",
            "m.new_content": {"msgtype": "m.text", "body": text},
            "m.relates_to": {"rel_type": "m.replace", "event_id": event_id},
        }
        await self.matrix.room_send(room_id, message_type="m.room.message", content=content)

    async def react(self, room_id: str, event_id: str, key: str) -> None:
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
        await self.matrix.room_send(room_id, message_type="m.reaction", content=content)

    async def typing(self, room_id: str, on: bool = True) -> None:
        await self.matrix.room_typing(room_id, typing_state=on, timeout=30000)

    # ------------------------------------------------------------------ callbacks

    async def on_invite(self, room: MatrixRoom, event: InviteMemberEvent) -> None:
        if event.state_key != self.config.user_id:
            return
        if self.config.admins and event.sender not in self.config.admins:
            log.info("ignoring invite to %s from %s", room.room_id, event.sender)
            return
        await self.matrix.join(room.room_id)

    async def on_message(self, room: MatrixRoom, event: RoomMessageText) -> None:
        if event.sender == self.config.user_id:
            return
        if event.server_timestamp < self._startup_ts_ms:
            return  # backlog from the initial sync
        self.store.log_room_message(room.room_id, room.user_name(event.sender) or event.sender, event.body)
        if room.room_id in self.paused_rooms and not self.config.is_admin(event.sender):
            return

        parsed = self.router.parse(event.body)
        if parsed is None:
            if self._is_mention(event.body):
                await self._reply_to_mention(room, event)
            return

        name, args = parsed
        cmd = self.router.resolve(name)
        if cmd is None:
            return
        if cmd.admin_only and not self.config.is_admin(event.sender):
            await self.send_text(room.room_id, "That command is admin-only.", reply_to=event.event_id)
            return
        if cmd.uses_llm and not self.limiter.check(event.sender, room.room_id):
            wait = int(self.limiter.retry_after(event.sender)) + 1
            await self.send_text(room.room_id, f"Slow down, try again in {wait}s.", reply_to=event.event_id)
            return
        if cmd.uses_llm:
            verdict = await self.moderator.check(args, sender=event.sender)
            if verdict.blocked:
                await self.send_text(room.room_id, redact(args, verdict), reply_to=event.event_id)
                return

        ctx = CommandContext(bot=self, room=room, event=event, command=name, args=args)
        await self.typing(room.room_id, True)
        try:
            await cmd.handler(ctx)
        except Exception:
            log.exception("command %s failed", name)
            await ctx.reply("Something went wrong, sorry. The admins have been told.")
        finally:
            await self.typing(room.room_id, False)

    def _is_mention(self, body: str) -> bool:
        localpart = self.config.user_id.split(":", 1)[0].lstrip("@")
        return localpart.lower() in body.lower()

    async def _reply_to_mention(self, room: MatrixRoom, event: RoomMessageText) -> None:
        """Plain mention, no command: short answer from the default model."""
        if not self.limiter.check(event.sender, room.room_id):
            return
        conv = self.store.get(room.room_id)
        messages = build_messages(DEFAULT_SYSTEM, conv.messages(limit=10), event.body)
        resp = await self.openai.chat.completions.create(
            model=self.config.default_model,
            messages=messages,
            max_tokens=400,
        )
        text = resp.choices[0].message.content or ""
        conv.add("user", event.body, sender=event.sender)
        conv.add("assistant", text)
        await self.send_text(room.room_id, text, reply_to=event.event_id)

    # ------------------------------------------------------------------ lifecycle

    async def login(self) -> None:
        if self.config.access_token:
            self.matrix.access_token = self.config.access_token
            self.matrix.user_id = self.config.user_id
            return
        resp = await self.matrix.login(self.config.password, device_name="matrix-llm-bot")
        if not isinstance(resp, LoginResponse):
            raise RuntimeError(f"login failed: {resp}")

    async def run(self) -> None:
        import bot.commands  # noqa: F401  (registers handlers on the router)

        self.store.load()
        await self.login()
        self.matrix.add_event_callback(self.on_message, RoomMessageText)
        self.matrix.add_event_callback(self.on_invite, InviteMemberEvent)
        saver = asyncio.create_task(self._autosave())
        if self.config.digest_rooms:
            from bot.tasks.digest import run_daily_digest

            asyncio.create_task(run_daily_digest(self, self.config.digest_rooms, self.config.digest_hour))
        try:
            await self.matrix.sync_forever(timeout=30000, full_state=True)
        finally:
            saver.cancel()
            self.store.save()
            await self.matrix.close()

    async def _autosave(self) -> None:
        while True:
            await asyncio.sleep(300)
            self.store.save()
