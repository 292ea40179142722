"""Document intake: OCR, classification and damage-photo description."""
import base64
import logging
import os
from typing import Any, Dict

from nameko.events import EventDispatcher, event_handler
from nameko.rpc import rpc

from common.dependencies import BedrockClaude, BedrockRuntime, MistralProvider
from common.storage import ClaimsStore

log = logging.getLogger(__name__)

OCR_MODEL = "mistral-ocr-latest"
PHOTO_MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0"
CLASSIFIER_MODEL = "amazon.titan-text-premier-v1:0"
DOC_TYPES = ["police_report", "repair_estimate", "medical_bill", "photo", "invoice", "correspondence", "other"]


class DocumentService:
    name = "documents"

    mistral = MistralProvider()
    bedrock_claude = BedrockClaude()
    bedrock = BedrockRuntime()
    claims = ClaimsStore()
    dispatch = EventDispatcher()

    @rpc
    def ocr(self, claim_number: str, document_url: str) -> str:
        result = self.mistral.ocr.process(
            model=OCR_MODEL,
            document={"type": "document_url", "document_url": document_url},
            include_image_base64=False,
        )
        text = "\n\n".join(page.markdown for page in result.pages)
        self.dispatch("document_ingested", {"claim_number": claim_number, "url": document_url, "text": text})
        return text

    @rpc
    def upload_for_batch(self, path: str) -> str:
        """Upload a JSONL of OCR requests for the nightly batch job."""
        with open(path, "rb") as fh:
            uploaded = self.mistral.files.upload(
                file={"file_name": os.path.basename(path), "content": fh},
                purpose="batch",
            )
        return uploaded.id

    @rpc
    def describe_damage_photo(self, claim_number: str, image_b64: str, media_type: str = "image/jpeg") -> str:
        message = self.bedrock_claude.messages.create(
            model=PHOTO_MODEL,
            max_tokens=500,
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "image", "source": {"type": "base64", "media_type": media_type, "data": image_b64}},
                        {"type": "text", "text": "Describe the visible damage for a claims file. Note severity and affected parts."},
                    ],
                }
            ],
        )
        description = message.content[0].text
        self.claims.update(claim_number, photo_description=description)
        return description

    @rpc
    def classify_document(self, text: str) -> str:
        response = self.bedrock.converse(
            modelId=CLASSIFIER_MODEL,
            messages=[
                {
                    "role": "user",
                    "content": [{"text": "Classify this claim document as one of %s.\n\n%s" % (", ".join(DOC_TYPES), text[:6000])}],
                }
            ],
            inferenceConfig={"maxTokens": 10, "temperature": 0},
        )
        label = response["output"]["message"]["content"][0]["text"].strip().lower()
        return label if label in DOC_TYPES else "other"

    @event_handler("gateway", "document_uploaded")
    def on_document_uploaded(self, payload: Dict[str, Any]):
        if payload.get("content_type", "").startswith("image/"):
            with open(payload["path"], "rb") as fh:
                encoded = base64.b64encode(fh.read()).decode()
            self.describe_damage_photo(payload["claim_number"], encoded, payload["content_type"])
        else:
            text = self.ocr(payload["claim_number"], payload["url"])
            doc_type = self.classify_document(text)
            self.claims.update(payload["claim_number"], last_document_type=doc_type)
