"""FAQ generator from the 2023 hackathon. Still mounted at /v1/faq."""
import os

import cherrypy
from google import genai

_client = genai.Client(api_key=os.environ.get("GOOGLE_API_KEY"))


class FaqV1:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def generate(self, topic):
        resp = _client.models.generate_content(
            model="gemini-1.5-flash",
            contents="Write five FAQ entries about: %s" % topic,
        )
        return {"faq": resp.text}

    @cherrypy.expose
    def stream(self, topic):
        def gen():
            for chunk in _client.models.generate_content_stream(
                model="gemini-1.5-flash", contents="Explain %s simply." % topic
            ):
                yield (chunk.text or "").encode("utf-8")
        return gen()

    stream._cp_config = {"response.stream": True}


    @cherrypy.expose
    @cherrypy.tools.json_out()
    def dedupe(self, questions):
        """Embed FAQ questions and report near-duplicates (cosine > 0.92)."""
        items = [q.strip() for q in questions.split("\n") if q.strip()]
        result = _client.models.embed_content(model="text-embedding-004", contents=items)
        vecs = [e.values for e in result.embeddings]
        dupes = []
        for i in range(len(vecs)):
            for j in range(i + 1, len(vecs)):
                if _cos(vecs[i], vecs[j]) > 0.92:
                    dupes.append([items[i], items[j]])
        return {"duplicates": dupes}


def _cos(a, b):
    num = sum(x * y for x, y in zip(a, b))
    den = (sum(x * x for x in a) ** 0.5) * (sum(y * y for y in b) ** 0.5)
    return num / den if den else 0.0
