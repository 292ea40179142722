"""
This file defines actions, i.e. functions the URLs are mapped into
The @action(path) decorator exposed the function at URL:

    http://127.0.0.1:8000/{app_name}/{path}

If app_name == '_default' then simply

    http://127.0.0.1:8000/{path}

"""
import logging

from py4web import URL, abort, action, redirect, request
from py4web.utils.form import Form, FormStyleBulma
from py4web.utils.grid import Grid

from . import settings
from .common import T, auth, authenticated, cache, db, flash, llm, session
from .llm import multi_model_service, TaskComplexity
from .llm.prompts import SUMMARY_SYSTEM
from .services import make_drafter, summarize_ticket
from .services.classifier import classifier
from .services.moderation import get_moderator
from .services.search import find_snippets
from .services.translate import translate
from .services import legacy_assistant

log = logging.getLogger("helpdesk.controllers")


@action("index")
@action.uses("index.html", auth, T)
def index():
    user = auth.get_user()
    open_count = db(db.ticket.status.belongs(["new", "open"])).count()
    return dict(user=user, open_count=open_count)


@action("tickets")
@action("tickets/<path:path>")
@action.uses("grid.html", db, session, auth.user, flash)
def tickets(path=None):
    grid = Grid(
        path,
        db.ticket,
        orderby=~db.ticket.created_on,
        search_queries=[["Subject", lambda v: db.ticket.subject.contains(v)]],
        formstyle=FormStyleBulma,
        details=True,
        editable=True,
        deletable=False,
    )
    return dict(grid=grid)


@action("new_ticket", method=["GET", "POST"])
@action.uses("new_ticket.html", db, session, auth.user, flash)
def new_ticket():
    form = Form(db.ticket, formstyle=FormStyleBulma)
    if form.accepted:
        ticket = db.ticket[form.vars["id"]]
        try:
            verdict = classifier.classify(ticket.subject, ticket.body)
            ticket.update_record(
                ai_priority=verdict["priority"],
                ai_reason=verdict.get("reason"),
                category=verdict.get("category"),
            )
        except Exception:
            log.exception("classification failed for ticket %s", ticket.id)
        flash.set("Ticket #%s created" % ticket.id)
        redirect(URL("ticket", ticket.id))
    return dict(form=form)


@action("ticket/<ticket_id:int>")
@action.uses("ticket.html", db, session, auth.user, flash)
def ticket(ticket_id):
    t = db.ticket[ticket_id] or abort(404)
    comments = db(db.ticket_comment.ticket == ticket_id).select(
        orderby=db.ticket_comment.created_on
    )
    drafts = db(db.draft_reply.ticket == ticket_id).select(orderby=~db.draft_reply.created_on)
    return dict(ticket=t, comments=comments, drafts=drafts)


@action("ask", method=["POST"])
@action.uses(db, session, auth.user, llm, "ask.html")
def ask():
    """Free-form question from an agent, answered with KB context."""
    question = (request.forms.get("question") or "").strip()
    if not question:
        return dict(answer=None, question=question, snippets=[])
    snippets = find_snippets(db, question, k=4)
    context = "\n\n".join("[KB-%s] %s" % (s["id"], s["text"]) for s in snippets)
    msg = llm.anthropic.messages.create(
        model=settings.ANTHROPIC_FAST_MODEL,
        max_tokens=700,
        system="Answer using the knowledge base excerpts. Cite [KB-id].",
        messages=[
            {"role": "user", "content": "%s\n\nQuestion: %s" % (context, question)}
        ],
    )
    answer = msg.content[0].text
    return dict(answer=answer, question=question, snippets=snippets)


@action("ask_simple", method=["POST"])
@action.uses(db, session, auth.user, "ask.html")
def ask_simple():
    """Same as ask, but through the tracked service (new UI uses this one)."""
    question = (request.forms.get("question") or "").strip()
    answer = multi_model_service.generate_response_sync(
        question,
        task_type="chat",
        complexity=TaskComplexity.STANDARD,
        user_id=auth.user_id,
    )
    return dict(answer=answer, question=question, snippets=[])


@action("ask_legacy", method=["POST"])
@action.uses(db, session)
def ask_legacy():
    payload = request.json or {}
    if payload.get("region") == "eu":
        return dict(answer=legacy_assistant.ask_eu(payload.get("q", "")))
    return dict(answer=legacy_assistant.ask(payload.get("q", ""), payload.get("history")))


@action("draft/<ticket_id:int>", method=["POST"])
@action.uses(db, session, auth.user, llm, flash)
def draft(ticket_id):
    t = db.ticket[ticket_id] or abort(404)
    provider = request.forms.get("provider") or settings.DRAFT_PROVIDER
    drafter = make_drafter(llm, provider)
    snippets = find_snippets(db, "%s %s" % (t.subject, t.body[:500]))
    result = drafter.draft(t.as_dict(), snippets)
    text = result.text
    if t.language and t.language != "en":
        text = translate(text, t.language)
    if not get_moderator().check(text):
        flash.set("Draft was blocked by moderation, please write it by hand.")
        redirect(URL("ticket", ticket_id))
    db.draft_reply.insert(
        ticket=ticket_id,
        provider=result["provider"],
        model=result["model"],
        body=text,
        created_by=auth.user_id,
    )
    redirect(URL("ticket", ticket_id))


@action("summarize/<ticket_id:int>", method=["POST"])
@action.uses(db, session, auth.user)
def summarize(ticket_id):
    summary = summarize_ticket(db, ticket_id, user_id=auth.user_id)
    return dict(summary=summary)


@action("quick_summary/<ticket_id:int>")
@action.uses(db, session, auth.user, llm)
def quick_summary(ticket_id):
    """Hover-card summary; short and cached."""
    t = db.ticket[ticket_id] or abort(404)

    def _make():
        resp = llm.openai.chat.completions.create(
            model=settings.OPENAI_MODEL,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": "%s\n\n%s" % (t.subject, t.body)},
            ],
            max_tokens=120,
        )
        return resp.choices[0].message.content

    return dict(summary=cache.get("qs:%s:%s" % (ticket_id, t.modified_on), _make, 3600))


@action("kb")
@action("kb/<path:path>")
@action.uses("grid.html", db, session, auth.user, flash)
def kb(path=None):
    grid = Grid(path, db.kb_article, orderby=~db.kb_article.modified_on, formstyle=FormStyleBulma)
    return dict(grid=grid)


@action("comment/<ticket_id:int>", method=["POST"])
@action.uses(db, session, auth.user)
def comment(ticket_id):
    db.ticket_comment.insert(
        ticket=ticket_id,
        body=request.forms.get("body"),
        is_internal=bool(request.forms.get("internal")),
    )
    redirect(URL("ticket", ticket_id))


@authenticated.callback()
def accept_draft(draft_id):
    row = db.draft_reply[draft_id]
    if row:
        row.update_record(accepted=True)
        db.ticket_comment.insert(ticket=row.ticket, body=row.body)
