"""Export notes as a zip of markdown files (no AI involved)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import svcs
from flask import Blueprint, abort, request, send_file

from notes_app.domain.models import Note
from notes_app.domain.repositories import NoteRepository
from notes_app.domain.use_cases.flashcards import FlashcardGenerator
from notes_app.utils.text import slugify

bp = Blueprint("export", __name__, url_prefix="/api/export")


def render_markdown(note: Note) -> str:
    front = [
        "---",
        f"title: {note.title}",
        f"tags: [{', '.join(note.tags)}]",
        f"created: {note.created_at.isoformat()}",
    ]
    if note.summary:
        front.append(f"summary: {note.summary!r}")
    front.append("---")
    return "\n".join(front) + "\n\n" + note.body + "\n"


@bp.get("/zip")
def export_zip():
    repo = svcs.flask.get(NoteRepository)
    limit = min(int(request.args.get("limit", 10_000)), 10_000)
    buf = io.BytesIO()
    seen: set[str] = set()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for note in repo.list(limit=limit):
            name = slugify(note.title) or f"note-{note.id}"
            if name in seen:
                name = f"{name}-{note.id}"
            seen.add(name)
            zf.writestr(f"{name}.md", render_markdown(note))
    buf.seek(0)
    stamp = dt.date.today().isoformat()
    return send_file(
        buf, mimetype="application/zip", as_attachment=True, download_name=f"notes-{stamp}.zip"
    )


@bp.get("/<int:note_id>/flashcards")
async def export_flashcards(note_id: int):
    note = svcs.flask.get(NoteRepository).get(note_id)
    if note is None:
        abort(404)
    gen = FlashcardGenerator()
    if not await gen.is_available():
        abort(503)
    cards = await gen.generate(note, n=int(request.args.get("n", 8)))
    lines = [f"{c.question}\t{c.answer}" for c in cards]
    return send_file(
        io.BytesIO("\n".join(lines).encode()),
        mimetype="text/tab-separated-values",
        as_attachment=True,
        download_name=f"{slugify(note.title)}-cards.tsv",
    )
