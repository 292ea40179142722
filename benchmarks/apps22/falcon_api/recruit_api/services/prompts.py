"""Prompt templates.  Versioned by hand; bump the suffix when changing wording
so the eval script can compare runs."""
from __future__ import annotations

from string import Template

SCREENING_SYSTEM_V3 = """You are an experienced technical recruiter.
Score the candidate's CV against the job description on a 1-5 scale for each
criterion in the rubric. Be strict: missing evidence scores 1. Respond with JSON
only: {"scores": {criterion: int}, "overall": float, "summary": str,
"red_flags": [str]}."""

CV_EXTRACTION_PROMPT = """Extract the following fields from this CV as JSON:
name, email, phone, location, years_experience (int), skills (list of str),
roles (list of {title, company, start, end}), education (list of {degree, school}).
Use null for anything not present. Do not invent data."""

OUTREACH_SYSTEM = """You write short, warm, specific recruiting outreach emails.
Never mention salary unless provided. Max 140 words. No emojis. Sign off with the
recruiter's first name."""

OUTREACH_USER = Template(
    """Candidate: $candidate_name
Current role: $current_role
Highlights: $highlights
Role we are hiring for: $job_title at $company
Why they fit: $fit_reason
Tone: $tone
Recruiter: $recruiter_name"""
)

FOLLOWUP_USER = Template(
    """Write a brief follow-up (max 60 words) to this earlier email, which got no reply
after $days days:

$previous_email"""
)

INTERVIEW_SUMMARY_PROMPT = """Summarise these interview notes for a hiring committee.
Sections: Strengths, Concerns, Open questions, Recommendation (hire / no hire / unsure).
Be concise and quote the notes where possible.

NOTES:
{notes}"""

REDACTION_PROMPT = """Rewrite the text replacing every personal identifier (names,
emails, phone numbers, street addresses, dates of birth, photos references) with
[REDACTED]. Keep everything else verbatim.

TEXT:
{text}"""


def rubric_block(rubric: dict[str, str]) -> str:
    return "\n".join(f"- {name}: {desc}" for name, desc in rubric.items())


def screening_user_prompt(job_description: str, rubric: dict[str, str], cv_text: str) -> str:
    return (
        f"JOB DESCRIPTION:\n{job_description}\n\nRUBRIC:\n{rubric_block(rubric)}\n\n"
        f"CANDIDATE CV:\n{cv_text}"
    )
