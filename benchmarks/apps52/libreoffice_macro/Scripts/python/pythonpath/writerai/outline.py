"""Outline generator: drafts section headings and per-section bullet points concurrently."""
import asyncio
import json
import logging

from groq import AsyncGroq

from writerai.config import load_settings

log = logging.getLogger("writerai.outline")

OUTLINE_MODEL = "llama-3.3-70b-versatile"


class OutlineBuilder:
    def __init__(self, api_key=None, model=OUTLINE_MODEL):
        self.client = AsyncGroq(api_key=api_key or load_settings().groq_api_key)
        self.model = model

    async def headings(self, topic, n=6):
        resp = await self.client.chat.completions.create(
            model=self.model,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": 'Reply as JSON: {"headings": [..]}'},
                {"role": "user", "content": f"Give {n} section headings for a document about: {topic}"},
            ],
        )
        return json.loads(resp.choices[0].message.content).get("headings", [])

    async def bullets(self, topic, heading):
        resp = await self.client.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": f"Topic: {topic}\nSection: {heading}\n3 bullet points:"}],
            max_tokens=200,
        )
        return resp.choices[0].message.content

    async def build(self, topic):
        heads = await self.headings(topic)
        bodies = await asyncio.gather(*(self.bullets(topic, h) for h in heads))
        return list(zip(heads, bodies))


def build_outline(topic):
    return asyncio.run(OutlineBuilder().build(topic))


def outline_to_text(outline):
    lines = []
    for heading, body in outline:
        lines.append(heading)
        lines.append(body.strip())
        lines.append("")
    return "\n".join(lines)
