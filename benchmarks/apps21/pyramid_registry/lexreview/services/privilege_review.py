"""Attorney-client privilege / work-product screening.

Registered with pyramid_services as a per-request factory (see services/__init__.py)
so it picks up ``request.openai`` and the matter's review settings.
"""
import dataclasses
import json
import logging

from zope.interface import implementer

from lexreview.llm.interfaces import IPrivilegeReviewer
from lexreview.services.llm_usage_tracker import llm_tracker
from lexreview.utils import run_sync
from lexreview.utils.prompts import PRIVILEGE_SYSTEM

log = logging.getLogger(__name__)

PRIVILEGE_SCHEMA = {
    "name": "privilege_assessment",
    "schema": {
        "type": "object",
        "properties": {
            "privileged": {"type": "boolean"},
            "basis": {"type": "string", "enum": ["attorney_client", "work_product", "none"]},
            "confidence": {"type": "number"},
            "rationale": {"type": "string"},
            "attorneys_mentioned": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["privileged", "basis", "confidence", "rationale"],
        "additionalProperties": False,
    },
    "strict": True,
}


@dataclasses.dataclass
class PrivilegeAssessment:
    privileged: bool
    basis: str
    confidence: float
    rationale: str
    attorneys_mentioned: list = dataclasses.field(default_factory=list)

    @classmethod
    def from_json(cls, raw):
        data = json.loads(raw)
        return cls(
            privileged=bool(data["privileged"]),
            basis=data["basis"],
            confidence=float(data["confidence"]),
            rationale=data["rationale"],
            attorneys_mentioned=data.get("attorneys_mentioned", []),
        )


@implementer(IPrivilegeReviewer)
class PrivilegeReviewer:
    def __init__(self, client, model="gpt-4o", attorney_roster=()):
        self._client = client
        self.model = model
        self.attorney_roster = list(attorney_roster)

    def _messages(self, document):
        roster = ", ".join(self.attorney_roster) or "(none supplied)"
        return [
            {"role": "system", "content": PRIVILEGE_SYSTEM.format(roster=roster)},
            {"role": "user", "content": document.text[:60000]},
        ]

    def review(self, document):
        completion = self._client.chat.completions.create(
            model=self.model,
            messages=self._messages(document),
            response_format={"type": "json_schema", "json_schema": PRIVILEGE_SCHEMA},
            temperature=0,
        )
        return PrivilegeAssessment.from_json(completion.choices[0].message.content)

    def review_with_log(self, document):
        """Same as review() but recorded through the usage tracker (LEX-412)."""

        async def _go():
            async with llm_tracker.track_llm_call(
                provider="openai",
                model=self.model,
                feature_context="privilege_review",
                matter_id=document.matter_id,
            ) as usage_log:
                completion = self._client.chat.completions.create(
                    model=self.model,
                    messages=self._messages(document),
                    response_format={"type": "json_schema", "json_schema": PRIVILEGE_SCHEMA},
                    temperature=0,
                )
                usage_log.input_tokens = completion.usage.prompt_tokens
                usage_log.output_tokens = completion.usage.completion_tokens
                return PrivilegeAssessment.from_json(completion.choices[0].message.content)

        return run_sync(_go())

    def explain(self, document, assessment):
        """Plain-English explanation for the privilege log entry."""
        response = self._client.responses.create(
            model=self.model,
            instructions="Write a one-paragraph privilege log description. Do not reveal "
            "privileged content; describe the nature of the communication only.",
            input=f"Assessment: {assessment.rationale}\n\nDocument:\n{document.text[:20000]}",
        )
        return response.output_text


def privilege_reviewer_factory(context, request):
    settings = request.registry.settings
    roster = []
    if getattr(context, "matter", None) is not None:
        roster = [a.name for a in context.matter.attorneys]
    return PrivilegeReviewer(
        request.openai,
        model=settings.get("openai.review_model", "gpt-4o"),
        attorney_roster=roster,
    )
