"""Internal admin pages (staff only)."""
import cherrypy

from portal import models
from portal.llm import registry
from portal.plugins.db_plugin import current_session
from portal.services.billing_service import BillingService, calculate_cost
from portal.services.llm_usage_tracker import llm_tracker
from portal.services.notifications import send_weekly_digest
from portal.services.summary_service import AccountSummarizer, contract_risks


@cherrypy.tools.auth(admin=True)
class AdminPages:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def llm_costs(self):
        logs = llm_tracker.recent(500)
        report = BillingService(current_session(), gateway=None).ai_cost_report(logs)
        return [{"feature": f, "usd": str(c)} for f, c in report]

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def estimate(self, model, input_tokens, output_tokens):
        return {"usd": str(calculate_cost(model, int(input_tokens), int(output_tokens)))}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def providers(self, probe=False):
        out = {"registered": registry.names()}
        if probe:
            out["health"] = cherrypy.engine.publish("llm.health").pop()
        try:
            out["openai_models"] = [m.id for m in registry.get("openai").models.list()]
        except LookupError:
            out["openai_models"] = []
        return out

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def account_summary(self, customer_id):
        db = current_session()
        account = db.get(models.Customer, int(customer_id))
        tickets = db.query(models.Ticket).filter_by(customer_id=account.id).all()
        invoices = db.query(models.Invoice).filter_by(customer_id=account.id).all()
        return {"summary": AccountSummarizer().summarize_account(account, tickets, invoices)}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def ask_about_account(self, customer_id, question):
        account = current_session().get(models.Customer, int(customer_id))
        return {"answer": AccountSummarizer().chat_about_account(account, question)}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def contract_risks(self, customer_id, document_text):
        account = current_session().get(models.Customer, int(customer_id))
        return {"risks": contract_risks(account, document_text)}

    @cherrypy.expose
    def stream_health(self, customer_id):
        account = current_session().get(models.Customer, int(customer_id))
        return AccountSummarizer().stream_summary(account)

    stream_health._cp_config = {"response.stream": True}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def weekly_digest(self, channel="#support-leads"):
        db = current_session()
        tickets = db.query(models.Ticket).order_by(models.Ticket.created_at.desc()).limit(50).all()
        send_weekly_digest(channel, tickets)
        return {"sent": len(tickets)}
