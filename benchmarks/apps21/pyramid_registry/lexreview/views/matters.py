from pyramid.httpexceptions import HTTPFound, HTTPNotFound
from pyramid.view import notfound_view_config, view_config, view_defaults
from sqlalchemy import text as sql_text

from lexreview.models import Document, Matter
from lexreview.utils.prompts import DEFAULT_CHECKLIST


@view_defaults(route_name="matters")
class MatterViews:
    def __init__(self, request):
        self.request = request

    @view_config(request_method="GET", renderer="lexreview:templates/matters.jinja2")
    def list(self):
        return {"matters": self.request.dbsession.query(Matter).all()}

    @view_config(request_method="POST")
    def create(self):
        params = self.request.POST
        matter = Matter.create(
            self.request.dbsession,
            number=params["number"],
            name=params["name"],
            sealed=params.get("sealed") == "on",
            hosting=params.get("hosting", "default"),
        )
        return HTTPFound(self.request.route_url("matter", matter_id=matter.id))


@view_config(route_name="matter", renderer="lexreview:templates/matter.jinja2")
def matter_detail(request):
    matter = request.dbsession.get(Matter, int(request.matchdict["matter_id"]))
    if matter is None:
        raise HTTPNotFound()
    pending = (
        request.dbsession.query(Document)
        .filter_by(matter_id=matter.id, review_status="pending")
        .count()
    )
    checklist = DEFAULT_CHECKLIST.generate(
        matter=matter.number,
        reviewer=request.authenticated_userid or "unassigned",
    )
    return {"matter": matter, "pending": pending, "checklist": checklist}



@view_config(route_name="home", renderer="lexreview:templates/home.jinja2")
def home(request):
    matters = request.dbsession.query(Matter).order_by(Matter.number).limit(50).all()
    return {"matters": matters}


@view_config(route_name="health", renderer="json")
def health(request):
    status = {"db": "ok", "ollama": "unknown"}
    try:
        request.dbsession.execute(sql_text("SELECT 1"))
    except Exception:
        status["db"] = "error"
    try:
        # version endpoint only; no inference in the health check
        status["ollama"] = request.ollama_client.ps() and "ok"
    except Exception:
        status["ollama"] = "down"
    return status


@notfound_view_config(renderer="lexreview:templates/404.jinja2")
def notfound_view(request):
    request.response.status = 404
    return {}
