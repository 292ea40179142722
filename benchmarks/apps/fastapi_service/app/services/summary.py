"""Ticket and conversation summaries."""
import json

from app.core import clients
from app.core.clients import bedrock, claude
from app.core.config import settings
from app.core.llm import get_llm

SUMMARY_PROMPT = "Summarise this support conversation in three bullet points:\n\n{text}"


async def summarize_ticket(text: str) -> str:
    msg = await claude.messages.create(
        model=settings.default_model,
        max_tokens=512,
        messages=[{"role": "user", "content": SUMMARY_PROMPT.format(text=text)}],
    )
    return msg.content[0].text


def summarize_with_bedrock(text: str) -> str:
    resp = bedrock.converse(
        modelId=settings.summary_model,
        messages=[{"role": "user", "content": [{"text": SUMMARY_PROMPT.format(text=text)}]}],
        inferenceConfig={"maxTokens": 512, "temperature": 0.2},
    )
    return resp["output"]["message"]["content"][0]["text"]


def summarize_raw(text: str) -> str:
    body = json.dumps({
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 512,
        "messages": [{"role": "user", "content": SUMMARY_PROMPT.format(text=text)}],
    })
    resp = bedrock.invoke_model(modelId=settings.summary_model, body=body)
    payload = json.loads(resp["body"].read())
    return payload["content"][0]["text"]


def headline(text: str) -> str:
    response = get_llm().completion(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"Write a 6-word headline for: {text}"}],
    )
    return response.choices[0].message.content


async def summarize_thread(messages: list[str]) -> str:
    joined = "\n".join(messages)
    msg = await clients.claude.messages.create(
        model=settings.default_model,
        max_tokens=1024,
        system="You summarise long email threads for support agents.",
        messages=[{"role": "user", "content": joined}],
    )
    return msg.content[0].text


async def stream_summary(text: str):
    async with clients.claude.messages.stream(
        model=settings.default_model,
        max_tokens=1024,
        messages=[{"role": "user", "content": SUMMARY_PROMPT.format(text=text)}],
    ) as stream:
        async for chunk in stream.text_stream:
            yield chunk


async def count_summary_tokens(text: str) -> int:
    counted = await claude.messages.count_tokens(
        model=settings.default_model,
        messages=[{"role": "user", "content": SUMMARY_PROMPT.format(text=text)}],
    )
    return counted.input_tokens
