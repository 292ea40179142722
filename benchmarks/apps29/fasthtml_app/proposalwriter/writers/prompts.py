"""Prompt text lives here so non-engineers can edit it in one place."""

SYSTEM_WRITER = (
    "You are a senior proposal writer at a small digital agency. Write clear, specific, "
    "benefit-led prose. Never invent client facts; when something is unknown, say what we "
    "will confirm in discovery."
)

EXEC_SUMMARY = """Write an executive summary (150-220 words) for this proposal.

Client context:
{context}

Brief:
{brief}

Tone: {tone}
"""

SCOPE = """List the scope of work as markdown sections with bullet deliverables.
Flag anything out of scope explicitly.

Client: {context}
Brief: {brief}
"""

TIMELINE = """Propose a phased timeline (weeks) as a markdown table with columns
Phase | Weeks | Deliverables | Client input needed.

Brief: {brief}
Constraints: {constraints}
"""

PRICING = """Estimate effort in person-days per role (strategist, designer, developer, PM)
for the following scope. Answer as JSON: {{"line_items": [{{"role": str, "days": number, "notes": str}}]}}.

Scope:
{scope}
"""

RESEARCH = """Research {company} ({industry}). Give: recent news (last 12 months),
competitors, and anything relevant to a {service} engagement. Cite sources."""

CRITIQUE = """Critique this proposal draft like a skeptical procurement lead.
Point out vague claims, missing numbers, and risks. Be blunt, use bullets.

{draft}
"""

TONE_REVIEW = """Rewrite the following paragraph in a {tone} tone, keeping all facts:

{text}
"""


def fill(template: str, **kwargs) -> str:
    return template.format(**{k: (v if v is not None else "") for k, v in kwargs.items()})
