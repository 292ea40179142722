"""S3 storage for voice notes (kept 30 days for QA) and generated images."""
from __future__ import annotations

import asyncio
import logging
from typing import Optional

import boto3
from botocore.exceptions import BotoCoreError, ClientError

from tutorbot.config import get_settings

log = logging.getLogger(__name__)


class MediaStore:
    def __init__(self, bucket: Optional[str] = None) -> None:
        settings = get_settings()
        self.bucket = bucket or settings.voice_archive_bucket
        self._s3 = boto3.client("s3", region_name=settings.aws_region) if self.bucket else None

    @property
    def enabled(self) -> bool:
        return self._s3 is not None

    def _put(self, key: str, data: bytes, content_type: str) -> None:
        self._s3.put_object(
            Bucket=self.bucket,
            Key=key,
            Body=data,
            ContentType=content_type,
            ServerSideEncryption="AES256",
        )

    async def put(self, key: str, data: bytes, content_type: str = "application/octet-stream") -> str:
        if not self.enabled:
            return ""
        try:
            await asyncio.to_thread(self._put, key, data, content_type)
        except (BotoCoreError, ClientError):
            log.exception("upload to s3://%s/%s failed", self.bucket, key)
            return ""
        return key

    async def archive_voice(self, telegram_id: int, message_id: int, data: bytes) -> str:
        return await self.put(f"voice/{telegram_id}/{message_id}.ogg", data, "audio/ogg")
