"""Nightly digest: one paragraph per topic over yesterday's documents.

TODO(anna): move the prompt building into SummaryService once the bedrock
migration lands; for now this talks to the clients directly.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
from collections import defaultdict

from mistralai import Mistral
from slack_sdk.web.async_client import AsyncWebClient

from app.config import Settings
from app.ioc import BedrockRuntime, build_container
from app.repositories.documents import DocumentRepository

logger = logging.getLogger("docqa.digest")


async def _digest_with_mistral(client: Mistral, model: str, topic: str, snippets: list[str]) -> str:
    joined = "\n---\n".join(snippets)
    parts: list[str] = []
    stream = await client.chat.stream_async(
        model=model,
        messages=[
            {"role": "system", "content": "You write crisp internal newsletters."},
            {"role": "user", "content": f"Topic: {topic}\nWrite one paragraph digest of:\n{joined}"},
        ],
    )
    async for event in stream:
        delta = event.data.choices[0].delta.content
        if delta:
            parts.append(delta)
    return "".join(parts)


def _digest_with_bedrock(runtime, model_id: str, topic: str, snippets: list[str]) -> str:
    body = {
        "anthropic_version": "bedrock-2023-05-31",
        "max_tokens": 600,
        "messages": [
            {"role": "user", "content": f"Topic: {topic}\nOne paragraph digest of:\n" + "\n---\n".join(snippets)}
        ],
    }
    resp = runtime.invoke_model(modelId=model_id, body=json.dumps(body))
    payload = json.loads(resp["body"].read())
    return payload["content"][0]["text"]


async def run_digest(limit: int = 200) -> dict[str, str]:
    container = build_container()
    try:
        settings = await container.get(Settings)
        mistral = await container.get(Mistral)
        runtime = await container.get(BedrockRuntime)
        async with container() as req:
            docs = await req.get(DocumentRepository)
            recent = await docs.pending_embedding(limit=limit)  # FIXME: wrong query, needs created_at filter
        by_topic: dict[str, list[str]] = defaultdict(list)
        for d in recent:
            for t in d.topics or ["other"]:
                by_topic[t].append(d.text[:800])
        out: dict[str, str] = {}
        for topic, snippets in by_topic.items():
            if settings.summary_backend == "bedrock":
                out[topic] = await asyncio.to_thread(
                    _digest_with_bedrock, runtime, settings.bedrock_model_id, topic, snippets
                )
            else:
                out[topic] = await _digest_with_mistral(mistral, settings.mistral_model, topic, snippets)
        return out
    finally:
        await container.close()


async def post_to_slack(digests: dict[str, str], channel: str = "#docqa-digest") -> None:
    token = os.environ.get("SLACK_BOT_TOKEN")
    if not token:
        logger.info("no SLACK_BOT_TOKEN, printing digest instead")
        print(json.dumps(digests, indent=2))
        return
    slack = AsyncWebClient(token=token)
    blocks = []
    for topic, text in sorted(digests.items()):
        blocks.append({"type": "header", "text": {"type": "plain_text", "text": topic.title()}})
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": text[:2900]}})
    await slack.chat_postMessage(channel=channel, text="Daily document digest", blocks=blocks)


async def main() -> None:
    digests = await run_digest()
    await post_to_slack(digests)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
