"""General-purpose tools available to every agent."""
from __future__ import annotations

import base64
import logging
import re
import uuid
from typing import Any, Dict, Optional

import httpx
import requests
from google.genai import types
from groq import Groq

from agentd.container import container
from agentd.tools.registry import tool

log = logging.getLogger(__name__)

_TAG_RE = re.compile(r"<[^>]+>")
_groq: Optional[Groq] = None


def _groq_client() -> Groq:
    global _groq
    if _groq is None:
        _groq = Groq(api_key=container.settings.groq_api_key.get_secret_value(), max_retries=1, timeout=15.0)
    return _groq


@tool(
    "fetch_url",
    description="Download a web page and return its visible text (truncated).",
    parameters={
        "type": "object",
        "properties": {
            "url": {"type": "string", "format": "uri"},
            "max_chars": {"type": "integer", "default": 8000},
        },
        "required": ["url"],
    },
    tags=("web",),
)
def fetch_url(url: str, max_chars: int = 8000) -> str:
    resp = requests.get(url, timeout=10, headers={"User-Agent": "agentd-fetch/1.0"})
    resp.raise_for_status()
    text = _TAG_RE.sub(" ", resp.text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[:max_chars]


@tool(
    "translate",
    description="Translate text into the target language. Fast and cheap; use for short passages.",
    parameters={
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "target_language": {"type": "string", "description": "ISO 639-1 code or language name"},
        },
        "required": ["text", "target_language"],
    },
)
def translate(text: str, target_language: str) -> str:
    completion = _groq_client().chat.completions.create(
        model=container.settings.groq_fast_model,
        messages=[
            {
                "role": "system",
                "content": f"Translate the user's text into {target_language}. Reply with the translation only.",
            },
            {"role": "user", "content": text},
        ],
        temperature=0,
        max_tokens=2048,
    )
    return (completion.choices[0].message.content or "").strip()


@tool(
    "describe_image",
    description="Answer a question about an image at a URL.",
    parameters={
        "type": "object",
        "properties": {
            "image_url": {"type": "string", "format": "uri"},
            "question": {"type": "string", "default": "Describe this image."},
        },
        "required": ["image_url"],
    },
    tags=("vision",),
)
async def describe_image(image_url: str, question: str = "Describe this image.") -> str:
    async with httpx.AsyncClient(timeout=20.0, follow_redirects=True) as http:
        img = await http.get(image_url)
        img.raise_for_status()
    mime = img.headers.get("content-type", "image/png").split(";")[0]
    resp = await container.genai.aio.models.generate_content(
        model=container.settings.gemini_model,
        contents=[types.Part.from_bytes(data=img.content, mime_type=mime), question],
        config=types.GenerateContentConfig(max_output_tokens=512, temperature=0.2),
    )
    return resp.text or ""


@tool(
    "render_diagram",
    description="Generate an illustrative image from a prompt and return a link to it.",
    parameters={
        "type": "object",
        "properties": {
            "prompt": {"type": "string"},
            "size": {"type": "string", "enum": ["1024x1024", "1536x1024", "1024x1536"], "default": "1024x1024"},
        },
        "required": ["prompt"],
    },
    tags=("image",),
)
def render_diagram(prompt: str, size: str = "1024x1024") -> Dict[str, Any]:
    result = container.openai_client.images.generate(model="gpt-image-1", prompt=prompt, size=size, n=1)
    png = base64.b64decode(result.data[0].b64_json)
    key = f"diagrams/{uuid.uuid4().hex}.png"
    url = container.storage.put_artifact(key, png, content_type="image/png")
    return {"url": url, "bytes": len(png)}


@tool(
    "calculator",
    description="Evaluate a basic arithmetic expression.",
    parameters={
        "type": "object",
        "properties": {"expression": {"type": "string"}},
        "required": ["expression"],
    },
)
def calculator(expression: str) -> str:
    if not re.fullmatch(r"[\d\s\.\+\-\*/\(\)%]+", expression):
        raise ValueError("only arithmetic expressions are allowed")
    return str(eval(expression, {"__builtins__": {}}, {}))  # noqa: S307 - input is whitelisted above
