"""CRUD + AI actions on notes."""

from __future__ import annotations

import anthropic
import svcs
from flask import Blueprint, abort, jsonify, request
from together import Together

from notes_app.config import Settings
from notes_app.domain.repositories import NoteRepository
from notes_app.domain.use_cases import AutoTagger, SummarizeNote
from notes_app.services.embeddings import EmbeddingService
from notes_app.services.search import SearchService

bp = Blueprint("notes", __name__, url_prefix="/api/notes")


@bp.get("/")
def list_notes():
    repo = svcs.flask.get(NoteRepository)
    limit = min(int(request.args.get("limit", 50)), 200)
    return jsonify([n.to_dict() for n in repo.list(limit=limit)])


@bp.post("/")
def create_note():
    payload = request.get_json(force=True)
    repo, embeddings, settings = svcs.flask.get(NoteRepository, EmbeddingService, Settings)
    body = payload["body"][: settings.max_note_chars]
    note = repo.create(payload.get("title") or "Untitled", body, payload.get("tags"))
    vecs = embeddings.embed_note(body)
    if vecs:
        # store the mean of chunk vectors; good enough for recall
        mean = [sum(col) / len(vecs) for col in zip(*vecs)]
        repo.save_embedding(note.id, mean)
    return jsonify(note.to_dict()), 201


@bp.get("/<int:note_id>")
def get_note(note_id: int):
    note = svcs.flask.get(NoteRepository).get(note_id)
    if note is None:
        abort(404)
    return jsonify(note.to_dict())


@bp.patch("/<int:note_id>")
def update_note(note_id: int):
    repo, settings = svcs.flask.get(NoteRepository, Settings)
    note = repo.get(note_id)
    if note is None:
        abort(404)
    payload = request.get_json(force=True)
    if "title" in payload:
        note.title = payload["title"].strip() or note.title
    if "body" in payload:
        note.body = payload["body"][: settings.max_note_chars]
        note.summary = None  # stale now; the enrich job will redo it
    if "tags" in payload:
        note.tags = sorted({t.strip().lower() for t in payload["tags"] if t.strip()})
    return jsonify(repo.update(note).to_dict())


@bp.delete("/<int:note_id>")
def delete_note(note_id: int):
    if not svcs.flask.get(NoteRepository).delete(note_id):
        abort(404)
    return "", 204


@bp.get("/tags/<tag>")
def notes_by_tag(tag: str):
    return jsonify([n.to_dict() for n in svcs.flask.get(NoteRepository).by_tag(tag.lower())])


@bp.post("/<int:note_id>/summary")
def summarize(note_id: int):
    use_case = SummarizeNote.from_container(svcs.flask.svcs_from())
    summary = use_case(note_id)
    if summary is None:
        abort(404)
    return jsonify({"summary": summary})


@bp.post("/<int:note_id>/tags/suggest")
def suggest_tags(note_id: int):
    repo, together, settings = svcs.flask.get(NoteRepository, Together, Settings)
    note = repo.get(note_id)
    if note is None:
        abort(404)
    tagger = AutoTagger(together, settings.tagging_model)
    return jsonify({"tags": tagger.suggest(note)})


@bp.post("/<int:note_id>/title")
def suggest_title(note_id: int):
    """Quick title suggestion. Small enough that we call Claude inline."""
    repo = svcs.flask.get(NoteRepository)
    client = svcs.flask.get(anthropic.Anthropic)
    note = repo.get(note_id)
    if note is None:
        abort(404)
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=30,
        messages=[
            {
                "role": "user",
                "content": f"Give a concise title (max 8 words) for this note:\n\n{note.body[:4000]}",
            }
        ],
    )
    return jsonify({"title": msg.content[0].text.strip().strip('"')})


@bp.get("/search")
def search():
    q = request.args.get("q", "").strip()
    if not q:
        return jsonify([])
    hits = svcs.flask.get(SearchService).search(q, k=int(request.args.get("k", 10)))
    return jsonify([{"note": h.note.to_dict(), "score": h.score} for h in hits])
