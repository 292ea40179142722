"""Pre-cliff helpers kept importable for cron jobs and release.sh. Do not extend.

TODO(mk): port the review-nightly cron to `llmctl review diff` and delete
review_patch/embed_patch.
"""
import asyncio
import os
import sys

import anthropic
import httpx
import openai
from openai import OpenAI

openai.api_key = os.getenv("OPENAI_API_KEY")

PROMPT = """You are a code reviewer. Review this patch and list problems:

{patch}
"""


def review_patch(patch, model="gpt-4o"):
    response = openai.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": PROMPT.format(patch=patch)}],
        temperature=0,
    )
    return response.choices[0].message.content


def embed_patch(patch):
    return openai.embeddings.create(model="text-embedding-ada-002", input=patch).data[0].embedding


# Legacy release-notes summariser (used by release.sh).


_claude = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))
_deepseek = OpenAI(
    api_key=os.environ.get("DEEPSEEK_API_KEY"),
    base_url="https://api.deepseek.com/v1",
)

MODEL = "claude-3-haiku-20240307"


def summarize_commits(commits):
    text = "\n".join("- " + c for c in commits)
    msg = _claude.messages.create(
        model=MODEL,
        max_tokens=800,
        messages=[{"role": "user", "content": "Write release notes for:\n" + text}],
    )
    return msg.content[0].text


def summarize_commits_cheap(commits):
    text = "\n".join("- " + c for c in commits)
    r = _deepseek.chat.completions.create(
        model="deepseek-chat",
        messages=[{"role": "user", "content": "Write release notes for:\n" + text}],
    )
    return r.choices[0].message.content


# Async Perplexity fan-out from the old research notebook. Still used by
# scripts/research_digest.py.


PPLX_URL = "https://api.perplexity.ai/chat/completions"


async def _ask(session: httpx.AsyncClient, q: str, model: str) -> str:
    resp = await session.post(
        PPLX_URL,
        json={"model": model, "messages": [{"role": "user", "content": q}]},
        headers={"Authorization": "Bearer " + os.environ["PPLX_API_KEY"]},
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["message"]["content"]


async def ask_many(questions, model="sonar"):
    async with httpx.AsyncClient(timeout=60) as session:
        return await asyncio.gather(*(_ask(session, q, model) for q in questions))


if __name__ == "__main__":
    print(review_patch(sys.stdin.read()))
