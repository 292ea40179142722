from __future__ import annotations

import json
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from itertools import islice
from pathlib import Path
from typing import Iterator, List

import click

from opskit.clients import get_deepseek_client
from opskit.context import OpsContext
from prompts import log_triage_messages

log = logging.getLogger(__name__)

CHUNK_LINES = 400


def _chunks(lines: List[str], size: int) -> Iterator[List[str]]:
    it = iter(lines)
    while True:
        block = list(islice(it, size))
        if not block:
            return
        yield block


def _parse_problems(raw: str) -> list:
    try:
        return json.loads(raw).get("problems", [])
    except (ValueError, AttributeError):
        log.warning("model returned non-JSON triage output")
        return [{"description": raw.strip()[:300], "example": ""}]


@click.group(name="logs")
def group() -> None:
    """Log triage."""


@group.command("triage")
@click.argument("logfile", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--service", required=True)
@click.option("--workers", default=4, show_default=True)
@click.pass_obj
def triage(ops: OpsContext, logfile: Path, service: str, workers: int) -> None:
    """Group a large log file into distinct problems."""
    lines = [ln.rstrip("\n") for ln in logfile.open(encoding="utf-8", errors="replace") if ln.strip()]
    client = get_deepseek_client()
    model = ops.settings.triage_model

    def _triage(chunk: List[str]) -> list:
        resp = client.chat.completions.create(
            model=model,
            messages=log_triage_messages(service, chunk),
            response_format={"type": "json_object"},
            temperature=0,
        )
        return _parse_problems(resp.choices[0].message.content or "{}")

    problems: list = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for found in pool.map(_triage, _chunks(lines, CHUNK_LINES)):
            problems.extend(found)
    ops.emit({"service": service, "lines": len(lines), "problems": problems})


@group.command("explain")
@click.argument("lines", nargs=-1, required=True)
@click.pass_obj
def explain(ops: OpsContext, lines) -> None:
    """Explain individual log lines, in parallel."""
    with ThreadPoolExecutor(max_workers=ops.settings.max_workers) as pool:
        futures = {
            pool.submit(
                ops.deepseek.chat.completions.create,
                model="deepseek-chat",
                messages=[{"role": "user", "content": f"Explain this log line briefly:\n{line}"}],
                max_tokens=200,
            ): line
            for line in lines
        }
        for fut in as_completed(futures):
            click.secho(futures[fut], bold=True)
            click.echo("  " + (fut.result().choices[0].message.content or "").strip())
