"""Application assembly: config, plugins, tree mounts."""
import os

import cherrypy

import portal.tools  # noqa: F401  (registers cherrypy.tools.auth/llm/moderate/ratelimit)
from portal.config import settings, validate
from portal.handlers import AdminPages, AssistantPage, Root
from portal.handlers.api import ApiRoot
from portal.legacy.gemini_faq import FaqV1
from portal.legacy.watson_handlers import WatsonPilot
from portal.legacy.widget import WidgetV1
from portal.plugins.db_plugin import DatabasePlugin
from portal.plugins.llm_plugin import LLMClientsPlugin
from portal.services.notifications import on_llm_ready

HERE = os.path.dirname(os.path.abspath(__file__))


def global_config():
    return {
        "server.socket_host": "0.0.0.0",
        "server.socket_port": int(os.environ.get("PORT", 8080)),
        "server.thread_pool": 20,
        "tools.sessions.on": True,
        "tools.sessions.storage_class": cherrypy.lib.sessions.FileSession,
        "tools.sessions.storage_path": os.environ.get("SESSION_DIR", "/tmp/portal-sessions"),
        "tools.sessions.timeout": settings.session_timeout,
        "tools.encode.on": True,
        "portal.environment": settings.environment,
    }


def setup_plugins(engine):
    engine.db = DatabasePlugin(engine, settings.db_url)
    engine.db.subscribe()
    engine.llm = LLMClientsPlugin(engine, settings.llm)
    engine.llm.subscribe()
    engine.subscribe("llm.ready", on_llm_ready)


def mount_all():
    site_conf = {
        "/": {"tools.staticdir.root": HERE},
        "/static": {"tools.staticdir.on": True, "tools.staticdir.dir": "static"},
    }
    cherrypy.tree.mount(Root(), "/", site_conf)
    cherrypy.tree.mount(AssistantPage(), "/assistant", {"/": {"tools.sessions.locking": "early"}})
    cherrypy.tree.mount(AdminPages(), "/admin")
    cherrypy.tree.mount(ApiRoot(), "/api", {
        "/": {
            "request.dispatch": cherrypy.dispatch.MethodDispatcher(),
            "tools.response_headers.on": True,
            "tools.response_headers.headers": [("Content-Type", "application/json")],
        }
    })
    legacy = cherrypy.Application(WidgetV1(), "/v1/widget")
    cherrypy.tree.graft(legacy, "/v1/widget")
    cherrypy.tree.mount(FaqV1(), "/v1/faq")
    if os.environ.get("PORTAL_WATSON_PILOT"):
        cherrypy.tree.mount(WatsonPilot(), "/v1/watson")


def main():
    cherrypy.config.update(global_config())
    conf_file = os.path.join(HERE, "..", "portal.conf")
    if os.path.exists(conf_file):
        cherrypy.config.update(conf_file)
    for problem in validate(settings):
        cherrypy.log("CONFIG: " + problem, severity=30)
    setup_plugins(cherrypy.engine)
    mount_all()
    cherrypy.engine.signals.subscribe()
    cherrypy.engine.start()
    cherrypy.engine.block()


if __name__ == "__main__":
    main()
