#!/usr/bin/env python
"""Export the clause library to Markdown for the knowledge site."""
from __future__ import annotations

import argparse
from pathlib import Path

from counseldesk.legacy.clause_library import ClauseAssistant, ClauseLibrary


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("library", type=Path)
    ap.add_argument("--out", type=Path, default=Path("clauses.md"))
    ap.add_argument("--seed", action="store_true", help="add the default confidentiality clause if missing")
    args = ap.parse_args()

    lib = ClauseLibrary(args.library)
    if args.seed and not lib.search("confidential"):
        lib.create(
            "conf-std",
            "Confidentiality (standard)",
            "Each party shall keep the {{ subject }} confidential for {{ years }} years.",
            tags=["confidentiality", "nda"],
        )
    sample = lib.get("conf-std").generate(subject="Confidential Information", years="3") if args.seed else ""
    helper = ClauseAssistant(lib)
    print(helper.chat("/find nda"))
    args.out.write_text(lib.export_markdown() + ("\n\n<!-- sample -->\n" + sample if sample else ""), encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
