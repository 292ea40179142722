"""`mltk eval ...`"""
from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

from toolkit.evals.graders import PlatformJudge, make_judge
from toolkit.evals.runner import EvalRunner
from toolkit.io_utils import load_prompt_file, read_jsonl, write_jsonl
from toolkit.output import console, emit, print_table, progress


class EvalCommands:
    """Run prompt evals against one or more models."""

    def __init__(self, ctx):
        self._ctx = ctx

    def run(self, prompt_file: str, model: str = "gpt-4o-mini", metric: str = "contains", limit: int = None,
            out: str = None, fmt: str = "rich"):
        """Run PROMPT_FILE against MODEL and report the aggregate score."""
        spec = load_prompt_file(prompt_file)
        runner = EvalRunner(self._ctx, model, metric=metric)
        with progress() as bar:
            task = bar.add_task(f"eval {model}", total=len(spec["cases"][:limit] if limit else spec["cases"]))
            results = runner.run(spec, limit=limit)
            bar.update(task, completed=len(results))
        summary = EvalRunner.summarize(results)
        if out:
            write_jsonl(out, (r.__dict__ for r in results))
        summary["model"] = model
        return emit(summary, fmt)

    def nightly(self, prompt_dir: str = "prompts", models: str = "gpt-4o-mini,claude-3-haiku", limit: int = 50):
        """Tracked eval sweep used by the scheduled job."""
        rows = []
        for prompt_file in sorted(Path(prompt_dir).glob("*.yaml")):
            spec = load_prompt_file(prompt_file)
            for model in models.split(","):
                runner = EvalRunner(self._ctx, model.strip())
                results = asyncio.run(runner.run_tracked(spec, limit=limit))
                agg = EvalRunner.summarize(results)
                rows.append([prompt_file.stem, model, agg["mean"], agg["n"], agg["prompt_tokens"]])
        print_table("nightly", ["prompt", "model", "mean", "n", "prompt_tok"], rows)

    def judge(self, results_file: str, judge: str = "claude", question_key: str = "question",
              reference_key: str = "expected", answer_key: str = "output"):
        """Score an existing results file with an LLM judge."""
        rows = read_jsonl(results_file)
        grader = make_judge(self._ctx, judge)
        scores = []
        for row in rows:
            score, reason = grader.grade(row.get(question_key, ""), row.get(reference_key, ""), row.get(answer_key, ""))
            row["judge_score"], row["judge_reason"] = score, reason
            scores.append(score)
        write_jsonl(results_file.replace(".jsonl", f".judged-{judge}.jsonl"), rows)
        console.print(f"[bold]mean judge score[/] {sum(scores) / max(len(scores), 1):.2f} over {len(scores)} rows")

    def judge_tracked(self, results_file: str):
        """Same as `judge` but through the platform service."""
        rows = read_jsonl(results_file)
        grader = PlatformJudge()

        async def _go():
            return await asyncio.gather(*(grader.agrade(r.get("question", ""), r.get("expected", ""), r.get("output", "")) for r in rows))

        judged = asyncio.run(_go())
        return [{"id": r.get("id"), "score": s} for r, (s, _) in zip(rows, judged)]

    def smoke(self, model: str = "gpt-4o-mini"):
        """One-shot sanity check that a model key works."""
        t0 = time.perf_counter()
        resp = self._ctx.openai.with_options(timeout=15).chat.completions.create(
            model=model,
            messages=[{"role": "user", "content": "Reply with the single word: pong"}],
            max_tokens=5,
        )
        console.print(f"{model}: {resp.choices[0].message.content!r} in {time.perf_counter() - t0:.2f}s")

    def diff(self, a: str, b: str):
        """Compare two result files case by case (no model calls)."""
        ra = {r["case_id"]: r for r in read_jsonl(a)}
        rb = {r["case_id"]: r for r in read_jsonl(b)}
        changed = [
            [cid, ra[cid]["score"], rb[cid]["score"]]
            for cid in sorted(set(ra) & set(rb))
            if ra[cid]["score"] != rb[cid]["score"]
        ]
        print_table(f"{len(changed)} changed cases", ["case", Path(a).stem, Path(b).stem], changed)
        return json.dumps({"changed": len(changed)}) if not changed else None

    def list_prompts(self, prompt_dir: str = "prompts"):
        """List prompt files and their case counts."""
        rows = []
        for prompt_file in sorted(Path(prompt_dir).glob("*.yaml")):
            spec = load_prompt_file(prompt_file)
            rows.append([prompt_file.name, len(spec["cases"]), bool(spec["system"]), spec.get("owner", "-")])
        print_table(prompt_dir, ["file", "cases", "system?", "owner"], rows)

    def regress(self, results: str, baseline: str, tolerance: float = 0.02):
        """Fail (exit 1) if mean score dropped more than TOLERANCE vs BASELINE."""
        cur = [r["score"] for r in read_jsonl(results)]
        base = [r["score"] for r in read_jsonl(baseline)]
        cur_mean = sum(cur) / max(len(cur), 1)
        base_mean = sum(base) / max(len(base), 1)
        delta = cur_mean - base_mean
        colour = "red" if delta < -tolerance else "green"
        console.print(f"[{colour}]mean {cur_mean:.3f} vs baseline {base_mean:.3f} (delta {delta:+.3f})[/]")
        if delta < -tolerance:
            raise SystemExit(1)
        return round(delta, 4)
