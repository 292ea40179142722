import asyncio
import logging

from flask import Response, abort, current_app, flash, g, redirect, render_template, request, stream_with_context
from flask_appbuilder import BaseView, ModelView, expose, has_access
from flask_appbuilder.actions import action
from flask_appbuilder.models.sqla.interface import SQLAInterface
from openai import OpenAI

from . import appbuilder, db
from .ai import RecordSummarizer, ai_client, registry
from .ai.drafting import DraftContext, draft_reply, estimate_draft_tokens, stream_draft
from .ai.gemini import suggest_tags
from .ai.summarizer import LongRecordSummarizer, SummaryError
from .jobs import enqueue_classification, enqueue_embedding
from .models import Category, KnowledgeRecord, LLMUsageLog, Ticket, TicketNote
from .services.multi_model_service import TaskComplexity, multi_model_service
from .services.ticket_service import escalate

log = logging.getLogger(__name__)

LONG_RECORD_CHARS = 20000


class CategoryModelView(ModelView):
    datamodel = SQLAInterface(Category)
    list_columns = ["name", "description"]


class TicketNoteModelView(ModelView):
    datamodel = SQLAInterface(TicketNote)
    list_columns = ["ticket", "body", "internal", "created_on"]


class KnowledgeRecordModelView(ModelView):
    datamodel = SQLAInterface(KnowledgeRecord)
    list_columns = ["title", "category", "tags", "changed_on"]
    show_columns = ["title", "category", "body", "summary", "summary_model", "tags"]
    search_columns = ["title", "body", "category"]
    edit_columns = ["title", "category", "body", "archived"]
    add_columns = edit_columns
    base_order = ("changed_on", "desc")

    def post_add(self, item):
        enqueue_embedding(item.id)

    def post_update(self, item):
        enqueue_embedding(item.id)

    @action("summarize", "Summarise", "Summarise the selected records?", "fa-magic")
    def summarize(self, items):
        items = items if isinstance(items, list) else [items]
        short = [i for i in items if len(i.body or "") < LONG_RECORD_CHARS]
        long_ = [i for i in items if len(i.body or "") >= LONG_RECORD_CHARS]

        summarizer = RecordSummarizer.from_app()
        for item, text in summarizer.summarize_many(short).items():
            rec = self.datamodel.get(item)
            if text:
                rec.summary, rec.summary_model = text, summarizer.model

        if long_:
            long_summarizer = LongRecordSummarizer(
                ai_client("anthropic"), model=current_app.config["AI_MODELS"]["summary_long"]
            )
            for rec in long_:
                try:
                    rec.summary = long_summarizer.summarize(rec)
                    rec.summary_model = long_summarizer.model
                except SummaryError:
                    flash(f"Could not summarise {rec.title}", "warning")
        db.session.commit()
        flash(f"Summarised {len(items)} record(s)", "info")
        self.update_redirect()
        return redirect(self.get_redirect())

    @action("tag", "Suggest tags", "", "fa-tags", multiple=True)
    def tag(self, items):
        if not current_app.config.get("FEATURE_GEMINI_TAGGING"):
            flash("Tagging is disabled", "warning")
            return redirect(self.get_redirect())
        for rec in items:
            rec.tags = suggest_tags(f"{rec.title}\n\n{rec.body}", client=ai_client("gemini"))
        db.session.commit()
        return redirect(self.get_redirect())

    @action("headline", "Headline", "", "fa-header", multiple=False)
    def headline(self, item):
        # old code path from before RecordSummarizer existed
        resp = self.appbuilder.openai.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": "Write a headline of at most 12 words."},
                {"role": "user", "content": item.body[:6000]},
            ],
        )
        flash(resp.choices[0].message.content, "info")
        return redirect(self.get_redirect())


