"""Discord front-end for the community server (#help channel and slash commands)."""
from __future__ import annotations

import asyncio
import logging
from typing import Dict, List

import discord
from discord import app_commands

from bot import llm
from bot.adapters.slack_format import discord_chunks
from bot.config import get_settings
from bot.errors import ModerationBlocked, SupportBotError
from bot.llm.clients import get_anthropic, get_async_openai
from bot.llm.prompts import SUMMARY_PROMPT, SUPPORT_SYSTEM_PROMPT
from bot.services.answer import get_answer_service
from bot.services.faq_index import get_faq_index
from bot.services.moderation import check_message
from bot.services.triage import aclassify

log = logging.getLogger(__name__)

HELP_CHANNEL_NAMES = {"help", "support", "questions"}


class SupportDiscordClient(discord.Client):
    def __init__(self) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(intents=intents)
        self.settings = get_settings()
        self.tree = app_commands.CommandTree(self)
        self.history: Dict[int, List[Dict[str, str]]] = {}
        self.llm = llm.local_async_client if self.settings.use_local_models else None

    async def setup_hook(self) -> None:
        if self.settings.discord_guild_id:
            guild = discord.Object(id=self.settings.discord_guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)
        else:
            await self.tree.sync()

    async def on_ready(self) -> None:
        log.info("discord connected as %s", self.user)

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or getattr(message.channel, "name", "") not in HELP_CHANNEL_NAMES:
            return
        if self.user not in message.mentions and not isinstance(message.channel, discord.Thread):
            return
        text = message.clean_content.replace(f"@{self.user.name}", "").strip()
        try:
            check_message(text)
        except ModerationBlocked as exc:
            await message.reply(exc.user_message)
            return

        history = self.history.setdefault(message.channel.id, [])
        async with message.channel.typing():
            try:
                if self.llm is not None:
                    reply = await self._local_answer(history, text)
                else:
                    hits = get_faq_index().search(text)
                    reply = await get_answer_service().answer(text, history, hits)
            except SupportBotError as exc:
                reply = exc.user_message
            except Exception:
                log.exception("discord answer failed")
                reply = SupportBotError.user_message

        history.extend([{"role": "user", "content": text}, {"role": "assistant", "content": reply}])
        del history[:-20]
        for part in discord_chunks(reply):
            await message.channel.send(part)

        triage = await aclassify(text)
        if triage.needs_human:
            await message.add_reaction("🙋")

    async def _local_answer(self, history: List[Dict[str, str]], text: str) -> str:
        response = await self.llm.chat(
            model=self.settings.local_model,
            messages=[{"role": "system", "content": SUPPORT_SYSTEM_PROMPT}, *history, {"role": "user", "content": text}],
            options={"num_ctx": 8192},
        )
        return response["message"]["content"]


client = SupportDiscordClient()


@client.tree.command(name="ask", description="Ask the support assistant a question")
@app_commands.describe(question="What do you need help with?")
async def ask(interaction: discord.Interaction, question: str) -> None:
    await interaction.response.defer(thinking=True)
    aclient = get_async_openai()
    stream = await aclient.responses.create(
        model=client.settings.openai_chat_model,
        instructions=SUPPORT_SYSTEM_PROMPT,
        input=question,
        stream=True,
    )
    text = ""
    async for event in stream:
        if event.type == "response.output_text.delta":
            text += event.delta
        elif event.type == "response.completed":
            log.debug("ask usage: %s", event.response.usage)
    parts = discord_chunks(text or "I don't have an answer for that.")
    await interaction.followup.send(parts[0])
    for part in parts[1:]:
        await interaction.followup.send(part)


@client.tree.command(name="status-check", description="Is a third-party service having issues?")
@app_commands.describe(service="e.g. GitHub, Okta, Stripe")
async def status_check(interaction: discord.Interaction, service: str) -> None:
    await interaction.response.defer(thinking=True)
    pplx = llm.perplexity_async_client
    completion = await pplx.chat.completions.create(
        model="sonar",
        messages=[
            {"role": "system", "content": "Report current incidents only, with the status page link."},
            {"role": "user", "content": f"Is {service} having an outage or degraded performance right now?"},
        ],
    )
    await interaction.followup.send(discord_chunks(completion.choices[0].message.content)[0])


@client.tree.context_menu(name="Summarize thread")
async def summarize_thread(interaction: discord.Interaction, message: discord.Message) -> None:
    await interaction.response.defer(ephemeral=True, thinking=True)
    lines = [f"{m.author.display_name}: {m.clean_content}" async for m in message.channel.history(limit=60)]
    transcript = "\n".join(reversed(lines))
    model = client.settings.fast_model
    response = await asyncio.to_thread(
        lambda: get_anthropic().messages.create(
            model=model,
            max_tokens=400,
            system=SUMMARY_PROMPT,
            messages=[{"role": "user", "content": transcript[:40000]}],
        )
    )
    await interaction.followup.send(response.content[0].text[:1900], ephemeral=True)


@client.tree.command(name="feedback", description="Tell us how the assistant did")
async def feedback(interaction: discord.Interaction, rating: app_commands.Range[int, 1, 5]) -> None:
    await interaction.response.send_message(f"Thanks for rating us {rating}/5!", ephemeral=True)


def run() -> None:
    client.run(get_settings().discord_token, log_handler=None)
