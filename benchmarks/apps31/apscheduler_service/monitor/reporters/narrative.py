"""Rewrites terse reports as a narrative for the weekly exec email."""
from __future__ import annotations

from monitor import llm
from monitor.reporters.base import Reporter, register


@register("narrative")
class NarrativeReporter(Reporter):
    def __init__(self, config, ctx=None) -> None:
        super().__init__(config, ctx)
        self.client = llm.anthropic_client()
        self.model = config.get("model", llm.DEFAULT_MODELS["anthropic"])
        self.sink = config.get("sink", "/var/lib/monitor/narratives")

    def _rewrite(self, body: str) -> str:
        resp = self.client.messages.create(
            model=self.model,
            max_tokens=1200,
            system="Rewrite this ops report as a short narrative for non-engineers.",
            messages=[{"role": "user", "content": body}],
        )
        return "".join(block.text for block in resp.content if block.type == "text")

    async def send(self, title: str, body: str) -> None:
        text = self._rewrite(body)
        with open(f"{self.sink}/{title.replace(' ', '_')}.md", "w", encoding="utf-8") as fh:
            fh.write(f"# {title}\n\n{text}\n")
