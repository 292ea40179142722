from __future__ import annotations

import logging
from collections import defaultdict, deque

import discord
from discord import app_commands
from discord.ext import commands

from botkit.llm import models, prompts
from botkit.llm.clients import async_openrouter_client
from botkit.utils.text import slack_to_discord
from discord_bot.llm_backend import BACKENDS, DEFAULT_BACKEND, get_backend

logger = logging.getLogger(__name__)

HISTORY_TURNS = 12
EDIT_EVERY_CHARS = 300


class ChatCog(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.openrouter = async_openrouter_client()
        self.history: dict[int, deque] = defaultdict(lambda: deque(maxlen=HISTORY_TURNS))
        self.channel_backend: dict[int, str] = {}

    def _messages(self, channel_id: int, user_text: str) -> list[dict]:
        return [
            {"role": "system", "content": prompts.SYSTEM_DEFAULT},
            *self.history[channel_id],
            {"role": "user", "content": user_text},
        ]

    @app_commands.command(name="chat", description="Talk to the bot")
    async def chat(self, interaction: discord.Interaction, message: str) -> None:
        await interaction.response.defer(thinking=True)
        cid = interaction.channel_id
        backend = get_backend(self.channel_backend.get(cid, DEFAULT_BACKEND))
        answer = await backend(self._messages(cid, message))
        self.history[cid].append({"role": "user", "content": message})
        self.history[cid].append({"role": "assistant", "content": answer})
        await interaction.followup.send(slack_to_discord(answer)[:2000])

    @app_commands.command(name="backend", description="Pick the chat backend for this channel")
    @app_commands.choices(name=[app_commands.Choice(name=n, value=n) for n in sorted(BACKENDS)])
    async def set_backend(self, interaction: discord.Interaction, name: str) -> None:
        self.channel_backend[interaction.channel_id] = name
        await interaction.response.send_message(f"backend for this channel: `{name}`", ephemeral=True)

    @app_commands.command(name="essay", description="Long-form answer, streamed")
    async def essay(self, interaction: discord.Interaction, topic: str) -> None:
        await interaction.response.send_message("✍️ …")
        msg = await interaction.original_response()
        stream = await self.openrouter.chat.completions.create(
            model=models.OR_DEFAULT,
            messages=self._messages(interaction.channel_id, f"Write a thorough explanation of: {topic}"),
            stream=True,
            max_tokens=3000,
        )
        text, last_edit = "", 0
        async for chunk in stream:
            if not chunk.choices:
                continue
            text += chunk.choices[0].delta.content or ""
            if len(text) - last_edit >= EDIT_EVERY_CHARS:
                await msg.edit(content=text[-2000:])
                last_edit = len(text)
        await msg.edit(content=text[-2000:] or "(empty)")


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(ChatCog(bot))
