"""/faq: answers from the server's saved knowledge (pins saved with "Remember this")."""
from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from shared.config import DEFAULT_GROK_MODEL
from shared.memory import ChannelMemory

log = logging.getLogger(__name__)

FAQ_SYSTEM = """Answer the question using only the community notes below.
If the notes don't cover it, say you don't know and suggest asking in #help.

Notes:
{notes}"""


class FaqCog(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.remember_menu = app_commands.ContextMenu(name="Remember this", callback=self.remember)
        bot.tree.add_command(self.remember_menu)

    async def cog_unload(self):
        self.bot.tree.remove_command(self.remember_menu.name, type=self.remember_menu.type)

    def _memory(self, guild_id: int) -> ChannelMemory:
        return ChannelMemory(self.bot.store.redis, namespace=f"discord:{guild_id}")

    async def remember(self, interaction: discord.Interaction, message: discord.Message):
        if not message.content:
            await interaction.response.send_message("Nothing to remember there.", ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True)
        await self._memory(interaction.guild_id).remember(message.content, source=message.jump_url)
        await interaction.followup.send("Saved 📌", ephemeral=True)

    @app_commands.command(name="faq", description="Ask the community knowledge base")
    async def faq(self, interaction: discord.Interaction, question: str):
        await interaction.response.defer(thinking=True)
        notes = await self._memory(interaction.guild_id).search(question, k=4)
        if not notes:
            await interaction.followup.send("I don't have any saved notes yet. Use *Remember this* on a message.")
            return
        answer = await self.bot.llm.xai.chat.completions.create(
            model=DEFAULT_GROK_MODEL,
            messages=[
                {"role": "system", "content": FAQ_SYSTEM.format(notes="\n---\n".join(notes))},
                {"role": "user", "content": question},
            ],
            temperature=0.1,
            max_tokens=500,
        )
        await interaction.followup.send(answer.choices[0].message.content[:1990])


async def setup(bot):
    await bot.add_cog(FaqCog(bot))
