"""Voice note upload and read-aloud."""

from __future__ import annotations

import svcs
from flask import Blueprint, Response, abort, jsonify, request

from notes_app.domain.repositories import NoteRepository
from notes_app.services.voice import VoiceService

bp = Blueprint("voice", __name__, url_prefix="/api/voice")


@bp.post("/notes")
def upload_voice_note():
    upload = request.files.get("audio")
    if upload is None:
        abort(400)
    voice, repo = svcs.flask.get(VoiceService, NoteRepository)
    text = voice.transcribe(upload.read(), filename=upload.filename or "note.m4a")
    note = repo.create(request.form.get("title", "Voice note"), text, ["voice"])
    return jsonify(note.to_dict()), 201


@bp.get("/notes/<int:note_id>.mp3")
def read_note(note_id: int):
    voice, repo = svcs.flask.get(VoiceService, NoteRepository)
    note = repo.get(note_id)
    if note is None:
        abort(404)
    return Response(voice.read_aloud(note.body), mimetype="audio/mpeg")
