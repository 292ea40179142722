"""Records every model call as an *LLM Usage Log* row (cost, tokens, latency)."""

from __future__ import annotations

import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import frappe

from ai_helpdesk.llm.tokens import estimate_cost


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    reference_doctype: str | None = None
    reference_name: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    status: str = "Success"
    error: str | None = None
    started: float = field(default_factory=time.monotonic)


class LLMUsageTracker:
    doctype = "LLM Usage Log"

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, reference_doctype=None, reference_name=None):
        log = UsageLog(provider, model, feature_context, reference_doctype, reference_name)
        try:
            yield log
        except Exception as exc:
            log.status = "Failed"
            log.error = repr(exc)[:1000]
            raise
        finally:
            self._persist(log)

    def _persist(self, log: UsageLog):
        try:
            frappe.get_doc(
                {
                    "doctype": self.doctype,
                    "provider": log.provider,
                    "model": log.model,
                    "feature_context": log.feature_context,
                    "reference_doctype": log.reference_doctype,
                    "reference_name": log.reference_name,
                    "input_tokens": log.input_tokens,
                    "output_tokens": log.output_tokens,
                    "cost_usd": estimate_cost(log.model, log.input_tokens, log.output_tokens),
                    "latency_ms": int((time.monotonic() - log.started) * 1000),
                    "status": log.status,
                    "error": log.error,
                    "user": frappe.session.user if getattr(frappe.local, "session", None) else "Administrator",
                }
            ).insert(ignore_permissions=True)
        except Exception:
            # never let bookkeeping break the feature
            frappe.log_error(title="LLM usage log insert failed")


llm_tracker = LLMUsageTracker()


def month_spend(provider: str | None = None) -> float:
    """Spend so far this calendar month, optionally for one provider."""
    from frappe.utils import flt, get_first_day, nowdate

    filters = {"creation": [">=", get_first_day(nowdate())], "status": "Success"}
    if provider:
        filters["provider"] = provider
    total = frappe.get_all("LLM Usage Log", filters=filters, fields=["sum(cost_usd) as total"])
    return flt(total[0].total if total else 0, 4)


def check_budget(raise_exception: bool = True) -> bool:
    """Stop AI features once the monthly budget in Settings is spent."""
    budget = frappe.db.get_single_value("AI Helpdesk Settings", "monthly_budget_usd")
    if not budget:
        return True
    spent = month_spend()
    key = "ai_helpdesk:budget_warned"
    if spent >= budget * 0.8 and not frappe.cache().get_value(key):
        frappe.cache().set_value(key, 1, expires_in_sec=24 * 3600)
        frappe.sendmail(
            recipients=frappe.get_all("Has Role", filters={"role": "System Manager", "parenttype": "User"}, pluck="parent"),
            subject="AI Helpdesk: 80% of the monthly LLM budget used",
            message=f"Spent ${spent:.2f} of ${budget:.2f} this month.",
        )
    if spent >= budget:
        if raise_exception:
            frappe.throw("Monthly AI budget exhausted", title="AI Helpdesk")
        return False
    return True
