"""Review workspace: clause extraction, review memos, second opinions."""
import json
import logging

from pyramid.httpexceptions import HTTPNotFound
from pyramid.response import Response
from pyramid.view import view_config, view_defaults

from lexreview.models import Document
from lexreview.services import extract_clauses, extract_clauses_chunked, summarize_document
from lexreview.services.clause_extraction import clause_prompt_size
from lexreview.services.summarizer import stream_summary
from lexreview.utils.prompts import MEMO_SYSTEM
from lexreview.utils.tokens import chunk_by_tokens

log = logging.getLogger(__name__)

MEMO_MODEL = "claude-3-5-sonnet-20241022"
SECOND_OPINION_MODEL = "claude-3-5-haiku-20241022"


@view_defaults(renderer="json")
class ReviewViews:
    def __init__(self, context, request):
        self.context = context
        self.request = request
        self.doc = request.dbsession.get(Document, int(request.matchdict["doc_id"]))
        if self.doc is None:
            raise HTTPNotFound()

    @view_config(route_name="review_clauses", request_method="POST")
    def clauses(self):
        client = self.request.anthropic
        if clause_prompt_size(client, self.doc.text) > 150_000:
            chunks = list(chunk_by_tokens(self.doc.text, max_tokens=40_000))
            clauses = extract_clauses_chunked(client, chunks)
        else:
            clauses = extract_clauses(client, self.doc.text)
        return {"id": self.doc.id, "clauses": clauses}

    @view_config(route_name="review_memo", request_method="POST")
    def memo(self):
        summary = self.doc.summary or summarize_document(self.request.registry, self.doc.text)
        message = self.request.anthropic.messages.create(
            model=MEMO_MODEL,
            max_tokens=3000,
            system=MEMO_SYSTEM,
            messages=[
                {
                    "role": "user",
                    "content": f"Summary: {summary}\n\nFull text:\n{self.doc.text[:150000]}",
                }
            ],
        )
        memo = message.content[0].text
        return {"id": self.doc.id, "memo": memo, "stop_reason": message.stop_reason}

    @view_config(route_name="review_memo_stream", request_method="GET", renderer=None)
    def memo_stream(self):
        anthropic_client = self.request.anthropic
        doc_text = self.doc.text[:150000]

        def body():
            with anthropic_client.messages.stream(
                model=MEMO_MODEL,
                max_tokens=3000,
                system=MEMO_SYSTEM,
                messages=[{"role": "user", "content": doc_text}],
            ) as stream:
                for text in stream.text_stream:
                    yield f"data: {json.dumps({'delta': text})}\n\n".encode()
            yield b"data: [DONE]\n\n"

        return Response(app_iter=body(), content_type="text/event-stream")

    @view_config(route_name="review_second_opinion", request_method="POST")
    def second_opinion(self):
        """Cheap DeepSeek summary vs. Haiku critique, shown side by side."""
        deepseek_text = "".join(stream_summary(self.request.registry, self.doc.text[:60000]))
        critique = self.request.anthropic.messages.create(
            model=SECOND_OPINION_MODEL,
            max_tokens=800,
            messages=[
                {
                    "role": "user",
                    "content": "Critique this summary for accuracy against the source. "
                    f"Summary:\n{deepseek_text}\n\nSource:\n{self.doc.text[:60000]}",
                }
            ],
        )
        return {"summary": deepseek_text, "critique": critique.content[0].text}
