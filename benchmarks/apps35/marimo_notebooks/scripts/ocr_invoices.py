"""One-off: OCR the scanned invoices attached to billing tickets (Mistral OCR)."""
from __future__ import annotations

import base64
import sys
from pathlib import Path

from mistralai import Mistral

from nbutils.config import require


def ocr_pdf(client: Mistral, path: Path) -> str:
    data = base64.b64encode(path.read_bytes()).decode()
    result = client.ocr.process(
        model="mistral-ocr-latest",
        document={"type": "document_url", "document_url": f"data:application/pdf;base64,{data}"},
    )
    return "\n\n".join(page.markdown for page in result.pages)


def main(folder: str) -> None:
    client = Mistral(api_key=require("mistral_api_key"))
    for pdf in sorted(Path(folder).glob("*.pdf")):
        text = ocr_pdf(client, pdf)
        pdf.with_suffix(".md").write_text(text)
        print(pdf.name, len(text))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data/invoices")
