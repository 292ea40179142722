"""HTTP function used by the agents' back-office tool to build sample itineraries.

POST {"destination": "Lisbon", "days": 4, "interests": ["food", "tiles"], "review": true}
"""
from __future__ import annotations

import asyncio
import json
import logging

import flask
import functions_framework

from common import get_deepseek_client, get_settings
from common.llm_usage_tracker import llm_tracker
from common.multi_model_service import TaskComplexity, multi_model_service

from planner import ItineraryDraft, ItineraryRequest, draft_itinerary

log = logging.getLogger("itinerary_builder")


async def _review(draft: ItineraryDraft, req: ItineraryRequest) -> str:
    """Ask the big model to sanity-check travel times and opening days."""
    response = await multi_model_service.generate_response(
        prompt=(
            f"Check this {req.days}-day {req.destination} itinerary for unrealistic travel "
            f"times, closed-on-that-day venues and repetition. List problems only.\n\n"
            + draft.generate("markdown")
        ),
        task_type="itinerary_review",
        complexity=TaskComplexity.AGENTIC,
    )
    return response.text


async def _reasoned_budget(req: ItineraryRequest) -> str:
    client = get_deepseek_client()
    async with llm_tracker.track_llm_call(
        provider="deepseek", model="deepseek-reasoner", feature_context="itinerary_budget"
    ) as usage_log:
        resp = await asyncio.to_thread(
            client.chat.completions.create,
            model="deepseek-reasoner",
            messages=[{"role": "user", "content": (
                f"Estimate a per-person daily budget in EUR for {req.days} days in "
                f"{req.destination} ({req.budget}). One short paragraph."
            )}],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return resp.choices[0].message.content


def _title(req: ItineraryRequest) -> str:
    client = get_deepseek_client()
    resp = client.chat.completions.create(
        model=get_settings().deepseek_model,
        max_tokens=30,
        messages=[{"role": "user", "content": f"A 6-word catchy title for {req.days} days in {req.destination}."}],
    )
    return resp.choices[0].message.content.strip().strip('"')


@functions_framework.http
def itinerary_builder(request: flask.Request):
    body = request.get_json(silent=True) or {}
    try:
        req = ItineraryRequest(
            destination=body["destination"],
            days=max(1, min(int(body.get("days", 3)), 14)),
            travellers=body.get("travellers", "a couple"),
            interests=list(body.get("interests", [])),
            budget=body.get("budget", "mid-range"),
        )
    except (KeyError, ValueError) as exc:
        return flask.Response(json.dumps({"error": str(exc)}), status=400, mimetype="application/json")

    draft = draft_itinerary(get_deepseek_client(), req, model=get_settings().deepseek_model)
    out = {"title": _title(req), "itinerary": draft.data, "markdown": draft.generate()}

    if body.get("review"):
        async def _extras():
            return await asyncio.gather(_review(draft, req), _reasoned_budget(req))
        out["review"], out["budget"] = asyncio.run(_extras())
    return flask.jsonify(out)
