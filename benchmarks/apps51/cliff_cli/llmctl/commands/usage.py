"""`llmctl usage ...`: token counts and cost estimates. Nothing here is billed."""
from __future__ import annotations

import collections
import sys

from cliff.lister import Lister
from cliff.show import ShowOne

from llmctl.providers import AnthropicProvider
from llmctl.llm_usage_tracker import llm_tracker
from llmctl.utils import calculate_cost
from llmctl.utils import count_tokens


class TokenCount(ShowOne):
    """Count tokens for a prompt with tiktoken and Anthropic's counter."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("file", nargs="?", default="-")
        parser.add_argument("--anthropic", action="store_true",
                            help="Also ask Anthropic's count_tokens endpoint")
        return parser

    def take_action(self, parsed_args):
        text = sys.stdin.read() if parsed_args.file == "-" else open(parsed_args.file).read()
        cols = ["chars", "tiktoken_gpt4o", "cost_gpt4o_mini_input"]
        n = count_tokens(text, "gpt-4o")
        vals = [len(text), n, f"{calculate_cost('gpt-4o-mini', n):.6f}"]
        if parsed_args.anthropic:
            model = self.app.settings.model_for("anthropic")
            counted = self.app.anthropic_client.messages.count_tokens(
                model=model,
                messages=[{"role": "user", "content": text}],
            )
            cols.append("anthropic_tokens")
            vals.append(counted.input_tokens)
            cols.append("anthropic_via_adapter")
            vals.append(AnthropicProvider(self.app.anthropic_client, model).count_tokens(text))
        return cols, vals


class UsageEstimate(Lister):
    """Summarise the local usage ledger by provider/model/feature."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("--by", choices=["model", "feature"], default="model")
        return parser

    def take_action(self, parsed_args):
        agg = collections.defaultdict(lambda: [0, 0, 0])
        for log in llm_tracker.read_all():
            key = (log.provider, log.model if parsed_args.by == "model" else log.feature_context)
            agg[key][0] += 1
            agg[key][1] += log.input_tokens
            agg[key][2] += log.output_tokens
        rows = []
        for (provider, key), (calls, inp, out) in sorted(agg.items()):
            model = key if parsed_args.by == "model" else ""
            rows.append((provider, key, calls, inp, out,
                         f"{calculate_cost(model, inp, out):.4f}" if model else "-"))
        return ("Provider", parsed_args.by.title(), "Calls", "In", "Out", "Cost $"), rows
