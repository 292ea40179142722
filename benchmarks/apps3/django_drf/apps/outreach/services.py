"""Candidate outreach: drafting, personalisation and delivery."""
from __future__ import annotations

import logging

import requests
from django.conf import settings
from django.utils import timezone
from groq import APIConnectionError, RateLimitError
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential
from twilio.rest import Client as TwilioClient

from apps.core.llm import gateway, get_groq_client, get_openai_client
from apps.core.llm.llm_usage_tracker import llm_tracker

from .models import OutreachDraft

logger = logging.getLogger(__name__)

DRAFT_SYSTEM_PROMPT = (
    "You write short, warm, specific recruiting emails. Mention one concrete thing from the "
    "candidate's background, the role, and a clear next step. No more than 150 words."
)


def draft_email(draft: OutreachDraft) -> OutreachDraft:
    candidate = draft.candidate
    client = get_openai_client()
    with llm_tracker.track_llm_call(
        feature="outreach_draft",
        tenant_id=draft.tenant_id,
        provider="openai",
        model=settings.OPENAI_CHAT_MODEL,
    ) as usage_log:
        response = client.chat.completions.create(
            model=settings.OPENAI_CHAT_MODEL,
            messages=[
                {"role": "system", "content": DRAFT_SYSTEM_PROMPT},
                {
                    "role": "user",
                    "content": (
                        f"Candidate: {candidate.full_name}\nSummary: {candidate.summary or candidate.resume_text[:4000]}\n"
                        f"Role: {candidate.job.title if candidate.job else 'open roles'}\n"
                        f"Recruiter notes: {draft.recruiter_notes}"
                    ),
                },
            ],
            temperature=0.6,
        )
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
    draft.body = response.choices[0].message.content or ""
    draft.save(update_fields=["body"])
    return draft


def suggest_subject_lines(draft: OutreachDraft, n: int = 3) -> list[str]:
    response = gateway.completion(
        model=settings.LITELLM_FAST_MODEL,
        messages=[
            {"role": "system", "content": "Write one email subject line, under 60 characters, no emojis."},
            {"role": "user", "content": draft.body},
        ],
        n=n,
        temperature=0.9,
    )
    return [c.message.content.strip().strip('"') for c in response.choices if c.message.content]


def generate_banner(draft: OutreachDraft, brand_style: str) -> str:
    job = draft.candidate.job
    image = get_openai_client().images.generate(
        model="dall-e-3",
        prompt=f"Minimal header banner for a job invitation email: {job.title if job else 'career opportunity'}. Style: {brand_style}.",
        size="1792x1024",
        quality="standard",
        n=1,
    )
    draft.banner_url = image.data[0].url or ""
    draft.save(update_fields=["banner_url"])
    return draft.banner_url


def translate_body(draft: OutreachDraft, language: str) -> str:
    retryer = Retrying(
        retry=retry_if_exception_type((RateLimitError, APIConnectionError)),
        wait=wait_exponential(multiplier=1, max=20),
        stop=stop_after_attempt(4),
        reraise=True,
    )
    response = retryer(
        get_groq_client().chat.completions.create,
        model=settings.GROQ_MODEL,
        messages=[
            {"role": "system", "content": f"Translate the email into {language}. Keep names and links unchanged."},
            {"role": "user", "content": draft.body},
        ],
        temperature=0.1,
    )
    return response.choices[0].message.content or ""


def send_email(draft: OutreachDraft) -> None:
    message = Mail(
        from_email=settings.OUTREACH_FROM_EMAIL,
        to_emails=draft.candidate.email,
        subject=draft.subject,
        html_content=draft.body.replace("\n", "<br>"),
    )
    sg = SendGridAPIClient(settings.SENDGRID_API_KEY)
    response = sg.send(message)
    draft.external_id = response.headers.get("X-Message-Id", "")
    _mark_sent(draft)


def send_sms(draft: OutreachDraft) -> None:
    twilio = TwilioClient(settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN)
    message = twilio.messages.create(
        body=draft.body[:1500],
        from_=settings.TWILIO_FROM_NUMBER,
        to=draft.candidate.phone,
    )
    draft.external_id = message.sid
    _mark_sent(draft)


def _mark_sent(draft: OutreachDraft) -> None:
    draft.status = OutreachDraft.Status.SENT
    draft.sent_at = timezone.now()
    draft.save(update_fields=["status", "sent_at", "external_id"])


def log_activity_in_ats(draft: OutreachDraft, greenhouse_candidate_id: int) -> None:
    response = requests.post(
        f"https://harvest.greenhouse.io/v1/candidates/{greenhouse_candidate_id}/activity_feed/notes",
        auth=(settings.GREENHOUSE_API_KEY, ""),
        json={"body": f"Outreach sent via {draft.channel}: {draft.subject}", "visibility": "private"},
        timeout=10,
    )
    if response.status_code >= 400:
        logger.warning("Greenhouse note failed for draft %s: %s", draft.pk, response.text[:200])
