"""Tone check for agent-edited replies before they go out (support QA rule #4)."""
import os

from mistralai.client import Mistral

TONE_PROMPT = """Check this customer support reply for tone. Flag: blaming the customer,
sarcasm, over-promising, jargon. Answer 'OK' or a bullet list of problems with fixes.

Reply:
{reply}"""


def check_tone(reply: str) -> str:
    with Mistral(api_key=os.getenv("MISTRAL_API_KEY", "")) as mistral:
        res = mistral.chat.complete(
            model="mistral-small-latest",
            messages=[{"role": "user", "content": TONE_PROMPT.format(reply=reply)}],
            temperature=0,
        )
    return res.choices[0].message.content.strip()
