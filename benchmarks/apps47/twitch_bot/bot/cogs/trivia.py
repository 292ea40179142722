"""!trivia — Grok writes a question, first correct answer in chat wins."""
from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from dataclasses import dataclass, field

from openai import AsyncOpenAI
from twitchio import Message
from twitchio.ext import commands

from bot.llm.prompts import TRIVIA_SYSTEM

log = logging.getLogger(__name__)

# TODO(jonas): move to bot.llm.clients.get_xai once the trivia prompts are stable
_grok = AsyncOpenAI(api_key=os.environ.get("XAI_API_KEY", ""), base_url="https://api.x.ai/v1")


@dataclass
class TriviaRound:
    question: str
    answer: str
    started: float = field(default_factory=time.time)
    winner: str | None = None

    @classmethod
    def create(cls, raw: str) -> "TriviaRound":
        data = json.loads(raw)
        return cls(question=data["question"].strip(), answer=data["answer"].strip().lower())

    def matches(self, guess: str) -> bool:
        return self.answer in guess.lower()


class TriviaCog(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot
        self.rounds: dict[str, TriviaRound] = {}
        self.scores: dict[str, dict[str, int]] = {}

    async def _new_round(self, topic: str) -> TriviaRound:
        resp = await _grok.chat.completions.create(
            model="grok-3-mini",
            messages=[{"role": "system", "content": TRIVIA_SYSTEM.format(topic=topic)}],
            response_format={"type": "json_object"},
            temperature=1.0,
        )
        return TriviaRound.create(resp.choices[0].message.content or "{}")

    @commands.command(name="trivia")
    @commands.cooldown(rate=1, per=90, bucket=commands.Bucket.channel)
    async def trivia(self, ctx: commands.Context, *, topic: str = "video games") -> None:
        if ctx.channel.name in self.rounds:
            await ctx.send(f"A round is running: {self.rounds[ctx.channel.name].question}")
            return
        try:
            rnd = await self._new_round(topic)
        except (json.JSONDecodeError, KeyError):
            await ctx.send("Grok fumbled the question, try again 🙃")
            return
        self.rounds[ctx.channel.name] = rnd
        await ctx.send(f"❓ TRIVIA ({topic}): {rnd.question} — 60s to answer!")
        await asyncio.sleep(60)
        if self.rounds.pop(ctx.channel.name, None) is rnd and rnd.winner is None:
            await ctx.send(f"⏰ Time's up! The answer was: {rnd.answer}")

    @commands.command(name="hint")
    async def hint(self, ctx: commands.Context) -> None:
        rnd = self.rounds.get(ctx.channel.name)
        if rnd is None:
            return
        try:
            resp = await asyncio.wait_for(
                _grok.chat.completions.create(
                    model="grok-3-mini",
                    messages=[{
                        "role": "user",
                        "content": f"Give a subtle hint (not the answer) for: {rnd.question} (answer: {rnd.answer})",
                    }],
                    max_tokens=40,
                ),
                timeout=8,
            )
        except asyncio.TimeoutError:
            return
        await ctx.send("🔎 " + (resp.choices[0].message.content or "").strip())

    @commands.Cog.event()
    async def event_message(self, message: Message) -> None:
        if message.echo or message.author is None:
            return
        rnd = self.rounds.get(message.channel.name)
        if rnd and rnd.winner is None and rnd.matches(message.content):
            rnd.winner = message.author.name
            board = self.scores.setdefault(message.channel.name, {})
            board[rnd.winner] = board.get(rnd.winner, 0) + 1
            await message.channel.send(f"🏆 {rnd.winner} got it: {rnd.answer}! ({board[rnd.winner]} pts)")
            self.rounds.pop(message.channel.name, None)

    @commands.command(name="leaderboard")
    async def leaderboard(self, ctx: commands.Context) -> None:
        board = self.scores.get(ctx.channel.name, {})
        top = sorted(board.items(), key=lambda kv: kv[1], reverse=True)[:5]
        await ctx.send(" | ".join(f"{u}: {s}" for u, s in top) or "no scores yet")


def prepare(bot: commands.Bot) -> None:
    bot.add_cog(TriviaCog(bot))
