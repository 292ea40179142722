"""Invoice intake activities (v2, class-based)."""
from __future__ import annotations

import asyncio
import dataclasses
import logging
from typing import List, Optional

from temporalio import activity

from backoffice.clients import ClientBundle
from backoffice.config import Settings
from backoffice.errors import ExtractionError, NonRetryableInputError
from backoffice.models import InvoiceFields, InvoiceInput, InvoiceResult, LineItemList
from backoffice.prompts import DISCREPANCY_V1, GL_CODING_V2, INVOICE_EXTRACTION_V3, LINE_ITEMS_V1
from backoffice.services.integrations import ErpClient
from backoffice.services.persistence import DocumentStore, InvoiceRepository
from backoffice.utils import parse_json_reply

logger = logging.getLogger(__name__)

_CHART = "6100 Office supplies\n6200 Software\n6300 Professional services\n6400 Travel\n6500 Facilities\n6900 Other"


class InvoiceActivities:
    def __init__(self, clients: ClientBundle, settings: Settings) -> None:
        self._openai = clients.openai_async
        self._bedrock = clients.bedrock_runtime
        self._models = settings.models
        self._store = DocumentStore(settings.documents_bucket, client=clients.s3)
        self._invoices = InvoiceRepository()
        self._erp = ErpClient()

    @activity.defn
    async def load_invoice_text(self, inp: InvoiceInput) -> str:
        text = await asyncio.to_thread(self._store.read_text, inp.s3_key)
        if len(text.strip()) < 20:
            raise NonRetryableInputError(f"invoice {inp.invoice_id} has no text layer")
        return text

    @activity.defn
    async def extract_fields(self, invoice_text: str) -> InvoiceFields:
        completion = await self._openai.chat.completions.create(
            model=self._models.extraction,
            temperature=0,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": INVOICE_EXTRACTION_V3},
                {"role": "user", "content": invoice_text[:40000]},
            ],
        )
        raw = completion.choices[0].message.content or "{}"
        try:
            data = parse_json_reply(raw)
            return InvoiceFields(
                vendor_name=data["vendor_name"],
                invoice_number=str(data["invoice_number"]),
                total=float(data["total"]),
                currency=data.get("currency") or "USD",
                due_date=data.get("due_date"),
                po_number=data.get("po_number"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ExtractionError(f"could not parse extraction: {exc}") from exc

    @activity.defn
    async def extract_line_items(self, invoice_text: str) -> List[dict]:
        parsed = await self._openai.chat.completions.parse(
            model=self._models.extraction,
            messages=[
                {"role": "system", "content": LINE_ITEMS_V1},
                {"role": "user", "content": invoice_text[:40000]},
            ],
            response_format=LineItemList,
        )
        result = parsed.choices[0].message.parsed
        if result is None:
            raise ExtractionError("model refused line item extraction")
        return [item.model_dump() for item in result.items]

    @activity.defn(name="invoice.suggest_gl_code")
    async def suggest_gl_code(self, vendor_name: str, descriptions: List[str]) -> str:
        # boto3 is sync; keep the event loop free for the other activities.
        response = await asyncio.to_thread(
            self._bedrock.converse,
            modelId=self._models.bedrock_converse,
            system=[{"text": GL_CODING_V2.format(chart=_CHART)}],
            messages=[{"role": "user", "content": [{"text": f"Vendor: {vendor_name}\n" + "\n".join(descriptions)}]}],
            inferenceConfig={"maxTokens": 10, "temperature": 0.0},
        )
        code = response["output"]["message"]["content"][0]["text"].strip()
        return code.split()[0] if code else "6900"

    @activity.defn
    async def check_against_po(self, fields: InvoiceFields) -> Optional[str]:
        if not fields.po_number:
            return None
        po = await self._erp.get_purchase_order(fields.po_number)
        if po is None:
            return f"PO {fields.po_number} not found in ERP"
        if abs(float(po["amount"]) - fields.total) < 0.01:
            return None
        response = await self._openai.responses.create(
            model=self._models.extraction_mini,
            instructions=DISCREPANCY_V1,
            input=f"INVOICE:\n{dataclasses.asdict(fields)}\n\nPURCHASE ORDER:\n{po}",
            max_output_tokens=300,
        )
        return response.output_text

    @activity.defn
    async def persist_result(self, result: InvoiceResult) -> None:
        await self._invoices.create(result.invoice_id, result.status, dataclasses.asdict(result))
        if result.status == "approved" and result.fields is not None:
            bill_id = await self._erp.post_bill(
                {
                    "vendor_id": result.vendor_id,
                    "external_ref": result.fields.invoice_number,
                    "amount": result.fields.total,
                    "currency": result.fields.currency,
                    "gl_code": result.gl_code,
                }
            )
            activity.logger.info("posted bill %s for invoice %s", bill_id, result.invoice_id)
