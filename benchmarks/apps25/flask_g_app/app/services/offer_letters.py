"""Offer letters: template from the ATS, personalised intro paragraph from
Azure OpenAI (compliance wanted offer data to stay in our Azure tenant)."""
from __future__ import annotations

import logging

from flask import current_app

from app.ats import ATSClient, OfferLetterTemplate

log = logging.getLogger(__name__)


def _intro_prompt(candidate_name: str, role: str, manager: str, highlights: str) -> str:
    return (
        f"Write a warm two-paragraph opening for an offer letter to {candidate_name} "
        f"for the role of {role}, reporting to {manager}. Mention: {highlights}. "
        "Do not mention salary, equity or dates."
    )


def personalised_intro(candidate_name: str, role: str, manager: str, highlights: str) -> str:
    factory = current_app.config["LLM_CLIENT_FACTORY"]
    completion = factory.azure().with_options(timeout=90, max_retries=1).chat.completions.create(
        model=factory.chat_deployment,
        messages=[{"role": "user", "content": _intro_prompt(candidate_name, role, manager, highlights)}],
        temperature=0.7,
        max_tokens=400,
    )
    return completion.choices[0].message.content or ""


def build_offer_letter(ats: ATSClient, application_id: str, manager: str, highlights: str) -> str:
    application = ats.get_application(application_id)
    template = OfferLetterTemplate(ats.get_offer_template(application["job_id"]))
    intro = personalised_intro(
        application["candidate_name"], application["job_title"], manager, highlights
    )
    # OfferLetterTemplate.generate() is plain string templating, no model call
    return template.generate(
        intro=intro,
        candidate_name=application["candidate_name"],
        salary=application.get("offer", {}).get("salary"),
        start_date=application.get("offer", {}).get("start_date"),
    )
