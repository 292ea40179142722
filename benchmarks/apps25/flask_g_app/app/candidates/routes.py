"""Recruiting endpoints: resumes, phone screens, matching, and the
hiring-manager tools (job descriptions, interview kits)."""
from __future__ import annotations

import io
import json
import logging

from flask import Response, abort, current_app, g, jsonify, request, stream_with_context
from google.genai import types

from app.candidates import bp
from app.extensions import EXTENSION_KEY, db
from app.models import Candidate, JobOpening
from app.llm import get_mistral
from app.services import candidate_matching, jd_writer, resume_parser
from app.services.interview_kit import InterviewKitGenerator, kit_to_markdown
from app.services.cost import calculate_cost

log = logging.getLogger(__name__)

ALLOWED_AUDIO = {"audio/mpeg", "audio/mp4", "audio/wav", "audio/webm"}


def _candidate(candidate_id: int) -> Candidate:
    cand = db.session.get(Candidate, candidate_id)
    if cand is None:
        abort(404)
    return cand


@bp.post("/parse")
def parse_resume_view():
    text = request.get_json(force=True)["resume_text"]
    try:
        parsed = resume_parser.parse_resume(text)
    except resume_parser.ResumeParseError as exc:
        return jsonify({"error": str(exc)}), 422
    cand = Candidate(full_name=parsed.full_name, email=parsed.email, resume_text=text,
                     parsed=parsed.model_dump())
    db.session.add(cand)
    db.session.commit()
    return jsonify({"id": cand.id, "parsed": cand.parsed}), 201


@bp.post("/parse-pdf")
def parse_resume_pdf():
    """Gemini reads the PDF directly (keeps tables/columns intact)."""
    upload = request.files["resume"]
    client = g.gemini
    uploaded = client.files.upload(
        file=io.BytesIO(upload.read()),
        config=types.UploadFileConfig(mime_type="application/pdf", display_name=upload.filename),
    )
    result = client.models.generate_content(
        model=current_app.config["GEMINI_MODEL"],
        contents=[uploaded, "Extract the candidate profile as JSON with keys "
                            "full_name, email, skills, positions, education."],
        config=types.GenerateContentConfig(response_mime_type="application/json"),
    )
    try:
        data = json.loads(result.text)
    except (TypeError, json.JSONDecodeError):
        return jsonify({"error": "could not parse"}), 422
    return jsonify({"parsed": data})


@bp.post("/<int:candidate_id>/phone-screen")
def transcribe_phone_screen(candidate_id: int):
    cand = _candidate(candidate_id)
    audio = request.files.get("audio")
    if audio is None or audio.mimetype not in ALLOWED_AUDIO:
        return jsonify({"error": "audio file required"}), 400
    groq_client = current_app.extensions[EXTENSION_KEY].groq
    transcription = groq_client.audio.transcriptions.create(
        file=(audio.filename, audio.read()),
        model="whisper-large-v3",
        response_format="verbose_json",
        language="en",
    )
    notes = cand.parsed or {}
    notes.setdefault("phone_screens", []).append(transcription.text)
    cand.parsed = notes
    db.session.commit()
    return jsonify({"chars": len(transcription.text)})


@bp.get("/<int:candidate_id>/fit/<int:opening_id>")
def explain_fit(candidate_id: int, opening_id: int):
    """SSE: why this candidate might fit the opening."""
    cand = _candidate(candidate_id)
    opening = db.session.get(JobOpening, opening_id) or abort(404)
    client = g.gemini
    model = current_app.config["GEMINI_MODEL"]
    prompt = (
        f"Opening: {opening.title}\n{opening.description}\n\n"
        f"Candidate profile: {json.dumps(cand.parsed)[:6000]}\n\n"
        "In 5 bullets, explain strengths and gaps. Be fair and job-related only."
    )

    @stream_with_context
    def events():
        for chunk in client.models.generate_content_stream(model=model, contents=prompt):
            if chunk.text:
                yield f"data: {json.dumps({'t': chunk.text})}\n\n"

    return Response(events(), mimetype="text/event-stream")


@bp.get("/openings/<int:opening_id>/matches")
def opening_matches(opening_id: int):
    opening = db.session.get(JobOpening, opening_id) or abort(404)
    candidates = Candidate.query.filter(Candidate.embedding.isnot(None)).all()
    matches = candidate_matching.top_matches(opening, candidates, k=int(request.args.get("k", 10)))
    db.session.commit()
    return jsonify([{"id": c.id, "name": c.full_name, "score": round(s, 4)} for c, s in matches])


@bp.get("/estimate")
def estimate_parse_cost():
    """Budget preview for bulk imports; pure arithmetic."""
    n = int(request.args.get("n", 100))
    avg_tokens = int(request.args.get("avg_tokens", 2500))
    per = calculate_cost(current_app.config["OPENAI_DEFAULT_MODEL"], avg_tokens, 600)
    return jsonify({"per_resume": per, "total": round(per * n, 4)})


# ---------------------------------------------------------------- hiring-manager tools


def _kit_generator() -> InterviewKitGenerator:
    return InterviewKitGenerator(get_mistral(), model=current_app.config["MISTRAL_MODEL"])


@bp.post("/jd")
def draft_jd():
    data = request.get_json(force=True)
    text = jd_writer.draft_job_description(data["title"], data.get("team", ""), data.get("notes", ""))
    return jsonify({"markdown": text, "words": jd_writer.jd_word_count(text)})


@bp.get("/jd/stream")
def stream_jd():
    args = request.args
    gen = jd_writer.stream_job_description(args["title"], args.get("team", ""), args.get("notes", ""))
    return Response(stream_with_context(gen), mimetype="text/plain")


@bp.post("/jd/inclusive")
async def inclusive_jd():
    text = request.get_json(force=True)["markdown"]
    return jsonify({"markdown": await jd_writer.rewrite_inclusive(text)})


@bp.post("/interview-kit")
def interview_kit():
    data = request.get_json(force=True)
    kit = _kit_generator().generate(data["role"], data.get("competencies", []))
    if request.args.get("format") == "md":
        return kit_to_markdown(kit), 200, {"Content-Type": "text/markdown"}
    return jsonify(kit)


@bp.get("/interview-kit/stream")
def interview_kit_stream():
    role = request.args["role"]
    comps = request.args.getlist("c")
    gen = _kit_generator().stream(role, comps)
    return Response(stream_with_context(gen), mimetype="text/plain")
