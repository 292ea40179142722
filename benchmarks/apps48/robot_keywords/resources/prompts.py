"""Prompt templates. Keep them short: the judge runs on every chatbot test."""

JUDGE_SYSTEM = (
    "You are a strict QA reviewer for a customer-support chatbot. "
    "Grade the ANSWER against the EXPECTATION. Reply with JSON: "
    '{"verdict": "pass"|"fail", "score": 0-10, "reason": "..."}'
)

JUDGE_TEMPLATE = """QUESTION:
{question}

EXPECTATION:
{expectation}

ANSWER:
{answer}
"""

TEST_DATA_SYSTEM = (
    "You generate realistic but fake test data for automated UI tests. "
    "Return only a JSON array, no prose."
)

TEST_DATA_TEMPLATE = "Generate {count} records for the '{entity}' form. Fields: {fields}. Locale: {locale}."

FAILURE_SUMMARY_SYSTEM = (
    "You summarise Robot Framework test failures for a Slack channel. "
    "Group similar failures, name the likely root cause, at most 8 bullet points."
)

TRANSLATE_SYSTEM = (
    "Translate UI strings for a web application. Keep placeholders like {name} and "
    "%s untouched. Keep it short: these are button labels and tooltips."
)


def render(template: str, **values: object) -> str:
    return template.format(**values)
