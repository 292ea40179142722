"""Weekly report generation (markdown + Flyte Deck)."""
from __future__ import annotations

import base64
import datetime as dt
import json
import logging
from dataclasses import dataclass, field
from typing import Dict, List

from flytekit import Deck, current_context, task
from flytekit.types.file import FlyteFile
from google.genai import types as genai_types
from jinja2 import Environment, PackageLoader, select_autoescape

from labelling_flows import config
from labelling_flows.images import llm_image
from labelling_flows.llm import get_anthropic_client, get_genai_client, get_openai_client
from labelling_flows.llm.prompts import REPORT_SYSTEM
from labelling_flows.secrets import ANTHROPIC_SECRET, GEMINI_SECRET, OPENAI_SECRET

logger = logging.getLogger(__name__)

_env = Environment(loader=PackageLoader("labelling_flows", "templates"), autoescape=select_autoescape(["html"]))


@dataclass
class WeeklyReport:
    week: str
    metrics: Dict[str, float]
    sections: List[str] = field(default_factory=list)

    def generate(self) -> str:
        """Render the final markdown (no model involved)."""
        header = f"# Data quality review – week {self.week}\n\n"
        table = "\n".join(f"| {k} | {v:.3f} |" for k, v in sorted(self.metrics.items()))
        return header + "| metric | value |\n|---|---|\n" + table + "\n\n" + "\n\n".join(self.sections)


@task(container_image=llm_image, secret_requests=[GEMINI_SECRET], retries=1)
def summarise_metrics(metrics: Dict[str, float], previous: Dict[str, float]) -> str:
    client = get_genai_client()
    prompt = (
        "This week's metrics:\n" + json.dumps(metrics, indent=2)
        + "\n\nLast week's metrics:\n" + json.dumps(previous, indent=2)
        + "\n\nWrite a 'Highlights' section."
    )
    parts: List[str] = []
    for chunk in client.models.generate_content_stream(
        model=config.GEMINI_MODEL,
        contents=prompt,
        config=genai_types.GenerateContentConfig(system_instruction=REPORT_SYSTEM, max_output_tokens=800),
    ):
        if chunk.text:
            parts.append(chunk.text)
    return "".join(parts)


@task(container_image=llm_image, secret_requests=[ANTHROPIC_SECRET], retries=1)
def write_error_analysis(disagreements: List[dict]) -> str:
    client = get_anthropic_client()
    examples = "\n\n".join(
        f"Ticket {d['id']}: labelled {d.get('label')} vs gold {d.get('gold')}\n{d.get('text', '')[:500]}"
        for d in disagreements[:40]
    )
    with client.messages.stream(
        model=config.CLAUDE_MODEL,
        max_tokens=2000,
        system=REPORT_SYSTEM,
        messages=[{"role": "user", "content": f"Cluster these labelling errors and explain likely causes:\n\n{examples}"}],
    ) as stream:
        text = stream.get_final_text()
    return text


@task(container_image=llm_image, secret_requests=[OPENAI_SECRET])
def write_recommendations(metrics: Dict[str, float], error_analysis: str) -> str:
    client = get_openai_client()
    response = client.responses.create(
        model="gpt-4o",
        instructions=REPORT_SYSTEM,
        input=f"Metrics: {json.dumps(metrics)}\n\nError analysis:\n{error_analysis}\n\nWrite 3-5 concrete recommendations.",
    )
    return response.output_text


@task(container_image=llm_image, secret_requests=[OPENAI_SECRET], enable_deck=True)
def render_cover_image(week: str) -> FlyteFile:
    client = get_openai_client()
    img = client.images.generate(
        model="gpt-image-1",
        prompt=f"Minimal flat illustration for a data-quality report cover, week {week}, teal and white",
        size="1024x1024",
    )
    path = f"{current_context().working_directory}/cover_{week}.png"
    with open(path, "wb") as fh:
        fh.write(base64.b64decode(img.data[0].b64_json))
    return FlyteFile(path)


@task(container_image=llm_image, enable_deck=True)
def assemble_report(metrics: Dict[str, float], highlights: str, errors: str, recommendations: str) -> FlyteFile:
    week = dt.date.today().strftime("%G-W%V")
    report = WeeklyReport(week=week, metrics=metrics, sections=[highlights, errors, recommendations])
    markdown = report.generate()
    html = _env.get_template("report.html.j2").render(markdown=markdown, week=week)
    Deck("Weekly report", html)
    path = f"{current_context().working_directory}/report_{week}.md"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(markdown)
    return FlyteFile(path)


@task(container_image=llm_image, secret_requests=[OPENAI_SECRET, ANTHROPIC_SECRET], retries=1)
def executive_summary(metrics: Dict[str, float], highlights: str) -> str:
    """Two-paragraph summary for leadership; tracked through the multi-model service."""
    import asyncio

    from labelling_flows.services.multi_model_service import TaskComplexity, multi_model_service

    prompt = (
        "Summarise for a VP audience in two short paragraphs, no jargon.\n\n"
        f"Metrics: {json.dumps(metrics)}\n\nHighlights:\n{highlights}"
    )
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt,
            task_type="weekly_report",
            complexity=TaskComplexity.AGENTIC,
            system=REPORT_SYSTEM,
        )
    )
