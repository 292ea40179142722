"""Ask Claude whether a response looks anomalous compared to a baseline of
previous responses for the same endpoint.  Uses tool use to get structured
output."""
from __future__ import annotations

import collections
import logging
import typing

import anthropic
from mitmproxy import ctx, http

logger = logging.getLogger(__name__)

VERDICT_TOOL = {
    "name": "report_anomaly",
    "description": "Report whether the new response is anomalous.",
    "input_schema": {
        "type": "object",
        "properties": {
            "anomalous": {"type": "boolean"},
            "reason": {"type": "string"},
        },
        "required": ["anomalous", "reason"],
    },
}


class AnomalyDetector:
    def __init__(self) -> None:
        self.client: anthropic.AsyncAnthropic | None = None
        self.baseline: dict[str, collections.deque] = collections.defaultdict(lambda: collections.deque(maxlen=5))
        self.remaining_requests: int | None = None

    def load(self, loader):
        loader.add_option("anomaly_enabled", bool, False, "Detect anomalous API responses with Claude.")
        loader.add_option("anomaly_model", str, "claude-3-5-sonnet-latest", "Claude model.")
        loader.add_option("anomaly_key", typing.Optional[str], None, "Anthropic API key.")

    def configure(self, updated):
        if {"anomaly_enabled", "anomaly_key"} & updated and ctx.options.anomaly_enabled:
            self.client = anthropic.AsyncAnthropic(api_key=ctx.options.anomaly_key)

    @staticmethod
    def _key(flow: http.HTTPFlow) -> str:
        return f"{flow.request.method} {flow.request.pretty_host}{flow.request.path.split('?')[0]}"

    async def response(self, flow: http.HTTPFlow) -> None:
        if self.client is None or flow.response is None:
            return
        key = self._key(flow)
        body = (flow.response.get_text(strict=False) or "")[:3000]
        history = self.baseline[key]
        if len(history) >= 3:
            if self.remaining_requests is not None and self.remaining_requests < 5:
                await self._check_cheap(flow, history, body)
            else:
                await self._check(flow, history, body)
        history.append(body)

    async def _check(self, flow, history, body) -> None:
        raw = await self.client.messages.with_raw_response.create(
            model=ctx.options.anomaly_model,
            max_tokens=300,
            tools=[VERDICT_TOOL],
            tool_choice={"type": "tool", "name": "report_anomaly"},
            messages=[{"role": "user", "content": _prompt(history, body)}],
        )
        remaining = raw.headers.get("anthropic-ratelimit-requests-remaining")
        self.remaining_requests = int(remaining) if remaining else None
        message = raw.parse()
        self._apply(flow, message)

    async def _check_cheap(self, flow, history, body) -> None:
        message = await self.client.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=200,
            tools=[VERDICT_TOOL],
            tool_choice={"type": "tool", "name": "report_anomaly"},
            messages=[{"role": "user", "content": _prompt(list(history)[-1:], body)}],
        )
        self._apply(flow, message)

    @staticmethod
    def _apply(flow: http.HTTPFlow, message) -> None:
        for block in message.content:
            if block.type == "tool_use" and block.input.get("anomalous"):
                flow.marked = ":rotating_light:"
                flow.comment = block.input.get("reason", "")


def _prompt(history, body) -> str:
    previous = "\n---\n".join(history)
    return f"Previous responses:\n{previous}\n\nNew response:\n{body}"


addons = [AnomalyDetector()]
