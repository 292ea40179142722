"""HTTP function: SEO title/description/keywords for landing pages.

Called by the CMS publish hook. Uses the Responses API with structured output.
"""
from __future__ import annotations

import json
import logging

import flask
import functions_framework
from openai import BadRequestError
from pydantic import BaseModel, Field

from common import get_openai_client, get_settings
from common.prompts import BRAND_VOICE, SEO_META
from common.text_utils import SlugGenerator

log = logging.getLogger("seo_meta")

MAX_INPUT_TOKENS = 12_000
_slugs = SlugGenerator()


class SeoMeta(BaseModel):
    title: str = Field(max_length=60)
    meta_description: str = Field(max_length=155)
    keywords: list[str] = Field(default_factory=list, max_length=8)
    h1: str


def _input_size(client, model: str, text: str) -> int:
    # counting is free; avoids paying for a request we'd have to truncate anyway
    counted = client.responses.input_tokens.count(model=model, input=text)
    return counted.input_tokens


def generate_meta(topic: str, locale: str, copy: str) -> SeoMeta:
    client = get_openai_client()
    model = get_settings().openai_model
    prompt = SEO_META.substitute(topic=topic, locale=locale, copy=copy)
    if _input_size(client, model, prompt) > MAX_INPUT_TOKENS:
        prompt = SEO_META.substitute(topic=topic, locale=locale, copy=copy[: MAX_INPUT_TOKENS * 3])
    try:
        resp = client.responses.parse(
            model=model,
            instructions=BRAND_VOICE,
            input=prompt,
            text_format=SeoMeta,
        )
        if resp.output_parsed is not None:
            return resp.output_parsed
    except BadRequestError:
        log.warning("structured output rejected, falling back to JSON mode", exc_info=True)

    # fallback: plain JSON, validated by pydantic
    resp = client.responses.create(
        model=model,
        instructions=BRAND_VOICE + " Reply with a JSON object with keys title, meta_description, keywords, h1.",
        input=prompt,
        text={"format": {"type": "json_object"}},
    )
    return SeoMeta.model_validate(json.loads(resp.output_text))


@functions_framework.http
def seo_meta(request: flask.Request):
    body = request.get_json(silent=True) or {}
    topic = body.get("topic")
    if not topic:
        return flask.Response('{"error":"topic required"}', status=400, mimetype="application/json")
    meta = generate_meta(topic, body.get("locale", "en-GB"), body.get("copy", ""))
    return flask.jsonify({**meta.model_dump(), "slug": _slugs.generate(meta.h1)})
