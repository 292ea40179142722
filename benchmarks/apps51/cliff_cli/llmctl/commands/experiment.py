"""`llmctl experiment ...`: run prompt variants over a dataset and score them."""
from __future__ import annotations

import json
import logging

from cliff.command import Command
from cliff.lister import Lister
from cliff.show import ShowOne

from llmctl.experiments import ExperimentRunner
from llmctl.judge import LLMJudge
from llmctl.experiments import ExperimentStore
from llmctl.providers import get_provider


class _StoreMixin:
    def _store(self) -> ExperimentStore:
        if not hasattr(self.app, "_experiment_store"):
            self.app._experiment_store = ExperimentStore(self.app.settings.experiments_db)
        return self.app._experiment_store


class ExperimentRun(_StoreMixin, ShowOne):
    """Run an experiment definition (YAML/JSON) and store the results."""

    log = logging.getLogger(__name__)

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("definition", help="Experiment file (json)")
        parser.add_argument("--dataset", required=True, help="JSONL file of inputs")
        parser.add_argument("--provider", default=None)
        parser.add_argument("--limit", type=int, default=None)
        parser.add_argument("--concurrency", type=int, default=4)
        return parser

    def take_action(self, parsed_args):
        with open(parsed_args.definition) as fh:
            definition = json.load(fh)
        with open(parsed_args.dataset) as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        if parsed_args.limit:
            rows = rows[: parsed_args.limit]

        provider = get_provider(self.app, parsed_args.provider or definition.get("provider"))
        runner = ExperimentRunner(provider, concurrency=parsed_args.concurrency)
        results = runner.run(definition["variants"], rows)

        store = self._store()
        exp = store.create(name=definition["name"], provider=provider.name, model=provider.model)
        store.add_results(exp.id, results)
        summary = runner.summarise(results)
        return (
            ("id", "name", "provider", "model", "runs", "tokens", "cost_usd"),
            (exp.id, exp.name, provider.name, provider.model,
             summary["runs"], summary["tokens"], f"{summary['cost']:.4f}"),
        )


class ExperimentList(_StoreMixin, Lister):
    """List stored experiments."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("--name", default=None, help="Filter by name substring")
        return parser

    def take_action(self, parsed_args):
        exps = self._store().list(name_like=parsed_args.name)
        return (
            ("ID", "Name", "Provider", "Model", "Created"),
            ((e.id, e.name, e.provider, e.model, e.created_at) for e in exps),
        )


class ExperimentShow(_StoreMixin, ShowOne):
    """Show a stored experiment and per-variant aggregates."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("experiment_id", type=int)
        return parser

    def take_action(self, parsed_args):
        store = self._store()
        exp = store.get(parsed_args.experiment_id)
        agg = store.aggregate(exp.id)
        cols = ["id", "name", "provider", "model", "created_at"]
        vals = [exp.id, exp.name, exp.provider, exp.model, exp.created_at]
        for variant, stats in sorted(agg.items()):
            cols.append(f"{variant}.mean_score")
            vals.append(f"{stats['mean_score']:.2f}" if stats["mean_score"] is not None else "-")
        return cols, vals


class ExperimentJudge(_StoreMixin, Command):
    """Score unscored results with an LLM judge (Groq, fast and cheap)."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("experiment_id", type=int)
        parser.add_argument("--rubric", default="Rate the answer for correctness from 1 to 10.")
        parser.add_argument("--judge-model", default="llama-3.1-70b-versatile")
        return parser

    def take_action(self, parsed_args):
        store = self._store()
        judge = LLMJudge(self.app.groq_client, model=parsed_args.judge_model,
                         rubric=parsed_args.rubric)
        pending = store.unscored(parsed_args.experiment_id)
        for result in pending:
            score = judge.score(result.input_text, result.output_text)
            store.set_score(result.id, score)
        self.app.stdout.write(f"scored {len(pending)} results\n")
