"""Section writers. Clients are passed in; nothing here builds one."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Iterator

from google.genai import types as genai_types

from .prompts import EXEC_SUMMARY, SCOPE, SYSTEM_WRITER, TIMELINE, fill

if TYPE_CHECKING:
    from anthropic import Anthropic
    from google import genai
    from openai import OpenAI

log = logging.getLogger(__name__)


def write_executive_summary(client: "OpenAI", brief: str, context: str, tone: str = "confident",
                            model: str = "gpt-4.1") -> str:
    prompt = fill(EXEC_SUMMARY, context=context, brief=brief, tone=tone)
    completion = client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": SYSTEM_WRITER},
            {"role": "user", "content": prompt},
        ],
        temperature=0.6,
        max_tokens=600,
    )
    text = completion.choices[0].message.content or ""
    log.debug("exec summary: %d chars, %s tokens", len(text), completion.usage.total_tokens)
    return text.strip()


def write_scope(client: "Anthropic", brief: str, context: str,
                model: str = "claude-sonnet-4-20250514") -> str:
    msg = client.messages.create(
        model=model,
        max_tokens=1500,
        system=SYSTEM_WRITER,
        messages=[{"role": "user", "content": fill(SCOPE, context=context, brief=brief)}],
    )
    return "".join(b.text for b in msg.content if b.type == "text").strip()


def stream_scope(client: "Anthropic", brief: str, context: str,
                 model: str = "claude-sonnet-4-20250514") -> Iterator[str]:
    """Yields text deltas; used by the SSE route."""
    with client.messages.stream(
        model=model,
        max_tokens=1500,
        system=SYSTEM_WRITER,
        messages=[{"role": "user", "content": fill(SCOPE, context=context, brief=brief)}],
    ) as stream:
        for text in stream.text_stream:
            yield text


def write_timeline(gclient: "genai.Client", brief: str, constraints: str = "",
                   model: str = "gemini-2.5-flash") -> str:
    resp = gclient.models.generate_content(
        model=model,
        contents=fill(TIMELINE, brief=brief, constraints=constraints or "none stated"),
        config=genai_types.GenerateContentConfig(
            system_instruction=SYSTEM_WRITER,
            temperature=0.4,
            max_output_tokens=1200,
        ),
    )
    return (resp.text or "").strip()


def split_sections(body: str) -> list[tuple[str, str]]:
    """Parse '## Heading' blocks back out of a stored body."""
    out: list[tuple[str, str]] = []
    heading, buf = "Introduction", []
    for line in body.splitlines():
        if line.startswith("## "):
            if buf:
                out.append((heading, "\n".join(buf).strip()))
            heading, buf = line[3:].strip(), []
        else:
            buf.append(line)
    if buf and any(x.strip() for x in buf):
        out.append((heading, "\n".join(buf).strip()))
    return out
