"""CLI to start workflows by hand (ops runbook + local dev).

    python -m backoffice.starter invoice INV-123 invoices/2024/inv-123.pdf
    python -m backoffice.starter triage --file email.json
    python -m backoffice.starter preview-triage --file email.json   # no worker needed
"""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import uuid
from datetime import datetime, timezone

from temporalio.client import Client
from temporalio.common import WorkflowIDReusePolicy

from backoffice.clients import llm
from backoffice.config import get_settings
from backoffice.models import BatchRequest, ContractInput, DocumentInput, EmailMessage, InvoiceInput, ReportRequest
from backoffice.prompts import TRIAGE_V4
from backoffice.workflows import (
    ContractReviewWorkflow,
    DocumentIngestWorkflow,
    InboxTriageWorkflow,
    InvoiceWorkflow,
    NightlyBatchWorkflow,
    WeeklyReportWorkflow,
)


async def _client() -> Client:
    s = get_settings()
    return await Client.connect(s.temporal_host, namespace=s.temporal_namespace)


def _load_email(path: str) -> EmailMessage:
    with open(path) as fh:
        data = json.load(fh)
    return EmailMessage(
        message_id=data.get("message_id") or str(uuid.uuid4()),
        mailbox=data.get("mailbox", "ap@acme.com"),
        sender=data["from"],
        subject=data.get("subject", ""),
        body=data["body"],
        received_at=data.get("received_at") or datetime.now(timezone.utc).isoformat(),
    )


async def cmd_invoice(args: argparse.Namespace) -> None:
    client = await _client()
    handle = await client.start_workflow(
        InvoiceWorkflow.run,
        InvoiceInput(invoice_id=args.invoice_id, s3_key=args.s3_key, vendor_hint=args.vendor),
        id=f"invoice-{args.invoice_id}",
        task_queue=get_settings().task_queue,
        id_reuse_policy=WorkflowIDReusePolicy.ALLOW_DUPLICATE_FAILED_ONLY,
    )
    print(f"started {handle.id} run={handle.result_run_id}")
    if args.wait:
        print(json.dumps((await handle.result()).__dict__, default=str, indent=2))


async def cmd_approve(args: argparse.Namespace) -> None:
    client = await _client()
    handle = client.get_workflow_handle(f"invoice-{args.invoice_id}")
    await handle.signal(InvoiceWorkflow.approve, not args.reject)
    print("status:", await handle.query(InvoiceWorkflow.status))


async def cmd_triage(args: argparse.Namespace) -> None:
    email = _load_email(args.file)
    client = await _client()
    result = await client.execute_workflow(
        InboxTriageWorkflow.run,
        email,
        id=f"triage-{email.message_id}",
        task_queue=get_settings().task_queue,
    )
    print(json.dumps(result.__dict__, indent=2))


def cmd_preview_triage(args: argparse.Namespace) -> None:
    """Run the triage prompt directly, for prompt iteration without a worker."""
    email = _load_email(args.file)
    msg = llm.get_anthropic().messages.create(
        model=args.model or get_settings().models.triage,
        max_tokens=200,
        system=TRIAGE_V4,
        messages=[{"role": "user", "content": f"From: {email.sender}\nSubject: {email.subject}\n\n{email.body}"}],
    )
    print(msg.content[0].text)
    print(f"-- {msg.usage.input_tokens} in / {msg.usage.output_tokens} out", file=sys.stderr)


def cmd_models(args: argparse.Namespace) -> None:
    print("openai:")
    for m in llm.get_openai().models.list():
        print("  ", m.id)
    print("mistral:")
    for m in llm.get_mistral().models.list().data or []:
        print("  ", m.id)


async def cmd_ingest(args: argparse.Namespace) -> None:
    client = await _client()
    doc = DocumentInput(document_id=args.document_id, s3_key=args.s3_key, collection=args.collection)
    handle = await client.start_workflow(
        DocumentIngestWorkflow.run, doc, id=f"ingest-{doc.document_id}", task_queue=get_settings().task_queue
    )
    print(f"started {handle.id}")


async def cmd_contract(args: argparse.Namespace) -> None:
    client = await _client()
    inp = ContractInput(contract_id=args.contract_id, s3_key=args.s3_key, counterparty=args.counterparty)
    handle = await client.start_workflow(
        ContractReviewWorkflow.run, inp, id=f"contract-{inp.contract_id}", task_queue=get_settings().task_queue
    )
    print(f"started {handle.id}")


async def cmd_nightly(args: argparse.Namespace) -> None:
    with open(args.file) as fh:
        raw = json.load(fh)
    requests = {provider: BatchRequest(**req) for provider, req in raw.items()}
    client = await _client()
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d")
    handle = await client.start_workflow(
        NightlyBatchWorkflow.run, requests, id=f"nightly-{stamp}", task_queue=get_settings().batch_task_queue
    )
    print(f"started {handle.id}")


async def cmd_report(args: argparse.Namespace) -> None:
    with open(args.metrics) as fh:
        metrics = json.load(fh)
    client = await _client()
    title = await client.execute_workflow(
        WeeklyReportWorkflow.run,
        ReportRequest(period=args.period, team=args.team, metrics=metrics),
        id=f"report-{args.team}-{args.period}",
        task_queue=get_settings().task_queue,
    )
    print(title)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="backoffice-start")
    sub = p.add_subparsers(dest="cmd", required=True)

    inv = sub.add_parser("invoice")
    inv.add_argument("invoice_id")
    inv.add_argument("s3_key")
    inv.add_argument("--vendor")
    inv.add_argument("--wait", action="store_true")
    inv.set_defaults(fn=cmd_invoice)

    ap = sub.add_parser("approve")
    ap.add_argument("invoice_id")
    ap.add_argument("--reject", action="store_true")
    ap.set_defaults(fn=cmd_approve)

    tr = sub.add_parser("triage")
    tr.add_argument("--file", required=True)
    tr.set_defaults(fn=cmd_triage)

    pt = sub.add_parser("preview-triage")
    pt.add_argument("--file", required=True)
    pt.add_argument("--model")
    pt.set_defaults(fn=cmd_preview_triage)

    md = sub.add_parser("models")
    md.set_defaults(fn=cmd_models)

    ing = sub.add_parser("ingest")
    ing.add_argument("document_id")
    ing.add_argument("s3_key")
    ing.add_argument("--collection", default="policies")
    ing.set_defaults(fn=cmd_ingest)

    ct = sub.add_parser("contract")
    ct.add_argument("contract_id")
    ct.add_argument("s3_key")
    ct.add_argument("--counterparty", required=True)
    ct.set_defaults(fn=cmd_contract)

    nb = sub.add_parser("nightly")
    nb.add_argument("--file", required=True, help="JSON of provider -> BatchRequest")
    nb.set_defaults(fn=cmd_nightly)

    rp = sub.add_parser("report")
    rp.add_argument("period")
    rp.add_argument("--team", default="ap")
    rp.add_argument("--metrics", required=True)
    rp.set_defaults(fn=cmd_report)
    return p


def main(argv=None) -> None:
    args = build_parser().parse_args(argv)
    result = args.fn(args)
    if asyncio.iscoroutine(result):
        asyncio.run(result)


if __name__ == "__main__":
    main()
