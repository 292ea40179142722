import uuid

import pytest
from temporalio import activity
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from backoffice.workflows.invoice import InvoiceWorkflowV1


@activity.defn(name="extract_invoice_fields")
async def fake_extract(text: str) -> dict:
    return {"vendor_name": "Globex", "invoice_number": "42", "total": 10.0}


@activity.defn(name="suggest_gl_code")
async def fake_gl(vendor: str, lines: list) -> str:
    return "6300"


@pytest.mark.asyncio
async def test_v1_workflow_replays_with_fakes():
    async with await WorkflowEnvironment.start_time_skipping() as env:
        async with Worker(
            env.client, task_queue="t", workflows=[InvoiceWorkflowV1], activities=[fake_extract, fake_gl]
        ):
            result = await env.client.execute_workflow(
                InvoiceWorkflowV1.run, "INVOICE Globex #42 total 10.00", id=str(uuid.uuid4()), task_queue="t"
            )
    assert result["gl_code"] == "6300"
