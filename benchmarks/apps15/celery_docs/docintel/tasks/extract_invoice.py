"""Supplier invoice extraction (repair shops, loss adjusters, medical providers)."""
import logging
from decimal import Decimal, InvalidOperation
from typing import List, Optional

from pydantic import BaseModel, Field

from docintel.celery_app import app
from docintel.core.clients import bedrock_runtime
from docintel.core.db import session_scope
from docintel.core.settings import settings
from docintel.core.worker_clients import get_clients
from docintel.models import DocStatus, Document, ExtractionResult
from docintel.services.bedrock_helpers import tool_input
from docintel.tasks.base import DocTask, PermanentTaskError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 4

INVOICE_TOOL = {
    "toolSpec": {
        "name": "record_invoice",
        "description": "Record the header fields of a supplier invoice.",
        "inputSchema": {
            "json": {
                "type": "object",
                "properties": {
                    "supplier_name": {"type": "string"},
                    "supplier_vat_id": {"type": ["string", "null"]},
                    "invoice_number": {"type": "string"},
                    "invoice_date": {"type": "string", "description": "ISO 8601"},
                    "due_date": {"type": ["string", "null"]},
                    "currency": {"type": "string"},
                    "net_amount": {"type": "number"},
                    "vat_amount": {"type": "number"},
                    "gross_amount": {"type": "number"},
                    "iban": {"type": ["string", "null"]},
                    "claim_reference": {"type": ["string", "null"]},
                },
                "required": ["supplier_name", "invoice_number", "invoice_date", "currency", "gross_amount"],
            }
        },
    }
}


class LineItem(BaseModel):
    description: str
    quantity: float = 1
    unit_price: float
    total: float
    vat_rate: Optional[float] = Field(default=None, description="e.g. 0.19")


class LineItems(BaseModel):
    items: List[LineItem]
    sum_matches_net: bool


def _to_decimal(value) -> Optional[Decimal]:
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except (InvalidOperation, TypeError):
        return None


def _extract_header(text: str) -> dict:
    response = bedrock_runtime.converse(
        modelId=settings.bedrock_sonnet_model,
        system=[{"text": "You extract data from supplier invoices sent to an insurer. Use the tool."}],
        messages=[{"role": "user", "content": [{"text": text[:60000]}]}],
        toolConfig={"tools": [INVOICE_TOOL], "toolChoice": {"tool": {"name": "record_invoice"}}},
        inferenceConfig={"maxTokens": 1200, "temperature": 0},
    )
    fields = tool_input(response, "record_invoice")
    if fields is None:
        raise PermanentTaskError("model did not return invoice fields")
    return fields


def _extract_line_items(text: str, net_amount) -> LineItems:
    completion = get_clients().azure.chat.completions.parse(
        model=settings.azure_chat_deployment,
        messages=[
            {
                "role": "system",
                "content": "Extract every line item of this invoice. Set sum_matches_net if the line totals "
                           f"add up to the net amount {net_amount}.",
            },
            {"role": "user", "content": text[:60000]},
        ],
        response_format=LineItems,
        temperature=0,
    )
    parsed = completion.choices[0].message.parsed
    if parsed is None:
        raise PermanentTaskError(completion.choices[0].message.refusal or "no line items parsed")
    return parsed


@app.task(bind=True, base=DocTask, name="docintel.tasks.extract_invoice.extract_invoice",
          soft_time_limit=300, time_limit=360)
def extract_invoice(self, document_id: str) -> str:
    with session_scope() as session:
        doc = session.get(Document, document_id)
        text = doc.full_text

    header = _extract_header(text)
    items = _extract_line_items(text, header.get("net_amount"))

    gross = _to_decimal(header.get("gross_amount"))
    net = _to_decimal(header.get("net_amount"))
    vat = _to_decimal(header.get("vat_amount"))
    consistent = gross is not None and net is not None and vat is not None and net + vat == gross

    with session_scope() as session:
        result = ExtractionResult.create(
            session,
            document_id=document_id,
            schema_name="invoice",
            schema_version=SCHEMA_VERSION,
            model=settings.bedrock_sonnet_model,
            fields={**header, "line_items": [i.model_dump() for i in items.items]},
            confidence=1.0 if (consistent and items.sum_matches_net) else 0.5,
        )
        doc = session.get(Document, document_id)
        doc.status = DocStatus.EXTRACTED if consistent else DocStatus.NEEDS_REVIEW
        result_id = result.id
    return result_id
