"""REST API mounted at /api with cherrypy.dispatch.MethodDispatcher."""
from portal.handlers.api.tickets import TicketsResource
from portal.handlers.api.documents import DocumentsResource
from portal.handlers.api.chat import ChatResource
from portal.handlers.api.kb import KBResource


class ApiRoot:
    exposed = True

    def __init__(self):
        self.tickets = TicketsResource()
        self.documents = DocumentsResource()
        self.chat = ChatResource()
        self.kb = KBResource()

    def GET(self):
        return "portal api v1"
