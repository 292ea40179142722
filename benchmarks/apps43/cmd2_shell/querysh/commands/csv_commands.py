"""CSV loading and LLM summaries. Loaded on demand with `load csv`."""
from __future__ import annotations

import argparse
import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import cmd2
import pandas as pd
from cmd2 import CommandSet, with_argparser, with_default_category
from google.genai import types

from querysh import prompts
from querysh.backends import anthropic_client, get_gemini_client
from querysh.formatting import describe_frame, wrap
from querysh.services.llm_usage_tracker import llm_tracker
from querysh.services.multi_model_service import TaskComplexity, multi_model_service

CHUNK_ROWS = 2_000


@with_default_category("CSV")
class CsvCommands(CommandSet):
    def __init__(self) -> None:
        super().__init__()
        self.frames: dict[str, pd.DataFrame] = {}

    loadcsv_parser = cmd2.Cmd2ArgumentParser(description="Load a CSV file as a table")
    loadcsv_parser.add_argument("path", completer=cmd2.Cmd.path_complete)
    loadcsv_parser.add_argument("--as", dest="table")

    @with_argparser(loadcsv_parser)
    def do_loadcsv(self, args: argparse.Namespace) -> None:
        path = Path(args.path).expanduser()
        table = self._cmd.db.load_csv(path, args.table)
        self.frames[table] = pd.read_csv(path, low_memory=False)
        self._cmd.poutput(f"loaded {path.name} as {table} ({len(self.frames[table])} rows)")

    summarize_parser = cmd2.Cmd2ArgumentParser(description="Summarise a loaded CSV")
    summarize_parser.add_argument("table")
    summarize_parser.add_argument("--chunked", action="store_true", help="summarise in chunks (big files)")
    summarize_parser.add_argument("--tracked", action="store_true")

    @with_argparser(summarize_parser)
    def do_summarize(self, args: argparse.Namespace) -> None:
        frame = self.frames.get(args.table)
        if frame is None:
            self._cmd.perror(f"unknown table {args.table}; use loadcsv first")
            return
        if args.tracked:
            text = asyncio.run(self._summarize_tracked(frame))
        elif args.chunked and len(frame) > CHUNK_ROWS:
            text = self._summarize_chunked(frame)
        else:
            message = anthropic_client().messages.create(
                model=self._cmd.settings.anthropic_model,
                max_tokens=1200,
                system=prompts.SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": describe_frame(frame)}],
            )
            text = message.content[0].text
        self._cmd.poutput(wrap(text))

    def _summarize_chunked(self, frame: pd.DataFrame) -> str:
        client = anthropic_client()
        model = self._cmd.settings.anthropic_model
        chunks = [frame.iloc[i : i + CHUNK_ROWS] for i in range(0, len(frame), CHUNK_ROWS)]
        with ThreadPoolExecutor(max_workers=4) as pool:
            futures = [
                pool.submit(
                    client.messages.create,
                    model=model,
                    max_tokens=400,
                    messages=[{"role": "user", "content": "Summarise this slice:\n" + describe_frame(chunk, 8)}],
                )
                for chunk in chunks
            ]
            partials = [f.result().content[0].text for f in futures]
        return asyncio.run(
            multi_model_service.generate_response(
                prompt="Merge these partial summaries into one:\n\n" + "\n---\n".join(partials),
                task_type="summary",
                complexity=TaskComplexity.AGENTIC,
            )
        )

    async def _summarize_tracked(self, frame: pd.DataFrame) -> str:
        client = anthropic_client()
        model = self._cmd.settings.anthropic_model
        async with llm_tracker.track_llm_call(provider="anthropic", model=model, feature_context="csv_summary") as usage_log:
            message = client.messages.create(
                model=model,
                max_tokens=1200,
                system=prompts.SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": describe_frame(frame)}],
            )
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return message.content[0].text

    profile_parser = cmd2.Cmd2ArgumentParser(description="Column-by-column profile written by Gemini")
    profile_parser.add_argument("table")

    @with_argparser(profile_parser)
    def do_profile(self, args: argparse.Namespace) -> None:
        frame = self.frames.get(args.table)
        if frame is None:
            self._cmd.perror("unknown table")
            return
        notes = asyncio.run(self._profile_columns(frame))
        for col, note in notes.items():
            self._cmd.poutput(f"{cmd2.style(col, bold=True)}: {note}")

    async def _profile_columns(self, frame: pd.DataFrame) -> dict[str, str]:
        client = get_gemini_client()
        model = self._cmd.settings.gemini_model
        cfg = types.GenerateContentConfig(max_output_tokens=120, temperature=0.0)

        async def one(col: str) -> tuple[str, str]:
            sample = frame[col].dropna().astype(str).head(25).tolist()
            resp = await client.aio.models.generate_content(
                model=model,
                contents=f"Column `{col}` ({frame[col].dtype}); sample values: {sample}. "
                "In one sentence: what is it and any quality issue?",
                config=cfg,
            )
            return col, (resp.text or "").strip()

        pairs = await asyncio.gather(*(one(c) for c in frame.columns[:30]))
        return dict(pairs)

    def do_uploadcsv(self, statement: cmd2.Statement) -> None:
        """Upload a CSV to Gemini file storage so long sessions can reference it."""
        path = Path(statement.args.strip()).expanduser()
        uploaded = get_gemini_client().files.upload(file=path)
        self._cmd.poutput(f"uploaded as {uploaded.name}")
