"""Admin-only actions: KB maintenance, model catalogue, usage dashboard."""
import datetime
import logging
import os
import tempfile

from py4web import URL, action, redirect, request

from . import settings
from .common import auth, db, flash, groups, llm, llm_clients, session, scheduler
from .llm.clients import get_genai, get_openai, get_together
from .services.kb_writer import illustrate
from .services.usage_costs import calculate_cost, cost_report

log = logging.getLogger("helpdesk.admin")


def _require_admin():
    if "admin" not in groups.get(auth.user_id):
        redirect(URL("index"))


@action("admin/usage")
@action.uses("admin_usage.html", db, session, auth.user)
def usage():
    _require_admin()
    days = int(request.query.get("days", 7))
    since = datetime.datetime.utcnow() - datetime.timedelta(days=days)
    return dict(report=cost_report(db, since), days=days)


@action("admin/models")
@action.uses("admin_models.html", db, session, auth.user, llm)
def models():
    """Show which models each provider currently offers (listing only)."""
    _require_admin()
    catalogue = {}
    try:
        catalogue["openai"] = sorted(m.id for m in llm.openai.models.list())
    except Exception as exc:
        catalogue["openai"] = ["error: %s" % exc]
    try:
        catalogue["anthropic"] = [m.id for m in llm.anthropic.models.list(limit=50)]
    except Exception as exc:
        catalogue["anthropic"] = ["error: %s" % exc]
    try:
        catalogue["gemini"] = [m.name for m in get_genai().models.list()]
    except Exception as exc:
        catalogue["gemini"] = ["error: %s" % exc]
    try:
        catalogue["together"] = [m.id for m in get_together().models.list()]
    except Exception as exc:
        catalogue["together"] = ["error: %s" % exc]
    return dict(catalogue=catalogue)


@action("admin/upload_kb_bundle", method=["POST"])
@action.uses(db, session, auth.user, flash)
def upload_kb_bundle():
    """Upload a JSONL bundle of KB articles to OpenAI Files for the batch re-writer."""
    _require_admin()
    upload = request.files.get("bundle")
    if upload is None:
        flash.set("no file")
        redirect(URL("admin/usage"))
    path = os.path.join(tempfile.mkdtemp(), "kb.jsonl")
    upload.save(path)
    with open(path, "rb") as fh:
        f = get_openai().files.create(file=fh, purpose="batch")
    flash.set("uploaded as %s" % f.id)
    redirect(URL("admin/usage"))


@action("admin/reembed", method=["POST"])
@action.uses(db, session, auth.user, flash)
def reembed():
    _require_admin()
    if scheduler is None:
        flash.set("scheduler disabled")
    else:
        scheduler.enqueue_run(name="embed_all_articles", inputs={"force": True})
        flash.set("re-embedding queued")
    redirect(URL("admin/usage"))


@action("admin/illustrate/<article_id:int>", method=["POST"])
@action.uses(db, session, auth.user, llm, flash)
def illustrate_article(article_id):
    _require_admin()
    article = db.kb_article[article_id]
    b64 = illustrate(llm.openai, article)
    path = os.path.join(settings.UPLOAD_FOLDER, "kb_%s.png.b64" % article_id)
    with open(path, "w") as fh:
        fh.write(b64)
    flash.set("illustration saved")
    redirect(URL("kb"))


@action("admin/reload_clients", method=["POST"])
@action.uses(db, session, auth.user)
def reload_clients():
    _require_admin()
    llm_clients.reset()
    return dict(ok=True)


@action("admin/estimate", method=["GET"])
@action.uses(db, auth.user)
def estimate():
    q = request.query
    return dict(
        usd=calculate_cost(
            q.get("provider"), q.get("model"), int(q.get("input", 0)), int(q.get("output", 0))
        )
    )
