# Old commands kept alive as a cog until they get rewritten.
import asyncio
import os
import random

import httpx
from twitchio.ext import commands

from bot.config import GROQ_CHAT_URL
from bot.legacy.gpt_helper import ask_gpt, rate_thing

EIGHT_BALL_FALLBACK = ["yes", "no", "maybe", "ask again later", "definitely not", "100%"]


class LegacyCommands(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.http = httpx.AsyncClient(timeout=15)

    @commands.command(name="8ball")
    async def eight_ball(self, ctx, *, question=""):
        if not question:
            return await ctx.reply("ask me something!")
        try:
            r = await self.http.post(
                GROQ_CHAT_URL,
                headers={"Authorization": f"Bearer {os.environ['GROQ_API_KEY']}"},
                json={
                    "model": "llama-3.1-8b-instant",
                    "messages": [
                        {"role": "system", "content": "You are a magic 8 ball. Answer in under 10 words."},
                        {"role": "user", "content": question},
                    ],
                    "max_tokens": 30,
                },
            )
            r.raise_for_status()
            answer = r.json()["choices"][0]["message"]["content"]
        except (httpx.HTTPError, KeyError):
            answer = random.choice(EIGHT_BALL_FALLBACK)
        await ctx.reply("🎱 " + answer.strip())

    @commands.command(name="rate")
    async def rate(self, ctx, *, thing=""):
        if not thing:
            return
        text = await asyncio.to_thread(rate_thing, thing)
        await ctx.reply(text[:450])

    @commands.command(name="poem")
    async def poem(self, ctx, *, subject="chat"):
        # TODO: port to multi_model_service like the EventSub poem redeem
        text = await asyncio.to_thread(ask_gpt, "Write a 2 line poem about " + subject)
        await ctx.send(text[:450])

    def cog_unload(self):
        asyncio.get_event_loop().create_task(self.http.aclose())


def prepare(bot):
    bot.add_cog(LegacyCommands(bot))
