"""The bot itself: wires LLM clients, memory, moderation and cogs together."""
from __future__ import annotations

import asyncio
import logging

from twitchio import Message
from twitchio.ext import commands

from bot import routines as bot_routines
from bot.config import Settings
from bot.eventsub import setup_eventsub
from bot.llm import build_registry, close_all, get_anthropic, get_groq, get_mistral, get_openai
from bot.llm.faq import FaqIndex
from bot.llm.memory import MemoryStore
from bot.llm.moderation import Moderator
from bot.llm.prompts import ask_system
from bot.storage import Store
from bot.utils.ratelimit import Cooldowns, TokenBudget
from bot.utils.text import clean_for_chat

log = logging.getLogger(__name__)

COGS = (
    "bot.cogs.ask",
    "bot.cogs.summary",
    "bot.cogs.clips",
    "bot.cogs.mod",
    "bot.cogs.trivia",
    "bot.cogs.translate",
    "bot.cogs.admin",
    "bot.legacy.commands_old",
)


class ChatBot(commands.Bot):
    def __init__(self, settings: Settings):
        super().__init__(
            token=settings.twitch_token,
            client_secret=settings.twitch_client_secret,
            prefix=settings.prefix,
            initial_channels=settings.channels,
        )
        self.settings = settings
        # LLM plumbing. Cogs reach these through ``self.bot``.
        self.llm = build_registry(settings)
        self.openai = get_openai()
        self.anthropic = get_anthropic()
        self.memory = MemoryStore(get_groq(), maxlen=settings.memory_size)
        self.moderator = Moderator(get_mistral(), self.openai, threshold=settings.mod_threshold)
        self.faq = FaqIndex.from_file(self.openai, "data/faq.json")
        self.cooldowns = Cooldowns(seconds=20)
        self.budget = TokenBudget(daily_tokens=400_000)
        self.store: Store | None = None
        self.mention_cooldown = Cooldowns(seconds=45)

        for module in COGS:
            self.load_module(module)

    async def event_ready(self) -> None:
        log.info("logged in as %s, joined %s", self.nick, ", ".join(self.settings.channels))
        self.store = await Store.create(self.settings.db_path)
        for channel in self.settings.channels:
            prefs = await self.store.get_settings(channel)
            if provider := prefs.get("provider"):
                self.llm.per_channel[channel] = provider
        bot_routines.start_all(self)
        if self.settings.eventsub_secret:
            self.eventsub = setup_eventsub(self)

    async def event_message(self, message: Message) -> None:
        if message.echo or message.author is None:
            return
        channel = message.channel.name
        self.memory.for_channel(channel).add(message.author.name, message.content)
        asyncio.create_task(self.memory.maybe_compact(channel))

        if f"@{self.nick}".lower() in message.content.lower() and not message.content.startswith(self.settings.prefix):
            await self._reply_to_mention(message)
            return
        await self.handle_commands(message)

    async def _reply_to_mention(self, message: Message) -> None:
        channel = message.channel.name
        if not self.mention_cooldown.hit(channel, message.author.name):
            return
        mem = self.memory.for_channel(channel)
        resp = await self.anthropic.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=150,
            system=ask_system(self.nick, channel, mem.game),
            messages=[
                {"role": "user", "content": f"Recent chat:\n{mem.transcript(20)}"},
                {"role": "assistant", "content": "Got it."},
                {"role": "user", "content": f"{message.author.name} asks: {message.content}"},
            ],
        )
        self.budget.charge(channel, resp.usage.input_tokens + resp.usage.output_tokens)
        text = "".join(block.text for block in resp.content if block.type == "text")
        await message.channel.send(f"@{message.author.name} {clean_for_chat(text, 450)}")

    async def event_command_error(self, context: commands.Context, error: Exception) -> None:
        if isinstance(error, commands.CommandNotFound):
            return
        if isinstance(error, commands.CommandOnCooldown):
            await context.send(f"@{context.author.name} slow down ({error.retry_after:.0f}s)")
            return
        log.error("command %s failed", context.command and context.command.name, exc_info=error)

    async def close(self) -> None:
        bot_routines.stop_all()
        if self.store:
            await self.store.close()
        await close_all()
        await super().close()
