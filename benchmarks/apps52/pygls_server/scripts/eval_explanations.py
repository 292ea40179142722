#!/usr/bin/env python
"""Offline eval: explain a set of snippets with Claude, then check the outputs
with the moderation endpoint before we put them in the docs gallery."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from ai_lsp.backends import get_openai_client, make_sync_anthropic_client
from ai_lsp.prompts import EXPLAIN_SYSTEM, explain_prompt
from ai_lsp.tokens import estimate_cost


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("snippets", type=Path)
    ap.add_argument("--out", type=Path, default=Path("explanations.jsonl"))
    ap.add_argument("--model", default="claude-3-5-haiku-20241022")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    claude = make_sync_anthropic_client()
    oai = get_openai_client()
    total_cost = 0.0

    with args.out.open("w") as out:
        for path in sorted(args.snippets.glob("*.py")):
            code = path.read_text()
            messages = [{"role": "user", "content": explain_prompt("python", code)}]
            if args.dry_run:
                n = claude.messages.count_tokens(model=args.model, system=EXPLAIN_SYSTEM, messages=messages)
                print(f"{path.name}: {n.input_tokens} input tokens")
                continue
            msg = claude.messages.create(model=args.model, max_tokens=900, system=EXPLAIN_SYSTEM, messages=messages)
            text = msg.content[0].text
            total_cost += estimate_cost(args.model, msg.usage.input_tokens, msg.usage.output_tokens)
            mod = oai.moderations.create(model="omni-moderation-latest", input=text)
            out.write(json.dumps({"file": path.name, "explanation": text, "flagged": mod.results[0].flagged}) + "\n")
    print(f"estimated cost: ${total_cost:.4f}")


if __name__ == "__main__":
    main()
