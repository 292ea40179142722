import logging
import mimetypes
import uuid
from typing import Optional

logger = logging.getLogger(__name__)


class AttachmentRepository:
    """Ticket attachments (screenshots, voice notes) in S3."""

    def __init__(self, s3_client, bucket: str) -> None:
        self._s3 = s3_client
        self._bucket = bucket

    def put(self, ticket_id: int, filename: str, data: bytes,
            content_type: Optional[str] = None) -> str:
        key = f"tickets/{ticket_id}/{uuid.uuid4().hex}-{filename}"
        content_type = content_type or mimetypes.guess_type(filename)[0] or "application/octet-stream"
        self._s3.put_object(
            Bucket=self._bucket,
            Key=key,
            Body=data,
            ContentType=content_type,
            ServerSideEncryption="aws:kms",
        )
        logger.info("stored attachment s3://%s/%s", self._bucket, key)
        return key

    def get(self, key: str) -> bytes:
        obj = self._s3.get_object(Bucket=self._bucket, Key=key)
        return obj["Body"].read()

    def presigned_url(self, key: str, expires: int = 900) -> str:
        return self._s3.generate_presigned_url(
            "get_object", Params={"Bucket": self._bucket, "Key": key}, ExpiresIn=expires
        )
