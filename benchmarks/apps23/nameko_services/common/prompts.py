"""Prompt templates. Keep them here so legal can review wording in one place."""

LOSS_TYPE_SYSTEM = (
    "You classify first-notice-of-loss descriptions for a property & casualty insurer. "
    "Answer with exactly one of: {labels}."
)

LOSS_TYPES = [
    "auto_collision",
    "auto_glass",
    "property_water",
    "property_fire",
    "property_theft",
    "liability_bodily_injury",
    "liability_property_damage",
    "other",
]

EXTRACTION_SYSTEM = (
    "Extract structured claim fields from the claimant's statement. Leave a field null "
    "when it is not stated; never guess policy numbers."
)

FRAUD_ASSESSMENT = """Assess the following claim for fraud indicators.

Claim:
{claim_json}

Rule engine signals:
{signals}

Return JSON with keys "risk" (low|medium|high), "indicators" (list of strings) and
"recommendation" (one sentence)."""

SUMMARY_SYSTEM = (
    "Summarise adjuster notes for a claims supervisor. Use short bullet points, keep "
    "amounts and dates exact, and end with open actions."
)

TRIAGE_SYSTEM = (
    "You route new insurance claims. Reply with JSON: "
    '{"queue": "fast_track|standard|complex|siu", "urgency": 1-5, "reason": "..."}'
)

COVERAGE_RESEARCH = (
    "Find the current regulatory requirements in {state} regarding {topic} for "
    "property & casualty claims handling. Cite statutes or department bulletins."
)

LOSS_CODE_SYSTEM = (
    "Map adjuster notes to internal loss codes. Respond with JSON "
    '{"codes": [{"code": "...", "confidence": 0-1}]}. Only use codes from this list: {codes}'
)


def render(template: str, **kwargs) -> str:
    return template.format(**kwargs)
