"""Chat endpoints written before the team routed LLM calls through the tracked service."""
import litellm
import openai
from litellm import completion
from openai import AsyncOpenAI

client = AsyncOpenAI()


def answer(question: str) -> str:
    response = litellm.completion(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
    )
    return response.choices[0].message.content


def answer_legacy(question: str) -> str:
    response = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": question}],
    )
    return response.choices[0].message.content


async def stream_answer(question: str):
    stream = await client.chat.completions.create(
        model="gpt-4o", messages=[{"role": "user", "content": question}], stream=True,
    )
    async for chunk in stream:
        yield chunk.choices[0].delta.content or ""


def classify(text: str) -> str:
    result = completion(model="claude-3-haiku", messages=[{"role": "user", "content": text}])
    return result.choices[0].message.content
