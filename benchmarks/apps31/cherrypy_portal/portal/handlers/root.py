import cherrypy
from jinja2 import Environment, PackageLoader

from portal.plugins.db_plugin import current_session
from portal import models

env = Environment(loader=PackageLoader("portal", "templates"), autoescape=True)


def render(name, **ctx):
    ctx.setdefault("customer_id", cherrypy.session.get("customer_id"))
    return env.get_template(name).render(**ctx)


class Root:
    @cherrypy.expose
    def index(self):
        return render("index.html")

    @cherrypy.expose
    def login(self, email=None, password=None, next="/"):
        if cherrypy.request.method == "GET":
            return render("login.html", next=next)
        db = current_session()
        customer = db.query(models.Customer).filter_by(email=email).first()
        if customer is None:
            return render("login.html", next=next, error="Unknown account")
        cherrypy.session.regenerate()
        cherrypy.session["customer_id"] = customer.id
        cherrypy.session["is_admin"] = customer.email.endswith("@acme.example")
        raise cherrypy.HTTPRedirect(next)

    @cherrypy.expose
    def logout(self):
        cherrypy.session.clear()
        cherrypy.lib.sessions.expire()
        raise cherrypy.HTTPRedirect("/")

    @cherrypy.expose
    @cherrypy.tools.auth()
    def dashboard(self):
        db = current_session()
        customer = db.get(models.Customer, cherrypy.request.customer_id)
        tickets = db.query(models.Ticket).filter_by(customer_id=customer.id).limit(10).all()
        return render("dashboard.html", customer=customer, tickets=tickets)
