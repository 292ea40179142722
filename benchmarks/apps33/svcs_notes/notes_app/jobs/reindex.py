"""Re-embed notes. Runs nightly, or after switching embedding models."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

import ollama

from notes_app.config import Settings
from notes_app.domain.repositories import NoteRepository
from notes_app.jobs.base import job_container
from notes_app.services.embeddings import EmbeddingService
from notes_app.utils.retry import retry

log = logging.getLogger(__name__)


def reindex_all(batch: int = 100) -> int:
    done = 0
    with job_container() as c:
        repo = c.get(NoteRepository)
        embeddings = c.get(EmbeddingService)
        offset = 0
        while notes := repo.list(limit=batch, offset=offset):
            vectors = retry(embeddings.embed, [n.title + "\n" + n.body for n in notes])
            for note, vec in zip(notes, vectors):
                repo.save_embedding(note.id, vec)
            done += len(notes)
            offset += batch
    log.info("reindexed %d notes", done)
    return done


def reindex_local(workers: int = 4) -> int:
    """Native ollama client: faster than the /v1 shim for bulk work."""
    with job_container() as c:
        repo = c.get(NoteRepository)
        client = c.get(ollama.Client)
        model = c.get(Settings).local_embedding_model
        notes = repo.list(limit=10_000)

        def one(note):
            resp = client.embed(model=model, input=note.title + "\n" + note.body)
            return note.id, resp.embeddings[0]

        with ThreadPoolExecutor(max_workers=workers) as pool:
            for note_id, vec in pool.map(one, notes):
                repo.save_embedding(note_id, vec)
        return len(notes)
