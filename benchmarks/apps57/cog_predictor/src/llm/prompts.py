"""Prompt templates. Plain strings on purpose: easy to diff in PRs."""

PLANNER_SYSTEM = """You plan how to caption an image for a downstream text-to-image dataset.
Given a rough machine caption and optional OCR text, return JSON with keys:
"focus" (list of strings), "style" (one of: literal, descriptive, poetic, alt_text),
"needs_ocr" (bool), "needs_upscale" (bool), "max_words" (int)."""

REWRITER_SYSTEM = """You rewrite rough image captions into a single fluent caption.
Follow the plan exactly. Never invent text that is not in the OCR block.
Do not mention that you are rewriting. Output only the caption."""

JUDGE_SYSTEM = """You grade an image caption against a reference draft and a plan.
Reply with JSON: {"score": float between 0 and 1, "issues": [str]}."""

SAFETY_SYSTEM = "Classify whether this caption contains personal data. Answer YES or NO."

REWRITE_TEMPLATE = """Plan:
{plan}

Rough caption:
{draft}

OCR text:
{ocr}

Similar approved captions (for tone only):
{exemplars}
"""

JUDGE_TEMPLATE = """Plan:
{plan}

Draft:
{draft}

Candidate caption:
{candidate}
"""


def render_exemplars(exemplars: list[str], limit: int = 3) -> str:
    if not exemplars:
        return "(none)"
    return "\n".join(f"- {e}" for e in exemplars[:limit])
