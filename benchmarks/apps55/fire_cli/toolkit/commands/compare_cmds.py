"""`mltk compare ...`"""
from __future__ import annotations

import asyncio

from rich.live import Live
from rich.table import Table

from toolkit.compare import legacy
from toolkit.compare.arena import Arena, stream_side_by_side, together_fanout
from toolkit.io_utils import load_prompt_file
from toolkit.output import console, print_table


class CompareCommands:
    """Compare models on the same prompts."""

    def __init__(self, ctx):
        self._ctx = ctx

    def pairwise(self, prompt_file: str, models, judge: str = "gpt-4o", limit: int = 20):
        """Arena-style pairwise comparison with an LLM judge."""
        if isinstance(models, str):
            models = models.split(",")
        spec = load_prompt_file(prompt_file)
        questions = [c.get("question") or c.get("vars", {}).get("question", "") for c in spec["cases"][:limit]]
        arena = Arena(self._ctx, list(models), judge_model=judge)
        result = arena.run(questions)
        rows = [
            [m, result.wins[m], result.games[m], result.wins[m] / max(result.games[m], 1), result.elo[m]]
            for m in sorted(models, key=lambda m: -result.elo[m])
        ]
        print_table("arena", ["model", "wins", "games", "win rate", "elo"], rows)

    def live(self, prompt: str, openai_model: str = "gpt-4o", claude_model: str = "claude-3-5-sonnet-20240620"):
        """Stream two models side by side."""
        buffers = {"openai": "", "anthropic": ""}

        def render() -> Table:
            t = Table.grid(expand=True)
            t.add_column(openai_model)
            t.add_column(claude_model)
            t.add_row(buffers["openai"], buffers["anthropic"])
            return t

        with Live(render(), console=console, refresh_per_second=8) as live:
            def on_token(side: str, tok: str):
                buffers[side] += tok
                live.update(render())

            asyncio.run(stream_side_by_side(self._ctx, prompt, openai_model, claude_model, on_token))

    def together(self, prompt: str, models: str = "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo,Qwen/Qwen2.5-72B-Instruct-Turbo"):
        """Fan one prompt out to several Together models."""
        outputs = asyncio.run(together_fanout(self._ctx, prompt, models.split(",")))
        for model, text in outputs.items():
            console.rule(model)
            console.print(text)

    def quick(self, prompt: str):
        """Legacy Together-only comparison."""
        return legacy.quick_compare(prompt)

    def rerank(self, query: str, docs_file: str, top_n: int = 5):
        docs = [line.strip() for line in open(docs_file) if line.strip()]
        ranked = legacy.rerank_candidates(query, docs, top_n=top_n)
        print_table("rerank", ["rank", "score", "doc"], [[i, s, docs[i][:80]] for i, s in ranked])

    def hf_vs_openai(self, prompt: str, hf_model: str = "HuggingFaceH4/zephyr-7b-beta", openai_model: str = "gpt-4o-mini"):
        """Quick check of an open model against our default."""
        hf_out = self._ctx.hf.text_generation(prompt, model=hf_model, max_new_tokens=300)
        oa = self._ctx.openai.chat.completions.create(
            model=openai_model, messages=[{"role": "user", "content": prompt}], max_tokens=300
        )
        console.rule(hf_model)
        console.print(hf_out)
        console.rule(openai_model)
        console.print(oa.choices[0].message.content)
