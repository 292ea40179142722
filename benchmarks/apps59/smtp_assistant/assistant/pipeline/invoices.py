"""Invoice extraction: structured output from OpenAI, HF model as a cheap first pass."""
from __future__ import annotations

import io
import logging
from datetime import date
from decimal import Decimal

from pydantic import BaseModel, Field

from assistant.config import get_settings
from assistant.llm import get_openai_client, make_hf_client
from assistant.llm.prompts import INVOICE_SYSTEM
from assistant.parsing import ParsedMessage

log = logging.getLogger(__name__)


class LineItem(BaseModel):
    description: str
    quantity: float | None = None
    unit_price: Decimal | None = None
    amount: Decimal | None = None


class Invoice(BaseModel):
    vendor: str | None = None
    invoice_number: str | None = None
    issue_date: date | None = None
    due_date: date | None = None
    currency: str | None = Field(default=None, max_length=3)
    total: Decimal | None = None
    line_items: list[LineItem] = Field(default_factory=list)


def _pdf_text(payload: bytes) -> str:
    try:
        from pypdf import PdfReader
    except ImportError:  # optional dependency
        return ""
    reader = PdfReader(io.BytesIO(payload))
    return "\n".join((page.extract_text() or "") for page in reader.pages[:5])


def gather_text(msg: ParsedMessage) -> str:
    chunks = [msg.short(8000)]
    for att in msg.attachments:
        if att.is_pdf:
            chunks.append(f"--- attachment {att.filename} ---\n{_pdf_text(att.payload)}")
    return "\n\n".join(chunks)


def looks_like_invoice(text: str) -> bool:
    """Cheap yes/no from a small open model before we pay for structured extraction."""
    hf = make_hf_client("HuggingFaceH4/zephyr-7b-beta")
    answer = hf.text_generation(
        f"Is the following email an invoice or a bill? Answer yes or no.\n\n{text[:3000]}\n\nAnswer:",
        max_new_tokens=3,
        temperature=0.01,
    )
    return answer.strip().lower().startswith("yes")


class InvoiceExtractor:
    def __init__(self, client=None, model: str | None = None):
        self.client = client or get_openai_client()
        self.model = model or get_settings().openai_model

    def extract(self, msg: ParsedMessage) -> Invoice | None:
        text = gather_text(msg)
        completion = self.client.chat.completions.parse(
            model=self.model,
            messages=[{"role": "system", "content": INVOICE_SYSTEM}, {"role": "user", "content": text}],
            response_format=Invoice,
        )
        parsed = completion.choices[0].message.parsed
        if parsed is None:
            log.info("model refused invoice extraction for %s", msg.message_id)
        return parsed

    def upload_for_batch(self, path: str) -> str:
        """Month-end reprocessing goes through the Batch API; this only uploads the JSONL."""
        with open(path, "rb") as fh:
            f = self.client.files.create(file=fh, purpose="batch")
        return f.id
