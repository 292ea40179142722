"""Queued lead summary, used for bulk and async summaries."""
from masonite.configuration import config
from masonite.queues import Queueable


class SummarizeLeadJob(Queueable):
    def __init__(self, lead_id: int, force: bool = False):
        self.lead_id = lead_id
        self.force = force

    def handle(self):
        from wsgi import application
        from app.models.Lead import Lead

        lead = Lead.find(self.lead_id)
        if lead is None or (lead.ai_summary and not self.force):
            return

        client = application.make("ai.anthropic")
        message = client.messages.create(
            model=config("ai.anthropic.summary_model"),
            max_tokens=800,
            messages=[
                {
                    "role": "user",
                    "content": "Summarise this lead for the account executive:\n"
                    + lead.profile_text()
                    + "\n\nActivity:\n"
                    + lead.activity_text(),
                }
            ],
        )
        lead.ai_summary = message.content[0].text
        lead.save()

    def failed(self, payload, error):
        from app.models.Lead import Lead

        lead = Lead.find(self.lead_id)
        if lead:
            lead.update({"ai_summary": None})
