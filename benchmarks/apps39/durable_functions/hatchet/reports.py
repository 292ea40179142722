"""Monthly report workflow: a DAG of tasks."""
from __future__ import annotations

from datetime import timedelta

from google.genai import types
from hatchet_sdk import Context, EmptyModel

from app import db
from hatchet import hatchet
from services.clients import get_genai
from services.multi_model_service import TaskComplexity, multi_model_service

report_wf = hatchet.workflow(name="monthly-report", on_crons=["0 6 1 * *"])


@report_wf.task(execution_timeout=timedelta(minutes=5))
def gather(input: EmptyModel, ctx: Context) -> dict:
    texts = [r.data.get("text", "") for r in db.summaries.list()]
    return {"texts": texts[:200]}


@report_wf.task(parents=[gather], execution_timeout=timedelta(minutes=10))
def themes(input: EmptyModel, ctx: Context) -> dict:
    texts = ctx.task_output(gather)["texts"]
    client = get_genai()
    resp = client.models.generate_content(
        model="gemini-1.5-pro",
        contents=["Identify the top 5 recurring themes:", *texts],
        config=types.GenerateContentConfig(max_output_tokens=800),
    )
    return {"themes": resp.text}


@report_wf.task(parents=[themes])
async def executive_summary(input: EmptyModel, ctx: Context) -> dict:
    themes_text = ctx.task_output(themes)["themes"]
    text = await multi_model_service.generate_response(
        prompt=f"Write a 1-paragraph executive summary of these themes:\n{themes_text}",
        task_type="monthly_report",
        complexity=TaskComplexity.STANDARD,
    )
    return {"summary": text}


@report_wf.task(parents=[themes])
def stream_appendix(input: EmptyModel, ctx: Context) -> dict:
    client = get_genai()
    parts: list[str] = []
    for chunk in client.models.generate_content_stream(
        model="gemini-2.0-flash",
        contents=f"Write an appendix listing notable documents:\n{ctx.task_output(themes)['themes']}",
    ):
        parts.append(chunk.text or "")
        ctx.refresh_timeout("30s")
    return {"appendix": "".join(parts)}
