"""Nightly lead scoring.

Uses the free internal gateway first and falls back to Mistral small.
"""
from masonite.commands import Command
from masonite.environment import env
from mistralai import Mistral

from app.models.Lead import Lead
from app.services.ai.gateway import GatewayError, LLMGateway
from app.services.ai.prompts import PromptLibrary


def _to_score(text):
    digits = "".join(ch for ch in text if ch.isdigit())
    return max(0, min(100, int(digits))) if digits else None


class ScoreLeads(Command):
    """
    Score open leads with an LLM

    leads:score
        {--stage=? : Only leads in this stage}
    """

    def handle(self):
        gateway = LLMGateway()
        mistral = Mistral(api_key=env("MISTRAL_API_KEY"))
        query = Lead.where_not_in("stage", ["won", "lost"])
        if self.option("stage"):
            query = query.where("stage", self.option("stage"))

        for lead in query.get():
            prompt = PromptLibrary.render(PromptLibrary.LEAD_SCORE, profile=lead.profile_text())
            try:
                score = _to_score(gateway.chat(prompt, max_tokens=4))
            except GatewayError:
                res = mistral.chat.complete(
                    model="mistral-small-latest",
                    messages=[{"role": "user", "content": prompt}],
                    max_tokens=4,
                )
                score = _to_score(res.choices[0].message.content)
            if score is not None:
                lead.update({"ai_score": score})
        self.info("scoring complete")
