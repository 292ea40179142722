"""OCR scanned contracts into markdown (legal-ops backfill, PLAT-455)."""
import argparse
import logging
from typing import Any, Dict

import boto3
import ray

from inference.clients import get_mistral

logger = logging.getLogger("batch.ocr_pdfs")

OCR_MODEL = "mistral-ocr-latest"
URL_TTL_S = 3600


def _presign(s3, uri: str) -> str:
    bucket, _, key = uri.replace("s3://", "").partition("/")
    return s3.generate_presigned_url(
        "get_object", Params={"Bucket": bucket, "Key": key}, ExpiresIn=URL_TTL_S
    )


class PdfToMarkdown:
    def __init__(self, out_bucket: str):
        self._s3 = boto3.client("s3")
        self._out_bucket = out_bucket

    def __call__(self, row: Dict[str, Any]) -> Dict[str, Any]:
        mistral = get_mistral()
        result = mistral.ocr.process(
            model=OCR_MODEL,
            document={"type": "document_url", "document_url": _presign(self._s3, row["uri"])},
            include_image_base64=False,
        )
        markdown = "\n\n".join(page.markdown for page in result.pages)
        key = f"ocr/{row['doc_id']}.md"
        self._s3.put_object(Bucket=self._out_bucket, Key=key, Body=markdown.encode("utf-8"))
        row["markdown_key"] = key
        row["pages"] = len(result.pages)
        return row


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--manifest", required=True, help="csv with doc_id,uri")
    parser.add_argument("--out-bucket", default="acme-legal-ops")
    args = parser.parse_args()

    ray.init(address="auto")
    ds = ray.data.read_csv(args.manifest)
    done = ds.map(
        PdfToMarkdown,
        fn_constructor_kwargs={"out_bucket": args.out_bucket},
        concurrency=6,
    )
    pages = done.sum("pages")
    logger.info("ocr'd %d docs, %d pages", done.count(), pages)


if __name__ == "__main__":
    main()
