from __future__ import annotations

import asyncio
import logging
import random
from typing import TYPE_CHECKING, Dict, List, Optional

import discord
from discord import app_commands
from discord.ext import commands
from pydantic import BaseModel, Field

from bot.ai import prompts
from bot.ai.clients import get_ollama, get_openai
from bot.config import settings
from bot.services.multi_model_service import TaskComplexity, multi_model_service

if TYPE_CHECKING:
    from bot.main import LumenBot

log = logging.getLogger(__name__)

ROUND_SECONDS = 25
POINTS = {0: 3, 1: 2, 2: 1}  # by answer order
LETTERS = "ABCD"


class TriviaQuestion(BaseModel):
    question: str
    options: List[str] = Field(min_length=4, max_length=4)
    correct_index: int = Field(ge=0, le=3)
    fun_fact: str


class AnswerView(discord.ui.View):
    def __init__(self, question: TriviaQuestion) -> None:
        super().__init__(timeout=ROUND_SECONDS)
        self.question = question
        self.answers: Dict[int, int] = {}
        self.order: List[int] = []
        for i, opt in enumerate(question.options):
            button = discord.ui.Button(label=f"{LETTERS[i]}. {opt[:70]}", custom_id=f"trivia:{i}",
                                       style=discord.ButtonStyle.secondary, row=i // 2)
            button.callback = self._make_callback(i)
            self.add_item(button)

    def _make_callback(self, index: int):
        async def callback(interaction: discord.Interaction) -> None:
            if interaction.user.id in self.answers:
                await interaction.response.send_message("You already answered!", ephemeral=True)
                return
            self.answers[interaction.user.id] = index
            self.order.append(interaction.user.id)
            await interaction.response.send_message(f"Locked in **{LETTERS[index]}**.", ephemeral=True)
        return callback


class Trivia(commands.Cog):
    def __init__(self, bot: "LumenBot") -> None:
        self.bot = bot
        self._ollama = get_ollama()
        self._running: Dict[int, asyncio.Task] = {}

    async def _question(self, topic: str, difficulty: str) -> TriviaQuestion:
        response = await get_openai().responses.parse(
            model=settings.models.chat,
            instructions=prompts.TRIVIA_SYSTEM,
            input=f"Topic: {topic}\nDifficulty: {difficulty}\nAvoid questions that were popular on quiz sites.",
            text_format=TriviaQuestion,
            temperature=1.0,
        )
        q = response.output_parsed
        if q is None:
            raise ValueError("model returned no question")
        # shuffle so the answer isn't always A
        correct = q.options[q.correct_index]
        random.shuffle(q.options)
        q.correct_index = q.options.index(correct)
        return q

    async def _hint(self, q: TriviaQuestion) -> Optional[str]:
        try:
            result = await self._ollama.generate(
                model=settings.models.local_chat,
                prompt=(
                    "Give a one-sentence hint for this trivia question without revealing the answer.\n"
                    f"Question: {q.question}\nAnswer: {q.options[q.correct_index]}"
                ),
                options={"temperature": 0.6, "num_predict": 60},
            )
        except Exception as exc:
            log.info("no hint (ollama unavailable): %r", exc)
            return None
        return result.response.strip()

    @app_commands.command(name="trivia", description="Start a trivia round")
    @app_commands.choices(difficulty=[app_commands.Choice(name=d, value=d) for d in ("easy", "medium", "hard")])
    async def trivia(self, interaction: discord.Interaction, topic: str = "general knowledge",
                     difficulty: str = "medium", rounds: app_commands.Range[int, 1, 10] = 3) -> None:
        if interaction.channel_id in self._running:
            await interaction.response.send_message("A game is already running here!", ephemeral=True)
            return
        await interaction.response.send_message(f"🎲 **Trivia!** {rounds} rounds of *{topic}* ({difficulty}).")
        task = asyncio.create_task(self._game(interaction, topic, difficulty, rounds))
        self._running[interaction.channel_id] = task
        task.add_done_callback(lambda _: self._running.pop(interaction.channel_id, None))

    async def _game(self, interaction: discord.Interaction, topic: str, difficulty: str, rounds: int) -> None:
        channel = interaction.channel
        for n in range(1, rounds + 1):
            try:
                q = await self._question(topic, difficulty)
            except Exception:
                log.exception("trivia question generation failed")
                await channel.send("I couldn't come up with a question, ending the game early.")
                return
            view = AnswerView(q)
            await channel.send(f"**Round {n}/{rounds}:** {q.question}", view=view)
            await asyncio.sleep(ROUND_SECONDS / 2)
            hint = await self._hint(q)
            if hint:
                await channel.send(f"💡 Hint: {hint}")
            await view.wait()

            winners = [uid for uid in view.order if view.answers[uid] == q.correct_index]
            for place, uid in enumerate(winners):
                await self.bot.store.trivia.record_completion(interaction.guild_id, uid, POINTS.get(place, 1))
            names = ", ".join(f"<@{uid}>" for uid in winners) or "nobody"
            await channel.send(
                f"✅ Answer: **{LETTERS[q.correct_index]}. {q.options[q.correct_index]}**, got it: {names}\n"
                f"*{q.fun_fact}*",
                allowed_mentions=discord.AllowedMentions.none(),
            )

    @app_commands.command(name="trivia-why", description="Explain the answer to a trivia question")
    async def trivia_why(self, interaction: discord.Interaction, question: str) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        text = await multi_model_service.generate_response(
            prompt=f"Explain briefly (3 sentences) the answer to this trivia question: {question}",
            task_type="trivia_explain",
            complexity=TaskComplexity.SIMPLE,
            guild_id=interaction.guild_id,
        )
        await interaction.followup.send(text[:2000], ephemeral=True)

    @app_commands.command(name="leaderboard", description="Trivia leaderboard for this server")
    async def leaderboard(self, interaction: discord.Interaction) -> None:
        rows = await self.bot.store.trivia.leaderboard(interaction.guild_id)
        if not rows:
            await interaction.response.send_message("No games played yet!")
            return
        lines = [f"**{i}.** <@{r['user_id']}> — {r['points']} pts ({r['rounds']} rounds)"
                 for i, r in enumerate(rows, 1)]
        await interaction.response.send_message(
            "\n".join(lines), allowed_mentions=discord.AllowedMentions.none()
        )


async def setup(bot: "LumenBot") -> None:
    await bot.add_cog(Trivia(bot))
