#!/usr/bin/env python
"""Replay anonymised conversations through the current assistant (regression check).

Builds the real injector but swaps the chat model via a Settings override.
Also submits the same set to the OpenAI Batch API for the cheaper nightly run.
"""
from __future__ import annotations

import argparse
import asyncio
import dataclasses
import io
import json

import openai

from supportbot.di import build_injector
from supportbot.services import ConversationService
from supportbot.services.multi_model_service import multi_model_service
from supportbot.settings import load_settings


async def replay(path: str, model: str) -> None:
    settings = dataclasses.replace(load_settings(), primary_chat_model=model)
    injector = build_injector(settings)
    multi_model_service.bind(injector)
    service = injector.get(ConversationService)
    with open(path) as fh:
        for line in fh:
            convo = json.loads(line)
            turn = await service.reply(convo["history"], convo["message"])
            print(json.dumps({"id": convo["id"], "reply": turn.reply, "handoff": turn.handoff}))


def submit_batch(path: str, model: str) -> str:
    client = build_injector().get(openai.OpenAI)
    lines = []
    with open(path) as fh:
        for line in fh:
            convo = json.loads(line)
            lines.append(
                json.dumps(
                    {
                        "custom_id": convo["id"],
                        "method": "POST",
                        "url": "/v1/chat/completions",
                        "body": {"model": model, "messages": convo["history"] + [{"role": "user", "content": convo["message"]}]},
                    }
                )
            )
    batch_file = client.files.create(file=io.BytesIO("\n".join(lines).encode()), purpose="batch")
    batch = client.batches.create(input_file_id=batch_file.id, endpoint="/v1/chat/completions", completion_window="24h")
    return batch.id


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--model", default="gpt-4o-mini")
    parser.add_argument("--batch", action="store_true")
    args = parser.parse_args()
    if args.batch:
        print(submit_batch(args.path, args.model))
    else:
        asyncio.run(replay(args.path, args.model))


if __name__ == "__main__":
    main()
