"""/trivia: multiple-choice questions with buttons; scores kept in Redis.

Community contribution (PR #212). Uses the sync Together client in a worker
thread -- it predates shared/clients.py and nobody has ported it yet.
"""
from __future__ import annotations

import asyncio
import json
import logging
import random
from typing import Dict, List, Optional

import discord
from discord import app_commands
from discord.ext import commands
from together import Together

from shared.config import DEFAULT_TOGETHER_MODEL, get_settings

log = logging.getLogger(__name__)

TOPICS = ("python", "linux", "open source history", "networking", "retro games", "space")

QUESTION_PROMPT = """Write one {difficulty} multiple-choice trivia question about {topic}.
Respond with JSON: {{"question": str, "choices": [4 strings], "answer_index": int, "fun_fact": str}}"""


class AnswerView(discord.ui.View):
    def __init__(self, cog: "TriviaCog", question: Dict, timeout: float = 30.0):
        super().__init__(timeout=timeout)
        self.cog = cog
        self.question = question
        self.answered: set = set()
        for idx, choice in enumerate(question["choices"]):
            button = discord.ui.Button(label=choice[:80], style=discord.ButtonStyle.secondary, custom_id=f"trivia:{idx}")
            button.callback = self._make_callback(idx)
            self.add_item(button)

    def _make_callback(self, idx: int):
        async def callback(interaction: discord.Interaction):
            if interaction.user.id in self.answered:
                await interaction.response.send_message("You already answered!", ephemeral=True)
                return
            self.answered.add(interaction.user.id)
            correct = idx == self.question["answer_index"]
            if correct:
                await self.cog.bot.store.redis.zincrby(f"trivia:{interaction.guild_id}", 1, str(interaction.user.id))
            await interaction.response.send_message("Correct! 🎉" if correct else "Nope 😅", ephemeral=True)

        return callback


class TriviaCog(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self._client = Together(api_key=get_settings().together_api_key)

    async def _generate(self, topic: str, difficulty: str) -> Optional[Dict]:
        resp = await asyncio.to_thread(
            self._client.chat.completions.create,
            model=DEFAULT_TOGETHER_MODEL,
            messages=[{"role": "user", "content": QUESTION_PROMPT.format(topic=topic, difficulty=difficulty)}],
            response_format={"type": "json_object"},
            temperature=0.9,
            max_tokens=400,
        )
        try:
            data = json.loads(resp.choices[0].message.content)
        except (TypeError, ValueError):
            log.warning("trivia: model returned invalid JSON")
            return None
        if len(data.get("choices", [])) != 4 or not 0 <= int(data.get("answer_index", -1)) < 4:
            return None
        return data

    @app_commands.command(name="trivia", description="Start a trivia question")
    @app_commands.choices(difficulty=[app_commands.Choice(name=d, value=d) for d in ("easy", "medium", "hard")])
    async def trivia(self, interaction: discord.Interaction, topic: Optional[str] = None, difficulty: str = "medium"):
        await interaction.response.defer()
        topic = topic or random.choice(TOPICS)
        question = None
        for _ in range(2):
            question = await self._generate(topic, difficulty)
            if question:
                break
        if not question:
            await interaction.followup.send("Couldn't come up with a question, try again.")
            return
        view = AnswerView(self, question)
        await interaction.followup.send(f"**Trivia ({topic}, {difficulty})**\n{question['question']}", view=view)
        await asyncio.sleep(30)
        answer = question["choices"][question["answer_index"]]
        await interaction.followup.send(f"Answer: **{answer}**. {question.get('fun_fact', '')}")

    @app_commands.command(name="trivia-top", description="Trivia leaderboard")
    async def leaderboard(self, interaction: discord.Interaction):
        rows: List = await self.bot.store.redis.zrevrange(f"trivia:{interaction.guild_id}", 0, 9, withscores=True)
        if not rows:
            await interaction.response.send_message("Nobody has scored yet.")
            return
        lines = [f"{i + 1}. <@{uid}> — {int(score)}" for i, (uid, score) in enumerate(rows)]
        await interaction.response.send_message("\n".join(lines), allowed_mentions=discord.AllowedMentions.none())


async def setup(bot):
    await bot.add_cog(TriviaCog(bot))
