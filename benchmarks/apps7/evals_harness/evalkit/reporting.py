"""Reporting: CSV (machine), HTML (humans), run narrative, S3 archive and Slack."""
from __future__ import annotations

import csv
import datetime as dt
import html
import json
import logging
import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence

import boto3
import requests
from jinja2 import Environment, select_autoescape
from openai import OpenAI

from evalkit.schemas import CaseResult

logger = logging.getLogger(__name__)


def summarize(results: Sequence[CaseResult]) -> Dict[str, Dict[str, Any]]:
    by_model: Dict[str, List[CaseResult]] = defaultdict(list)
    for r in results:
        by_model[r.model_spec].append(r)

    summary: Dict[str, Dict[str, Any]] = {}
    for spec, rows in sorted(by_model.items()):
        ok = [r for r in rows if not r.output.error]
        grade_names = sorted({g.grader for r in ok for g in r.grades})
        summary[spec] = {
            "cases": len(rows),
            "errors": len(rows) - len(ok),
            "pass_rate": round(sum(r.passed for r in rows) / len(rows), 4) if rows else 0.0,
            "mean_latency_s": round(statistics.mean(r.output.latency_s for r in ok), 3) if ok else None,
            "input_tokens": sum(r.output.input_tokens for r in ok),
            "output_tokens": sum(r.output.output_tokens for r in ok),
            "cached": sum(r.output.cached for r in ok),
        }
        for name in grade_names:
            scores = [g.score for r in ok for g in r.grades if g.grader == name]
            summary[spec][f"grade.{name}"] = round(statistics.mean(scores), 4) if scores else None
    return summary


def write_csv(results: Sequence[CaseResult], path: Path) -> Path:
    rows = [r.flat() for r in results]
    fieldnames: List[str] = []
    for row in rows:
        for key in row:
            if key not in fieldnames:
                fieldnames.append(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=fieldnames)
        writer.writeheader()
        writer.writerows(rows)
    logger.info("wrote %d rows to %s", len(rows), path)
    return path


_HTML = """<!doctype html>
<html><head><meta charset="utf-8"><title>{{ title }}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2em; }
table { border-collapse: collapse; font-size: 13px; }
td, th { border: 1px solid #ddd; padding: 4px 8px; vertical-align: top; }
tr.fail { background: #fff1f0; }
pre { white-space: pre-wrap; max-width: 60em; margin: 0; }
</style></head><body>
<h1>{{ title }}</h1>
<p>Generated {{ generated }}</p>
{% if narrative %}<h2>Summary</h2><div>{{ narrative }}</div>{% endif %}
<h2>Models</h2>
<table><tr><th>model</th>{% for k in summary_keys %}<th>{{ k }}</th>{% endfor %}</tr>
{% for spec, row in summary.items() %}<tr><td>{{ spec }}</td>{% for k in summary_keys %}<td>{{ row.get(k, "") }}</td>{% endfor %}</tr>
{% endfor %}</table>
<h2>Failures (first {{ failures|length }})</h2>
<table><tr><th>case</th><th>model</th><th>output</th><th>grades</th></tr>
{% for r in failures %}<tr class="fail"><td>{{ r.case.id }}</td><td>{{ r.model_spec }}</td>
<td><pre>{{ r.output.error or r.output.text }}</pre></td>
<td>{% for g in r.grades %}{{ g.grader }}={{ g.score }}{% if g.rationale %} ({{ g.rationale }}){% endif %}<br>{% endfor %}</td></tr>
{% endfor %}</table>
</body></html>"""


def write_html(results: Sequence[CaseResult], path: Path, title: str, narrative: Optional[str] = None,
               max_failures: int = 200) -> Path:
    env = Environment(autoescape=select_autoescape(default=True))
    template = env.from_string(_HTML)
    summary = summarize(results)
    keys = sorted({k for row in summary.values() for k in row})
    failures = [r for r in results if not r.passed][:max_failures]
    page = template.render(
        title=title,
        generated=dt.datetime.now().isoformat(timespec="seconds"),
        narrative=html.escape(narrative).replace("\n", "<br>") if narrative else None,
        summary=summary,
        summary_keys=keys,
        failures=failures,
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


def upload_run(directory: Path, bucket: str, run_name: str) -> List[str]:
    """Archive a results directory to S3 under runs/<date>/<run_name>/."""
    s3 = boto3.client("s3")
    prefix = f"runs/{dt.date.today().isoformat()}/{run_name}"
    keys = []
    for file in sorted(directory.glob("*")):
        if not file.is_file():
            continue
        key = f"{prefix}/{file.name}"
        content_type = "text/html" if file.suffix == ".html" else "text/csv" if file.suffix == ".csv" else "application/octet-stream"
        s3.put_object(Bucket=bucket, Key=key, Body=file.read_bytes(), ContentType=content_type)
        keys.append(key)
    logger.info("uploaded %d files to s3://%s/%s", len(keys), bucket, prefix)
    return keys


NARRATIVE_INSTRUCTIONS = (
    "You write the summary paragraph of an internal LLM evaluation report. "
    "Given per-model aggregate metrics as JSON, write 4-6 sentences: which model did best, "
    "notable regressions, error rates, latency outliers. Plain text, no markdown, no speculation."
)


def write_narrative(summary: Dict[str, Dict[str, Any]], run_name: str,
                    model: str = "gpt-4o-mini") -> Optional[str]:
    client = OpenAI()
    try:
        response = client.responses.create(
            model=model,
            instructions=NARRATIVE_INSTRUCTIONS,
            input=f"Run: {run_name}\n\n{json.dumps(summary, indent=2)}",
            max_output_tokens=400,
            temperature=0.2,
        )
    except Exception as exc:  # noqa: BLE001 - the report is still useful without prose
        logger.warning("narrative generation failed: %s", exc)
        return None
    return response.output_text.strip()


def post_to_slack(webhook_url: str, run_name: str, summary: Dict[str, Dict[str, Any]],
                  report_url: Optional[str] = None) -> None:
    lines = [f"*evalkit run `{run_name}` finished*"]
    for spec, row in summary.items():
        lines.append(
            f"• `{spec}`: pass {row['pass_rate']:.1%}, errors {row['errors']}, "
            f"latency {row['mean_latency_s']}s"
        )
    if report_url:
        lines.append(f"<{report_url}|full report>")
    resp = requests.post(webhook_url, json={"text": "\n".join(lines)}, timeout=10)
    if resp.status_code != 200:
        logger.warning("slack webhook returned %s: %s", resp.status_code, resp.text[:200])
