from __future__ import annotations

import asyncio
from typing import List

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from backoffice.activities.contracts import ContractReviewActivities, RedlineActivities
    from backoffice.activities.documents import DocumentActivities
    from backoffice.models import ContractFinding, ContractInput, DocumentInput
    from backoffice.retry_policies import (
        HEARTBEAT_TIMEOUT,
        INTERNAL_RETRY,
        INTERNAL_TIMEOUT,
        LLM_RETRY,
        LLM_TIMEOUT,
        LONG_LLM_TIMEOUT,
    )

EMBED_BATCH = 200


@workflow.defn
class DocumentIngestWorkflow:
    @workflow.run
    async def run(self, doc: DocumentInput) -> int:
        text = await workflow.execute_activity_method(
            DocumentActivities.ocr_document, doc, start_to_close_timeout=LONG_LLM_TIMEOUT, retry_policy=LLM_RETRY
        )
        chunks = await workflow.execute_activity_method(
            DocumentActivities.split, args=[doc, text], start_to_close_timeout=INTERNAL_TIMEOUT
        )
        stored = 0
        for start in range(0, len(chunks), EMBED_BATCH):
            embedded = await workflow.execute_activity_method(
                DocumentActivities.embed_chunks,
                args=[doc.collection, chunks[start:start + EMBED_BATCH]],
                start_to_close_timeout=LONG_LLM_TIMEOUT,
                heartbeat_timeout=HEARTBEAT_TIMEOUT,
                retry_policy=LLM_RETRY,
            )
            stored += await workflow.execute_activity_method(
                DocumentActivities.store_chunks,
                embedded,
                start_to_close_timeout=INTERNAL_TIMEOUT,
                retry_policy=INTERNAL_RETRY,
            )
        return stored


@workflow.defn
class ContractReviewWorkflow:
    @workflow.run
    async def run(self, inp: ContractInput) -> dict:
        text = await workflow.execute_activity_method(
            ContractReviewActivities.load_contract, inp, start_to_close_timeout=LLM_TIMEOUT, retry_policy=INTERNAL_RETRY
        )
        findings: List[ContractFinding] = await workflow.execute_activity_method(
            ContractReviewActivities.review,
            args=[inp, text],
            start_to_close_timeout=LONG_LLM_TIMEOUT,
            retry_policy=LLM_RETRY,
        )
        high = [f for f in findings if f.risk == "high"]
        explanations = await asyncio.gather(
            *[
                workflow.execute_activity_method(
                    ContractReviewActivities.explain_high_risk,
                    args=[inp, f],
                    start_to_close_timeout=LLM_TIMEOUT,
                    retry_policy=LLM_RETRY,
                )
                for f in high
            ]
        )
        if workflow.patched("bo-451-redlines"):
            findings = [
                await workflow.execute_activity_method(
                    RedlineActivities.rewrite_clause,
                    args=[f, f.clause.split(":")[0].lower().replace(" ", "_")],
                    start_to_close_timeout=LLM_TIMEOUT,
                    retry_policy=LLM_RETRY,
                )
                if f.risk != "low"
                else f
                for f in findings
            ]
        summary = await workflow.execute_activity_method(
            ContractReviewActivities.summarize_for_legal,
            args=[inp, findings],
            start_to_close_timeout=LONG_LLM_TIMEOUT,
            heartbeat_timeout=HEARTBEAT_TIMEOUT,
            retry_policy=LLM_RETRY,
        )
        return {
            "contract_id": inp.contract_id,
            "summary": summary,
            "findings": [f.__dict__ for f in findings],
            "high_risk_explanations": list(explanations),
        }
