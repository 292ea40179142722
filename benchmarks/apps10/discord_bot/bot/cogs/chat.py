from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections import defaultdict, deque
from typing import TYPE_CHECKING, Deque, Dict, List

import discord
import openai
from discord import app_commands
from discord.ext import commands

from bot.ai import prompts
from bot.ai.router import classify_intent, get_router
from bot.config import settings
from bot.utils import count_tokens, split_message, with_retries

if TYPE_CHECKING:
    from bot.main import LumenBot

log = logging.getLogger(__name__)

HISTORY_TURNS = 8
HISTORY_TOKENS = 3000
STREAM_EDIT_INTERVAL = 1.2  # seconds between message edits; Discord rate limits edits


class Chat(commands.Cog):
    """/ask and replies when someone @mentions the bot."""

    def __init__(self, bot: "LumenBot") -> None:
        self.bot = bot
        self.router = get_router()
        # channel_id -> recent (role, content) pairs for mention conversations
        self._history: Dict[int, Deque[dict]] = defaultdict(lambda: deque(maxlen=HISTORY_TURNS * 2))

    def _history_for(self, channel_id: int) -> List[dict]:
        msgs = list(self._history[channel_id])
        while msgs and sum(count_tokens(m["content"]) for m in msgs) > HISTORY_TOKENS:
            msgs.pop(0)
        return msgs

    @app_commands.command(name="ask", description="Ask Lumen anything")
    @app_commands.describe(question="What do you want to know?", private="Only show the answer to you")
    @app_commands.checks.cooldown(3, 60.0, key=lambda i: (i.guild_id, i.user.id))
    async def ask(self, interaction: discord.Interaction, question: str, private: bool = False) -> None:
        await interaction.response.defer(thinking=True, ephemeral=private)
        gs = await self.bot.guild_settings.get(interaction.guild_id) if interaction.guild_id else None
        messages = [
            {"role": "system", "content": prompts.persona(gs.persona if gs else "friendly")},
            {"role": "user", "content": question},
        ]

        buffer = ""
        last_edit = 0.0
        msg = await interaction.followup.send("…", ephemeral=private, wait=True)
        async for piece in self.router.stream(messages, gs):
            buffer += piece
            if time.monotonic() - last_edit > STREAM_EDIT_INTERVAL and len(buffer) < 1900:
                await msg.edit(content=buffer + " ▌")
                last_edit = time.monotonic()

        chunks = split_message(buffer or "I couldn't come up with an answer, sorry.")
        await msg.edit(content=chunks[0])
        for extra in chunks[1:]:
            await interaction.followup.send(extra, ephemeral=private)

    @ask.error
    async def ask_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        # let the tree-level handler format it; this just keeps a trace for debugging
        log.debug("/ask error: %r", error)
        raise error

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is None or self.bot.user is None:
            return
        if self.bot.user not in message.mentions:
            return
        gs = await self.bot.guild_settings.get(message.guild.id)
        if not gs.reply_on_mention:
            return

        content = message.clean_content.replace(f"@{self.bot.user.display_name}", "").strip()
        if not content:
            return
        try:
            intent = await classify_intent(content)
        except Exception:
            intent = "question"
        if intent == "command":
            await message.reply("Try the slash commands! `/help` lists them.", mention_author=False)
            return

        history = self._history_for(message.channel.id)
        history.append({"role": "user", "content": f"{message.author.display_name}: {content}"})
        async with message.channel.typing():
            try:
                resp = await self.bot.openai.chat.completions.create(
                    model=gs.chat_model or settings.models.chat,
                    messages=[{"role": "system", "content": prompts.persona(gs.persona)}, *history],
                    max_tokens=500,
                    temperature=0.8 if intent == "chitchat" else 0.4,
                    user=str(message.author.id),
                )
            except openai.APIError as exc:
                log.warning("mention reply failed: %r", exc)
                await message.add_reaction("⚠️")
                return

        answer = resp.choices[0].message.content or "🤔"
        self._history[message.channel.id].append(history[-1])
        self._history[message.channel.id].append({"role": "assistant", "content": answer})
        for i, chunk in enumerate(split_message(answer)):
            if i == 0:
                await message.reply(chunk, mention_author=False)
            else:
                await message.channel.send(chunk)

    @app_commands.command(name="explain", description="Explain a message in simpler terms (premium model)")
    @app_commands.describe(message_link="Link to the message to explain")
    async def explain(self, interaction: discord.Interaction, message_link: str) -> None:
        await interaction.response.defer(thinking=True)
        try:
            *_, channel_id, message_id = message_link.rstrip("/").split("/")
            channel = self.bot.get_channel(int(channel_id)) or await self.bot.fetch_channel(int(channel_id))
            target = await channel.fetch_message(int(message_id))
        except (ValueError, discord.HTTPException):
            await interaction.followup.send("I couldn't open that message link.", ephemeral=True)
            return

        resp = await with_retries(
            functools.partial(
                self.bot.openai.chat.completions.create,
                model=settings.models.chat_premium,
                messages=[
                    {"role": "system", "content": "Explain the following message clearly for a newcomer."},
                    {"role": "user", "content": target.clean_content[:6000]},
                ],
                max_tokens=600,
            ),
            attempts=3,
            retry_on=(openai.RateLimitError, openai.APITimeoutError, asyncio.TimeoutError),
        )
        text = resp.choices[0].message.content or "Nothing to explain."
        embed = discord.Embed(description=text[:4000], colour=0x7289DA)
        embed.set_author(name=target.author.display_name, icon_url=target.author.display_avatar.url)
        embed.add_field(name="Original", value=f"[jump]({target.jump_url})")
        await interaction.followup.send(embed=embed)


async def setup(bot: "LumenBot") -> None:
    await bot.add_cog(Chat(bot))
