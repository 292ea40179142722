import asyncio
import gzip
import os

import litellm
from cement import Controller, ex

from ..core.clients import make_async_openai
from ..core.exc import LogParseError
from ..core.prompts import LOG_SUMMARY_SYSTEM, log_summary_prompt
from ..services.llm_usage_tracker import llm_tracker
from ..utils.text import chunk_lines, dedupe_noise, truncate


def _read_lines(path):
    if not os.path.exists(path):
        raise LogParseError(f"no such file: {path}")
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", errors="replace") as fh:
        return fh.readlines()


class Logs(Controller):
    class Meta:
        label = "logs"
        stacked_type = "nested"
        stacked_on = "base"
        help = "summarise application logs"

    def _chunks(self, path):
        lines = dedupe_noise(_read_lines(path))
        max_tokens = int(self.app.config.get("opsbot", "max_chunk_tokens"))
        return list(chunk_lines(lines, max_tokens=max_tokens))

    @ex(
        help="summarise a log file with OpenAI",
        arguments=[
            (["path"], {"help": "log file (.log or .log.gz)"}),
            (["--service"], {"help": "service name for context"}),
            (["--model"], {"help": "override the model", "dest": "model"}),
        ],
    )
    def summarize(self):
        path = self.app.pargs.path
        model = self.app.pargs.model or self.app.config.get("opsbot", "openai_model")
        chunks = self._chunks(path)
        self.app.log.info("summarising %s in %d chunk(s) with %s" % (path, len(chunks), model))

        partials = []
        for chunk in chunks:
            resp = self.app.llm.openai.chat.completions.create(
                model=model,
                messages=[
                    {"role": "system", "content": LOG_SUMMARY_SYSTEM},
                    {"role": "user", "content": log_summary_prompt(chunk, self.app.pargs.service)},
                ],
                temperature=0.1,
            )
            partials.append(resp.choices[0].message.content)

        if len(partials) > 1:
            summary = self.app.llm.complete(
                "Merge these partial log summaries into one:\n\n" + "\n\n---\n\n".join(partials),
                system=LOG_SUMMARY_SYSTEM,
            )
        else:
            summary = partials[0] if partials else "(empty log)"

        self.app.render({"path": path, "summary": summary, "chunks": len(chunks)}, "summary.jinja2")

    @ex(
        help="tail-style summary with Claude, streamed to the terminal",
        arguments=[(["path"], {"help": "log file"}), (["--lines"], {"type": int, "default": 2000})],
    )
    def tail(self):
        lines = _read_lines(self.app.pargs.path)[-self.app.pargs.lines:]
        text = truncate("".join(lines), 60000)
        with self.app.llm.anthropic.messages.stream(
            model=self.app.config.get("opsbot", "anthropic_model"),
            max_tokens=1500,
            system=LOG_SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": log_summary_prompt(text)}],
        ) as stream:
            for piece in stream.text_stream:
                print(piece, end="", flush=True)
        print()

    @ex(
        help="summarise with usage tracking (async OpenAI client)",
        arguments=[(["path"], {"help": "log file"})],
    )
    def tracked(self):
        chunks = self._chunks(self.app.pargs.path)
        model = self.app.config.get("opsbot", "openai_model")
        summary = asyncio.run(self._tracked_summary(chunks, model))
        self.app.render({"path": self.app.pargs.path, "summary": summary, "chunks": len(chunks)}, "summary.jinja2")

    async def _tracked_summary(self, chunks, model):
        aclient = make_async_openai()
        out = []
        for chunk in chunks:
            async with llm_tracker.track_llm_call(
                provider="openai", model=model, feature_context="logs_summarize"
            ) as usage_log:
                resp = await aclient.chat.completions.create(
                    model=model,
                    messages=[
                        {"role": "system", "content": LOG_SUMMARY_SYSTEM},
                        {"role": "user", "content": log_summary_prompt(chunk)},
                    ],
                )
                usage_log.input_tokens = resp.usage.prompt_tokens
                usage_log.output_tokens = resp.usage.completion_tokens
            out.append(resp.choices[0].message.content)
        return "\n\n".join(out)

    @ex(
        help="quick one-shot triage via litellm (any provider string)",
        arguments=[
            (["path"], {"help": "log file"}),
            (["--model"], {"help": "litellm model string, e.g. bedrock/..., cohere/command-r"}),
        ],
    )
    def triage(self):
        model = self.app.pargs.model or self.app.config.get("opsbot", "litellm_model")
        errors = [l for l in _read_lines(self.app.pargs.path) if " ERROR " in l or "Traceback" in l]
        if not errors:
            self.app.log.info("no errors found")
            return
        response = litellm.completion(
            model=model,
            messages=[
                {"role": "system", "content": "Classify each error as transient, config, or bug. One line each."},
                {"role": "user", "content": truncate("".join(errors[-200:]), 20000)},
            ],
            max_tokens=600,
        )
        print(response.choices[0].message.content)

    @ex(
        help="show the top error signatures without calling any model",
        arguments=[
            (["path"], {"help": "log file"}),
            (["--top"], {"type": int, "default": 15}),
            (["--level"], {"default": "ERROR", "choices": ["ERROR", "WARN", "WARNING", "CRITICAL"]}),
        ],
    )
    def top(self):
        counts = {}
        for line in _read_lines(self.app.pargs.path):
            if f" {self.app.pargs.level} " not in line:
                continue
            sig = _signature(line)
            counts[sig] = counts.get(sig, 0) + 1
        rows = sorted(counts.items(), key=lambda kv: -kv[1])[: self.app.pargs.top]
        width = max((len(str(n)) for _, n in rows), default=1)
        for sig, n in rows:
            print(f"{n:>{width}}  {sig}")

    @ex(
        help="estimate how many chunks/tokens a summary would use",
        arguments=[(["path"], {"help": "log file"})],
    )
    def estimate(self):
        from ..utils.text import count_tokens

        chunks = self._chunks(self.app.pargs.path)
        tokens = sum(count_tokens(c) for c in chunks)
        self.app.log.info("%d chunk(s), ~%d input tokens" % (len(chunks), tokens))


def _signature(line):
    """Strip volatile parts (timestamps, ids, numbers) so identical errors group together."""
    import re

    line = re.sub(r"^\S+\s+\S+\s+", "", line.strip())
    line = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uuid>", line)
    line = re.sub(r"0x[0-9a-fA-F]+", "<hex>", line)
    line = re.sub(r"\b\d+\b", "<n>", line)
    return line[:160]
