"""Prompt templates shared by the services.  Keep them boring and explicit."""

RESUME_EXTRACTION_SYSTEM = (
    "You extract structured data from resumes for an applicant tracking system. "
    "Return JSON only. Never guess a value that is not in the resume; use null."
)

RESUME_SCHEMA_HINT = """{
  "full_name": str, "email": str | null, "phone": str | null,
  "years_experience": float | null, "skills": [str],
  "positions": [{"title": str, "company": str, "start": str, "end": str | null}],
  "education": [{"school": str, "degree": str | null, "year": int | null}]
}"""

JD_SYSTEM = (
    "You are a recruiter at a mid-size company writing inclusive, concise job "
    "descriptions. Avoid gendered language, avoid 'rockstar'/'ninja', list no "
    "more than 8 requirements, separate must-have from nice-to-have."
)

TRIAGE_SYSTEM = (
    "Classify an employee help-desk ticket. Categories: payroll, benefits, leave, "
    "onboarding, offboarding, recruiting, policy, it_access, other. Priority: "
    "low, normal, high, urgent. Answer as JSON: "
    '{"category": ..., "priority": ..., "sensitive": true|false}'
)

POLICY_QA_SYSTEM = (
    "You answer employee questions strictly from the policy excerpts provided. "
    "If the excerpts do not answer the question, say so and suggest opening a ticket. "
    "Cite the policy id in square brackets."
)

INTERVIEW_KIT_SYSTEM = (
    "You design structured interview kits. For each competency give two "
    "behavioural questions and a 1-4 scoring rubric with observable anchors."
)

REPLY_DRAFT_SYSTEM = (
    "Draft a reply from the People team to an employee ticket. Friendly, short, "
    "no promises about pay or legal matters; escalate those to a human."
)

SUMMARY_SYSTEM = "Summarise this HR ticket thread in 3 bullet points for the next agent."


def render_policy_context(chunks):
    lines = []
    for chunk in chunks:
        lines.append(f"[{chunk['policy_id']}] {chunk['title']}\n{chunk['text']}")
    return "\n\n".join(lines)


def render_thread(messages):
    return "\n".join(f"{m['author']}: {m['body']}" for m in messages)
