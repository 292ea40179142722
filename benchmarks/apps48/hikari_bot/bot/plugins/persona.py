"""Channel-scoped chat sessions with a configurable persona (Gemini chats)."""
from __future__ import annotations

import logging
import time

import hikari
import lightbulb

from bot.utils.discord_fmt import chunk_text, strip_mentions

log = logging.getLogger(__name__)

plugin = lightbulb.Plugin("Persona")

SESSION_TTL = 30 * 60
DEFAULT_PERSONA = "a cheerful, slightly nerdy community helper called Hikari"


class SessionStore:
    def __init__(self) -> None:
        self._sessions: dict[int, tuple[float, object]] = {}
        self.personas: dict[int, str] = {}

    def get_or_start(self, channel_id: int, genai_client, model: str):
        now = time.monotonic()
        found = self._sessions.get(channel_id)
        if found and now - found[0] < SESSION_TTL:
            self._sessions[channel_id] = (now, found[1])
            return found[1]
        persona = self.personas.get(channel_id, DEFAULT_PERSONA)
        chat = genai_client.aio.chats.create(
            model=model,
            config={"system_instruction": f"You are {persona}. Keep replies under 120 words."},
        )
        self._sessions[channel_id] = (now, chat)
        return chat

    def reset(self, channel_id: int) -> None:
        self._sessions.pop(channel_id, None)


sessions = SessionStore()


@plugin.listener(hikari.GuildMessageCreateEvent)
async def on_mention(event: hikari.GuildMessageCreateEvent) -> None:
    me = plugin.bot.get_me()
    if event.is_bot or me is None or not event.content or me.id not in event.message.user_mentions_ids:
        return
    chat = sessions.get_or_start(event.channel_id, plugin.bot.d.genai, plugin.bot.d.settings.gemini_model)
    async with plugin.bot.rest.trigger_typing(event.channel_id):
        reply = await chat.send_message(strip_mentions(event.content))
    for part in chunk_text(reply.text or "…"):
        await event.message.respond(part, reply=True)


@plugin.command
@lightbulb.add_checks(lightbulb.has_guild_permissions(hikari.Permissions.MANAGE_CHANNELS))
@lightbulb.option("description", "Who should Hikari be in this channel?", required=True)
@lightbulb.command("persona", "Set the bot persona for this channel", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def persona(ctx: lightbulb.SlashContext) -> None:
    sessions.personas[ctx.channel_id] = ctx.options.description[:300]
    sessions.reset(ctx.channel_id)
    await ctx.respond("Persona updated – the conversation has been reset.")


@plugin.command
@lightbulb.command("forget", "Reset the conversation in this channel", ephemeral=True)
@lightbulb.implements(lightbulb.SlashCommand)
async def forget(ctx: lightbulb.SlashContext) -> None:
    sessions.reset(ctx.channel_id)
    await ctx.respond("Done, I forgot everything 🫥")


def load(bot: lightbulb.BotApp) -> None:
    bot.add_plugin(plugin)


def unload(bot: lightbulb.BotApp) -> None:
    bot.remove_plugin(plugin)
