"""/chat, /grok, /story and persona switching."""
from __future__ import annotations

import logging
from typing import List

import discord
from discord import app_commands
from discord.ext import commands
from xai_sdk.chat import system, user

from shared.config import DEFAULT_GROK_MODEL
from shared.errors import BotError
from shared.models import ChatMessage
from shared.moderation import check_text
from shared.store import conversation_key
from shared.text_utils import DISCORD_LIMIT, chunk_message, completion

log = logging.getLogger(__name__)

PLATFORM = "discord"
STORY_MODEL = "meta-llama/Llama-3.2-3B-Instruct-Turbo"
LOW_TOKENS_WARNING = 2_000


class ChatCog(commands.Cog):
    def __init__(self, bot):
        self.bot = bot

    def _key(self, interaction: discord.Interaction) -> str:
        return conversation_key(PLATFORM, str(interaction.channel_id))

    async def _persona_autocomplete(self, interaction: discord.Interaction, current: str) -> List[app_commands.Choice[str]]:
        names = completion(current, self.bot.personas.names())
        return [app_commands.Choice(name=n, value=n) for n in names]

    @app_commands.command(name="persona", description="Switch the persona for this channel")
    @app_commands.autocomplete(name=_persona_autocomplete)
    async def persona(self, interaction: discord.Interaction, name: str):
        if name not in self.bot.personas:
            await interaction.response.send_message(f"No persona called `{name}`.", ephemeral=True)
            return
        await self.bot.store.set_persona(self._key(interaction), name)
        await interaction.response.send_message(f"Persona is now **{name}**.")

    @app_commands.command(name="chat", description="Talk to the bot (keeps channel context)")
    async def chat(self, interaction: discord.Interaction, message: str):
        user_id = str(interaction.user.id)
        try:
            await self.bot.limiter.check_chat(user_id)
            await check_text(message)
        except BotError as err:
            await interaction.response.send_message(err.user_message, ephemeral=True)
            return
        await interaction.response.defer(thinking=True)

        key = self._key(interaction)
        persona = self.bot.personas.get(await self.bot.store.get_persona(key))
        history = await self.bot.store.history(key)
        history.append(ChatMessage(role="user", content=message, author_id=user_id))

        if persona.provider == "groq":
            # raw response so we can watch Groq's per-minute token budget
            raw = await self.bot.llm.groq.chat.completions.with_raw_response.create(
                model=persona.model,
                messages=[persona.system_message()] + [m.to_api() for m in history],
                temperature=persona.temperature,
                max_tokens=persona.max_tokens,
                user=user_id,
            )
            remaining = raw.headers.get("x-ratelimit-remaining-tokens")
            if remaining is not None and int(remaining) < LOW_TOKENS_WARNING:
                log.warning("groq token budget low: %s left this minute", remaining)
            parsed = await raw.parse()
            text = parsed.choices[0].message.content or ""
        else:
            reply = await self.bot.router.complete(persona, history, user_id=user_id)
            text = reply.text

        await self.bot.store.append(key, history[-1], ChatMessage(role="assistant", content=text))
        chunks = chunk_message(text or "_(empty reply)_", DISCORD_LIMIT)
        await interaction.followup.send(chunks[0])
        for extra in chunks[1:]:
            await interaction.followup.send(extra)

    @app_commands.command(name="grok", description="Ask Grok directly (streams the answer)")
    async def grok(self, interaction: discord.Interaction, question: str):
        try:
            await self.bot.limiter.check_chat(str(interaction.user.id))
        except BotError as err:
            await interaction.response.send_message(err.user_message, ephemeral=True)
            return
        await interaction.response.send_message("…")
        msg = await interaction.original_response()

        chat = self.bot.llm.grok.chat.create(
            model=DEFAULT_GROK_MODEL,
            messages=[system("You are Grok in a Discord server. Be witty but helpful, under 250 words.")],
        )
        chat.append(user(question))
        buffer = ""
        pending = 0
        async for _response, chunk in chat.stream():
            buffer += chunk.content
            pending += len(chunk.content)
            if pending > 120:
                await msg.edit(content=buffer[:DISCORD_LIMIT])
                pending = 0
        await msg.edit(content=buffer[:DISCORD_LIMIT] or "_(Grok had nothing to say)_")

    @app_commands.command(name="story", description="Continue a story from your opening line")
    async def story(self, interaction: discord.Interaction, opening: str):
        await interaction.response.defer()
        prompt = (
            "The following is a short, light-hearted community story.\n\n"
            f"{opening.strip()}"
        )
        resp = await self.bot.llm.together.completions.create(
            model=STORY_MODEL,
            prompt=prompt,
            max_tokens=350,
            temperature=1.0,
            top_p=0.9,
            stop=["\n\n\n"],
        )
        await interaction.followup.send((opening + resp.choices[0].text)[:DISCORD_LIMIT])


async def setup(bot):
    await bot.add_cog(ChatCog(bot))
