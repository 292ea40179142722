"""Document upload + async summarization via SQS."""
import io
import json
import uuid

import boto3
from chalice import Blueprint, Response

from chalicelib.clients import get_openai_client
from chalicelib.config import settings

documents_bp = Blueprint(__name__)

_s3 = boto3.client("s3")
_sqs = boto3.client("sqs")
_queue_url = None


def _summarize_queue_url() -> str:
    global _queue_url
    if _queue_url is None:
        _queue_url = _sqs.get_queue_url(QueueName=settings.summarize_queue)["QueueUrl"]
    return _queue_url


@documents_bp.route("/", methods=["POST"], content_types=["text/plain", "application/octet-stream"])
def upload_document():
    req = documents_bp.current_request
    doc_id = uuid.uuid4().hex
    key = f"uploads/{doc_id}.txt"
    _s3.put_object(Bucket=settings.documents_bucket, Key=key, Body=req.raw_body)
    _sqs.send_message(
        QueueUrl=_summarize_queue_url(),
        MessageBody=json.dumps({"doc_id": doc_id, "bucket": settings.documents_bucket, "key": key}),
    )
    return Response(body={"doc_id": doc_id, "status": "queued"}, status_code=202)


@documents_bp.route("/{doc_id}/assistant-file", methods=["POST"])
def push_to_openai(doc_id):
    """Upload a stored document to OpenAI file storage for the assistants team."""
    obj = _s3.get_object(Bucket=settings.documents_bucket, Key=f"uploads/{doc_id}.txt")
    buf = io.BytesIO(obj["Body"].read())
    buf.name = f"{doc_id}.txt"
    uploaded = get_openai_client().files.create(file=buf, purpose="assistants")
    return {"doc_id": doc_id, "openai_file_id": uploaded.id}


@documents_bp.route("/{doc_id}/summary")
def get_summary(doc_id):
    try:
        obj = _s3.get_object(Bucket=settings.documents_bucket, Key=f"summaries/{doc_id}.json")
    except _s3.exceptions.NoSuchKey:
        return Response(body={"doc_id": doc_id, "status": "pending"}, status_code=404)
    return json.loads(obj["Body"].read())


@documents_bp.route("/{doc_id}/embed", methods=["POST"])
def embed_document(doc_id):
    """Chunk a stored document and write its embeddings next to it."""
    from chalicelib.services.embeddings import EmbeddingService

    obj = _s3.get_object(Bucket=settings.documents_bucket, Key=f"uploads/{doc_id}.txt")
    text = obj["Body"].read().decode("utf-8", errors="replace")
    chunks = [text[i : i + 2000] for i in range(0, len(text), 1800)]
    vectors = EmbeddingService().embed_many(chunks)
    _s3.put_object(
        Bucket=settings.documents_bucket,
        Key=f"embeddings/{doc_id}.json",
        Body=json.dumps({"chunks": len(chunks), "vectors": vectors}),
    )
    return {"doc_id": doc_id, "chunks": len(chunks)}


@documents_bp.route("/{doc_id}/image", methods=["POST"])
def cover_image(doc_id):
    from chalicelib.services.images import generate_image

    body = documents_bp.current_request.json_body or {}
    key = generate_image(body.get("prompt", f"Abstract cover art for document {doc_id}"),
                         quality=body.get("quality", "draft"))
    return {"doc_id": doc_id, "image_key": key}
