"""Classify intercepted traffic with an LLM and redact what it flags.

    mitmdump -s addons/llm_redactor.py --set llmredact_enabled=true

Fast path: deterministic regexes (shared.redaction).  Slow path: a Groq
hosted model classifies the exchange and returns extra literals to mask,
and the OpenAI moderation endpoint screens user-generated content.
"""
from __future__ import annotations

import logging
import typing

from mitmproxy import ctx, http

from shared import registry
from shared.clients import make_openai_client
from shared.flowtext import flow_to_text
from shared.prompts import build_classification_prompt, parse_json_answer
from shared.redaction import Redactor

logger = logging.getLogger(__name__)

LLM_API_HOSTS = {"api.openai.com", "api.anthropic.com", "api.groq.com",
                 "generativelanguage.googleapis.com", "api.deepseek.com"}


class LLMRedactor:
    def __init__(self) -> None:
        self.client = None
        self.moderator = None
        self.redactor = Redactor.create()
        self.stats: dict[str, int] = {"seen": 0, "classified": 0, "redacted": 0}

    def load(self, loader):
        loader.add_option("llmredact_enabled", bool, False, "Classify and redact traffic with an LLM.")
        loader.add_option("llmredact_model", str, "llama-3.1-8b-instant", "Groq model used for classification.")
        loader.add_option("llmredact_hosts", typing.Sequence[str], [], "Only inspect these hosts (empty: all).")
        loader.add_option("llmredact_moderate", bool, True, "Run OpenAI moderation on form posts.")
        loader.add_option("llmredact_openai_key", typing.Optional[str], None, "OpenAI key for moderation.")

    def configure(self, updated):
        if "llmredact_enabled" in updated and ctx.options.llmredact_enabled:
            self.client = registry.get("groq")
        if "llmredact_openai_key" in updated or self.moderator is None:
            self.moderator = make_openai_client(ctx.options.llmredact_openai_key)

    def _wanted(self, flow: http.HTTPFlow) -> bool:
        host = flow.request.pretty_host
        if host in LLM_API_HOSTS:
            # never feed LLM traffic back into an LLM
            return False
        hosts = ctx.options.llmredact_hosts
        return not hosts or host in hosts

    def _classify(self, flow: http.HTTPFlow) -> dict:
        messages = build_classification_prompt(flow_to_text(flow))
        resp = self.client.chat.completions.create(
            model=ctx.options.llmredact_model,
            messages=messages,
            temperature=0,
            max_tokens=300,
        )
        self.stats["classified"] += 1
        return parse_json_answer(resp.choices[0].message.content or "")

    def _flagged_by_moderation(self, text: str) -> bool:
        result = self.moderator.moderations.create(model="omni-moderation-latest", input=text[:8000])
        return any(r.flagged for r in result.results)

    def request(self, flow: http.HTTPFlow) -> None:
        if not ctx.options.llmredact_enabled or not self._wanted(flow):
            return
        self.stats["seen"] += 1
        if (ctx.options.llmredact_moderate and flow.request.method == "POST"
                and "form" in flow.request.headers.get("content-type", "")):
            text = flow.request.get_text(strict=False) or ""
            if text and self._flagged_by_moderation(text):
                flow.marked = ":warning:"
                flow.comment = "moderation: flagged"

    def response(self, flow: http.HTTPFlow) -> None:
        if not ctx.options.llmredact_enabled or not self._wanted(flow) or flow.response is None:
            return
        verdict = self._classify(flow)
        flow.metadata["llm_category"] = verdict.get("category", "unknown")
        flow.metadata["llm_risk"] = verdict.get("risk", "low")
        literals = [s for s in verdict.get("sensitive", []) if isinstance(s, str)]
        redactor = Redactor.create(literals) if literals else self.redactor
        body = flow.response.get_text(strict=False)
        if body:
            result = redactor.redact(body)
            if result.changed:
                flow.response.set_text(result.text)
                self.stats["redacted"] += 1
                logger.info("redacted %s in %s", result.hits, flow.request.pretty_url)

    def done(self):
        logger.info("llm_redactor stats: %s", self.stats)


addons = [LLMRedactor()]
