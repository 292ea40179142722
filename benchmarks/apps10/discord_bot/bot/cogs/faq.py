from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.ai import prompts
from bot.ai.clients import get_openai
from bot.config import settings
from bot.services.faq_index import get_faq_index
from bot.services.llm_usage_tracker import llm_tracker
from bot.utils import format_transcript, info_embed

if TYPE_CHECKING:
    from bot.main import LumenBot

log = logging.getLogger(__name__)


class Faq(commands.GroupCog, group_name="faq"):
    """Server FAQ: moderators add entries, anyone can ask."""

    def __init__(self, bot: "LumenBot") -> None:
        self.bot = bot
        self.index = get_faq_index(bot.store)
        super().__init__()

    @app_commands.command(name="ask", description="Ask the server FAQ")
    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        await interaction.response.defer(thinking=True)
        hits = await self.index.search(interaction.guild_id, question)
        if not hits:
            await interaction.followup.send("I couldn't find anything in the FAQ about that. Try asking a moderator!")
            return

        context = "\n\n".join(f"Q: {h.question}\nA: {h.answer}" for h in hits)
        model = settings.models.chat
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="faq_answer", guild_id=interaction.guild_id
        ) as usage_log:
            response = await get_openai().chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": prompts.FAQ_ANSWER_SYSTEM},
                    {"role": "user", "content": f"FAQ entries:\n{context}\n\nQuestion: {question}"},
                ],
                max_tokens=400,
                temperature=0.2,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens

        embed = info_embed("FAQ", response.choices[0].message.content or "")
        embed.set_footer(text="Sources: " + ", ".join(f"#{h.entry_id}" for h in hits))
        await interaction.followup.send(embed=embed)

    @app_commands.command(name="add", description="Add an FAQ entry")
    @app_commands.default_permissions(manage_guild=True)
    async def add(self, interaction: discord.Interaction, question: str, answer: str) -> None:
        await interaction.response.defer(ephemeral=True)
        entry_id = await self.index.add(interaction.guild_id, question, answer, interaction.user.id)
        await interaction.followup.send(f"Added FAQ entry #{entry_id}.", ephemeral=True)

    @app_commands.command(name="suggest", description="Suggest FAQ entries from recent chat in this channel")
    @app_commands.default_permissions(manage_guild=True)
    async def suggest(self, interaction: discord.Interaction, messages: app_commands.Range[int, 20, 500] = 200) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        history = [m async for m in interaction.channel.history(limit=messages, oldest_first=False)]
        transcript = format_transcript(reversed(history), max_chars=80_000)

        msg = await self.bot.anthropic.messages.create(
            model=settings.models.summary,
            max_tokens=1000,
            system=prompts.FAQ_SUGGEST_SYSTEM,
            messages=[{"role": "user", "content": transcript}],
        )
        raw = "".join(b.text for b in msg.content if b.type == "text")
        try:
            start = raw.index("[")
            suggestions = json.loads(raw[start : raw.rindex("]") + 1])
        except ValueError:
            log.info("faq suggest returned non-JSON: %s", raw[:200])
            await interaction.followup.send("I couldn't find any clear Q&A in that range.", ephemeral=True)
            return

        lines = [f"**Q:** {s.get('question')}\n**A:** {s.get('answer')}" for s in suggestions[:3]]
        await interaction.followup.send(
            "Here's what I found. Use `/faq add` to keep any of them:\n\n" + "\n\n".join(lines),
            ephemeral=True,
        )


async def setup(bot: "LumenBot") -> None:
    await bot.add_cog(Faq(bot))
