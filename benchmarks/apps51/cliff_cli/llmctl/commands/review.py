"""`llmctl review ...`: LLM code review of a git diff."""
from __future__ import annotations

import asyncio
import logging
import sys

from cliff.lister import Lister
from cliff.show import ShowOne

from llmctl.diff_parser import git_diff, parse_diff
from llmctl.reviewer import SUMMARY_SYSTEM, summary_prompt
from llmctl.reviewer import DiffReviewer
from llmctl.llm_usage_tracker import llm_tracker
from llmctl.utils import calculate_cost

LOG = logging.getLogger(__name__)


def _load_diff(parsed_args) -> str:
    if parsed_args.diff_file == "-":
        return sys.stdin.read()
    if parsed_args.diff_file:
        with open(parsed_args.diff_file) as fh:
            return fh.read()
    return git_diff(parsed_args.base, parsed_args.head)


def _diff_args(parser):
    parser.add_argument("--diff-file", default=None, help="Read diff from file ('-' for stdin)")
    parser.add_argument("--base", default="origin/main")
    parser.add_argument("--head", default="HEAD")
    return parser


class ReviewDiff(Lister):
    """Review every file in a diff and list the findings."""

    def get_parser(self, prog_name):
        parser = _diff_args(super().get_parser(prog_name))
        parser.add_argument("--model", default=None)
        parser.add_argument("--stream", action="store_true",
                            help="Echo the model output while it is generated")
        return parser

    def take_action(self, parsed_args):
        files = parse_diff(_load_diff(parsed_args))
        model = parsed_args.model or self.app.settings.model_for("anthropic")
        reviewer = DiffReviewer(self.app.anthropic_client, model)
        rows = []
        for fdiff in files:
            LOG.info("reviewing %s (+%d/-%d)", fdiff.path, fdiff.added, fdiff.removed)
            if parsed_args.stream:
                findings = reviewer.review_file_streaming(fdiff, self.app.stderr.write)
            else:
                findings = reviewer.review_file(fdiff)
            rows.extend((f.path, f.line, f.severity, f.message) for f in findings)
        cost = calculate_cost(model, reviewer.input_tokens, reviewer.output_tokens)
        LOG.info("review cost ~$%.4f", cost)
        return ("File", "Line", "Severity", "Message"), rows


class ReviewSummary(ShowOne):
    """Write a changelog-style summary of a diff (DeepSeek, tracked)."""

    def get_parser(self, prog_name):
        return _diff_args(super().get_parser(prog_name))

    async def _summarise(self, diff: str) -> str:
        client = self.app.deepseek_client
        model = self.app.settings.model_for("deepseek")
        async with llm_tracker.track_llm_call(
            provider="deepseek", model=model, feature_context="review_summary"
        ) as usage_log:
            resp = client.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": SUMMARY_SYSTEM},
                    {"role": "user", "content": summary_prompt(diff)},
                ],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return resp.choices[0].message.content

    def take_action(self, parsed_args):
        diff = _load_diff(parsed_args)
        files = parse_diff(diff)
        summary = asyncio.run(self._summarise(diff))
        return (
            ("files", "added", "removed", "summary"),
            (len(files), sum(f.added for f in files), sum(f.removed for f in files), summary),
        )
