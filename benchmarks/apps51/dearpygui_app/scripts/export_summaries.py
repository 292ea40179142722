#!/usr/bin/env python
"""Batch-summarise a folder of PDFs to markdown."""
from __future__ import annotations

import argparse
from pathlib import Path

from research_assistant.legacy.classic_summary import classic_summary
from research_assistant.services.summarizer import read_pdf
from research_assistant.services.summarizer import PdfSummarizer


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path, default=Path("summaries"))
    ap.add_argument("--classic", action="store_true")
    ap.add_argument("--offline", action="store_true")
    args = ap.parse_args()
    args.out.mkdir(exist_ok=True)
    summarizer = None if args.classic else PdfSummarizer()
    for pdf in sorted(args.folder.glob("*.pdf")):
        if summarizer:
            text = summarizer.summarise(str(pdf))
        else:
            text = classic_summary("\n".join(p.text for p in read_pdf(pdf)), offline=args.offline)
        (args.out / f"{pdf.stem}.md").write_text(f"# {pdf.stem}\n\n{text}\n")
        print("wrote", pdf.stem)


if __name__ == "__main__":
    main()
