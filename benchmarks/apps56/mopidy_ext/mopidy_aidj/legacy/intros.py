"""Show intros for the top of the hour. Half-migrated: the async path uses
the tracked service, the sync path still talks to the SDKs directly."""

import asyncio
import datetime
import logging

import anthropic
from together import Together

from ..services.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

INTRO = "It's {time}. Write a two-sentence top-of-the-hour intro for a {mood} radio show."


def hourly_intro_sync(api_key, mood, model="claude-3-5-haiku-latest"):
    client = anthropic.Anthropic(api_key=api_key)
    now = datetime.datetime.now().strftime("%H:%M")
    msg = client.messages.create(
        model=model,
        max_tokens=120,
        messages=[{"role": "user", "content": INTRO.format(time=now, mood=mood)}],
    )
    return msg.content[0].text


def hourly_intro_together(api_key, mood, model="meta-llama/Llama-3.3-70B-Instruct-Turbo"):
    tg = Together(api_key=api_key)
    now = datetime.datetime.now().strftime("%H:%M")
    out = tg.completions.create(
        model=model,
        prompt=INTRO.format(time=now, mood=mood) + "\nIntro:",
        max_tokens=120,
        stop=["\n\n"],
    )
    return out.choices[0].text.strip()


async def hourly_intro(mood):
    now = datetime.datetime.now().strftime("%H:%M")
    return await multi_model_service.generate_response(
        prompt=INTRO.format(time=now, mood=mood),
        task_type="hourly_intro",
        complexity=TaskComplexity.SIMPLE,
    )


def hourly_intro_blocking(mood):
    return asyncio.run(hourly_intro(mood))
