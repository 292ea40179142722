"""Customers upload contracts/PDFs; we push them to OpenAI file storage for
the (planned) file-search assistant. Nothing here calls a model."""
import cherrypy

from portal import models
from portal.llm import registry
from portal.plugins.db_plugin import current_session


class DocumentsResource:
    exposed = True

    @cherrypy.tools.auth()
    @cherrypy.tools.json_out()
    def GET(self):
        db = current_session()
        docs = db.query(models.Document).filter_by(customer_id=cherrypy.request.customer_id).all()
        return [{"id": d.id, "filename": d.filename, "size": d.size} for d in docs]

    @cherrypy.tools.auth()
    @cherrypy.tools.json_out()
    def POST(self, upload):
        client = registry.get("openai")
        stored = client.files.create(file=(upload.filename, upload.file), purpose="assistants")
        db = current_session()
        doc = models.Document.create(
            db,
            customer_id=cherrypy.request.customer_id,
            filename=upload.filename,
            remote_file_id=stored.id,
            size=stored.bytes,
        )
        db.commit()
        cherrypy.response.status = 201
        return {"id": doc.id, "remote_file_id": stored.id}

    @cherrypy.tools.auth()
    def DELETE(self, doc_id):
        db = current_session()
        doc = db.get(models.Document, int(doc_id))
        if doc is None or doc.customer_id != cherrypy.request.customer_id:
            raise cherrypy.NotFound()
        registry.get("openai").files.delete(doc.remote_file_id)
        db.delete(doc)
        db.commit()
