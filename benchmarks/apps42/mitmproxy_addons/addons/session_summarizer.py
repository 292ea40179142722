"""Summarise captured API sessions with Claude.

Flows are grouped by host.  ``llm.summarize <host>`` prints a summary of
one session; on shutdown every host with enough traffic is summarised and
written to ``summarize_outdir``.
"""
from __future__ import annotations

import collections
import logging
import pathlib
import typing

from mitmproxy import command, ctx, http

from shared import build_summary_prompt, get_anthropic
from shared.flowtext import one_line
from shared.llm_usage_tracker import llm_tracker
from shared.prompts import SUMMARY_SYSTEM

logger = logging.getLogger(__name__)

MIN_FLOWS = 5


class SessionSummarizer:
    def __init__(self) -> None:
        self.sessions: dict[str, list[http.HTTPFlow]] = collections.defaultdict(list)
        self.client = None

    def load(self, loader):
        loader.add_option("summarize_model", str, "claude-3-5-haiku-latest", "Claude model for session summaries.")
        loader.add_option("summarize_outdir", typing.Optional[str], None, "Write summaries here on shutdown.")
        loader.add_option("summarize_anthropic_key", typing.Optional[str], None, "Anthropic API key.")
        loader.add_option("summarize_max_flows", int, 200, "Only the last N flows of a session are sent.")

    def configure(self, updated):
        if "summarize_anthropic_key" in updated:
            self.client = get_anthropic(ctx.options.summarize_anthropic_key)

    def response(self, flow: http.HTTPFlow) -> None:
        if flow.request.path.startswith(("/static", "/favicon")):
            return
        self.sessions[flow.request.pretty_host].append(flow)

    def _lines(self, host: str) -> list[str]:
        flows = self.sessions.get(host, [])[-ctx.options.summarize_max_flows:]
        return [one_line(f) for f in flows]

    def _prompt_size(self, prompt: str) -> int:
        counted = self.client.messages.count_tokens(
            model=ctx.options.summarize_model,
            messages=[{"role": "user", "content": prompt}],
        )
        return counted.input_tokens

    @command.command("llm.summarize")
    def summarize(self, host: str) -> None:
        """Summarise the captured session for HOST."""
        lines = self._lines(host)
        if not lines:
            logger.warning("no flows captured for %s", host)
            return
        prompt = build_summary_prompt(lines, host)
        if self._prompt_size(prompt) > 150_000:
            logger.warning("session for %s too large, trimming", host)
            prompt = build_summary_prompt(lines[-50:], host)
        message = get_anthropic(ctx.options.summarize_anthropic_key).messages.create(
            model=ctx.options.summarize_model,
            max_tokens=1024,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        )
        logger.info("summary for %s:\n%s", host, message.content[0].text)

    @command.command("llm.summarize.stream")
    def summarize_stream(self, host: str) -> None:
        """Like llm.summarize but streams the answer into the event log."""
        prompt = build_summary_prompt(self._lines(host), host)
        chunks: list[str] = []
        with self.client.messages.stream(
            model=ctx.options.summarize_model,
            max_tokens=1024,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            for text in stream.text_stream:
                chunks.append(text)
        logger.info("".join(chunks))

    @command.command("llm.sessions")
    def list_sessions(self) -> typing.Sequence[str]:
        return [f"{h} ({len(fs)})" for h, fs in sorted(self.sessions.items())]

    async def done(self):
        outdir = ctx.options.summarize_outdir
        if not outdir or self.client is None:
            return
        out = pathlib.Path(outdir)
        out.mkdir(parents=True, exist_ok=True)
        model = ctx.options.summarize_model
        for host, flows in self.sessions.items():
            if len(flows) < MIN_FLOWS:
                continue
            prompt = build_summary_prompt(self._lines(host), host)
            async with llm_tracker.track_llm_call(
                provider="anthropic", model=model, feature_context="mitm_session_summary"
            ) as usage_log:
                message = self.client.messages.create(
                    model=model,
                    max_tokens=1024,
                    system=SUMMARY_SYSTEM,
                    messages=[{"role": "user", "content": prompt}],
                )
                usage_log.input_tokens = message.usage.input_tokens
                usage_log.output_tokens = message.usage.output_tokens
            (out / f"{host}.md").write_text(message.content[0].text)


addons = [SessionSummarizer()]
