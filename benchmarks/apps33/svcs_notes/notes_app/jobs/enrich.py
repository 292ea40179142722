"""Enrichment job: summaries, tags and links for notes changed recently."""

from __future__ import annotations

import datetime as dt
import functools
import logging

import anthropic
import svcs
from together import Together

from notes_app.config import Settings
from notes_app.domain.repositories import NoteRepository
from notes_app.domain.use_cases import AutoTagger, SummarizeNote
from notes_app.domain.use_cases.linking import LinkSuggester
from notes_app.jobs.base import job_registry

log = logging.getLogger(__name__)


def enrich_recent(hours: int = 24) -> None:
    container = svcs.Container(job_registry())
    try:
        repo = container.get(NoteRepository)
        settings = container.get(Settings)
        summarize = SummarizeNote.from_container(container)
        tagger = AutoTagger(container.get(Together), settings.tagging_model)
        linker = LinkSuggester(repo)
        since = dt.datetime.now(dt.UTC) - dt.timedelta(hours=hours)
        changed = repo.changed_since(since)
        everything = repo.list(limit=500)
        for note in changed:
            summarize(note.id)
            repo.update(tagger.apply(note))
            others = [n for n in everything if n.id != note.id]
            for link in linker.suggest_for(note, others[:50]):
                repo.add_link(link)
    finally:
        container.close()


def summarize_titles_batch(titles: list[str]) -> list[str]:
    """Cheap grouping of titles into topics via Together, used by the digest UI."""
    with svcs.Container(job_registry()) as container:
        together = container.get(Together)
        resp = together.chat.completions.create(
            model="meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
            messages=[
                {"role": "user", "content": "Group into topics, one per line:\n" + "\n".join(titles)}
            ],
        )
        return [l.strip("- ") for l in resp.choices[0].message.content.splitlines() if l.strip()]


def headline_for_week(titles: list[str]) -> str:
    """One-line headline for the digest email."""
    with svcs.Container(job_registry()) as container:
        claude = container.get(anthropic.Anthropic)
        quick = functools.partial(
            claude.messages.create, model="claude-3-5-haiku-latest", max_tokens=40
        )
        msg = quick(
            messages=[{"role": "user", "content": "Headline for a week of notes:\n" + "\n".join(titles)}]
        )
        return msg.content[0].text.strip()
