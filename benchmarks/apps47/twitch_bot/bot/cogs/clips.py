"""!clip: create a clip and suggest a title from what chat was saying."""
from __future__ import annotations

import base64
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from twitchio.ext import commands

from bot.config import settings
from bot.llm import get_groq, get_mistral
from bot.llm.prompts import CLIP_TITLE_SYSTEM
from bot.utils.text import clip_title

if TYPE_CHECKING:
    from bot.core import ChatBot

log = logging.getLogger(__name__)

ART_DIR = Path("data/emote_art")


class ClipsCog(commands.Cog):
    def __init__(self, bot: "ChatBot"):
        self.bot = bot
        self._mistral = get_mistral()

    async def suggest_title(self, channel: str) -> str:
        mem = self.bot.memory.for_channel(channel)
        recent = "\n".join(line.render() for line in mem.since(90)) or mem.transcript(15)
        messages = [
            {"role": "system", "content": CLIP_TITLE_SYSTEM},
            {"role": "user", "content": f"Game: {mem.game or 'unknown'}\nChat:\n{recent}"},
        ]
        try:
            resp = await get_groq().chat.completions.create(model="llama-3.1-8b-instant", messages=messages, max_tokens=30)
            return clip_title(resp.choices[0].message.content or "")
        except Exception:
            log.warning("groq title failed, trying mistral", exc_info=True)
        resp = await self._mistral.chat.complete_async(
            model="mistral-small-latest",
            messages=messages,
            max_tokens=30,
        )
        return clip_title(resp.choices[0].message.content or "")

    @commands.command(name="clip")
    @commands.cooldown(rate=1, per=30, bucket=commands.Bucket.channel)
    async def clip(self, ctx: commands.Context) -> None:
        broadcaster = await ctx.channel.user()
        try:
            created = await broadcaster.create_clip(token=settings.twitch_token, has_delay=True)
        except Exception as exc:
            await ctx.send(f"couldn't clip that ({type(exc).__name__}) — is the stream live?")
            return
        title = await self.suggest_title(ctx.channel.name)
        if self.bot.store:
            await self.bot.store.save_clip(created["id"], ctx.channel.name, title, ctx.author.name, time.time())
        await ctx.send(f"🎬 clipped! suggested title: \"{title}\" → {created['edit_url']}")

    @commands.command(name="cliptitle")
    async def cliptitle(self, ctx: commands.Context) -> None:
        await ctx.reply(await self.suggest_title(ctx.channel.name))

    @commands.command(name="emoteart")
    @commands.cooldown(rate=1, per=600, bucket=commands.Bucket.channel)
    async def emoteart(self, ctx: commands.Context, *, idea: str = "") -> None:
        """Mods only: draft art for a new emote idea, saved for the artist to look at."""
        if not ctx.author.is_mod or not idea:
            return
        img = await self.bot.openai.images.generate(
            model="gpt-image-1",
            prompt=f"Twitch emote concept, bold outlines, flat colours, transparent background: {idea}",
            size="1024x1024",
            n=1,
        )
        ART_DIR.mkdir(parents=True, exist_ok=True)
        path = ART_DIR / f"{int(time.time())}_{ctx.author.name}.png"
        path.write_bytes(base64.b64decode(img.data[0].b64_json))
        await ctx.reply(f"saved a draft as {path.name} for the artist 🎨")


def prepare(bot: commands.Bot) -> None:
    bot.add_cog(ClipsCog(bot))
