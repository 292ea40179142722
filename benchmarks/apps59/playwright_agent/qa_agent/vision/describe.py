"""Describe screenshots: used for the HTML report and for visual-diff triage."""
from __future__ import annotations

import base64
import logging

import httpx
from google.genai import types
from ollama import chat

from qa_agent.config import get_settings
from qa_agent.llm import get_anthropic_client, get_genai_client

logger = logging.getLogger(__name__)

DESCRIBE_PROMPT = "Describe this web page screenshot for a QA report in 3 bullet points. Mention anything broken."


async def describe_with_gemini(png: bytes) -> str:
    client = get_genai_client()
    resp = await client.aio.models.generate_content(
        model=get_settings().critic_model,
        contents=[types.Part.from_bytes(data=png, mime_type="image/png"), DESCRIBE_PROMPT],
    )
    return resp.text or ""


def describe_with_claude(png: bytes) -> str:
    msg = get_anthropic_client().messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=300,
        messages=[
            {
                "role": "user",
                "content": [
                    {
                        "type": "image",
                        "source": {"type": "base64", "media_type": "image/png", "data": base64.b64encode(png).decode()},
                    },
                    {"type": "text", "text": DESCRIBE_PROMPT},
                ],
            }
        ],
    )
    return msg.content[0].text


def describe_locally(png: bytes) -> str:
    resp = chat(
        model=get_settings().local_model,
        messages=[{"role": "user", "content": DESCRIBE_PROMPT, "images": [png]}],
    )
    return resp.message.content


async def describe_via_ollama_http(png: bytes, host: str | None = None) -> str:
    """Bypasses the ollama package; some CI runners only have httpx installed."""
    host = host or get_settings().ollama_host
    async with httpx.AsyncClient(timeout=120) as http:
        r = await http.post(
            f"{host}/api/generate",
            json={
                "model": get_settings().local_model,
                "prompt": DESCRIBE_PROMPT,
                "images": [base64.b64encode(png).decode()],
                "stream": False,
            },
        )
        r.raise_for_status()
        return r.json()["response"]


async def describe(png: bytes) -> str:
    if get_settings().use_local_models:
        return describe_locally(png)
    try:
        return await describe_with_gemini(png)
    except Exception:
        logger.warning("gemini describe failed, trying claude", exc_info=True)
        return describe_with_claude(png)
