"""LeadController: CRUD plus the AI summary endpoints."""
from masonite.controllers import Controller
from masonite.request import Request
from masonite.response import Response
from masonite.views import View
from masonite.configuration import config

import csv
import io

from app.models.Lead import Lead
from app.services.legacy.ai_helpers import clean_company_name, guess_industry
from app.jobs.SummarizeLeadJob import SummarizeLeadJob
from app.services.ai.lead_summarizer import LeadSummarizer


class LeadController(Controller):
    def index(self, view: View, request: Request):
        stage = request.input("stage")
        query = Lead.order_by("updated_at", "desc")
        if stage:
            query = query.where("stage", stage)
        return view.render("leads.index", {"leads": query.paginate(25, request.input("page", 1))})

    def show(self, view: View, request: Request):
        lead = Lead.find_or_fail(request.param("id"))
        return view.render("leads.show", {"lead": lead})

    def store(self, request: Request, response: Response):
        errors = request.validate({"name": "required", "email": "email"})
        if errors:
            return response.back().with_errors(errors)
        lead = Lead.create(request.only("name", "email", "title", "account_id", "notes"))
        lead.update({"owner_id": request.user().id, "stage": "new"})
        return response.redirect(f"/leads/{lead.id}")

    def import_csv(self, request: Request, response: Response):
        """Old import wizard. Normalises company names with the legacy GPT helper."""
        upload = request.input("file")
        if upload is None:
            return response.back().with_errors({"file": ["A CSV file is required"]})
        reader = csv.DictReader(io.StringIO(upload.stream.read().decode("utf-8-sig")))
        created, skipped = 0, 0
        for row in reader:
            email = (row.get("email") or "").strip().lower()
            if not email or Lead.where("email", email).exists():
                skipped += 1
                continue
            company = clean_company_name(row.get("company", "").strip())
            domain = email.split("@", 1)[1]
            Lead.create(
                {
                    "name": row.get("name", "").strip(),
                    "email": email,
                    "title": row.get("title", "").strip(),
                    "company": company,
                    "industry": row.get("industry") or guess_industry(domain),
                    "stage": "new",
                    "owner_id": request.user().id,
                }
            )
            created += 1
        return response.json({"created": created, "skipped": skipped})

    def summary(self, request: Request, response: Response, summarizer: LeadSummarizer):
        if not config("ai.features.lead_summaries"):
            return response.json({"error": "disabled"}, status=404)
        lead = Lead.find_or_fail(request.param("id"))
        if request.input("async"):
            request.app.make("queue").push(SummarizeLeadJob(lead.id))
            return response.json({"queued": True}, status=202)
        lead.ai_summary = summarizer.summarize(lead)
        lead.save()
        return response.json({"summary": lead.ai_summary})

    def headline(self, request: Request, response: Response, summarizer: LeadSummarizer):
        lead = Lead.find_or_fail(request.param("id"))
        return response.json({"headline": summarizer.quick_headline(lead)})

    def similar(self, request: Request, response: Response):
        from app.services.ai.embeddings import EmbeddingService, most_similar

        lead = Lead.find_or_fail(request.param("id"))
        if not lead.embedding:
            lead.embedding = EmbeddingService().embed([lead.profile_text()])[0]
            lead.save()
        candidates = Lead.where("id", "!=", lead.id).where_not_null("embedding").limit(500).get()
        matches = most_similar(lead.embedding, candidates)
        return response.json({"similar": [{"id": m.id, "name": m.name} for m in matches]})
