from __future__ import annotations

from datetime import timedelta
from typing import List, Optional

from temporalio import workflow
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from backoffice.activities import vendor_matching
    from backoffice.activities.invoices import InvoiceActivities
    from backoffice.models import InvoiceFields, InvoiceInput, InvoiceResult
    from backoffice.retry_policies import INTERNAL_RETRY, INTERNAL_TIMEOUT, LLM_RETRY, LLM_TIMEOUT

APPROVAL_LIMIT = 10_000.0


@workflow.defn
class InvoiceWorkflow:
    """v2 invoice intake. Waits for a human approval signal above APPROVAL_LIMIT."""

    def __init__(self) -> None:
        self._approved: Optional[bool] = None
        self._status = "started"

    @workflow.signal
    def approve(self, approved: bool) -> None:
        self._approved = approved

    @workflow.query
    def status(self) -> str:
        return self._status

    @workflow.run
    async def run(self, inp: InvoiceInput) -> InvoiceResult:
        text = await workflow.execute_activity_method(
            InvoiceActivities.load_invoice_text,
            inp,
            start_to_close_timeout=INTERNAL_TIMEOUT,
            retry_policy=INTERNAL_RETRY,
        )
        self._status = "extracting"
        fields: InvoiceFields = await workflow.execute_activity_method(
            InvoiceActivities.extract_fields,
            text,
            start_to_close_timeout=LLM_TIMEOUT,
            retry_policy=LLM_RETRY,
        )
        fields.line_items = await workflow.execute_activity_method(
            InvoiceActivities.extract_line_items,
            text,
            start_to_close_timeout=LLM_TIMEOUT,
            retry_policy=LLM_RETRY,
        )
        result = InvoiceResult(invoice_id=inp.invoice_id, status="pending", fields=fields)

        candidates = await workflow.execute_activity(
            vendor_matching.find_vendor_candidates,
            inp.vendor_hint or fields.vendor_name,
            start_to_close_timeout=LLM_TIMEOUT,
            retry_policy=LLM_RETRY,
        )
        result.vendor_id = await workflow.execute_activity(
            vendor_matching.pick_vendor,
            args=[fields.vendor_name, candidates],
            start_to_close_timeout=LLM_TIMEOUT,
            retry_policy=LLM_RETRY,
        )
        descriptions: List[str] = [str(li.get("description", "")) for li in fields.line_items]
        result.gl_code = await workflow.execute_activity_method(
            InvoiceActivities.suggest_gl_code,
            args=[fields.vendor_name, descriptions],
            start_to_close_timeout=LLM_TIMEOUT,
            retry_policy=LLM_RETRY,
        )
        try:
            discrepancy = await workflow.execute_activity_method(
                InvoiceActivities.check_against_po,
                fields,
                start_to_close_timeout=LLM_TIMEOUT,
                retry_policy=LLM_RETRY,
            )
        except ActivityError:
            workflow.logger.warning("PO check failed for %s, sending to review", inp.invoice_id)
            discrepancy = "PO check failed"
        if discrepancy:
            result.notes.append(discrepancy)

        if result.vendor_id is None or discrepancy or fields.total > APPROVAL_LIMIT:
            self._status = "awaiting_approval"
            await workflow.wait_condition(lambda: self._approved is not None, timeout=timedelta(days=5))
            result.status = "approved" if self._approved else "rejected"
        else:
            result.status = "approved"

        self._status = "persisting"
        await workflow.execute_activity_method(
            InvoiceActivities.persist_result,
            result,
            start_to_close_timeout=INTERNAL_TIMEOUT,
            retry_policy=INTERNAL_RETRY,
        )
        self._status = result.status
        return result


@workflow.defn(name="InvoiceWorkflow_v1")
class InvoiceWorkflowV1:
    """Legacy definition kept for replay of open executions. Do not start new ones."""

    @workflow.run
    async def run(self, invoice_text: str) -> dict:
        fields = await workflow.execute_activity(
            "extract_invoice_fields",
            invoice_text,
            start_to_close_timeout=timedelta(minutes=2),
            retry_policy=LLM_RETRY,
        )
        gl = await workflow.execute_activity(
            "suggest_gl_code",
            args=[fields.get("vendor_name", ""), [invoice_text[:500]]],
            start_to_close_timeout=timedelta(minutes=2),
            retry_policy=LLM_RETRY,
        )
        fields["gl_code"] = gl
        return fields
