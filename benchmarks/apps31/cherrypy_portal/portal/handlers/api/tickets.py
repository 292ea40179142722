import cherrypy

from portal.plugins.db_plugin import current_session
from portal.services.ticket_service import TicketService
from portal.utils import run_sync


def _ticket_json(t):
    return {
        "id": t.id, "subject": t.subject, "status": t.status,
        "category": t.category, "priority": t.priority, "summary": t.summary,
    }


@cherrypy.popargs("ticket_id")
class TicketsResource:
    exposed = True

    @cherrypy.tools.auth()
    @cherrypy.tools.json_out()
    def GET(self, ticket_id=None, status=None, similar=False):
        svc = TicketService(current_session())
        if ticket_id is None:
            return [_ticket_json(t) for t in svc.list_for_customer(cherrypy.request.customer_id, status)]
        ticket = svc.get(int(ticket_id))
        if ticket is None or ticket.customer_id != cherrypy.request.customer_id:
            raise cherrypy.NotFound()
        if similar:
            return {
                "ticket": _ticket_json(ticket),
                "similar": [_ticket_json(t) for t in svc.find_similar(ticket)],
            }
        return _ticket_json(ticket)

    @cherrypy.tools.auth()
    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def POST(self):
        data = cherrypy.request.json
        svc = TicketService(current_session())
        ticket = svc.create(cherrypy.request.customer_id, data["subject"], data["body"])
        try:
            svc.summarize(ticket)
            svc.classify(ticket)
        except Exception:
            cherrypy.log("triage failed for ticket %s" % ticket.id, traceback=True)
        cherrypy.response.status = 201
        return _ticket_json(ticket)

    @cherrypy.tools.auth(admin=True)
    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def PUT(self, ticket_id):
        svc = TicketService(current_session())
        ticket = svc.get(int(ticket_id))
        action = cherrypy.request.json.get("action")
        if action == "close":
            svc.close(ticket.id)
        elif action == "draft":
            return {"draft": run_sync(svc.draft_reply(ticket, cherrypy.request.json.get("agent", "Support")))}
        return _ticket_json(ticket)
