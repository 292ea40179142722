# requirements:
# anthropic
import base64
import json

import wmill
from anthropic import Anthropic

from f.common.prompts import INVOICE_SYSTEM
from f.common.resources import anthropic as AnthropicResource


REQUIRED_FIELDS = ("vendor", "invoice_number", "issue_date", "currency", "total")


def validate_invoice(inv: dict) -> list[str]:
    """Return a list of problems; empty means the invoice can be auto-posted."""
    problems = [f"missing {f}" for f in REQUIRED_FIELDS if not inv.get(f)]
    items = inv.get("line_items") or []
    try:
        computed = round(sum(float(i.get("quantity") or 0) * float(i.get("unit_price") or 0)
                             for i in items), 2)
        total = round(float(inv.get("total") or 0), 2)
        if items and abs(computed - total) > max(0.05, total * 0.01):
            problems.append(f"line items sum to {computed}, total says {total}")
    except (TypeError, ValueError):
        problems.append("non-numeric amounts")
    if inv.get("currency") and len(str(inv["currency"])) != 3:
        problems.append("currency is not an ISO code")
    return problems


def main(s3_key: str, claude: AnthropicResource, model: str = "claude-3-5-sonnet-20241022"):
    pdf = wmill.load_s3_file(wmill.S3Object(s3=s3_key))
    client = Anthropic(api_key=claude["apiKey"])

    # pre-flight token count so giant scans get routed to the manual queue instead
    count = client.messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": [{
            "type": "document",
            "source": {"type": "base64", "media_type": "application/pdf",
                       "data": base64.b64encode(pdf).decode()},
        }]}],
    )
    if count.input_tokens > 150_000:
        return {"s3_key": s3_key, "status": "manual_review", "tokens": count.input_tokens}

    message = client.messages.create(
        model=model,
        max_tokens=2000,
        system=INVOICE_SYSTEM,
        messages=[{
            "role": "user",
            "content": [
                {"type": "document", "source": {"type": "base64", "media_type": "application/pdf",
                                                "data": base64.b64encode(pdf).decode()}},
                {"type": "text", "text": "Extract the invoice. JSON only."},
            ],
        }],
    )
    raw = message.content[0].text
    start, end = raw.find("{"), raw.rfind("}")
    invoice = json.loads(raw[start:end + 1])
    problems = validate_invoice(invoice)
    return {
        "s3_key": s3_key,
        "status": "ok" if not problems else "needs_review",
        "problems": problems,
        "invoice": invoice,
        "usage": {"input": message.usage.input_tokens, "output": message.usage.output_tokens},
    }
