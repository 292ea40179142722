import cherrypy

from portal import models
from portal.plugins.db_plugin import current_session
from portal.services import search_service
from portal.services.kb_service import HFSimilarity, KnowledgeBase
from portal.utils import run_sync


@cherrypy.popargs("article_id")
class KBResource:
    exposed = True

    @cherrypy.tools.json_out()
    def GET(self, article_id=None, q=None, related=False):
        db = current_session()
        if q:
            return run_sync(search_service.answer(db, q))
        if article_id is None:
            return [{"id": a.id, "title": a.title} for a in db.query(models.Article).all()]
        article = db.get(models.Article, int(article_id))
        if article is None:
            raise cherrypy.NotFound()
        out = {"id": article.id, "title": article.title, "body": article.body}
        if related:
            titles = [a.title for a in db.query(models.Article).filter(models.Article.id != article.id)]
            out["related"] = HFSimilarity().related(article.title, titles)[:5]
        return out

    @cherrypy.tools.auth(admin=True)
    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def POST(self):
        data = cherrypy.request.json
        db = current_session()
        article = models.Article.create(db, title=data["title"], body=data["body"])
        chunks = KnowledgeBase(db).index_article(article)
        return {"id": article.id, "chunks": chunks}
