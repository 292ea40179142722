"""!ask, !gpt, !grok, !think, !explain."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from twitchio.ext import commands

from bot.llm import ProviderError, get_xai
from bot.llm.prompts import CHAT_LIMIT_HINT, ask_system
from bot.services.multi_model_service import TaskComplexity, multi_model_service
from bot.utils.text import clean_for_chat, strip_links

if TYPE_CHECKING:
    from bot.core import ChatBot

log = logging.getLogger(__name__)


class AskCog(commands.Cog):
    def __init__(self, bot: "ChatBot"):
        self.bot = bot

    def _context(self, ctx: commands.Context, n: int = 15) -> list[dict[str, str]]:
        mem = self.bot.memory.for_channel(ctx.channel.name)
        return [{"role": "user", "content": f"Recent chat for context:\n{mem.transcript(n)}"},
                {"role": "assistant", "content": "Understood."}]

    @commands.command(name="ask", aliases=("q",))
    async def ask(self, ctx: commands.Context, *, question: str | None = None) -> None:
        if not question:
            await ctx.reply("usage: !ask <question>")
            return
        channel = ctx.channel.name
        if not self.bot.cooldowns.hit(channel, ctx.author.name):
            return
        if self.bot.budget.exhausted(channel):
            await ctx.reply("I'm out of brain juice for today, try tomorrow!")
            return

        faq = await self.bot.faq.lookup(question)
        if faq is not None:
            await ctx.reply(faq.answer)
            return

        mem = self.bot.memory.for_channel(channel)
        messages = self._context(ctx) + [{"role": "user", "content": question}]
        try:
            result = await self.bot.llm.complete_with_fallback(
                messages,
                channel=channel,
                system=ask_system(self.bot.nick, channel, mem.game),
                max_tokens=180,
            )
        except RuntimeError:
            log.exception("all providers failed for !ask")
            await ctx.reply("my brain is lagging, try again in a minute")
            return
        self.bot.budget.charge(channel, result.total_tokens)
        await ctx.reply(clean_for_chat(strip_links(result.text), 450))

    @commands.command(name="quick")
    async def quick(self, ctx: commands.Context, *, question: str = "") -> None:
        """Fast answer straight from Groq, skipping the fallback chain."""
        provider = self.bot.llm.get("groq")
        try:
            resp = await provider.client.chat.completions.create(
                model="llama-3.3-70b-versatile",
                messages=[
                    {"role": "system", "content": CHAT_LIMIT_HINT},
                    {"role": "user", "content": question or "Say hi to chat"},
                ],
                max_tokens=120,
            )
        except Exception as exc:
            raise ProviderError("groq", exc) from exc
        await ctx.reply(clean_for_chat(resp.choices[0].message.content or "", 450))

    @commands.command(name="gpt")
    async def gpt(self, ctx: commands.Context, *, question: str = "") -> None:
        if not question or not self.bot.cooldowns.hit(ctx.channel.name, ctx.author.name):
            return
        completion = await self.bot.openai.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": CHAT_LIMIT_HINT},
                *self._context(ctx, 10),
                {"role": "user", "content": question},
            ],
            max_tokens=160,
            user=ctx.author.name,
        )
        self.bot.budget.charge(ctx.channel.name, completion.usage.total_tokens)
        await ctx.reply(clean_for_chat(completion.choices[0].message.content or ""))

    @commands.command(name="grok")
    async def grok(self, ctx: commands.Context, *, question: str = "") -> None:
        if not question:
            return
        client = get_xai()
        resp = await client.chat.completions.create(
            model="grok-3-mini",
            messages=[
                {"role": "system", "content": "You are witty and a little unhinged, but kind. " + CHAT_LIMIT_HINT},
                {"role": "user", "content": question},
            ],
            max_tokens=150,
        )
        await ctx.reply(clean_for_chat(resp.choices[0].message.content or ""))

    @commands.command(name="think")
    @commands.cooldown(rate=1, per=120, bucket=commands.Bucket.channel)
    async def think(self, ctx: commands.Context, *, question: str = "") -> None:
        """Reasoning model for puzzle-ish questions; expensive, so channel cooldown."""
        if not question:
            return
        response = await self.bot.openai.responses.create(
            model="o4-mini",
            input=f"{question}\n\n{CHAT_LIMIT_HINT}",
            reasoning={"effort": "low"},
            max_output_tokens=800,
        )
        await ctx.reply(clean_for_chat(response.output_text))

    @commands.command(name="explain")
    async def explain(self, ctx: commands.Context, *, topic: str = "") -> None:
        if not topic:
            return
        answer = await multi_model_service.generate_response(
            prompt=f"Explain '{topic}' to a Twitch chat audience.",
            task_type="explain",
            complexity=TaskComplexity.STANDARD,
            system=CHAT_LIMIT_HINT,
            channel=ctx.channel.name,
        )
        await ctx.reply(clean_for_chat(answer))

    @commands.command(name="askwith")
    async def ask_with(self, ctx: commands.Context, provider_name: str, *, question: str = "") -> None:
        """!askwith mistral what is ... — mostly for us to compare providers."""
        if not ctx.author.is_mod or provider_name not in self.bot.llm:
            return
        result = await self.bot.llm.get(provider_name).complete(
            [{"role": "user", "content": question}], system=CHAT_LIMIT_HINT
        )
        await ctx.reply(f"[{result.provider}/{result.model} {result.latency_ms}ms] {clean_for_chat(result.text, 400)}")


def prepare(bot: commands.Bot) -> None:
    bot.add_cog(AskCog(bot))
