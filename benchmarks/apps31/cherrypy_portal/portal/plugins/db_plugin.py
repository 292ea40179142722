"""SQLAlchemy session plugin (one scoped session per request thread)."""
import cherrypy
from cherrypy.process import plugins
from sqlalchemy import create_engine
from sqlalchemy.orm import scoped_session, sessionmaker


class DatabasePlugin(plugins.SimplePlugin):
    def __init__(self, bus, db_url):
        super().__init__(bus)
        self.db_url = db_url
        self.engine = None
        self.Session = None

    def start(self):
        self.bus.log("Opening database %s" % self.db_url)
        self.engine = create_engine(self.db_url, pool_pre_ping=True)
        self.Session = scoped_session(sessionmaker(bind=self.engine))
        self.bus.subscribe("db.session", self.session)

    def stop(self):
        self.bus.unsubscribe("db.session", self.session)
        if self.Session is not None:
            self.Session.remove()
        if self.engine is not None:
            self.engine.dispose()

    def session(self):
        return self.Session()


def current_session():
    return cherrypy.engine.publish("db.session").pop()
