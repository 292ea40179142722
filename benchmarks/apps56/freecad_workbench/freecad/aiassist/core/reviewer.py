"""Design review.

The quick review goes through the tracked multi_model_service (new code);
the detailed review predates it and still calls Groq/OpenAI directly.
"""
import asyncio
import json

import FreeCAD

from freecad.aiassist import preferences
from freecad.aiassist.llm import get_groq_client, get_openai_client
from freecad.aiassist.llm import prompts
from freecad.aiassist.llm.multi_model_service import TaskComplexity, multi_model_service
from freecad.aiassist.llm.usage_tracker import llm_tracker
from . import model_summary

SEVERITIES = ("blocker", "major", "minor")


class ReviewFinding:
    def __init__(self, severity, text, objects=None):
        self.severity = severity
        self.text = text
        self.objects = objects or []

    def to_dict(self):
        return {"severity": self.severity, "text": self.text, "objects": self.objects}


def parse_findings(payload):
    try:
        data = json.loads(payload)
    except ValueError:
        return [ReviewFinding("minor", payload)]
    findings = []
    for item in data.get("findings", []):
        sev = item.get("severity", "minor").lower()
        if sev not in SEVERITIES:
            sev = "minor"
        findings.append(ReviewFinding(sev, item.get("text", ""), item.get("objects")))
    return findings


class DesignReviewer:
    def __init__(self, process="CNC milling"):
        self.process = process

    async def quick_review(self, doc=None):
        summary = model_summary.summarize_document(doc, max_objects=60)
        return await multi_model_service.generate_response(
            prompt=prompts.review_user_prompt(summary, self.process),
            task_type="design_review",
            complexity=TaskComplexity.SIMPLE,
            system_prompt=prompts.REVIEW_SYSTEM,
        )

    def detailed_review(self, doc=None):
        summary = model_summary.summarize_document(doc)
        client = get_openai_client()
        resp = client.chat.completions.create(
            model=preferences.params().GetString("ReviewModel", "gpt-4o"),
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": prompts.REVIEW_SYSTEM + " Respond as JSON {findings:[{severity,text,objects}]}."},
                {"role": "user", "content": prompts.review_user_prompt(summary, self.process)},
            ],
        )
        return parse_findings(resp.choices[0].message.content)

    def second_opinion(self, findings, doc=None):
        """Ask a fast Groq model to challenge the first review."""
        groq_client = get_groq_client()
        text = "\n".join("[%s] %s" % (f.severity, f.text) for f in findings)
        resp = groq_client.chat.completions.create(
            model=preferences.model_for("groq"),
            messages=[
                {"role": "system", "content": "Point out review findings that are wrong or missing."},
                {"role": "user", "content": text},
            ],
            temperature=0.3,
        )
        return resp.choices[0].message.content

    async def tracked_detailed_review(self, doc=None):
        summary = model_summary.summarize_document(doc)
        model = preferences.params().GetString("ReviewModel", "gpt-4o")
        async with llm_tracker.track_llm_call(
            provider="openai", model=model, feature_context="design_review_detailed"
        ) as usage_log:
            resp = await asyncio.to_thread(
                get_openai_client().chat.completions.create,
                model=model,
                response_format={"type": "json_object"},
                messages=[
                    {"role": "system", "content": prompts.REVIEW_SYSTEM},
                    {"role": "user", "content": prompts.review_user_prompt(summary, self.process)},
                ],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        return parse_findings(resp.choices[0].message.content)


def annotate_document(findings, doc=None):
    doc = doc or FreeCAD.ActiveDocument
    for f in findings:
        for name in f.objects:
            obj = doc.getObject(name)
            if obj is not None and hasattr(obj, "ViewObject") and f.severity == "blocker":
                obj.ViewObject.ShapeColor = (1.0, 0.2, 0.2)
