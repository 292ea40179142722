"""Find features whose attributes resemble the selected one."""
import asyncio

from qgis.core import QgsTask

from ..core.clients import get_genai_client
from ..core.embeddings import embed_texts, feature_text, most_similar


class SimilarityTask(QgsTask):
    def __init__(self, rows, query_fid, provider="openai", k=10):
        super().__init__("Finding similar features", QgsTask.CanCancel)
        self.rows = rows
        self.query_fid = query_fid
        self.provider = provider
        self.k = k
        self.result_ids = []
        self.explanation = ""

    def run(self):
        texts = [feature_text(r) for r in self.rows]
        ids = [r["_fid"] for r in self.rows]
        vectors = embed_texts(texts, provider=self.provider)
        query = vectors[ids.index(self.query_fid)]
        self.result_ids = [fid for fid, _ in most_similar(query, vectors, ids, self.k + 1) if fid != self.query_fid]
        self.setProgress(80)
        if self.isCanceled():
            return False
        self.explanation = asyncio.run(self._explain(texts, ids))
        return True

    async def _explain(self, texts, ids):
        client = get_genai_client()
        picked = [texts[ids.index(fid)] for fid in self.result_ids[:5]]
        response = await client.aio.models.generate_content(
            model="gemini-2.0-flash",
            contents="Why are these features similar to '{}'?\n{}".format(
                texts[ids.index(self.query_fid)], "\n".join(picked)
            ),
        )
        return response.text
