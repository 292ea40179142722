from flask import Blueprint, Response, abort, current_app, jsonify, request, stream_with_context
from google.genai import types

from docproc.api.auth import require_admin
from docproc.services.qa_service import MatterQA
from docproc.services.search_service import SearchService
from docproc.services.typeahead import completion
from docproc.settings import settings

bp = Blueprint("search", __name__)


def _matter_id() -> int:
    try:
        return int(request.args["matter_id"])
    except (KeyError, ValueError):
        abort(400, "matter_id is required")


@bp.get("")
@require_admin
def search():
    q = request.args.get("q", "").strip()
    if not q:
        abort(400, "q is required")
    hits = SearchService().search(
        q,
        matter_id=_matter_id(),
        top_k=int(request.args.get("k", 10)),
        rerank=request.args.get("rerank", "1") != "0",
    )
    return jsonify([h.model_dump() for h in hits])


@bp.get("/suggest")
@require_admin
def suggest():
    suggestions = completion(prefix=request.args.get("q", ""), matter_id=request.args.get("matter_id", type=int), limit=8)
    return jsonify(suggestions)


@bp.post("/ask")
@require_admin
def ask():
    body = request.get_json(force=True)
    qa = MatterQA()
    if body.get("stream"):
        return Response(
            stream_with_context(qa.stream_answer(body["question"], matter_id=int(body["matter_id"]))),
            mimetype="text/plain",
        )
    return jsonify(qa.answer(body["question"], matter_id=int(body["matter_id"])))


@bp.post("/explain")
@require_admin
def explain_hits():
    """Streams a plain-English explanation of why the hits answer the query (Gemini)."""
    body = request.get_json(force=True)
    query = body["q"]
    hits = SearchService().search(query, matter_id=int(body["matter_id"]), top_k=5)
    context = "\n\n".join(f"[{h.filename}]\n{h.text}" for h in hits)
    genai_client = current_app.extensions["genai"]

    def generate():
        for chunk in genai_client.models.generate_content_stream(
            model=settings.gemini_model,
            contents=f"Query: {query}\n\nPassages:\n{context}\n\nExplain briefly how these passages relate to the query.",
            config=types.GenerateContentConfig(temperature=0.3, max_output_tokens=800),
        ):
            if chunk.text:
                yield chunk.text

    return Response(stream_with_context(generate()), mimetype="text/plain")
