from __future__ import annotations

import httpx
import structlog

log = structlog.get_logger(__name__)


class SlackNotifier:
    """Posts ops messages to a Slack incoming webhook. No-op when not configured."""

    def __init__(self, webhook_url: str | None, http: httpx.AsyncClient | None = None) -> None:
        self.webhook_url = webhook_url
        self._http = http or httpx.AsyncClient(timeout=10)

    async def post(self, text: str, *, blocks: list[dict] | None = None) -> None:
        if not self.webhook_url:
            log.info("slack_disabled", text=text)
            return
        payload: dict = {"text": text}
        if blocks:
            payload["blocks"] = blocks
        resp = await self._http.post(self.webhook_url, json=payload)
        if resp.status_code >= 400:
            log.warning("slack_post_failed", status=resp.status_code, body=resp.text[:200])

    async def aclose(self) -> None:
        await self._http.aclose()


class ReportGenerator:
    """Builds the weekly per-tenant usage report (plain text + Slack blocks)."""

    def __init__(self, title: str = "LLM usage (7 days)") -> None:
        self.title = title

    def generate(self, rows: list[dict]) -> tuple[str, list[dict]]:
        total = sum(float(r["cost_usd"] or 0) for r in rows)
        lines = [f"*{self.title}* — total ${total:,.2f}"]
        by_tenant: dict[str, float] = {}
        for r in rows:
            by_tenant[r["tenant_id"]] = by_tenant.get(r["tenant_id"], 0.0) + float(r["cost_usd"] or 0)
        for tenant, cost in sorted(by_tenant.items(), key=lambda kv: -kv[1])[:15]:
            lines.append(f"• {tenant}: ${cost:,.2f}")
        text = "\n".join(lines)
        return text, [{"type": "section", "text": {"type": "mrkdwn", "text": text}}]
