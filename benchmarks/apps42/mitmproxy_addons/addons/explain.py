"""``llm.explain`` and friends: ask a model what a flow is doing.

    : llm.explain @focus
    : llm.explain.fast @marked
    : llm.explain.gemini @focus
"""
from __future__ import annotations

import logging
import typing
from collections.abc import Sequence

import groq
from mitmproxy import command, ctx, flow, http

from shared import make_deepseek_client, make_genai_client
from shared.flowtext import flow_to_text
from shared.prompts import EXPLAIN_SYSTEM, build_explain_messages

logger = logging.getLogger(__name__)


class Explain:
    def __init__(self) -> None:
        self.deepseek = None
        self._groq: groq.Groq | None = None
        self.gemini = None

    def load(self, loader):
        loader.add_option("explain_model", str, "deepseek-chat", "DeepSeek model for llm.explain.")
        loader.add_option("explain_fast_model", str, "llama-3.3-70b-versatile", "Groq model for llm.explain.fast.")
        loader.add_option("explain_gemini_model", str, "gemini-2.0-flash", "Gemini model for llm.explain.gemini.")
        loader.add_option("explain_groq_key", typing.Optional[str], None, "Groq API key.")

    def configure(self, updated):
        if self.deepseek is None:
            self.deepseek = make_deepseek_client()
        if "explain_groq_key" in updated:
            self._groq = groq.Groq(api_key=ctx.options.explain_groq_key)
        if self.gemini is None:
            self.gemini = make_genai_client()

    @staticmethod
    def _http_flows(flows: Sequence[flow.Flow]) -> list[http.HTTPFlow]:
        return [f for f in flows if isinstance(f, http.HTTPFlow)]

    @command.command("llm.explain")
    def explain(self, flows: Sequence[flow.Flow]) -> None:
        """Explain the selected flows using DeepSeek; answer goes to the flow comment."""
        for f in self._http_flows(flows):
            completion = self.deepseek.chat.completions.create(
                model=ctx.options.explain_model,
                messages=build_explain_messages(flow_to_text(f)),
                max_tokens=400,
            )
            f.comment = completion.choices[0].message.content or ""
            ctx.master.commands.call("view.properties.reload")

    @command.command("llm.explain.fast")
    def explain_fast(self, flows: Sequence[flow.Flow]) -> None:
        """Stream a Groq explanation of the first selected flow into the log."""
        if self._groq is None:
            logger.error("set explain_groq_key first")
            return
        target = self._http_flows(flows)[:1]
        if not target:
            return
        stream = self._groq.chat.completions.create(
            model=ctx.options.explain_fast_model,
            messages=build_explain_messages(flow_to_text(target[0])),
            stream=True,
        )
        text = "".join(chunk.choices[0].delta.content or "" for chunk in stream)
        logger.info("%s\n%s", target[0].request.pretty_url, text)

    @command.command("llm.explain.gemini")
    def explain_gemini(self, flows: Sequence[flow.Flow]) -> None:
        for f in self._http_flows(flows):
            response = self.gemini.models.generate_content(
                model=ctx.options.explain_gemini_model,
                contents=flow_to_text(f),
                config={"system_instruction": EXPLAIN_SYSTEM, "max_output_tokens": 512},
            )
            f.comment = response.text or ""

    @command.command("llm.explain.clear")
    def clear(self, flows: Sequence[flow.Flow]) -> None:
        for f in flows:
            f.comment = ""
        ctx.master.commands.call("view.properties.reload")


addons = [Explain()]
