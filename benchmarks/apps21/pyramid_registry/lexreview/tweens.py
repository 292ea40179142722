"""Tweens.

* request_timing_tween_factory - logs slow requests.
* intake_screening_tween_factory - runs the OpenAI moderation endpoint on free-text
  fields of document uploads and assistant prompts, and refuses obviously abusive
  submissions before they reach a view (and before we pay for a bigger model).
"""
import logging
import time

from pyramid.httpexceptions import HTTPUnprocessableEntity
from pyramid.interfaces import IRoutesMapper

from lexreview.llm.interfaces import IOpenAIClient

log = logging.getLogger(__name__)

SCREENED_ROUTES = {"documents_upload", "assistant_chat", "assistant_local"}
SLOW_REQUEST_SECONDS = 5.0


def request_timing_tween_factory(handler, registry):
    threshold = float(registry.settings.get("lexreview.slow_request_seconds", SLOW_REQUEST_SECONDS))

    def timing_tween(request):
        start = time.monotonic()
        try:
            return handler(request)
        finally:
            elapsed = time.monotonic() - start
            if elapsed > threshold:
                log.warning("slow request %s %s: %.2fs", request.method, request.path, elapsed)

    return timing_tween


def _free_text(request):
    if request.content_type == "application/json":
        try:
            body = request.json_body
        except ValueError:
            return ""
        return " ".join(str(v) for k, v in body.items() if k in ("prompt", "note", "description"))
    return " ".join(request.POST.getall("note") + request.POST.getall("description"))


def intake_screening_tween_factory(handler, registry):
    client = registry.getUtility(IOpenAIClient)
    model = registry.settings.get("openai.moderation_model", "omni-moderation-latest")

    def intake_screening_tween(request):
        if request.method != "POST":
            return handler(request)

        # routes are matched by the router after tweens run, so match the path ourselves
        mapper = request.registry.queryUtility(IRoutesMapper)
        info = mapper(request) if mapper is not None else {}
        route = info.get("route")
        if route is None or route.name not in SCREENED_ROUTES:
            return handler(request)

        text = _free_text(request)
        if not text.strip():
            return handler(request)

        result = client.moderations.create(model=model, input=text[:10000])
        flagged = result.results[0].flagged
        if flagged:
            log.info("intake screening rejected %s", request.path)
            raise HTTPUnprocessableEntity("Submission rejected by content screening.")
        return handler(request)

    return intake_screening_tween