class TicketModelView(ModelView):
    datamodel = SQLAInterface(Ticket)
    related_views = [TicketNoteModelView]
    list_columns = ["id", "subject", "status", "category", "priority", "changed_on"]
    show_columns = ["subject", "body", "requester_email", "status", "category", "draft_reply"]
    search_columns = ["subject", "status", "category"]
    base_order = ("priority", "asc")

    @action("classify", "Classify", "Classify the selected tickets?", "fa-sitemap")
    def classify(self, items):
        items = items if isinstance(items, list) else [items]
        for t in items:
            enqueue_classification(t.id)
        flash(f"Queued {len(items)} ticket(s) for classification", "info")
        self.update_redirect()
        return redirect(self.get_redirect())

    @action("draft", "Draft reply", "", "fa-pencil", multiple=False)
    def draft(self, item):
        kb = (
            db.session.query(KnowledgeRecord)
            .filter(KnowledgeRecord.archived.is_(False))
            .order_by(KnowledgeRecord.changed_on.desc())
            .limit(3)
            .all()
        )
        ctx = DraftContext(item.subject, item.body, g.user.first_name, articles=kb)
        if estimate_draft_tokens(ctx) > 30000:
            flash("Ticket too long to draft automatically", "warning")
            return redirect(self.get_redirect())
        item.draft_reply = draft_reply(ctx)
        db.session.commit()
        return redirect(self.get_redirect())

    @action("translate", "Translate to English", "", "fa-language", multiple=False)
    def translate(self, item):
        co = current_app.extensions["ai"]["cohere"]
        res = co.chat(
            model="command-r-plus-08-2024",
            messages=[
                {"role": "system", "content": "Translate the user's text to English. Output only the translation."},
                {"role": "user", "content": item.body},
            ],
        )
        TicketNote.create(ticket=item, body=res.message.content[0].text, internal=True)
        db.session.commit()
        return redirect(self.get_redirect())

    @action("escalate", "Escalate", "Escalate to tier 2?", "fa-level-up", multiple=False)
    def escalate(self, item):
        escalate(item, user_id=g.user.id)
        return redirect(self.get_redirect())


class AssistantView(BaseView):
    route_base = "/assistant"
    default_view = "ask"

    @expose("/ask", methods=["GET", "POST"])
    @has_access
    def ask(self):
        answer = None
        provider = request.form.get("provider", current_app.config["AI_DEFAULT_PROVIDER"])
        if request.method == "POST":
            question = request.form["question"]
            answer = registry.complete(provider, question, system="Answer briefly and accurately.")
        return self.render_template(
            "assistant.html", answer=answer, providers=registry.names(), provider=provider
        )

    @expose("/explain/<int:record_id>")
    @has_access
    def explain(self, record_id):
        record = db.session.get(KnowledgeRecord, record_id) or abort(404)
        text = asyncio.run(
            multi_model_service.generate_response(
                prompt=f"Explain this to a new hire:\n\n{record.body}",
                task_type="explain_record",
                complexity=TaskComplexity.SIMPLE,
                user_id=g.user.id,
            )
        )
        return self.render_template("assistant.html", answer=text, providers=registry.names())

    @expose("/draft-stream/<int:ticket_id>")
    @has_access
    def draft_stream(self, ticket_id):
        ticket = db.session.get(Ticket, ticket_id) or abort(404)
        ctx = DraftContext(ticket.subject, ticket.body, g.user.first_name)

        def sse():
            for chunk in stream_draft(ctx):
                yield f"data: {chunk}\n\n"
            yield "event: done\ndata: \n\n"

        return Response(stream_with_context(sse()), mimetype="text/event-stream")

    @expose("/diagram", methods=["POST"])
    @has_access
    def diagram(self):
        # one-off experiment by the docs team, uses its own key on purpose
        client = OpenAI(api_key=current_app.config.get("DOCS_OPENAI_API_KEY"))
        img = client.images.generate(
            model="dall-e-3",
            prompt=request.form["description"],
            size="1024x1024",
            n=1,
        )
        return {"url": img.data[0].url}

    @expose("/models")
    @has_access
    def models(self):
        openai_models = [m.id for m in ai_client("openai").models.list()]
        claude_models = [m.id for m in ai_client("anthropic").models.list()]
        return {"openai": openai_models, "anthropic": claude_models}


class UsageView(BaseView):
    route_base = "/usage"
    default_view = "index"

    @expose("/")
    @has_access
    def index(self):
        rows = (
            db.session.query(LLMUsageLog)
            .order_by(LLMUsageLog.created_on.desc())
            .limit(200)
            .all()
        )
        return self.render_template("usage.html", rows=rows)


@appbuilder.app.errorhandler(404)
def page_not_found(e):
    return (
        render_template("404.html", base_template=appbuilder.base_template, appbuilder=appbuilder),
        404,
    )


db.create_all()

appbuilder.add_view(KnowledgeRecordModelView, "Knowledge", icon="fa-book", category="Knowledge")
appbuilder.add_view(CategoryModelView, "Categories", icon="fa-folder", category="Knowledge")
appbuilder.add_view(TicketModelView, "Tickets", icon="fa-ticket", category="Support")
appbuilder.add_view_no_menu(TicketNoteModelView)
appbuilder.add_view(AssistantView, "Assistant", icon="fa-comments", category="AI")
appbuilder.add_view(UsageView, "LLM usage", icon="fa-line-chart", category="AI")
