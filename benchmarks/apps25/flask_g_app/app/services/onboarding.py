"""Onboarding helpers: checklist progress + welcome notes."""
from __future__ import annotations

from typing import Optional

from flask import current_app

from app.extensions import llm
from app.models import OnboardingChecklist
from app.services.multi_model_service import TaskComplexity, multi_model_service

DEFAULT_ITEMS = [
    "Sign contract",
    "Submit tax forms",
    "Enroll in benefits",
    "Laptop pickup",
    "Security training",
    "Meet your buddy",
]


def new_checklist(email: str) -> OnboardingChecklist:
    return OnboardingChecklist(
        employee_email=email, items=[{"title": t, "done": False} for t in DEFAULT_ITEMS]
    )


def progress(checklist: OnboardingChecklist) -> dict:
    pct = checklist.completion()
    remaining = [i["title"] for i in checklist.items if not i.get("done")]
    return {"percent": round(pct * 100), "remaining": remaining}


def welcome_note(name: str, team: str, manager: str, buddy: Optional[str] = None) -> str:
    """Personal welcome note from the People team (responses API)."""
    response = llm.openai.responses.create(
        model=current_app.config["OPENAI_DEFAULT_MODEL"],
        input=(
            f"Write a short, warm welcome note to {name}, who joins the {team} team "
            f"reporting to {manager}."
            + (f" Their onboarding buddy is {buddy}." if buddy else "")
        ),
        temperature=0.8,
    )
    return response.output_text


async def nudge_message(checklist: OnboardingChecklist) -> str:
    p = progress(checklist)
    return await multi_model_service.generate_response(
        prompt="Write a friendly one-line reminder to finish these onboarding steps: "
        + ", ".join(p["remaining"]),
        task_type="onboarding_nudge",
        complexity=TaskComplexity.SIMPLE,
        max_tokens=60,
    )
