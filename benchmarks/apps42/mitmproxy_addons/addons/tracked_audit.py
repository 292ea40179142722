"""Audit auth flows (login, token refresh, OAuth) and write a short risk
note per flow.  This is the addon we point people to as the example of
tracked LLM usage -- mostly."""
from __future__ import annotations

import functools
import logging

from mitmproxy import ctx, http

from shared.clients import get_async_openai
from shared.flowtext import flow_to_text
from shared.llm_usage_tracker import llm_tracker
from shared.multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger(__name__)

AUTH_PATHS = ("/login", "/oauth", "/token", "/session", "/signin", "/authorize")


class AuthAudit:
    def load(self, loader):
        loader.add_option("authaudit_enabled", bool, False, "LLM review of authentication flows.")
        loader.add_option("authaudit_model", str, "gpt-4o-mini", "Model for the legacy tracked path.")

    def _is_auth(self, flow: http.HTTPFlow) -> bool:
        return any(p in flow.request.path.lower() for p in AUTH_PATHS)

    async def response(self, flow: http.HTTPFlow) -> None:
        if not ctx.options.authaudit_enabled or not self._is_auth(flow):
            return
        note = await multi_model_service.generate_response(
            prompt=f"Review this authentication exchange for weaknesses:\n{flow_to_text(flow)}",
            task_type="security_review",
            complexity=TaskComplexity.MODERATE,
        )
        flow.metadata["auth_audit"] = note
        if flow.response and flow.response.status_code in (401, 403):
            flow.metadata["auth_failure_hint"] = await self._failure_hint(flow)

    async def _failure_hint(self, flow: http.HTTPFlow) -> str:
        client = get_async_openai()
        model = ctx.options.authaudit_model
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="mitm_auth_failure_hint"
        ) as usage_log:
            resp = await client.chat.completions.create(
                model=model,
                messages=[{"role": "user", "content": "Why might this request be rejected?\n"
                           + flow_to_text(flow, body_limit=1500)}],
                max_tokens=200,
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content or ""

    async def request(self, flow: http.HTTPFlow) -> None:
        # quick check on the outgoing credentials shape; added during the
        # incident in March and never moved onto the tracker
        if not ctx.options.authaudit_enabled or flow.request.method != "POST" or not self._is_auth(flow):
            return
        ask = functools.partial(get_async_openai().chat.completions.create,
                                model=ctx.options.authaudit_model, max_tokens=50)
        resp = await ask(messages=[{
            "role": "user",
            "content": "Does this login body send a password in cleartext? yes/no\n"
                       + (flow.request.get_text(strict=False) or "")[:1000],
        }])
        if (resp.choices[0].message.content or "").lower().startswith("yes"):
            flow.marked = ":key:"

    def error(self, flow: http.HTTPFlow):
        if self._is_auth(flow):
            logger.warning("auth flow errored: %s", flow.error)


addons = [AuthAudit()]
