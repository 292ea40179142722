"""Explain / summarize the selected cell(s)."""
from __future__ import annotations

import base64
import binascii

import tornado
from google.genai import types
from tornado import web

from ..services.llm_usage_tracker import llm_tracker
from ..services.multi_model_service import TaskComplexity, multi_model_service
from ..utils.notebook import cells_to_text
from ..utils.prompts import EXPLAIN_SYSTEM, PromptTemplate
from .base import BaseAIHandler

EXPLAIN_TEMPLATE = PromptTemplate.create(
    "explain",
    "Explain what this {language} cell does, step by step:\n\n```{language}\n{source}\n```",
)


class ExplainHandler(BaseAIHandler):
    """Uses the Anthropic client kept directly on the extension app (pre-registry)."""

    @tornado.web.authenticated
    async def post(self):
        body = self.json_body()
        source = self.truncate(self.require(body, "source"))
        language = body.get("language", "python")
        prompt = EXPLAIN_TEMPLATE.render(language=language, source=source)

        client = self.extensionapp.anthropic_client
        model = self.model_for("anthropic")
        if self.tracker is not None:
            async with llm_tracker.track_llm_call(
                provider="anthropic", model=model, feature_context="explain_cell"
            ) as usage_log:
                msg = await client.messages.create(
                    model=model,
                    max_tokens=self.settings["ai_max_tokens"],
                    system=EXPLAIN_SYSTEM,
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = msg.usage.input_tokens
                usage_log.output_tokens = msg.usage.output_tokens
        else:
            msg = await client.messages.create(
                model=model,
                max_tokens=self.settings["ai_max_tokens"],
                system=EXPLAIN_SYSTEM,
                messages=[{"role": "user", "content": prompt}],
            )
        self.finish({"explanation": msg.content[0].text})


class SummarizeHandler(BaseAIHandler):
    """Summarize a whole notebook. Goes through the tracked service."""

    @tornado.web.authenticated
    async def post(self):
        body = self.json_body()
        nb_text = cells_to_text(self.require(body, "cells"), include_outputs=False)
        summary = await multi_model_service.generate_response(
            prompt=f"Summarize this notebook in 5 bullet points:\n\n{self.truncate(nb_text)}",
            task_type="notebook_summary",
            complexity=TaskComplexity.MODERATE,
        )
        self.finish({"summary": summary})


class ExplainOutputHandler(BaseAIHandler):
    """Describe a rendered plot (image/png output) with Gemini's vision model."""

    @tornado.web.authenticated
    async def post(self):
        body = self.json_body()
        png_b64 = self.require(body, "image_png")
        question = body.get("question") or "Describe this chart and what it shows."
        try:
            image = base64.b64decode(png_b64, validate=True)
        except (binascii.Error, ValueError):
            raise web.HTTPError(400, "image_png must be base64") from None
        gclient = self.client_for("google")
        resp = await gclient.aio.models.generate_content(
            model=self.model_for("google"),
            contents=[
                types.Part.from_bytes(data=image, mime_type="image/png"),
                question,
            ],
        )
        self.finish({"description": resp.text})
