"""Side-by-side model comparison ("arena").

Each model answers every prompt; a judge picks a winner per pair and we compute
win rates and a simple Elo.
"""
from __future__ import annotations

import asyncio
import itertools
import random
from collections import defaultdict
from dataclasses import dataclass, field

from toolkit.evals.graders import parse_judgement
from toolkit.providers import registry

PAIRWISE_PROMPT = """Which answer is better for the question? Reply with JSON
{{"score": 1 if A is better, 2 if B is better, 0 for a tie, "reason": "..."}}.

Question: {question}

Answer A:
{a}

Answer B:
{b}"""


@dataclass
class ArenaResult:
    answers: dict[str, dict[str, str]] = field(default_factory=dict)
    wins: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    games: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    elo: dict[str, float] = field(default_factory=dict)


def _elo_update(ra: float, rb: float, outcome: float, k: float = 24.0) -> tuple[float, float]:
    expected_a = 1 / (1 + 10 ** ((rb - ra) / 400))
    return ra + k * (outcome - expected_a), rb + k * ((1 - outcome) - (1 - expected_a))


class Arena:
    def __init__(self, ctx, models: list[str], judge_model: str = "gpt-4o", seed: int = 7):
        self.ctx = ctx
        self.models = models
        self.judge_model = judge_model
        self.rng = random.Random(seed)

    def collect(self, questions: list[str], max_tokens: int = 512) -> dict[str, dict[str, str]]:
        answers: dict[str, dict[str, str]] = {m: {} for m in self.models}
        for q in questions:
            for m in self.models:
                answers[m][q] = registry.chat(self.ctx, m, [{"role": "user", "content": q}], max_tokens=max_tokens)
        return answers

    def _judge(self, question: str, a: str, b: str) -> int:
        resp = self.ctx.openai.chat.completions.create(
            model=self.judge_model,
            temperature=0,
            messages=[{"role": "user", "content": PAIRWISE_PROMPT.format(question=question, a=a, b=b)}],
        )
        score, _ = parse_judgement(resp.choices[0].message.content)
        return score

    def run(self, questions: list[str]) -> ArenaResult:
        result = ArenaResult(answers=self.collect(questions))
        result.elo = {m: 1000.0 for m in self.models}
        for q in questions:
            for a, b in itertools.combinations(self.models, 2):
                # randomise position to reduce judge bias
                swap = self.rng.random() < 0.5
                first, second = (b, a) if swap else (a, b)
                verdict = self._judge(q, result.answers[first][q], result.answers[second][q])
                outcome = {1: 1.0, 2: 0.0}.get(verdict, 0.5)
                if swap:
                    outcome = 1.0 - outcome
                result.games[a] += 1
                result.games[b] += 1
                if outcome == 1.0:
                    result.wins[a] += 1
                elif outcome == 0.0:
                    result.wins[b] += 1
                result.elo[a], result.elo[b] = _elo_update(result.elo[a], result.elo[b], outcome)
        return result


async def stream_side_by_side(ctx, prompt: str, openai_model: str, claude_model: str, on_token) -> dict[str, str]:
    """Used by `mltk compare live`: streams two models concurrently to the terminal."""

    async def _openai() -> str:
        chunks = []
        stream = await ctx.aopenai.chat.completions.create(
            model=openai_model,
            messages=[{"role": "user", "content": prompt}],
            stream=True,
        )
        async for chunk in stream:
            delta = chunk.choices[0].delta.content if chunk.choices else None
            if delta:
                chunks.append(delta)
                on_token("openai", delta)
        return "".join(chunks)

    async def _claude() -> str:
        chunks = []
        async with ctx.aanthropic.messages.stream(
            model=claude_model,
            max_tokens=1024,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            async for text in stream.text_stream:
                chunks.append(text)
                on_token("anthropic", text)
        return "".join(chunks)

    a, b = await asyncio.gather(_openai(), _claude())
    return {openai_model: a, claude_model: b}


async def together_fanout(ctx, prompt: str, models: list[str]) -> dict[str, str]:
    """Ask several Together-hosted models at once (sync SDK pushed to threads)."""
    client = ctx.together

    async def _ask(model_id: str) -> str:
        resp = await asyncio.to_thread(
            client.chat.completions.create,
            model=model_id,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=512,
        )
        return resp.choices[0].message.content

    outputs = await asyncio.gather(*(_ask(m) for m in models))
    return dict(zip(models, outputs))
