"""Runbook index: markdown files embedded with Titan, kept in opsdroid memory."""
import glob
import logging
import os
import re

from skills.common.bedrock import titan_embed
from skills.tickets.classifier import cosine

_LOGGER = logging.getLogger(__name__)

INDEX_KEY = "runbooks.index.v2"
_HEADING = re.compile(r"^#\s+(.+)$", re.M)


def _sections(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    title_match = _HEADING.search(text)
    title = title_match.group(1) if title_match else os.path.basename(path)
    for i, part in enumerate(re.split(r"\n(?=##\s)", text)):
        part = part.strip()
        if len(part) > 80:
            yield {"id": f"{path}#{i}", "title": title, "text": part[:3000]}


class RunbookIndex:
    def __init__(self, opsdroid, runtime, root):
        self.opsdroid = opsdroid
        self.runtime = runtime
        self.root = root
        self._entries = None

    async def load(self):
        if self._entries is None:
            self._entries = await self.opsdroid.memory.get(INDEX_KEY) or []
        return self._entries

    async def rebuild(self):
        entries = []
        for path in sorted(glob.glob(os.path.join(self.root, "**", "*.md"), recursive=True)):
            for section in _sections(path):
                section["vector"] = await titan_embed(self.runtime, section["text"])
                entries.append(section)
        await self.opsdroid.memory.put(INDEX_KEY, entries)
        self._entries = entries
        return len(entries)

    async def search(self, query, k=4):
        entries = await self.load()
        if not entries:
            return []
        qv = await titan_embed(self.runtime, query)
        ranked = sorted(entries, key=lambda e: -cosine(qv, e["vector"]))
        return ranked[:k]
