#!/usr/bin/env python
"""Regenerate suggested titles for documents whose title is empty or still the filename.

Run from a worker pod: python -m scripts.regen_titles --matter <uuid>
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import uuid

from app.clients.groq_client import groq_client
from app.config import get_settings
from app.db.repositories import DocumentRepository
from app.db.session import session_scope
from app.utils.text import truncate

log = logging.getLogger("regen_titles")

PROMPT = "Give a short descriptive title for this legal document. Title only."


def title_for(text: str) -> str:
    client = groq_client()
    completion = client.chat.completions.create(
        model=get_settings().groq_fast_model,
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": truncate(text, 6000)}],
        temperature=0.2,
        max_tokens=30,
    )
    return completion.choices[0].message.content.strip().strip('"')


async def run(matter_id: uuid.UUID, force: bool) -> None:
    async with session_scope() as session:
        repo = DocumentRepository(session)
        for doc in await repo.list_for_matter(matter_id):
            if not doc.text:
                continue
            if doc.suggested_title and doc.suggested_title != doc.filename and not force:
                continue
            title = await asyncio.to_thread(title_for, doc.text)
            log.info("%s -> %s", doc.filename, title)
            await repo.update(doc, suggested_title=title[:500])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    parser = argparse.ArgumentParser()
    parser.add_argument("--matter", type=uuid.UUID, required=True)
    parser.add_argument("--force", action="store_true")
    ns = parser.parse_args()
    asyncio.run(run(ns.matter, ns.force))
