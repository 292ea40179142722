"""Backfill AI summaries for leads created before the feature shipped."""
from masonite.commands import Command

from app.models.Lead import Lead


class BackfillSummaries(Command):
    """
    Backfill lead summaries with the OpenAI Responses API

    summaries:backfill
        {--limit=100 : Maximum leads to process}
        {--dry : Print what would be done}
        {--vendor=openai : openai or mistral}
    """

    def __init__(self, application):
        super().__init__()
        self.app = application

    def handle(self):
        limit = int(self.option("limit"))
        leads = Lead.where_null("ai_summary").limit(limit).get()
        self.info(f"{len(leads)} leads without a summary")
        if self.option("dry"):
            return

        if self.option("vendor") == "mistral":
            return self._backfill_with_mistral(leads)

        client = self.app.make("ai.openai")
        for lead in leads:
            response = client.responses.create(
                model="gpt-4o-mini",
                instructions="You write concise, factual CRM summaries.",
                input=lead.profile_text() + "\n" + lead.activity_text(),
            )
            lead.update({"ai_summary": response.output_text})
            self.line(f"  summarised #{lead.id} {lead.name}")
        self.info("done")

    def _backfill_with_mistral(self, leads):
        mistral = self.app.make("ai.mistral")
        for lead in leads:
            res = mistral.chat.complete(
                model="mistral-small-latest",
                messages=[
                    {"role": "system", "content": "You write concise, factual CRM summaries."},
                    {"role": "user", "content": lead.profile_text()},
                ],
            )
            lead.update({"ai_summary": res.choices[0].message.content})
            self.line(f"  summarised #{lead.id} with mistral")
        self.info("done")
