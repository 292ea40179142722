from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, List, Optional

import discord
from discord import app_commands
from discord.ext import commands

from bot.ai.clients import available_providers, get_anthropic, get_ollama, get_openai
from bot.ai.prompts import PERSONAS
from bot.config import settings
from bot.db.guild_settings import VALID_PROVIDERS
from bot.utils import info_embed

if TYPE_CHECKING:
    from bot.main import LumenBot

log = logging.getLogger(__name__)


@app_commands.default_permissions(manage_guild=True)
@app_commands.guild_only()
class SettingsGroup(app_commands.Group, name="settings", description="Configure Lumen for this server"):
    def __init__(self, bot: "LumenBot") -> None:
        super().__init__()
        self.bot = bot
        self._model_cache: dict = {}
        self._model_cache_at = 0.0

    async def _models_for(self, provider: str) -> List[str]:
        if time.monotonic() - self._model_cache_at < 600 and provider in self._model_cache:
            return self._model_cache[provider]
        names: List[str] = []
        try:
            if provider == "openai":
                page = await get_openai().models.list()
                names = sorted(m.id for m in page.data if m.id.startswith(("gpt-", "o")))
            elif provider == "ollama":
                listing = await get_ollama().list()
                names = [m.model for m in listing.models]
        except Exception as exc:
            log.info("could not list %s models: %r", provider, exc)
        self._model_cache[provider] = names
        self._model_cache_at = time.monotonic()
        return names

    @app_commands.command(name="show", description="Show the current settings")
    async def show(self, interaction: discord.Interaction) -> None:
        gs = await self.bot.guild_settings.get(interaction.guild_id)
        lines = [f"**{k}**: `{v}`" for k, v in vars(gs).items() if k not in ("guild_id", "mod_webhook_url")]
        await interaction.response.send_message(embed=info_embed("Lumen settings", "\n".join(lines)), ephemeral=True)

    @app_commands.command(name="chat", description="Choose the chat provider and model")
    @app_commands.choices(provider=[app_commands.Choice(name=p, value=p) for p in VALID_PROVIDERS])
    async def chat(self, interaction: discord.Interaction, provider: str, model: Optional[str] = None) -> None:
        if provider not in available_providers():
            await interaction.response.send_message(f"`{provider}` isn't configured on this bot.", ephemeral=True)
            return
        await self.bot.guild_settings.update(interaction.guild_id, chat_provider=provider, chat_model=model)
        await interaction.response.send_message(f"Chat now uses **{provider}** `{model or 'default'}`.", ephemeral=True)

    @chat.autocomplete("model")
    async def model_autocomplete(self, interaction: discord.Interaction, current: str) -> List[app_commands.Choice[str]]:
        provider = getattr(interaction.namespace, "provider", None) or "openai"
        names = await self._models_for(provider)
        return [app_commands.Choice(name=n, value=n) for n in names if current.lower() in n.lower()][:25]

    @app_commands.command(name="persona", description="Set the bot's personality")
    @app_commands.choices(persona=[app_commands.Choice(name=p, value=p) for p in PERSONAS])
    async def persona(self, interaction: discord.Interaction, persona: str) -> None:
        await self.bot.guild_settings.update(interaction.guild_id, persona=persona)
        await interaction.response.send_message(f"Persona set to **{persona}**.", ephemeral=True)

    @app_commands.command(name="automod", description="Configure automod")
    async def automod(self, interaction: discord.Interaction, enabled: bool,
                      log_channel: Optional[discord.TextChannel] = None, webhook_url: Optional[str] = None) -> None:
        changes = {"automod_enabled": enabled}
        if log_channel is not None:
            changes["automod_log_channel_id"] = log_channel.id
        if webhook_url is not None:
            if not webhook_url.startswith("https://discord.com/api/webhooks/"):
                await interaction.response.send_message("That doesn't look like a Discord webhook URL.", ephemeral=True)
                return
            changes["mod_webhook_url"] = webhook_url
        await self.bot.guild_settings.update(interaction.guild_id, **changes)
        await interaction.response.send_message("Automod settings saved.", ephemeral=True)

    @app_commands.command(name="digest", description="Configure the daily digest")
    async def digest(self, interaction: discord.Interaction, post_in: discord.TextChannel,
                     source_1: discord.TextChannel, source_2: Optional[discord.TextChannel] = None,
                     source_3: Optional[discord.TextChannel] = None) -> None:
        sources = [c.id for c in (source_1, source_2, source_3) if c is not None]
        await self.bot.guild_settings.update(
            interaction.guild_id, digest_channel_id=post_in.id, digest_source_channel_ids=sources
        )
        await interaction.response.send_message(f"Digest will post in {post_in.mention} at 21:00 UTC.", ephemeral=True)

    @app_commands.command(name="welcome", description="Set the welcome channel (omit to disable)")
    async def welcome(self, interaction: discord.Interaction, channel: Optional[discord.TextChannel] = None) -> None:
        await self.bot.guild_settings.update(interaction.guild_id, welcome_channel_id=channel.id if channel else None)
        await interaction.response.send_message("Saved.", ephemeral=True)


class Admin(commands.Cog):
    def __init__(self, bot: "LumenBot") -> None:
        self.bot = bot
        self.settings_group = SettingsGroup(bot)
        bot.tree.add_command(self.settings_group)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.settings_group.name)

    def _is_owner(self, user: discord.abc.User) -> bool:
        return user.id in settings.owner_ids

    @app_commands.command(name="provider-check", description="(owners) Check that each AI provider answers")
    async def provider_check(self, interaction: discord.Interaction) -> None:
        if not self._is_owner(interaction.user):
            await interaction.response.send_message("Owners only.", ephemeral=True)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        results = []
        for provider in available_providers():
            started = time.monotonic()
            try:
                if provider == "anthropic":
                    await get_anthropic().messages.create(
                        model=settings.models.summary,
                        max_tokens=5,
                        messages=[{"role": "user", "content": "Reply with OK."}],
                    )
                elif provider in ("openai", "ollama"):
                    await self.settings_group._models_for(provider)
                else:
                    results.append(f"⚪ {provider}: not checked")
                    continue
                results.append(f"🟢 {provider}: {1000 * (time.monotonic() - started):.0f} ms")
            except Exception as exc:
                results.append(f"🔴 {provider}: {type(exc).__name__}")
        await interaction.followup.send("\n".join(results), ephemeral=True)

    @commands.command(name="reload", hidden=True)
    @commands.is_owner()
    async def reload(self, ctx: commands.Context, extension: str) -> None:
        await self.bot.reload_extension(f"bot.cogs.{extension}")
        await ctx.message.add_reaction("🔁")


async def setup(bot: "LumenBot") -> None:
    await bot.add_cog(Admin(bot))
