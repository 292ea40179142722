"""`llmctl prompt ...` commands: ad-hoc prompt runs and side-by-side comparisons."""
from __future__ import annotations

import asyncio
import logging
import sys

from cliff.command import Command
from cliff.lister import Lister

from llmctl.providers import get_provider
from llmctl.providers.registry import available_providers
from llmctl.multi_model_service import TaskComplexity, multi_model_service
from llmctl.utils import completion_cost
from llmctl.utils import render_template


def _read_prompt(parsed_args) -> str:
    if parsed_args.prompt_file:
        with open(parsed_args.prompt_file) as fh:
            text = fh.read()
    elif parsed_args.prompt:
        text = " ".join(parsed_args.prompt)
    else:
        text = sys.stdin.read()
    variables = dict(v.split("=", 1) for v in (parsed_args.var or []))
    return render_template(text, variables)


def _add_prompt_args(parser):
    parser.add_argument("prompt", nargs="*", help="Prompt text (or use --file / stdin)")
    parser.add_argument("--file", dest="prompt_file", help="Read the prompt from a file")
    parser.add_argument("--var", action="append", metavar="KEY=VALUE",
                        help="Template variable, may be repeated")
    parser.add_argument("--system", default=None, help="System prompt")
    return parser


class PromptRun(Command):
    """Run a single prompt against one provider and print the answer."""

    log = logging.getLogger(__name__)

    def get_parser(self, prog_name):
        parser = _add_prompt_args(super().get_parser(prog_name))
        parser.add_argument("--model", default=None)
        parser.add_argument("--temperature", type=float, default=0.2)
        parser.add_argument("--max-tokens", type=int, default=1024)
        parser.add_argument("--routed", action="store_true",
                            help="Let the multi-model service choose the model")
        return parser

    def take_action(self, parsed_args):
        prompt = _read_prompt(parsed_args)
        if parsed_args.routed:
            multi_model_service.configure(
                openai_client=self.app.openai_client,
                anthropic_client=self.app.anthropic_client,
                groq_client=self.app.groq_client,
            )
            answer = asyncio.run(multi_model_service.generate_response(
                prompt=prompt,
                task_type="prompt_run",
                complexity=TaskComplexity.STANDARD,
                system=parsed_args.system,
            ))
            self.app.stdout.write(answer + "\n")
            return 0

        provider = get_provider(self.app, self.app.settings.default_provider, parsed_args.model)
        result = provider.complete(
            prompt,
            system=parsed_args.system,
            temperature=parsed_args.temperature,
            max_tokens=parsed_args.max_tokens,
        )
        self.app.stdout.write(result.text + "\n")
        self.log.info("%s/%s: %d in, %d out, $%.5f", result.provider, result.model,
                      result.input_tokens, result.output_tokens, completion_cost(result))
        return 0


class PromptCompare(Lister):
    """Run the same prompt on several providers and tabulate the results."""

    def get_parser(self, prog_name):
        parser = _add_prompt_args(super().get_parser(prog_name))
        parser.add_argument("--providers", default=None,
                            help="Comma separated providers (default: all configured)")
        parser.add_argument("--width", type=int, default=80, help="Truncate answers")
        return parser

    def take_action(self, parsed_args):
        prompt = _read_prompt(parsed_args)
        names = (parsed_args.providers.split(",") if parsed_args.providers
                 else available_providers(self.app))
        rows = []
        for name in names:
            provider = get_provider(self.app, name)
            try:
                res = provider.complete(prompt, system=parsed_args.system)
            except Exception as exc:  # noqa: BLE001 - show failures in the table
                rows.append((name, provider.model, "-", "-", "-", f"ERROR: {exc}"))
                continue
            rows.append((
                name,
                res.model,
                res.total_tokens,
                f"{res.latency_ms:.0f}",
                f"{completion_cost(res):.5f}",
                res.text[: parsed_args.width].replace("\n", " "),
            ))
        return ("Provider", "Model", "Tokens", "Latency ms", "Cost $", "Answer"), rows


class PromptStream(Command):
    """Stream a completion token by token (OpenAI or DeepSeek)."""

    def get_parser(self, prog_name):
        parser = _add_prompt_args(super().get_parser(prog_name))
        parser.add_argument("--deepseek", action="store_true")
        parser.add_argument("--model", default=None)
        return parser

    def take_action(self, parsed_args):
        prompt = _read_prompt(parsed_args)
        messages = [{"role": "user", "content": prompt}]
        if parsed_args.system:
            messages.insert(0, {"role": "system", "content": parsed_args.system})

        if parsed_args.deepseek:
            model = parsed_args.model or self.app.settings.model_for("deepseek")
            stream = self.app.deepseek_client.chat.completions.create(
                model=model, messages=messages, stream=True,
            )
        else:
            model = parsed_args.model or self.app.settings.model_for("openai")
            stream = self.app.openai_client.chat.completions.create(
                model=model,
                messages=messages,
                stream=True,
                stream_options={"include_usage": True},
            )
        for chunk in stream:
            if not chunk.choices:
                continue
            delta = chunk.choices[0].delta.content
            if delta:
                self.app.stdout.write(delta)
                self.app.stdout.flush()
        self.app.stdout.write("\n")
        return 0
