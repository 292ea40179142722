"""Changelog drafting: one bullet per commit, then de-duplication."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from openai import AsyncOpenAI

from gitai import git, prompts
from gitai.llm import get_async_openai_client, get_openai_client
from gitai.services.llm_usage_tracker import llm_tracker

log = logging.getLogger(__name__)

ENTRY_MODEL = "gpt-4o-mini"
SKIP_PREFIXES = ("Merge ", "Revert \"", "chore(deps)")


@dataclass
class Entry:
    commit: git.Commit
    text: str


class ChangelogGenerator:
    """Not an LLM client: `.generate()` is the public entry point of this class."""

    def __init__(self, client: AsyncOpenAI | None = None, concurrency: int = 6, tracked: bool = True):
        self.client = client or get_async_openai_client()
        self.sem = asyncio.Semaphore(concurrency)
        self.tracked = tracked

    async def _entry_tracked(self, commit: git.Commit) -> Entry:
        async with self.sem:
            async with llm_tracker.track_llm_call(
                provider="openai", model=ENTRY_MODEL, feature_context="changelog_entry"
            ) as usage_log:
                resp = await self.client.chat.completions.create(
                    model=ENTRY_MODEL,
                    messages=[
                        {"role": "system", "content": prompts.CHANGELOG_ENTRY_SYSTEM},
                        {"role": "user", "content": f"{commit.subject}\n\n{commit.body}"},
                    ],
                    max_tokens=80,
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
        return Entry(commit, (resp.choices[0].message.content or commit.subject).strip())

    async def _entry_untracked(self, commit: git.Commit) -> Entry:
        async with self.sem:
            resp = await self.client.chat.completions.create(
                model=ENTRY_MODEL,
                messages=[
                    {"role": "system", "content": prompts.CHANGELOG_ENTRY_SYSTEM},
                    {"role": "user", "content": f"{commit.subject}\n\n{commit.body}"},
                ],
                max_tokens=80,
            )
        return Entry(commit, (resp.choices[0].message.content or commit.subject).strip())

    async def _entries(self, commits: list[git.Commit]) -> list[Entry]:
        worker = self._entry_tracked if self.tracked else self._entry_untracked
        return await asyncio.gather(*(worker(c) for c in commits))

    async def _dedupe(self, entries: list[Entry], threshold: float = 0.93) -> list[Entry]:
        from gitai.llm.embeddings import cosine

        sync_client = get_openai_client()
        resp = await asyncio.to_thread(
            sync_client.embeddings.create,
            model="text-embedding-3-small",
            input=[e.text for e in entries],
        )
        vectors = [d.embedding for d in resp.data]
        kept: list[int] = []
        for i, vec in enumerate(vectors):
            if all(cosine(vec, vectors[j]) < threshold for j in kept):
                kept.append(i)
        return [entries[i] for i in kept]

    async def generate(self, base: str, head: str = "HEAD") -> str:
        commits = [c for c in git.log_between(base, head) if not c.subject.startswith(SKIP_PREFIXES)]
        if not commits:
            return ""
        entries = await self._entries(commits)
        if len(entries) > 3:
            entries = await self._dedupe(entries)
        return "\n".join(f"- {e.text} ({e.commit.short})" for e in entries)


def draft_changelog(base: str, head: str = "HEAD", tracked: bool = True) -> str:
    return asyncio.run(ChangelogGenerator(tracked=tracked).generate(base, head))
