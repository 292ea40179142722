"""``nbcopilot`` command line: ask from a terminal, or annotate a notebook file."""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path

from .cost import count_tokens, estimate_cost, format_cost
from .providers import PROVIDERS, get_provider
from .services.multi_model_service import TaskComplexity, multi_model_service
from .settings import settings


def cmd_ask(args) -> int:
    backend = get_provider(args.provider, args.model)
    prompt = " ".join(args.prompt) or sys.stdin.read()
    if args.stream:
        for chunk in backend.stream([{"role": "user", "content": prompt}], system=settings.system_prompt):
            sys.stdout.write(chunk)
            sys.stdout.flush()
        print()
    else:
        c = backend.complete([{"role": "user", "content": prompt}], system=settings.system_prompt)
        print(c.text)
        print(f"\n[{c.provider}/{c.model} {c.input_tokens}+{c.output_tokens} tokens]", file=sys.stderr)
    return 0


def cmd_tracked(args) -> int:
    prompt = " ".join(args.prompt)
    answer = asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt, task_type="cli", complexity=TaskComplexity[args.complexity.upper()]
        )
    )
    print(answer)
    return 0


def cmd_annotate(args) -> int:
    """Add a markdown cell after every code cell explaining it."""
    nb = json.loads(Path(args.notebook).read_text())
    backend = get_provider(args.provider)
    new_cells = []
    for cell in nb["cells"]:
        new_cells.append(cell)
        if cell["cell_type"] != "code" or not "".join(cell["source"]).strip():
            continue
        src = "".join(cell["source"])
        c = backend.complete([{"role": "user", "content": f"Explain briefly:\n```python\n{src}\n```"}])
        new_cells.append({"cell_type": "markdown", "metadata": {"nbcopilot": True}, "source": c.text})
    nb["cells"] = new_cells
    out = Path(args.output or args.notebook)
    out.write_text(json.dumps(nb, indent=1))
    print(f"wrote {out}")
    return 0


def cmd_estimate(args) -> int:
    text = Path(args.file).read_text()
    n = count_tokens(text, args.model)
    print(f"{n} tokens, ~{format_cost(estimate_cost(args.model, n, 0))} input on {args.model}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="nbcopilot")
    sub = p.add_subparsers(dest="cmd", required=True)

    a = sub.add_parser("ask")
    a.add_argument("prompt", nargs="*")
    a.add_argument("-p", "--provider", choices=sorted(PROVIDERS), default=None)
    a.add_argument("-m", "--model")
    a.add_argument("-s", "--stream", action="store_true")
    a.set_defaults(func=cmd_ask)

    t = sub.add_parser("tracked")
    t.add_argument("prompt", nargs="+")
    t.add_argument("--complexity", default="simple", choices=["simple", "agentic"])
    t.set_defaults(func=cmd_tracked)

    n = sub.add_parser("annotate")
    n.add_argument("notebook")
    n.add_argument("-o", "--output")
    n.add_argument("-p", "--provider")
    n.set_defaults(func=cmd_annotate)

    e = sub.add_parser("estimate")
    e.add_argument("file")
    e.add_argument("-m", "--model", default="gpt-4o-mini")
    e.set_defaults(func=cmd_estimate)
    return p


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
