"""Employee-facing policy assistant + the legal team's diff tool."""
from __future__ import annotations

import difflib
import logging

from anthropic import Anthropic
from flask import Blueprint, current_app, g, jsonify, request

from app.models import PolicyChunk
from app.services import policy_qa

bp = Blueprint("policies", __name__)

log = logging.getLogger(__name__)


@bp.post("/ask")
def ask():
    question = request.get_json(force=True)["question"].strip()
    if not question:
        return jsonify({"error": "empty question"}), 400
    if current_app.config.get("TRACK_LLM_USAGE") and request.args.get("legacy") != "1":
        result = policy_qa.answer_tracked(question, tenant=request.headers.get("X-Tenant"))
    else:
        result = policy_qa.answer(question)
    return jsonify({"answer": result.answer, "sources": result.sources, "backend": result.backend})


@bp.post("/compare")
def compare_versions():
    """Explains what changed between two versions of a policy.

    Legal insisted this runs on their own Anthropic workspace key so the
    spend lands on their cost centre, hence the separate client.
    """
    data = request.get_json(force=True)
    old, new = data["old_text"], data["new_text"]
    diff = "\n".join(
        difflib.unified_diff(old.splitlines(), new.splitlines(), "old", "new", lineterm="")
    )
    if not diff:
        return jsonify({"explanation": "No changes."})

    legal_client = Anthropic(api_key=current_app.config.get("LEGAL_ANTHROPIC_API_KEY"))
    token_count = legal_client.messages.count_tokens(
        model=current_app.config["ANTHROPIC_MODEL"],
        messages=[{"role": "user", "content": diff}],
    )
    if token_count.input_tokens > 50_000:
        return jsonify({"error": "diff too large, split the policy"}), 413

    message = legal_client.messages.create(
        model=current_app.config["ANTHROPIC_MODEL"],
        max_tokens=1000,
        system="Explain policy changes to employees in plain language. List each material change.",
        messages=[{"role": "user", "content": diff}],
    )
    return jsonify({"explanation": message.content[0].text, "diff_lines": diff.count("\n") + 1})


@bp.get("/search")
def search():
    q = request.args.get("q", "")
    rows = PolicyChunk.query.filter(PolicyChunk.text.ilike(f"%{q}%")).limit(20).all()
    return jsonify([{"policy_id": r.policy_id, "title": r.title} for r in rows])


@bp.post("/tldr")
def tldr():
    """Quick TL;DR of a policy section with Claude Haiku."""
    text = request.get_json(force=True)["text"]
    msg = g.anthropic.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=200,
        messages=[{"role": "user", "content": f"TL;DR in 2 sentences:\n\n{text[:20000]}"}],
    )
    return jsonify({"tldr": msg.content[0].text})
