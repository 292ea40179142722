"""Original 2023 FAQ bot. Still wired into the 'IT FAQ' Teams app manifest; do not delete yet.

TODO(platform): move onto services.provider_registry and remove the module-level openai config.
"""

import os

import openai
from botbuilder.core import ActivityHandler, MessageFactory, TurnContext

openai.api_type = "azure"
openai.azure_endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://helpdesk-aoai.openai.azure.com")
openai.api_key = os.environ.get("AZURE_OPENAI_API_KEY", "")
openai.api_version = "2024-02-01"

FAQ_DEPLOYMENT = os.environ.get("FAQ_DEPLOYMENT", "gpt-35-turbo")

FAQ = {
    "vpn": "Use GlobalProtect; portal vpn.contoso.com. Reboot if it hangs on 'Connecting'.",
    "printer": "Add printers from \\\\print01. Follow-me printing uses your badge.",
    "mfa": "Re-register MFA at aka.ms/mfasetup from a trusted device.",
}


def faq_answer(question: str) -> str:
    context = "\n".join(f"{k}: {v}" for k, v in FAQ.items())
    resp = openai.chat.completions.create(
        model=FAQ_DEPLOYMENT,
        messages=[
            {"role": "system", "content": "Answer from this FAQ only:\n" + context},
            {"role": "user", "content": question},
        ],
        temperature=0,
    )
    return resp.choices[0].message.content


class LegacyFaqBot(ActivityHandler):
    async def on_message_activity(self, turn_context: TurnContext):
        question = (turn_context.activity.text or "").strip()
        for key, answer in FAQ.items():
            if key in question.lower():
                await turn_context.send_activity(MessageFactory.text(answer))
                return
        await turn_context.send_activity(MessageFactory.text(faq_answer(question)))
