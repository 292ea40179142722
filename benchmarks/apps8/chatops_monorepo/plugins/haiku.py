"""/haiku — the most important feature we ship."""

import random

from botkit import command
from botkit.llm import models
from botkit.llm.clients import ollama_client

TOPICS = ["deploy fridays", "flaky tests", "the pager", "yaml", "merge conflicts", "coffee"]


@command("haiku", help="A haiku about whatever you like")
async def haiku(ctx):
    topic = ctx.text.strip() or random.choice(TOPICS)
    out = ollama_client().generate(
        model=models.LOCAL_CHAT,
        prompt=f"Write one haiku about {topic}. Output only the three lines.",
        options={"temperature": 0.9},
    )
    await ctx.reply(f"_{out.response.strip()}_")
