"""Edit-format benchmark over the exercism-style exercises in ``benchmarks/exercises``.

Interactive runs go through the normal coders. For nightly regression runs we only
need the first reply to each exercise, so we submit them through the providers'
batch APIs at half price and score them the next morning:

    python -m quill.benchmark submit --model claude-sonnet-4-5 --edit-format diff
    python -m quill.benchmark collect RUN_DIR
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import logging
import sys
from pathlib import Path
from typing import Dict, List

import anthropic
import litellm
from openai import OpenAI

from quill.coders.editblock_coder import EditBlockPrompts
from quill.models.registry import get_model_settings

log = logging.getLogger("quill.benchmark")

EXERCISES_DIR = Path("benchmarks/exercises")
RUNS_DIR = Path("benchmarks/runs")


def load_exercises(limit: int = 0) -> List[Dict[str, str]]:
    out = []
    for ex_dir in sorted(EXERCISES_DIR.iterdir()):
        instructions = ex_dir / ".docs" / "instructions.md"
        if not instructions.exists():
            continue
        stub = next((p for p in ex_dir.glob("*.py") if not p.name.endswith("_test.py")), None)
        if stub is None:
            continue
        out.append({
            "id": ex_dir.name,
            "instructions": instructions.read_text(),
            "fname": stub.name,
            "stub": stub.read_text(),
        })
        if limit and len(out) >= limit:
            break
    return out


def build_messages(ex: Dict[str, str]) -> List[dict]:
    prompts = EditBlockPrompts()
    return [
        {"role": "system", "content": prompts.main_system.format(lazy_prompt="", fence="```")},
        {"role": "user", "content": f"{prompts.files_content_prefix}{ex['fname']}\n```\n{ex['stub']}\n```"},
        {"role": "assistant", "content": "Ok, any changes I propose will be to those files."},
        {"role": "user", "content": ex["instructions"]},
    ]


def submit_anthropic(model: str, exercises: List[Dict[str, str]], run_dir: Path) -> str:
    client = anthropic.Anthropic()
    settings = get_model_settings(model)
    requests = []
    for ex in exercises:
        msgs = build_messages(ex)
        requests.append({
            "custom_id": ex["id"],
            "params": {
                "model": model,
                "max_tokens": settings.max_output_tokens,
                "system": msgs[0]["content"],
                "messages": msgs[1:],
            },
        })
    batch = client.messages.batches.create(requests=requests)
    (run_dir / "batch.json").write_text(json.dumps({"provider": "anthropic", "id": batch.id}))
    return batch.id


def submit_openai(model: str, exercises: List[Dict[str, str]], run_dir: Path) -> str:
    client = OpenAI()
    lines = []
    for ex in exercises:
        lines.append(json.dumps({
            "custom_id": ex["id"],
            "method": "POST",
            "url": "/v1/chat/completions",
            "body": {"model": model, "messages": build_messages(ex)},
        }))
    payload = io.BytesIO("\n".join(lines).encode())
    upload = client.files.create(file=("benchmark.jsonl", payload), purpose="batch")
    batch = client.batches.create(
        input_file_id=upload.id,
        endpoint="/v1/chat/completions",
        completion_window="24h",
        metadata={"run": run_dir.name},
    )
    (run_dir / "batch.json").write_text(json.dumps({"provider": "openai", "id": batch.id}))
    return batch.id


def run_litellm(model: str, exercises: List[Dict[str, str]], run_dir: Path) -> None:
    """Providers without a batch API: fan out synchronously and save replies now."""
    responses = litellm.batch_completion(
        model=model,
        messages=[build_messages(ex) for ex in exercises],
        temperature=0,
    )
    results = {}
    for ex, resp in zip(exercises, responses):
        if isinstance(resp, Exception):
            results[ex["id"]] = {"error": str(resp)}
        else:
            results[ex["id"]] = {"content": resp.choices[0].message.content}
    (run_dir / "results.json").write_text(json.dumps(results, indent=2))


def collect(run_dir: Path) -> None:
    meta = json.loads((run_dir / "batch.json").read_text())
    if meta["provider"] == "anthropic":
        client = anthropic.Anthropic()
        batch = client.messages.batches.retrieve(meta["id"])
        if batch.processing_status != "ended":
            print(f"batch {batch.id} still {batch.processing_status}")
            return
        results = {}
        for entry in client.messages.batches.results(meta["id"]):
            if entry.result.type == "succeeded":
                text = "".join(b.text for b in entry.result.message.content if b.type == "text")
                results[entry.custom_id] = {"content": text}
            else:
                results[entry.custom_id] = {"error": entry.result.type}
    else:
        client = OpenAI()
        batch = client.batches.retrieve(meta["id"])
        if batch.status != "completed":
            print(f"batch {batch.id} still {batch.status}")
            return
        results = {}
        for line in client.files.content(batch.output_file_id).text.splitlines():
            row = json.loads(line)
            body = row["response"]["body"]
            results[row["custom_id"]] = {"content": body["choices"][0]["message"]["content"]}
    (run_dir / "results.json").write_text(json.dumps(results, indent=2))
    print(f"collected {len(results)} results into {run_dir}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="quill.benchmark")
    sub = parser.add_subparsers(dest="cmd", required=True)
    p_submit = sub.add_parser("submit")
    p_submit.add_argument("--model", required=True)
    p_submit.add_argument("--limit", type=int, default=0)
    p_collect = sub.add_parser("collect")
    p_collect.add_argument("run_dir", type=Path)
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.INFO)

    if args.cmd == "collect":
        collect(args.run_dir)
        return 0

    exercises = load_exercises(args.limit)
    stamp = dt.datetime.now().strftime("%Y-%m-%d-%H-%M-%S")
    run_dir = RUNS_DIR / f"{stamp}--{args.model.replace('/', '_')}"
    run_dir.mkdir(parents=True, exist_ok=True)

    provider = get_model_settings(args.model).provider
    if provider == "anthropic":
        batch_id = submit_anthropic(args.model, exercises, run_dir)
    elif provider == "openai":
        batch_id = submit_openai(args.model, exercises, run_dir)
    else:
        run_litellm(args.model, exercises, run_dir)
        batch_id = None
    print(f"{len(exercises)} exercises -> {run_dir}" + (f" (batch {batch_id})" if batch_id else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
