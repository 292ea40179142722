"""ops-gpt: the Slack slash-command backend before opsbot existed.

Partially ported to openai>=1 (module-level client) by @dana in 2024.
"""
import asyncio
import os

import openai
from openai import AsyncOpenAI

SYSTEM = "You are ops-gpt. Answer briefly. If unsure, say so."


def answer(question, history=None):
    messages = [{"role": "system", "content": SYSTEM}] + (history or []) + [{"role": "user", "content": question}]
    resp = openai.chat.completions.create(model="gpt-4o-mini", messages=messages)
    return resp.choices[0].message.content


async def answer_streaming(question):
    client = AsyncOpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
    stream = await client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "system", "content": SYSTEM}, {"role": "user", "content": question}],
        stream=True,
    )
    parts = []
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
    return "".join(parts)


def upload_runbook(path):
    # used to build the assistant's file store; uploading is not a model call
    with open(path, "rb") as fh:
        return openai.files.create(file=fh, purpose="assistants")


if __name__ == "__main__":
    print(asyncio.run(answer_streaming(" ".join(os.sys.argv[1:]))))
