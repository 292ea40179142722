"""Document intake and per-document AI actions."""
import logging

from pyramid.httpexceptions import HTTPBadRequest, HTTPNotFound
from pyramid.view import view_config

from lexreview.llm.interfaces import IFireworksClient, IPrivilegeReviewer
from lexreview.models import Document, Matter
from lexreview.services import RedactionSuggester, TaskComplexity, multi_model_service
from lexreview.services.redaction import apply_redactions
from lexreview.services.translation import detect_language, split_for_translation, translate
from lexreview.utils import run_sync
from lexreview.utils.prompts import CLASSIFY_SYSTEM
from lexreview.utils.tokens import truncate_to_tokens

log = logging.getLogger(__name__)

DOC_TYPES = {"contract", "correspondence", "email", "pleading", "financial", "medical", "technical", "other"}


def _get_document(request):
    doc = request.dbsession.get(Document, int(request.matchdict["doc_id"]))
    if doc is None:
        raise HTTPNotFound()
    return doc


@view_config(route_name="documents_upload", request_method="POST", renderer="json")
def upload_document(request):
    matter = request.dbsession.get(Matter, int(request.matchdict["matter_id"]))
    if matter is None:
        raise HTTPNotFound()
    upload = request.POST.get("file")
    if upload is None or not hasattr(upload, "file"):
        raise HTTPBadRequest("file is required")
    text = upload.file.read().decode("utf-8", errors="replace")
    doc = Document(
        matter_id=matter.id,
        filename=upload.filename,
        text=text,
        snippet=text[:500],
        bates_begin=request.POST.get("bates_begin"),
        bates_end=request.POST.get("bates_end"),
    )
    request.dbsession.add(doc)
    request.dbsession.flush()

    # tracked path: short summary for the review queue
    doc.summary = run_sync(
        multi_model_service.generate_response(
            prompt=f"Two-sentence summary of this document:\n\n{text[:12000]}",
            task_type="intake_summary",
            complexity=TaskComplexity.SIMPLE,
            matter_id=matter.id,
        )
    )
    return {"id": doc.id, "summary": doc.summary}


@view_config(route_name="document_classify", request_method="POST", renderer="json")
def classify_document(request):
    doc = _get_document(request)
    completion = request.openai.chat.completions.create(
        model=request.registry.settings.get("openai.model", "gpt-4o-mini"),
        messages=[
            {"role": "system", "content": CLASSIFY_SYSTEM},
            {"role": "user", "content": truncate_to_tokens(doc.text, 8000)},
        ],
        max_tokens=5,
        temperature=0,
    )
    label = completion.choices[0].message.content.strip().lower()
    doc.doc_type = label if label in DOC_TYPES else "other"
    return {"id": doc.id, "doc_type": doc.doc_type}


@view_config(route_name="document_privilege", request_method="POST", renderer="json")
def privilege_screen(request):
    doc = _get_document(request)
    reviewer = request.find_service(IPrivilegeReviewer)
    if request.params.get("tracked", "1") == "1":
        assessment = reviewer.review_with_log(doc)
    else:
        assessment = reviewer.review(doc)
    doc.privileged = assessment.privileged
    doc.privilege_basis = assessment.basis
    payload = {
        "id": doc.id,
        "privileged": assessment.privileged,
        "basis": assessment.basis,
        "confidence": assessment.confidence,
    }
    if assessment.privileged and request.params.get("explain"):
        payload["log_description"] = reviewer.explain(doc, assessment)
    return payload


@view_config(route_name="document_redact", request_method="POST", renderer="json")
def redact_document(request):
    doc = _get_document(request)
    suggester = RedactionSuggester(request.registry)
    suggestions = suggester.suggest(doc.text)
    preview = apply_redactions(doc.text[:5000], suggestions)
    return {"id": doc.id, "suggestions": suggestions, "preview": preview}


@view_config(route_name="document_translate", request_method="POST", renderer="json")
def translate_document(request):
    doc = _get_document(request)
    if not doc.language:
        doc.language = detect_language(request, doc.text)
    if doc.language == "en":
        return {"id": doc.id, "language": "en", "translation": None}
    client = request.find_service(IFireworksClient)
    parts = [translate(client, chunk, source_language=doc.language) for chunk in split_for_translation(doc.text)]
    return {"id": doc.id, "language": doc.language, "translation": "\n\n".join(parts)}
