"""Async wrappers around the legacy (sync) outline generator."""

from __future__ import annotations

import asyncio

from workers.broker import broker
from workers.legacy import draft_course_description, generate_outline, suggest_prerequisites


@broker.task(task_name="content.outlines.build_course_outline", timeout=300)
async def build_course_outline(course_title: str, audience: str, weeks: int = 6) -> dict:
    outline = await asyncio.to_thread(generate_outline, course_title, audience, weeks)
    prereqs, description = await asyncio.gather(
        asyncio.to_thread(suggest_prerequisites, course_title, outline),
        asyncio.to_thread(draft_course_description, course_title, outline),
    )
    return {"outline": outline, "prerequisites": prereqs, "description": description}
