"""Placement test shown during onboarding.

Written for the first beta (before llm/clients.py existed); it has its own client.
"""
import json
import logging
import os

import anthropic

log = logging.getLogger(__name__)

_client = anthropic.AsyncAnthropic(api_key=os.environ.get("TUTOR_ANTHROPIC_API_KEY"))

LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"]

# Short open prompts; the learner answers each in the target language.
QUESTIONS = [
    "Introduce yourself: name, where you live, what you do.",
    "Describe what you did last weekend.",
    "What would you do if you won a lot of money?",
    "Do you think people should work from home? Why?",
]


async def estimate_level(target_language, answers):
    """Return (level, comment). Falls back to A2 if the model answer can't be parsed."""
    transcript = "\n\n".join(
        "Q: {}\nA: {}".format(q, a) for q, a in zip(QUESTIONS, answers)
    )
    message = await _client.messages.create(
        model="claude-3-5-haiku-20241022",
        max_tokens=300,
        system=(
            "You assess a learner's {} level on the CEFR scale from their written answers. "
            'Reply with JSON only: {{"level": "A1".."C2", "comment": "one sentence"}}'.format(target_language)
        ),
        messages=[{"role": "user", "content": transcript}],
    )
    raw = message.content[0].text
    try:
        data = json.loads(raw[raw.index("{"): raw.rindex("}") + 1])
        level = data.get("level", "A2").upper()
        if level not in LEVELS:
            level = "A2"
        return level, data.get("comment", "")
    except (ValueError, AttributeError):
        log.warning("could not parse placement result: %r", raw[:200])
        return "A2", ""
