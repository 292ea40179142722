"""Old Gemini helper from the image-caption prototype."""
from __future__ import annotations

import os
from typing import Iterator

from google import genai
from google.genai import types

from agent_workers.services.llm_usage_tracker import llm_tracker


def _client() -> genai.Client:
    return genai.Client(api_key=os.environ["GEMINI_API_KEY"])


def caption(image_bytes: bytes, mime: str = "image/png") -> str:
    client = _client()
    resp = client.models.generate_content(
        model="gemini-2.0-flash",
        contents=[types.Part.from_bytes(data=image_bytes, mime_type=mime), "Caption this image in one sentence."],
    )
    return resp.text


def stream_story(prompt: str) -> Iterator[str]:
    client = _client()
    for chunk in client.models.generate_content_stream(model="gemini-2.0-flash", contents=prompt):
        if chunk.text:
            yield chunk.text


def upload_reference(path: str):
    """Upload a file for later prompts; storage only, no generation."""
    return _client().files.upload(file=path)


async def tracked_caption(image_bytes: bytes, tenant: str | None = None) -> str:
    client = _client()
    async with llm_tracker.track_llm_call(
        provider="google", model="gemini-2.0-flash", feature_context="legacy.caption", tenant=tenant
    ) as usage_log:
        resp = await client.aio.models.generate_content(
            model="gemini-2.0-flash",
            contents=[types.Part.from_bytes(data=image_bytes, mime_type="image/png"), "Caption this image."],
        )
        usage_log.input_tokens = resp.usage_metadata.prompt_token_count or 0
        usage_log.output_tokens = resp.usage_metadata.candidates_token_count or 0
    return resp.text
